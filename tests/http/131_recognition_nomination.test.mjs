// Nominating a "pegawai berprestasi" on the plain demo: the Kepala Seksi
// Pelayanan (role "pejabat") rates the demo pegawai (Dewi Handayani) Sangat
// Baik at Triwulan I and nominates her with a reason; the pengelola (HR,
// scope the whole kecamatan) approves; the certificate (PDF) carries her
// name, NIP, the period and the reason, as pdftotext reads it, from the
// API, the page and `kinerja recognition certificate`.  Every refusal
// names the problem and writes nothing (the audit trail and the list of
// nominations read back as before): a nominee outside the nominator's
// units, nominating oneself, a reason left empty, a nomination by an
// employee who leads nothing, a second nomination of the same person, a
// decision by the nominator, a rejection without its reason, approving
// twice, the certificate of a nomination not approved.  Only the people
// concerned read a nomination.  The tests run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, loginAs, runCli } from './harness.mjs';
import { auditCount, employeeByNip } from './util.mjs';
import { loginNip, skpOfNip } from './plan_util.mjs';
import { download } from './monitor_util.mjs';
import { rateFinal } from './objection_util.mjs';

const DEWI = '199702082020092397';
const NUR = '198803022014112370';
const SUKRI = '199001122012051154';   // ASM-PEM-P02: Seksi Pemerintahan
const REASON = 'Mempercepat layanan perizinan menjadi rata-rata dua hari kerja dan menata arsip izin digital.';

let server;
let admin;
let pejabat;
let pegawai;
let pengelola;
let nur;
const ids = {};
let tmp;

/** pdftotext of a PDF's bytes. */
function pdfText(bytes) {
  const file = path.join(tmp, `doc-${Date.now()}-${Math.random()}.pdf`);
  writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.replace(/\s+/g, ' ');
}

async function nominations() {
  const r = await admin.api('GET', `/api/v1/penghargaan/usulan?periode=${ids.period}`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

/** Runs fn and asserts it wrote nothing. */
async function nothingWritten(what, fn) {
  const before0 = { audit: await auditCount(admin), list: await nominations() };
  await fn();
  assert.equal(await auditCount(admin), before0.audit, `${what} added to the audit trail`);
  assert.deepEqual(await nominations(), before0.list, `${what} changed the nominations`);
}

function refused(r, status, field, what) {
  assert.equal(r.status, status, `${what}: ${r.text.slice(0, 300)}`);
  assert.equal(r.json.error.field, field, `${what} names the field: ${r.text}`);
  assert.ok(r.json.error.message.length > 10, `${what} says why`);
}

const nominate = (client, employee, alasan) =>
  client.api('POST', '/api/v1/penghargaan/usulan', { periode_id: ids.period, pegawai_id: employee, alasan });

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kinerja-piagam-'));
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  pengelola = await loginAs(server, 'pengelola');
  nur = await loginNip(server, NUR);
  ids.period = (await admin.api('GET', '/api/v1/periode')).json.items[0].id;
  ids.periodName = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.nama;
  ids.tw1 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[0].id;
  const { skp, employee } = await skpOfNip(admin, DEWI);
  ids.dewi = employee.id;
  ids.nur = (await employeeByNip(admin, NUR)).id;
  ids.sukri = (await employeeByNip(admin, SUKRI)).id;
  ids.kasi = (await employeeByNip(admin, '198602122010092031')).id;
  await rateFinal(pejabat, skp.id, `jenis=periodik&titik=${ids.tw1}`, 'di_atas', 'di_atas');
});

after(async () => {
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('refusals before any nomination: outside the units, oneself, no reason, not a leader', async () => {
  await nothingWritten('the refusals', async () => {
    refused(await nominate(pejabat, ids.sukri, REASON), 403, 'pegawai', 'a nominee of Seksi Pemerintahan');
    refused(await nominate(pejabat, ids.kasi, REASON), 403, 'pegawai', 'nominating oneself');
    refused(await nominate(pejabat, ids.dewi, '   '), 422, 'alasan', 'a blank reason');
    refused(await nominate(pejabat, ids.dewi, undefined), 422, 'alasan', 'no reason');
    refused(await nominate(pegawai, ids.nur, REASON), 403, 'pegawai', 'an employee who leads nothing');
    refused(await nominate(pejabat, 999999, REASON), 404, 'pegawai', 'an unknown employee');
    const r = await pejabat.api('POST', '/api/v1/penghargaan/usulan', { pegawai_id: ids.dewi, alasan: REASON, nilai: 1 });
    assert.equal(r.status, 422, 'an unknown field');
  });
});

test('the Kasi nominates Dewi with a reason; her place is recorded', async () => {
  const r = await nominate(pejabat, ids.dewi, REASON);
  assert.equal(r.status, 201, r.text);
  ids.nomination = r.json.id;
  assert.equal(r.json.status, 'diajukan');
  assert.equal(r.json.alasan, REASON);
  assert.match(r.json.peringkat, /^1 dari \d+ di Seksi Pelayanan \(Triwulan I\)$/);
  assert.equal(r.json.boleh_memutus, false, 'the nominator does not decide');
  const audit = await admin.api('GET', `/api/v1/audit?per_page=1`);
  assert.equal(audit.json.items[0].entitas, 'nomination');
  await nothingWritten('a second nomination', async () => {
    refused(await nominate(pejabat, ids.dewi, 'Lagi'), 409, 'pegawai', 'the same person twice');
  });
});

test('only the people concerned read the nomination', async () => {
  assert.equal((await pegawai.api('GET', `/api/v1/penghargaan/usulan/${ids.nomination}`)).status, 200, 'the nominee');
  assert.equal((await pejabat.api('GET', `/api/v1/penghargaan/usulan/${ids.nomination}`)).status, 200, 'the nominator');
  assert.equal((await pengelola.api('GET', `/api/v1/penghargaan/usulan/${ids.nomination}`)).status, 200, 'HR');
  const r = await nur.api('GET', `/api/v1/penghargaan/usulan/${ids.nomination}`);
  assert.equal(r.status, 403, 'a colleague');
  const mine = await nur.api('GET', '/api/v1/penghargaan/usulan');
  assert.deepEqual(mine.json.items, [], 'a colleague lists nothing of it');
  const hers = await pegawai.api('GET', '/api/v1/penghargaan/usulan');
  assert.deepEqual(hers.json.items.map((n) => n.id), [ids.nomination], 'the nominee lists her own');
});

test('decisions are refused for the nominator, without a reason to reject, or with no choice', async () => {
  const u = `/api/v1/penghargaan/usulan/${ids.nomination}/putusan`;
  await nothingWritten('the refused decisions', async () => {
    assert.equal((await pejabat.api('POST', u, { putusan: 'disetujui' })).status, 403);
    assert.equal((await pegawai.api('POST', u, { putusan: 'disetujui' })).status, 403);
    refused(await pengelola.api('POST', u, { putusan: 'ditolak' }), 422, 'catatan', 'a rejection without its reason');
    refused(await pengelola.api('POST', u, { putusan: 'mungkin' }), 422, 'putusan', 'an unknown decision');
    refused(await pengelola.api('POST', u, {}), 422, 'putusan', 'no decision');
    refused(await pengelola.api('POST', u, { putusan: 'disetujui', version: 99 }), 409, 'version', 'a stale version');
  });
  const piagam = await pegawai.api('GET', `/api/v1/penghargaan/usulan/${ids.nomination}/piagam`);
  refused(piagam, 409, 'status', 'the certificate before approval');
});

test('HR approves; approving twice is refused and writes nothing', async () => {
  const u = `/api/v1/penghargaan/usulan/${ids.nomination}/putusan`;
  const r = await pengelola.api('POST', u, { putusan: 'disetujui', catatan: 'Sesuai peringkat unit.' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'disetujui');
  assert.equal(r.json.pangkat_saat_disetujui.nip, DEWI);
  await nothingWritten('approving twice', async () => {
    refused(await pengelola.api('POST', u, { putusan: 'disetujui' }), 409, 'status', 'approving twice');
    refused(await admin.api('POST', u, { putusan: 'ditolak', catatan: 'Berubah pikiran' }), 409, 'status',
      'rejecting after approval');
  });
});

test('the certificate carries name, NIP, period and reason', async () => {
  const res = await download(pegawai, `/api/v1/penghargaan/usulan/${ids.nomination}/piagam`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /application\/pdf/);
  assert.equal(res.bytes.subarray(0, 5).toString(), '%PDF-');
  const text = pdfText(res.bytes);
  assert.match(text, /PIAGAM PENGHARGAAN/);
  assert.match(text, /Dewi Handayani/);
  assert.match(text, /19970208 202009 2 397/);
  assert.ok(text.includes(ids.periodName), `the period ${ids.periodName} in: ${text}`);
  assert.ok(text.includes('Mempercepat layanan perizinan'), 'the reason');
  assert.ok(text.includes('arsip izin digital'), 'the whole reason');
  assert.match(text, /Budi Wahyudi/, 'the approver signs');
  const page = await download(pegawai, `/penghargaan/usulan/${ids.nomination}/piagam`);
  assert.equal(page.status, 200);
  assert.match(pdfText(page.bytes), /Dewi Handayani/);
  const denied = await nur.api('GET', `/api/v1/penghargaan/usulan/${ids.nomination}/piagam`);
  assert.equal(denied.status, 403);
});

test('the command line writes the certificate and the ranking as CSV', async () => {
  const file = path.join(tmp, 'piagam.pdf');
  const r = await runCli(['recognition', 'certificate', String(ids.nomination), file],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(pdfText(readFileSync(file)), /19970208 202009 2 397/);
  const rank = await runCli(['recognition', 'rank', '--period', String(ids.period), '--unit', 'ASM-YAN'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(rank.code, 0, rank.stderr);
  const lines = rank.stdout.trim().split(/\r?\n/);
  assert.match(lines[0], /^peringkat,nip,nama,/);
  assert.match(lines[1], new RegExp(`^1,${DEWI},`));
  const bad = await runCli(['recognition', 'rank', '--unit', 'TIDAK-ADA'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--unit/);
  const nf = await runCli(['recognition', 'certificate', '999', file], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(nf.code, 1);
});

test('the pages: a reason left empty keeps the form, a good one lands on the nomination', async () => {
  const form = await pejabat.get(`/penghargaan/usulan/baru?periode=${ids.period}&pegawai=${ids.nur}`);
  assert.equal(form.status, 200, form.text.slice(0, 300));
  const audit = await auditCount(admin);
  const bad = await pejabat.postForm('/penghargaan/usulan', { periode: ids.period, pegawai: ids.nur, alasan: ' ' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Alasan usulan/);
  assert.match(bad.text, /is-invalid/);
  assert.equal(await auditCount(admin), audit);
  const out = await pejabat.get(`/penghargaan/usulan/baru?periode=${ids.period}&pegawai=${ids.sukri}`);
  assert.equal(out.status, 403, 'the form for someone outside her units');
  const ok = await pejabat.postForm('/penghargaan/usulan', { periode: ids.period, pegawai: ids.nur, alasan: 'Tertib administrasi.' });
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  const id = Number(ok.location.match(/usulan\/(\d+)/)[1]);
  const rej = await pengelola.postForm(`/penghargaan/usulan/${id}/putusan`, { putusan: 'ditolak', catatan: '' });
  assert.equal(rej.status, 422);
  assert.match(rej.text, /Alasan penolakan/);
  const done = await pengelola.postForm(`/penghargaan/usulan/${id}/putusan`, { putusan: 'ditolak', catatan: 'Belum ada predikat.' });
  assert.equal(done.status, 303);
  const view = await nur.get(`/penghargaan/usulan/${id}`);
  assert.equal(view.status, 200);
  assert.match(view.text, /data-status="ditolak"/);
  assert.match(view.text, /Belum ada predikat\./);
});
