// Every refusal of the allowance (TPP) that the issue lists, over the API,
// the pages and the command line: a rule set whose shares do not add up, a
// negative amount (and a negative percentage), an attendance CSV with an
// unknown NIP or impossible figures (more absences than working days, more
// working days than the month has), a NIP outside HR's scope, re-running
// or approving again an approved run.  Each answers 4xx (CLI: exit 1)
// naming the problem, and nothing is written: the TPP tables and the audit
// trail read back as before.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loginAs, runCli, startServer } from './harness.mjs';
import { auditCount, freshNip, sqlOn } from './util.mjs';
import {
  attendanceCsv, checkpointIds, createRun, fullMonths, importAttendance, rulesBody, setRules,
  tppCounts,
} from './100_tpp_util.mjs';

let server;
let admin;
let pengelola;
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pengelola = await loginAs(server, 'pengelola');
  ids.dewi = server.accounts.pegawai.login;
  ids.cps = await checkpointIds(admin);
  await setRules(admin);
  const imp = await importAttendance(pengelola, attendanceCsv(fullMonths([ids.dewi], [1, 2, 3])));
  assert.equal(imp.status, 201, imp.text);
  ids.run = (await createRun(pengelola, { jenis: 'triwulan', titik_periksa_id: ids.cps['Triwulan I'] })).id;
  const ok = await pengelola.api('POST', `/api/v1/tpp/perhitungan/${ids.run}/setujui`);
  assert.equal(ok.status, 200, ok.text);
});

after(async () => {
  await server?.stop();
});

/** Runs fn and asserts the TPP tables and the audit trail did not change. */
async function nothingWritten(what, fn) {
  const counts = tppCounts(server);
  const audit = await auditCount(admin);
  const out = await fn();
  assert.deepEqual(tppCounts(server), counts, `${what} changed the TPP tables`);
  assert.equal(await auditCount(admin), audit, `${what} added to the audit trail`);
  return out;
}

function refused(r, status, field, what) {
  assert.equal(r.status, status, `${what}: ${r.text.slice(0, 400)}`);
  assert.equal(r.json?.error?.field, field, `${what} names the field: ${r.text.slice(0, 400)}`);
  assert.ok(r.json.error.message.length > 0, `${what} says why`);
}

test('a rule set whose shares do not add up to 100% is refused on porsi_kinerja', async () => {
  const r = await nothingWritten('shares 60/30', () =>
    admin.api('POST', '/api/v1/tpp/aturan', rulesBody({ porsi_kinerja: 60, porsi_disiplin: 30 })));
  refused(r, 422, 'porsi_kinerja', 'shares 60/30');
  assert.match(r.json.error.message, /100%/);
});

test('a negative amount or percentage is refused naming it', async () => {
  const body = rulesBody();
  body.besaran = { ...body.besaran, pelaksana: -4000000 };
  const r = await nothingWritten('a negative amount', () => admin.api('POST', '/api/v1/tpp/aturan', body));
  refused(r, 422, 'besaran.pelaksana', 'a negative amount');
  assert.match(r.json.error.message, /negatif/);
  const s = await nothingWritten('a negative amount as text', () =>
    admin.api('POST', '/api/v1/tpp/aturan', rulesBody({ besaran: { pelaksana: '-5.000' } })));
  refused(s, 422, 'besaran.pelaksana', 'a negative amount as text');
  const p = await nothingWritten('a negative percentage', () =>
    admin.api('POST', '/api/v1/tpp/aturan', rulesBody({ potongan_per_hari: { izin: -1 } })));
  refused(p, 422, 'potongan_per_hari.izin', 'a negative percentage');
});

test('the rule set form keeps what was typed and marks the field', async () => {
  const page = await admin.get('/tpp/aturan?tahun=2026');
  assert.equal(page.status, 200);
  const r = await nothingWritten('the form with shares 70/40', () => admin.postForm('/tpp/aturan', {
    tahun: 2026, dasar: 'jabatan', porsi_kinerja: '70', porsi_disiplin: '40',
    'besaran.pelaksana': '4.100.000', 'pembulatan.satuan': '1000', 'pembulatan.cara': 'setengah_ke_atas',
    catatan: 'Salah ketik',
  }));
  assert.equal(r.status, 422);
  assert.match(r.text, /id="f-porsi_kinerja"[^>]*is-invalid/);
  assert.match(r.text, /name="besaran.pelaksana" value="4.100.000"/);
  assert.match(r.text, /Salah ketik/);
  const neg = await nothingWritten('the form with a negative amount', () => admin.postForm('/tpp/aturan', {
    tahun: 2026, dasar: 'jabatan', porsi_kinerja: '60', porsi_disiplin: '40', 'besaran.pelaksana': '-1',
    'pembulatan.satuan': '1', 'pembulatan.cara': 'ke_bawah',
  }));
  assert.equal(neg.status, 422);
  assert.match(neg.text, /id="f-besaran.pelaksana"[^>]*is-invalid/);
});

test('an attendance CSV with an unknown NIP is refused whole, naming the line', async () => {
  const rows = [...fullMonths([ids.dewi], [4]), ...fullMonths([freshNip(901)], [4])];
  const r = await nothingWritten('an unknown NIP', () => importAttendance(pengelola, attendanceCsv(rows)));
  refused(r, 422, 'nip', 'an unknown NIP');
  assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[3, 'nip']]);
  assert.match(r.json.issues[0].reason, /Tidak ada pegawai dengan NIP/);
  assert.equal(r.json.written, 0);
});

test('impossible figures are refused: more absences than working days, more days than the month', async () => {
  const rows = [
    { nip: ids.dewi, tahun: 2026, bulan: 5, hari_kerja: 20, hari_kerja_bulan: 21, sakit: 15, izin: 6 },
    { nip: ids.dewi, tahun: 2026, bulan: 6, hari_kerja: 23, hari_kerja_bulan: 22 },
  ];
  const r = await nothingWritten('impossible figures', () => importAttendance(pengelola, attendanceCsv(rows)));
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[2, 'sakit'], [3, 'hari_kerja']]);
  assert.match(r.json.issues[0].reason, /lebih banyak dari hari kerja/);
  const page = await nothingWritten('the page import', () => pengelola.postMultipart('/tpp/kehadiran', {},
    { berkas: { name: 'kehadiran.csv', type: 'text/csv', content: attendanceCsv(rows) } }));
  assert.equal(page.status, 422);
  assert.match(page.text, /Tidak ada data yang disimpan/);
  assert.match(page.text, /lebih banyak dari hari kerja/);
});

test('HR cannot import attendance of an employee outside their scope', async () => {
  const sby = sqlOn(server, "SELECT id FROM units WHERE code = 'SBY'");
  const nip = freshNip(902);
  sqlOn(server, "INSERT INTO employees (nip, name, name_key, unit_id, created_at, updated_at) " +
    `VALUES ('${nip}', 'Pegawai Kota', 'pegawai kota', ${sby}, 0, 0)`);
  const r = await nothingWritten('a NIP outside the scope', () =>
    importAttendance(pengelola, attendanceCsv(fullMonths([nip], [4]))));
  refused(r, 422, 'nip', 'a NIP outside the scope');
  assert.match(r.json.issues[0].reason, /di luar unit/);
});

test('re-running or approving again an approved run is refused with 409 (API, page)', async () => {
  for (const step of ['hitung-ulang', 'setujui']) {
    const r = await nothingWritten(`${step} of an approved run`, () =>
      pengelola.api('POST', `/api/v1/tpp/perhitungan/${ids.run}/${step}`));
    refused(r, 409, 'status', `${step} of an approved run`);
    assert.match(r.json.error.message, /sudah disetujui/);
    const p = await nothingWritten(`the ${step} page`, () =>
      pengelola.postForm(`/tpp/perhitungan/${ids.run}/${step}`, {}));
    assert.equal(p.status, 409);
    assert.match(p.text, /sudah disetujui/);
  }
});

test('a run without a rule set for its year is refused naming the rule set', async () => {
  const r = await nothingWritten('a run in 2027', () =>
    pengelola.api('POST', '/api/v1/tpp/perhitungan', { jenis: 'bulanan', tahun: 2027, bulan: 1 }));
  refused(r, 409, 'aturan', 'a run in 2027');
  const m = await nothingWritten('month 13', () =>
    pengelola.api('POST', '/api/v1/tpp/perhitungan', { jenis: 'bulanan', tahun: 2026, bulan: 13 }));
  refused(m, 422, 'bulan', 'month 13');
});

test('the command line refuses the same, exit 1, naming the problem', async () => {
  const dir = server.dataDir;
  const opts = { dbUrl: server.dbUrl, dataDir: dir };
  const rules = path.join(dir, 'aturan.json');
  writeFileSync(rules, JSON.stringify(rulesBody({ porsi_disiplin: 30 })));
  const a = await nothingWritten('tpp rules set', () => runCli(['tpp', 'rules', 'set', rules], opts));
  assert.equal(a.code, 1, a.stderr);
  assert.match(a.stderr, /porsi_kinerja/);
  const csvFile = path.join(dir, 'kehadiran.csv');
  writeFileSync(csvFile, attendanceCsv([...fullMonths([ids.dewi], [4]), ...fullMonths([freshNip(903)], [4])]));
  const b = await nothingWritten('tpp attendance import', () => runCli(['tpp', 'attendance', 'import', csvFile], opts));
  assert.equal(b.code, 1, b.stderr);
  assert.match(b.stderr, /kehadiran\.csv:3: kolom nip: Tidak ada pegawai/);
  const c = await nothingWritten('tpp rerun', () => runCli(['tpp', 'rerun', String(ids.run)], opts));
  assert.equal(c.code, 1, c.stderr);
  assert.match(c.stderr, /sudah disetujui/);
  const d = await runCli(['tpp', 'run'], opts);
  assert.equal(d.code, 2, 'a run without --month or --checkpoint is a usage error');
});
