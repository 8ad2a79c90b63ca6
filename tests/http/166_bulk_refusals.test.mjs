// Bulk documents of a unit, the refusals: a server started with a small
// size limit (--bulk-max-docs) refuses a unit with more documents (413
// naming the count and the limit) while a smaller unit passes; an unknown
// unit, period, kind, checkpoint or format, a missing field, and a unit
// where nobody has the document are refused 422 naming the field; each
// refusal queues nothing (the job list and the audit trail stay as they
// were).  The page re-shows the form with the message.  A job whose server
// died (still "berjalan", not updated for minutes) shows as failed and can
// be asked again.  The command line refuses the same way and writes no
// file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, loginAs, runCli, startServer } from './harness.mjs';
import { pageText } from './plan_util.mjs';
import { auditCount, sqlOn } from './util.mjs';
import { activeEmployees, askBulk, askOk, demoPeriod, unitIds, unitSkps, waitJob } from './165_bulk_util.mjs';

const LIMIT = 10;

let server;
let admin;
let hr;
let units;
let period;
let tmp;
let bigCount;     // SKPs of KEL-GKL: over the limit
let small;        // a unit whose SKPs fit

before(async () => {
  server = await startServer({ demo: 'lengkap', args: ['--bulk-max-docs', String(LIMIT)] });
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  units = await unitIds(admin);
  period = await demoPeriod(admin);
  bigCount = (await unitSkps(admin, units['KEL-GKL'], period.id)).length;
  assert.ok(bigCount > LIMIT, `KEL-GKL has more than ${LIMIT} SKPs (${bigCount})`);
  for (const code of ['KEL-GKL-PEM', 'KEL-GKL-SEK', 'ASM-YAN']) {
    const n = (await unitSkps(admin, units[code], period.id)).length;
    if (n > 0 && n <= LIMIT) { small = { code, n }; break; }
  }
  assert.ok(small, 'a unit with a few SKPs');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kinerja-bulk-ref-'));
});

after(async () => {
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** What a refusal must leave alone: the jobs and the audit trail. */
async function state() {
  const jobs = await admin.api('GET', '/api/v1/laporan/massal');
  assert.equal(jobs.status, 200, jobs.text);
  return { jobs: jobs.json.items.map((j) => j.id), audit: await auditCount(admin) };
}

async function refused(client, body, status, field, pattern) {
  const before0 = await state();
  const r = await askBulk(client, body);
  assert.equal(r.status, status, `${JSON.stringify(body)}: ${r.text}`);
  if (field !== undefined) assert.equal(r.json?.error?.field, field, r.text);
  if (pattern) assert.match(r.json.error.message, pattern);
  assert.deepEqual(await state(), before0, 'nothing queued, nothing audited');
  return r;
}

const base = () => ({ unit_id: units['KEL-GKL'], periode_id: period.id, jenis: 'skp', format: 'zip' });

test('over the size limit: 413 naming the count and the limit, nothing queued; a smaller unit passes', async () => {
  await refused(hr, base(), 413, 'unit_id', new RegExp(`${bigCount} dokumen.*batas ${LIMIT}`));
  const ok = await askOk(hr, { ...base(), unit_id: units[small.code] });
  assert.equal(ok.dokumen_total, small.n);
  const list = await hr.api('GET', '/api/v1/laporan/massal');
  assert.equal(list.json.batas_dokumen, LIMIT, 'the list tells the limit');
  assert.equal((await waitJob(hr, ok.id)).job.status, 'selesai');
});

test('unknown unit, period, kind, checkpoint or format: 422 naming the field, nothing queued', async () => {
  await refused(hr, { ...base(), unit_id: 999999 }, 422, 'unit_id', /999999|tidak/);
  await refused(hr, { ...base(), periode_id: 999999 }, 422, 'periode_id');
  await refused(hr, { ...base(), jenis: 'rapor' }, 422, 'jenis', /rapor/);
  await refused(hr, { ...base(), format: 'docx' }, 422, 'format', /docx/);
  await refused(hr, { ...base(), jenis: 'evaluasi' }, 422, 'titik');
  await refused(hr, { ...base(), jenis: 'evaluasi', titik: 999999 }, 422, 'titik', /Triwulan I/);
  await refused(hr, { ...base(), jenis: 'evaluasi', titik: 'kemarin' }, 422, 'titik');
  const { unit_id: _u, ...noUnit } = base();
  await refused(hr, noUnit, 422, 'unit_id');
  await refused(hr, { ...base(), unit_id: 'KEL-GKL' }, 422, 'unit_id');
  await refused(hr, { ...base(), lain: 1 }, 422, 'lain');
  await refused(hr, 'bukan json', 400);
});

test('a unit where nobody has the document: 422, nothing queued', async () => {
  // nobody has a tahunan assessment before the year is over
  await refused(hr, { ...base(), unit_id: units[small.code], jenis: 'evaluasi', titik: 'tahunan' }, 422, 'unit_id',
    /Tidak ada dokumen/);
});

test('a pegawai may not ask (403), and a pengelola not outside their scope (403); nothing queued', async () => {
  const pegawai = await loginAs(server, 'pegawai');
  await refused(pegawai, base(), 403, undefined);
  const add = await runCli(['user', 'add', '--login', 'hr.ykn', '--name', 'HR Pelayanan', '--role', 'pengelola',
    '--unit', 'ASM-YAN', '--password-stdin'], { dbUrl: server.dbUrl, dataDir: server.dataDir, input: 'Sandi-Uji-2026!\n' });
  assert.equal(add.code, 0, add.stderr);
  const hr2 = new Client(server.url);
  await hr2.login('hr.ykn', 'Sandi-Uji-2026!');
  await refused(hr2, base(), 403, 'unit_id', /Kelurahan Genting Kalianak/);
});

test('the page re-shows the form with the message, and queues nothing', async () => {
  const before0 = await state();
  const r = await hr.postForm('/laporan/massal', {
    unit_id: units['KEL-GKL'], periode_id: period.id, dokumen: 'skp', format: 'zip',
  });
  assert.equal(r.status, 413);
  const text = pageText(r.text);
  assert.match(text, new RegExp(`${bigCount} dokumen`));
  assert.match(text, /Buat dokumen massal/, 'the form is there to try again');
  const bad = await hr.postForm('/laporan/massal', {
    unit_id: units['KEL-GKL'], periode_id: period.id, dokumen: 'evaluasi:999999', format: 'zip',
  });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /is-invalid/, 'the document select is marked');
  assert.deepEqual(await state(), before0);
});

test('a job whose server died shows as failed and can be asked again', async () => {
  const job = await askOk(hr, { ...base(), unit_id: units[small.code] });
  assert.equal((await waitJob(hr, job.id)).job.status, 'selesai');
  // as if a server had taken it and stopped ten minutes ago
  const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
  sqlOn(server, `UPDATE bulk_job SET state = 'berjalan', done = 1, updated_at = ${tenMinutesAgo} WHERE id = ${job.id}`);
  const r = await hr.api('GET', `/api/v1/laporan/massal/${job.id}`);
  assert.equal(r.json.status, 'gagal');
  assert.match(r.json.galat, /berhenti/);
  const page = await hr.get(`/laporan/massal/${job.id}`);
  assert.doesNotMatch(page.text, /http-equiv="refresh"/);
  assert.match(pageText(page.text), /Minta lagi/);
  const file = await hr.api('GET', `/api/v1/laporan/massal/${job.id}/berkas`);
  assert.equal(file.status, 409, 'no file from a failed job');
  const again = await hr.postForm('/laporan/massal', {
    unit_id: units[small.code], periode_id: period.id, dokumen: 'skp', format: 'zip',
  });
  assert.equal(again.status, 303, again.text.slice(0, 300));
  const id = Number(/massal\/(\d+)/.exec(again.location)[1]);
  assert.equal((await waitJob(hr, id)).job.status, 'selesai');
});

test('the command line refuses the same way and writes no file', async () => {
  const cli = (args) => runCli(['report', 'bulk', ...args], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  const out = path.join(tmp, 'x.zip');
  const over = await cli(['--unit', 'KEL-GKL', '--kind', 'skp', '--out', out, '--bulk-max-docs', String(LIMIT)]);
  assert.equal(over.code, 1);
  assert.match(over.stderr, new RegExp(`${bigCount} dokumen.*batas ${LIMIT}`));
  const unknown = await cli(['--unit', 'TIDAK-ADA', '--kind', 'skp', '--out', out]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /--unit/);
  const kind = await cli(['--unit', 'KEL-GKL', '--kind', 'rapor', '--out', out]);
  assert.equal(kind.code, 1);
  assert.match(kind.stderr, /--kind/);
  const cp = await cli(['--unit', 'KEL-GKL', '--kind', 'evaluasi', '--checkpoint', 'Triwulan IX', '--out', out]);
  assert.equal(cp.code, 1);
  assert.match(cp.stderr, /--checkpoint/);
  const year = await cli(['--unit', 'KEL-GKL', '--kind', 'skp', '--period', '1999', '--out', out]);
  assert.equal(year.code, 1);
  assert.match(year.stderr, /--period/);
  const usage = await cli(['--unit', 'KEL-GKL', '--kind', 'skp', '--out', out, '--warna', 'biru']);
  assert.equal(usage.code, 2);
  assert.ok(!existsSync(out) && !existsSync(`${out}.tmp`), 'no file written');
  for (const r of [over, unknown, kind, cp, year, usage]) assert.equal(r.sanitizer, null, r.sanitizer || '');
  // employees unchanged in number: the refusals wrote nothing either
  assert.ok((await activeEmployees(admin, units.ASM)).length > 0);
});
