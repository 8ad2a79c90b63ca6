// Who may use which bulk-document route: a table of role x route x expected
// status in the style of 87_access_monitoring.test.mjs (one test per
// route, every role asked), for the route tables of src/web/ui_bulk.c and
// src/api/api_bulk.c; a test at the end reads those tables and checks
// every route is in this one.  Then the rules the table cannot show: a
// second pengelola (scope Kelurahan Genting Kalianak) asks within their
// scope but not beyond it and cannot open the first pengelola's job; each
// sees only their own jobs in the list, the auditor all of them; a leader
// asks for their own unit.
//
// Roles: anon and the demo accounts: pegawai (Dewi, Seksi Pelayanan
// ASM-YAN, leads nothing), pejabat (her Kasi, who leads ASM-YAN), camat
// (leads the kecamatan ASM), pengelola (HR, scope: the whole kecamatan),
// auditor (reads everything), admin.
//
// Objects made in before(): `hrJob`, the pengelola's finished job for
// KEL-GKL; `kasiJob`, the pejabat's finished job for ASM-YAN.  The POST
// rows send a checkpoint that does not exist, so a role that passes the
// access checks shows it by reaching the check (422) while nothing is
// queued; a test after the table checks that nothing was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client, REPO_ROOT, runCli, startServer } from './harness.mjs';
import { accessTests, roleClients, row, sendAs } from './access_table.mjs';
import { auditCount } from './util.mjs';
import { askBulk, askOk, demoPeriod, unitIds, waitJob } from './165_bulk_util.mjs';

let server;
let clients;
const ids = {};
let jobs0;
let audit0;

async function jobList(client) {
  const r = await client.api('GET', '/api/v1/laporan/massal');
  assert.equal(r.status, 200, r.text);
  return r.json.items.map((j) => j.id).sort((a, b) => a - b);
}

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  clients = await roleClients(server);
  const { admin, pengelola: hr, pejabat } = clients;
  const units = await unitIds(admin);
  const period = await demoPeriod(admin);
  Object.assign(ids, { gkl: units['KEL-GKL'], yan: units['ASM-YAN'], asm: units.ASM, period: period.id });
  ids.hrJob = (await askOk(hr, { unit_id: ids.gkl, periode_id: ids.period, jenis: 'skp' })).id;
  ids.kasiJob = (await askOk(pejabat, { unit_id: ids.yan, periode_id: ids.period, jenis: 'skp', format: 'pdf' })).id;
  for (const [c, id] of [[hr, ids.hrJob], [pejabat, ids.kasiJob]]) {
    assert.equal((await waitJob(c, id)).job.status, 'selesai');
  }
  jobs0 = await jobList(admin);
  audit0 = await auditCount(admin);
});

after(async () => {
  await server?.stop();
});

const API_ASK = row(401, 403, 403, 422, 422, 422, 422);
const PAGE_ASK = row(303, 403, 403, 422, 422, 422, 422);
const API_USERS = row(401, 403, 200, 200, 200, 200, 200);
const PAGE_USERS = row(303, 403, 200, 200, 200, 200, 200);
// the pengelola's job: its owner, auditors and administrators
const API_HR_JOB = row(401, 403, 403, 403, 200, 200, 200);
const PAGE_HR_JOB = row(303, 403, 403, 403, 200, 200, 200);
const badCheckpoint = () => ({ unit_id: ids.gkl, periode_id: ids.period, jenis: 'evaluasi', titik: 999999 });
const badCheckpointForm = () => ({ unit_id: ids.gkl, periode_id: ids.period, dokumen: 'evaluasi:999999', format: 'zip' });

const TABLE = [
  /* ---- API ------------------------------------------------------------------------------ */
  ['POST', '/api/v1/laporan/massal', API_ASK, badCheckpoint],
  ['GET', '/api/v1/laporan/massal', API_USERS],
  ['GET', '/api/v1/laporan/massal/{hrJob}', API_HR_JOB],
  ['GET', '/api/v1/laporan/massal/{kasiJob}', row(401, 403, 200, 403, 403, 200, 200)],
  ['GET', '/api/v1/laporan/massal/999999', row(401, 404, 404, 404, 404, 404, 404)],
  ['GET', '/api/v1/laporan/massal/{hrJob}/berkas', API_HR_JOB],
  /* ---- pages ------------------------------------------------------------------------------ */
  ['GET', '/laporan/massal', PAGE_USERS],
  ['POST', '/laporan/massal', PAGE_ASK, badCheckpointForm],
  ['GET', '/laporan/massal/{hrJob}', PAGE_HR_JOB],
  ['GET', '/laporan/massal/{hrJob}/unduh', PAGE_HR_JOB],
];

function fill(v) {
  return v.replace(/\{(\w+)\}/g, (_, k) => {
    assert.ok(ids[k] !== undefined, `unknown id ${k}`);
    return String(ids[k]);
  });
}

accessTests(TABLE, {
  path: fill,
  client: (role) => clients[role],
  send: (client, method, urlPath, body) => sendAs(client, method, urlPath, typeof body === 'function' ? body() : body),
});

test('none of the refused requests above queued a job or wrote the audit trail', async () => {
  assert.deepEqual(await jobList(clients.admin), jobs0);
  assert.equal(await auditCount(clients.admin), audit0);
});

test('a second pengelola asks within their scope only, and cannot open the first one\'s job', async () => {
  const add = await runCli(['user', 'add', '--login', 'hr.gkl', '--name', 'HR Genting Kalianak', '--role', 'pengelola',
    '--unit', 'KEL-GKL', '--password-stdin'], { dbUrl: server.dbUrl, dataDir: server.dataDir, input: 'Sandi-Uji-2026!\n' });
  assert.equal(add.code, 0, add.stderr);
  const hr2 = new Client(server.url);
  await hr2.login('hr.gkl', 'Sandi-Uji-2026!');
  const own = await askOk(hr2, { unit_id: ids.gkl, periode_id: ids.period, jenis: 'skp' });
  const outside = await askBulk(hr2, { unit_id: ids.asm, periode_id: ids.period, jenis: 'skp' });
  assert.equal(outside.status, 403, outside.text);
  assert.equal(outside.json.error.field, 'unit_id');
  const other = await hr2.api('GET', `/api/v1/laporan/massal/${ids.hrJob}`);
  assert.equal(other.status, 403, other.text);
  const otherFile = await hr2.api('GET', `/api/v1/laporan/massal/${ids.hrJob}/berkas`);
  assert.equal(otherFile.status, 403);
  const page = await hr2.get(`/laporan/massal/${ids.hrJob}`);
  assert.equal(page.status, 403);
  assert.deepEqual(await jobList(hr2), [own.id], 'the list holds their own job only');
  assert.deepEqual(await jobList(clients.pengelola), [ids.hrJob], 'and the first pengelola\'s list theirs');
  const all = await jobList(clients.auditor);
  for (const id of [ids.hrJob, ids.kasiJob, own.id]) assert.ok(all.includes(id), `the auditor sees job ${id}`);
  const form = await hr2.get('/laporan/massal');
  assert.doesNotMatch(form.text, new RegExp(`<option value="${ids.asm}"`), 'the form offers no unit outside the scope');
  assert.match(form.text, new RegExp(`<option value="${ids.gkl}"`));
  assert.equal((await waitJob(hr2, own.id)).job.status, 'selesai');
});

test('a leader asks for the unit they lead, not for the office above it', async () => {
  const { pejabat, camat } = clients;
  const up = await askBulk(pejabat, { unit_id: ids.asm, periode_id: ids.period, jenis: 'skp' });
  assert.equal(up.status, 403, up.text);
  const asked = await askOk(camat, { unit_id: ids.yan, periode_id: ids.period, jenis: 'skp' });
  assert.equal(asked.pemohon_id > 0, true);
  assert.equal((await waitJob(camat, asked.id)).job.status, 'selesai');
});

test('the auditor downloads someone else\'s file', async () => {
  const r = await fetch(new URL(`/api/v1/laporan/massal/${ids.kasiJob}/berkas`, server.url),
    { headers: { Cookie: clients.auditor.cookieHeader() } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^application\/pdf/);
  const bytes = Buffer.from(await r.arrayBuffer());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
});

test('every route of the bulk route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_bulk.c', 'src/api/api_bulk.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 8, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) =>
    `${method} ${p.replace(/\{\w+\}/g, '{id}').replace(/\/999999(?=\/|$)/g, '/{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
