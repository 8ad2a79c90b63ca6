// The allowance (TPP) end to end on the demo year (through Triwulan III):
// the administrator sets a rule set (version 1, by position kind), HR (the
// pengelola) imports the attendance of July-September as CSV, computes
// the Triwulan III run; the demo pegawai (Dewi, pelaksana) sees her own
// amount and its breakdown, worked out by hand from the rules: July full
// with 2 days without leave and 95 minutes late, August 11 of 22 days
// (joined mid-month, pro rata), September without attendance (not paid).
// A second rule set version and a second run are compared per employee;
// approving the first locks it; the payroll export (CSV, Excel) carries
// the amounts; the pages show the same.  The tests run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { auditCount, parseCsv, sqlOn } from './util.mjs';
import { pageText } from './plan_util.mjs';
import {
  MULT, attendanceCsv, checkpointIds, createRun, fullMonths, importAttendance, itemOf,
  rulesBody, setRules,
} from './100_tpp_util.mjs';

const NUR = '198803022014112370';    // ASM-YAN-P02, pelaksana, Dewi's colleague

let server;
let admin;
let pengelola;
let pegawai;
let auditor;
const ids = {};

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  // The demo year brings its own TPP (rule set, attendance, two approved
  // runs): this test works out amounts by hand from its own, so it starts
  // from none.
  for (const t of ['tpp_run_item', 'tpp_run', 'tpp_attendance', 'tpp_ruleset_base', 'tpp_ruleset']) {
    sqlOn(server, `DELETE FROM ${t}`);
  }
  admin = await loginAs(server, 'admin');
  pengelola = await loginAs(server, 'pengelola');
  pegawai = await loginAs(server, 'pegawai');
  auditor = await loginAs(server, 'auditor');
  ids.dewi = server.accounts.pegawai.login;
  ids.cps = await checkpointIds(admin);
});

after(async () => {
  await server?.stop();
});

/** Dewi's Triwulan III predicate as the assessment stores it. */
function dewiPredicate() {
  return sqlOn(server, "SELECT a.predicate FROM assessment a JOIN skp s ON s.id = a.skp_id " +
    "JOIN employees e ON e.id = s.employee_id JOIN checkpoints c ON c.id = a.checkpoint_id " +
    `WHERE e.nip = '${ids.dewi}' AND a.kind = 'periodik' AND a.state = 'ditetapkan' ` +
    "AND c.name = 'Triwulan III'") || 'tanpa_penilaian';
}

test('the administrator stores a rule set; it reads back as version 1 with its percentages', async () => {
  const rs = await setRules(admin);
  assert.equal(rs.versi, 1);
  assert.equal(rs.dasar, 'jabatan');
  assert.equal(rs.besaran.pelaksana, 4000000);
  assert.equal(rs.potongan_per_hari.sakit, 0.5);
  assert.equal(rs.pembulatan.satuan, 1000);
  const r = await pengelola.api('GET', '/api/v1/tpp/aturan?tahun=2026');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.terbaru.id, rs.id);
  assert.equal(r.json.versi.length, 1);
  ids.rules1 = rs.id;
});

test('HR imports July-September attendance as CSV; a month given again replaces the stored one', async () => {
  const others = sqlOn(server, "SELECT nip FROM employees WHERE status = 'aktif' AND nip <> " +
    `'${ids.dewi}' ORDER BY id`).split('\n');
  ids.others = others;
  const rows = [
    { nip: ids.dewi, tahun: 2026, bulan: 7, hari_kerja: 22, hari_kerja_bulan: 22, tanpa_keterangan: 2, terlambat_menit: 95 },
    { nip: ids.dewi, tahun: 2026, bulan: 8, hari_kerja: 11, hari_kerja_bulan: 22 },
    ...fullMonths(others, [7, 8, 9]),
  ];
  const r = await importAttendance(pengelola, attendanceCsv(rows));
  assert.equal(r.status, 201, r.text.slice(0, 500));
  assert.equal(r.json.written, rows.length);
  assert.equal(r.json.replaced, 0);
  const again = await importAttendance(pengelola, attendanceCsv(fullMonths([NUR], [9])));
  assert.equal(again.status, 201, again.text);
  assert.equal(again.json.replaced, 1);
  const months = await auditor.api('GET', '/api/v1/tpp/kehadiran?tahun=2026');
  assert.equal(months.status, 200, months.text);
  assert.deepEqual(months.json.bulan.map((m) => [m.bulan, m.pegawai]),
    [[7, others.length + 1], [8, others.length + 1], [9, others.length]]);
});

test('HR computes Triwulan III: Dewi\'s amount is the hand-worked one for her predicate', async () => {
  const run = await createRun(pengelola, { jenis: 'triwulan', titik_periksa_id: ids.cps['Triwulan III'] });
  ids.run1 = run.id;
  assert.equal(run.status, 'draf');
  assert.equal(run.label, 'Triwulan III 2026');
  assert.deepEqual([run.bulan_dari, run.bulan_sampai], [7, 9]);
  assert.equal(run.aturan.versi, 1);
  assert.equal(run.pegawai, ids.others.length + 1);
  const pred = dewiPredicate();
  const item = await itemOf(pengelola, run.id, ids.dewi);
  assert.equal(item.predikat, pred);
  // base 4.000.000 (pelaksana); July: kinerja 2.400.000 x m, disiplin 1.600.000, less
  // 2 x 3% + 95 min = 4 blocks x 0,5% = 8% of 1.600.000 = 128.000; August half:
  // kinerja 1.200.000 x m, disiplin 800.000; September not paid.
  const expected = Math.round((3600000 * MULT[pred] / 100 + 2400000 - 128000) / 1000) * 1000;
  assert.equal(item.jumlah, expected);
  assert.equal(item.potongan, -128000);
  assert.equal(item.bulan_dibayar, 2);
  ids.item1 = item.id;
});

test('Dewi sees her own amount and its breakdown, whose lines add up to it', async () => {
  const mine = await pegawai.api('GET', '/api/v1/tpp/saya');
  assert.equal(mine.status, 200, mine.text);
  assert.equal(mine.json.items.length, 1);
  assert.equal(mine.json.items[0].nip, ids.dewi);
  const r = await pegawai.api('GET', `/api/v1/tpp/rincian/${ids.item1}`);
  assert.equal(r.status, 200, r.text);
  const lines = r.json.rincian;
  assert.equal(lines.reduce((s, l) => s + l.jumlah, 0), r.json.jumlah);
  assert.ok(lines.some((l) => l.jenis === 'info' && l.bulan === 9 && /tidak ada data kehadiran/.test(l.uraian)),
    'September is named as not paid');
  assert.ok(lines.some((l) => l.jenis === 'kinerja' && l.bulan === 8 && /11\/22 hari kerja/.test(l.uraian)),
    'August is pro rata');
  const page = await pegawai.get(`/tpp/rincian/${ids.item1}`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /Rincian TPP Triwulan III 2026/);
  assert.match(text, /masih draf/);
  const home = await pegawai.get('/tpp');
  assert.equal(home.status, 200);
  assert.match(home.text, new RegExp(`href="/tpp/rincian/${ids.item1}"`));
});

test('Dewi cannot open a colleague\'s breakdown nor the run', async () => {
  const nurItem = await itemOf(pengelola, ids.run1, NUR);
  const r = await pegawai.api('GET', `/api/v1/tpp/rincian/${nurItem.id}`);
  assert.equal(r.status, 403);
  assert.equal((await pegawai.get(`/tpp/rincian/${nurItem.id}`)).status, 403);
  assert.equal((await pegawai.api('GET', `/api/v1/tpp/perhitungan/${ids.run1}`)).status, 403);
});

test('a new rule set version is used by a new run; the runs compare per employee', async () => {
  const v2 = await setRules(admin, rulesBody({ pengali_predikat: { ...MULT, baik: 90, sangat_baik: 110 } }));
  assert.equal(v2.versi, 2);
  const run2 = await createRun(pengelola, { jenis: 'triwulan', titik_periksa_id: ids.cps['Triwulan III'] });
  ids.run2 = run2.id;
  assert.equal(run2.aturan.versi, 2);
  const first = await pengelola.api('GET', `/api/v1/tpp/perhitungan/${ids.run1}`);
  assert.equal(first.json.aturan.versi, 1, 'the first run keeps the version it used');
  const cmp = await pengelola.api('GET', `/api/v1/tpp/perhitungan/${ids.run1}/banding?dengan=${ids.run2}`);
  assert.equal(cmp.status, 200, cmp.text);
  const baik = Number(sqlOn(server, "SELECT COUNT(*) FROM tpp_run_item WHERE run_id = " +
    `${ids.run1} AND predicate IN ('baik', 'sangat_baik') AND months_paid > 0`));
  assert.ok(baik > 0, 'the demo has employees rated Baik or Sangat Baik');
  assert.equal(cmp.json.berbeda, baik);
  assert.equal(cmp.json.selisih_jumlah, run2.jumlah - first.json.jumlah);
  for (const d of cmp.json.items) assert.equal(d.selisih, d.jumlah_b - d.jumlah_a);
  const page = await pengelola.get(`/tpp/perhitungan/${ids.run1}/banding?dengan=${ids.run2}`);
  assert.equal(page.status, 200);
  assert.match(pageText(page.text), new RegExp(`${baik} dari ${run2.pegawai} pegawai berbeda`));
});

test('recomputing a draft uses the newest version; approving locks it', async () => {
  const re = await pengelola.api('POST', `/api/v1/tpp/perhitungan/${ids.run1}/hitung-ulang`);
  assert.equal(re.status, 200, re.text);
  assert.equal(re.json.aturan.versi, 2);
  const ok = await pengelola.api('POST', `/api/v1/tpp/perhitungan/${ids.run1}/setujui`, { version: re.json.version });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.status, 'disetujui');
  assert.ok(ok.json.disetujui_pada);
  const audit = await auditCount(admin, '&entity=tpp_perhitungan');
  const again = await pengelola.api('POST', `/api/v1/tpp/perhitungan/${ids.run1}/hitung-ulang`);
  assert.equal(again.status, 409, again.text);
  assert.equal(again.json.error.field, 'status');
  assert.equal(await auditCount(admin, '&entity=tpp_perhitungan'), audit);
});

test('the payroll export carries every item: CSV with the amounts, Excel as a workbook', async () => {
  const r = await pengelola.api('GET', `/api/v1/tpp/perhitungan/${ids.run1}/ekspor?format=csv`);
  assert.equal(r.status, 200, r.text.slice(0, 300));
  const [header, ...rows] = parseCsv(r.text);
  assert.deepEqual(header.slice(0, 2), ['nip', 'nama']);
  assert.equal(header.at(-1), 'jumlah');
  const run = (await pengelola.api('GET', `/api/v1/tpp/perhitungan/${ids.run1}`)).json;
  assert.equal(rows.length, run.pegawai);
  assert.equal(rows.reduce((s, row) => s + Number(row.at(-1)), 0), run.jumlah);
  const dewi = rows.find((row) => row[0] === ids.dewi);
  const item = await itemOf(pengelola, ids.run1, ids.dewi);
  assert.equal(Number(dewi.at(-1)), item.jumlah);
  const x = await pengelola.request('GET', `/tpp/perhitungan/${ids.run1}/ekspor.xlsx`);
  assert.equal(x.status, 200);
  assert.match(x.headers.get('content-type'), /spreadsheetml/);
  const bytes = await (await fetch(new URL(`/tpp/perhitungan/${ids.run1}/ekspor.xlsx`, server.url),
    { headers: { Cookie: pengelola.cookieHeader() } })).arrayBuffer();
  assert.equal(Buffer.from(bytes).subarray(0, 2).toString(), 'PK', 'an XLSX is a zip file');
});

test('the pages: the overview lists the runs, the run page its state and amounts, a run from the form', async () => {
  const list = await pengelola.get('/tpp');
  assert.equal(list.status, 200);
  assert.match(list.text, new RegExp(`data-perhitungan="${ids.run1}"`));
  const page = await pengelola.get(`/tpp/perhitungan/${ids.run1}`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /Disetujui \(terkunci\)/);
  assert.doesNotMatch(page.text, /hitung-ulang/, 'no recompute button on an approved run');
  const made = await pengelola.postForm('/tpp/perhitungan', { jenis: 'bulanan', tahun: 2026, bulan: 7, unit: '' });
  assert.equal(made.status, 303, made.text.slice(0, 300));
  const runPage = await pengelola.get(made.location);
  assert.equal(runPage.status, 200);
  assert.match(pageText(runPage.text), /TPP Juli 2026/);
  const bad = await pengelola.postForm('/tpp/perhitungan', { jenis: 'bulanan', tahun: 1999, bulan: 7 });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /id="f-tahun"[^>]*is-invalid/);
  assert.match(bad.text, /value="1999"/, 'what was typed is kept');
});
