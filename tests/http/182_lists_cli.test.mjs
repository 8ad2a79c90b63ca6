// `kinerja report list` (issue 6, item 5: the export of a filtered list
// from the command line) on the demo year, run against the test server's
// database.  The CLI's CSV holds exactly the rows of the API's filtered
// list (every page joined, in its order), each row's cells computed here
// from the API's JSON; the rows are also filtered here from the unfiltered
// list, so the filter itself is checked; the file is the same one the
// list page downloads; the workbook reads back with typed cells, a frozen
// header and an autofilter; --unit takes a code or an ID, --period a
// year, --checkpoint a name or "tahunan", --q a NIP typed in groups; and
// every refusal names its option, exits 1 (a value) or 2 (bad usage) and
// leaves neither FILE nor FILE.tmp (an existing FILE stays as it was).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loginAs, runCli, startServer } from './harness.mjs';
import { parseCsv } from './util.mjs';
import {
  allItems, assertOrdered, bytesCmp, download, employeesById, nameKey, spaced, unitTree,
} from './180_lists_util.mjs';

let server;
let admin;
let dir;
let opts;
let tree;
let people;
let period;   // the demo's 2026 period

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-listcli-'));
  opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  tree = await unitTree(admin);
  people = await employeesById(admin);
  const periods = (await admin.api('GET', '/api/v1/periode')).json.items;
  period = periods.find((p) => p.tahun === 2026);
  assert.ok(period, 'the demo has its 2026 period');
});

after(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await server?.stop();
});

/* ---- running the command and reading its CSV ---------------------------------------- */

const list = (args) => runCli(['report', 'list', ...args], opts);

/** The CSV the command prints: { header, rows, stdout }. */
async function csvOf(args) {
  const r = await list(args);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  const [header, ...rows] = parseCsv(r.stdout);
  return { header, rows, stdout: r.stdout, stderr: r.stderr };
}

/* ---- the expected cells, from the API's JSON ---------------------------------------- */

const pad = (n) => String(n).padStart(2, '0');
/** An ISO time as the export shows it: "YYYY-MM-DD HH:MM" in WIB (UTC+7). */
function wib(iso) {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + 7 * 3600e3);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
const PREDICATE = { sangat_kurang: 'Sangat Kurang', kurang: 'Kurang/Misconduct',
  butuh_perbaikan: 'Butuh Perbaikan', baik: 'Baik', sangat_baik: 'Sangat Baik' };
const RATING = { di_bawah: 'Di Bawah Ekspektasi', sesuai: 'Sesuai Ekspektasi', di_atas: 'Di Atas Ekspektasi' };
const DECISION = { tetap: 'Penilaian tetap', diubah: 'Penilaian diubah' };
const label = (map, v) => (v ? map[v] : '');

function employeeCells(e) {
  const name = `${e.gelar_depan ? `${e.gelar_depan} ` : ''}${e.nama}${e.gelar_belakang ? `, ${e.gelar_belakang}` : ''}`;
  const gol = e.pangkat ? `${e.golongan} \u2014 ${e.pangkat}` : e.golongan ? `${e.golongan} (PPPK)` : '-';
  return [e.nip, name, gol, e.nama_jabatan, e.nama_unit, e.status, e.email, wib(e.diubah)];
}
function skpCells(s) {
  return [s.nip, s.nama, s.jabatan, s.unit, s.periode, String(s.bulan_awal), String(s.bulan_akhir),
    s.status_label, String(s.jumlah_rhk), wib(s.diajukan), wib(s.disetujui)];
}
function assessmentCells(a) {
  return [a.nip, a.nama, a.unit, a.periode, a.jenis, a.jenis === 'tahunan' ? 'Tahunan' : a.titik,
    a.status === 'ditetapkan' ? 'Ditetapkan' : 'Draf', label(RATING, a.hasil_kerja),
    label(RATING, a.perilaku_kerja), label(PREDICATE, a.predikat), a.pejabat_penilai,
    wib(a.ditetapkan), wib(a.diketahui)];
}
function objectionCells(o) {
  return [o.nip, o.nama, o.unit, o.periode, o.jenis === 'tahunan' ? 'Tahunan' : o.titik,
    label(PREDICATE, o.predikat_semula), o.status_label, label(DECISION, o.putusan),
    label(PREDICATE, o.predikat_baru), wib(o.diajukan), wib(o.diputus)];
}

const unitOf = (pegawaiId) => people.get(pegawaiId).unit_id;
const idOf = (code) => tree.byCode(code).id;

/* ---- the lists ------------------------------------------------------------------------- */

test('pegawai --unit KODE --sort nama --desc: the unit and the units below it, by name, Z to A', async () => {
  const kel = idOf('KEL-ASM');
  const { header, rows } = await csvOf(['pegawai', '--unit', 'KEL-ASM', '--sort', 'nama', '--desc']);
  assert.deepEqual(header, ['NIP', 'Nama', 'Golongan/pangkat', 'Jabatan', 'Unit kerja', 'Status', 'Email', 'Terakhir diubah']);
  const api = (await allItems(admin, `/api/v1/pegawai?unit=${kel}&urut=nama&arah=turun`)).items;
  assert.deepEqual(rows, api.map(employeeCells), 'every row of the API list, cell by cell, in its order');
  // the filter and the order, computed here from the unfiltered list
  const inKel = tree.below(kel);
  const want = [...people.values()].filter((e) => inKel.has(e.unit_id));
  assert.ok(want.length > 5, 'the kelurahan has staff');
  assert.deepEqual(rows.map((r) => r[0]).sort(), want.map((e) => e.nip).sort());
  assertOrdered(api, (e) => nameKey(e.nama), true, bytesCmp, 'nama turun');
});

test('--unit takes the unit ID as well as its code', async () => {
  const byCode = await csvOf(['pegawai', '--unit', 'ASM-YAN']);
  const byId = await csvOf(['pegawai', `--unit=${idOf('ASM-YAN')}`]);
  assert.ok(byCode.rows.length > 0);
  assert.equal(byId.stdout, byCode.stdout);
});

test('skp --period YEAR --status --unit: the rows filtered here, and the same file as the page download', async () => {
  const kel = idOf('KEL-GKL');
  const args = ['skp', '--period', '2026', '--status', 'disetujui', '--unit', 'KEL-GKL'];
  const { header, rows, stdout } = await csvOf(args);
  const api = (await allItems(admin, `/api/v1/skp?periode=${period.id}&status=disetujui&unit=${kel}`)).items;
  assert.deepEqual(rows, api.map(skpCells));
  const inKel = tree.below(kel);
  const want = (await allItems(admin, `/api/v1/skp?periode=${period.id}`)).items
    .filter((s) => s.status === 'disetujui' && inKel.has(unitOf(s.pegawai_id)));
  assert.ok(want.length > 3, 'approved SKPs in the kelurahan');
  assert.deepEqual(rows.map((r) => r[0]).sort(), want.map((s) => s.nip).sort());
  assert.ok(rows.every((r) => r[header.indexOf('Status')] === 'Disetujui'));
  // the page's download of the same filter: byte for byte the same file
  const page = await download(admin, `/skp/daftar?format=csv&periode=${period.id}&status=disetujui&unit=${kel}`);
  assert.equal(page.status, 200);
  assert.equal(stdout, page.text);
  assert.deepEqual([...Buffer.from(stdout).subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.ok(!/[^\r]\n/.test(stdout), 'every line ends in CRLF');
});

test('skp without --period lists every period, as the page does', async () => {
  const { rows } = await csvOf(['skp', '--sort', 'nip']);
  const page = await download(admin, '/skp/daftar?format=csv&urut=nip');
  assert.equal(rows.length, parseCsv(page.text).length - 1);
  const all = (await allItems(admin, `/api/v1/skp?periode=${period.id}`)).items;
  assert.ok(rows.length >= all.length && all.length > 50);
});

test('penilaian --checkpoint NAME --predicate --sort nama: the whole filtered list, not one page', async () => {
  const all = (await allItems(admin, `/api/v1/penilaian?periode=${period.id}`)).items;
  const tw1 = all.find((a) => a.titik === 'Triwulan I');
  assert.ok(tw1, 'Triwulan I has assessments');
  const want = all.filter((a) => a.titik_id === tw1.titik_id && a.predikat === 'baik');
  assert.ok(want.length > 25, 'more rows than one page of the list page (25)');
  const { header, rows } = await csvOf(['penilaian', '--period', '2026', '--checkpoint', 'triwulan i',
    '--predicate', 'baik', '--sort', 'nama']);
  assert.equal(header.length, 13);
  assert.equal(rows.length, want.length);
  assert.deepEqual(rows.map((r) => r[0]).sort(), want.map((a) => a.nip).sort());
  const api = (await allItems(admin, `/api/v1/penilaian?periode=${period.id}&titik=${tw1.titik_id}&predikat=baik&urut=nama`)).items;
  assert.deepEqual(rows, api.map(assessmentCells));
  assertOrdered(api, (a) => nameKey(people.get(a.pegawai_id).nama), false, bytesCmp, 'nama');
  assert.ok(rows.every((r) => r[header.indexOf('Predikat')] === 'Baik' && r[header.indexOf('Titik')] === 'Triwulan I'));
});

test('penilaian --checkpoint without --period takes the current period; tahunan the annual ones', async () => {
  const named = await csvOf(['penilaian', '--checkpoint', 'Triwulan II', '--status', 'ditetapkan']);
  const all = (await allItems(admin, '/api/v1/penilaian?status=ditetapkan')).items;
  const want = all.filter((a) => a.titik === 'Triwulan II' && a.periode_id === period.id);
  assert.ok(want.length > 0);
  assert.deepEqual(named.rows.map((r) => r[0]).sort(), want.map((a) => a.nip).sort());
  const annual = await csvOf(['penilaian', '--checkpoint', 'tahunan']);
  assert.equal(annual.rows.length, all.filter((a) => a.jenis === 'tahunan').length);
  assert.ok(annual.rows.every((r) => r[annual.header.indexOf('Titik')] === 'Tahunan'));
});

test('keberatan: newest first by default, --desc keeps it, each case with its labels', async () => {
  const api = (await allItems(admin, '/api/v1/keberatan')).items;
  assert.ok(api.length >= 1, 'the demo has an objection');
  const { header, rows } = await csvOf(['keberatan']);
  assert.equal(header[0], 'NIP');
  assert.deepEqual(rows, api.map(objectionCells));
  const filtered = await csvOf(['keberatan', '--status', api[0].status, '--predicate', api[0].predikat_semula, '--period', String(period.id)]);
  assert.deepEqual(filtered.rows.map((r) => r[0]),
    api.filter((o) => o.status === api[0].status && o.predikat_semula === api[0].predikat_semula).map((o) => o.nip));
});

test('--q takes a NIP typed in groups (a prefix) or part of a name', async () => {
  const someone = [...people.values()].find((e) => e.nip.length === 18);
  const prefix = spaced(someone.nip).slice(0, 15);   // "19660801 198803"
  const { rows } = await csvOf(['pegawai', '--q', prefix]);
  const want = [...people.values()].filter((e) => e.nip.startsWith(prefix.replace(/ /g, '')));
  assert.deepEqual(rows.map((r) => r[0]).sort(), want.map((e) => e.nip).sort());
  assert.ok(rows.some((r) => r[0] === someone.nip));
  const part = someone.nama.split(' ')[0].slice(1, 4).toUpperCase();
  const byName = await csvOf(['skp', '--period', '2026', `--q=${part}`]);
  const api = (await allItems(admin, `/api/v1/skp?periode=${period.id}&q=${encodeURIComponent(part)}`)).items;
  assert.ok(api.length > 0);
  assert.deepEqual(byName.rows.map((r) => r[0]), api.map((s) => s.nip));
});

/* ---- Excel ------------------------------------------------------------------------------ */

async function readSheet(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  assert.equal(wb.worksheets.length, 1);
  const ws = wb.worksheets[0];
  const header = ws.getRow(1).values.slice(1);
  return { ws, header, col: (name) => header.indexOf(name) + 1 };
}

function assertFrozenAndFiltered(ws, ncols, nrows) {
  assert.equal(ws.views[0].state, 'frozen', 'the header row is frozen');
  assert.equal(ws.views[0].ySplit, 1);
  const last = String.fromCharCode(64 + ncols);
  const ref = typeof ws.autoFilter === 'string' ? ws.autoFilter : `${ws.autoFilter.from}:${ws.autoFilter.to}`;
  assert.equal(ref, `A1:${last}${1 + nrows}`, 'an autofilter over the whole table');
}

test('penilaian --out FILE.xlsx: typed cells, frozen header, autofilter, the API rows', async () => {
  const out = path.join(dir, 'penilaian.xlsx');
  const r = await list(['penilaian', '--period', '2026', '--status', 'ditetapkan', '--unit', 'KEL-TSR', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!existsSync(`${out}.tmp`), 'no FILE.tmp left');
  const api = (await allItems(admin, `/api/v1/penilaian?periode=${period.id}&status=ditetapkan&unit=${idOf('KEL-TSR')}`)).items;
  assert.ok(api.length > 10);
  assert.match(r.stderr, new RegExp(`${api.length} baris`));
  const { ws, header, col } = await readSheet(out);
  assert.equal(ws.name, 'Penilaian');
  assert.deepEqual(header.slice(0, 3), ['NIP', 'Nama', 'Unit kerja']);
  assert.equal(ws.rowCount - 1, api.length);
  assertFrozenAndFiltered(ws, 13, api.length);
  api.forEach((a, i) => {
    const row = ws.getRow(i + 2);
    assert.equal(row.getCell(col('NIP')).value, a.nip, 'the NIP as text, in the API order');
    assert.equal(row.getCell(col('Predikat')).value, label(PREDICATE, a.predikat));
    const when = row.getCell(col('Ditetapkan')).value;
    assert.ok(when instanceof Date, 'the time is an Excel date');
    assert.equal(Math.round(when.getTime() / 1000), Date.parse(a.ditetapkan) / 1000 + 7 * 3600, 'in WIB');
  });
});

test('skp --format xlsx --out FILE: numbers are numbers', async () => {
  const out = path.join(dir, 'skp-tanpa-akhiran');
  const r = await list(['skp', '--period', '2026', '--unit', 'ASM-YAN', '--format', 'xlsx', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  const api = (await allItems(admin, `/api/v1/skp?periode=${period.id}&unit=${idOf('ASM-YAN')}`)).items;
  const { ws, col } = await readSheet(out);
  assert.equal(ws.name, 'SKP');
  assertFrozenAndFiltered(ws, 11, api.length);
  api.forEach((s, i) => {
    const row = ws.getRow(i + 2);
    assert.equal(row.getCell(col('NIP')).value, s.nip);
    assert.equal(row.getCell(col('Jumlah RHK')).value, s.jumlah_rhk);
    assert.equal(typeof row.getCell(col('Bulan awal')).value, 'number');
  });
});

test('--out FILE.csv writes the same bytes as standard output', async () => {
  const out = path.join(dir, 'pegawai.csv');
  const r = await list(['pegawai', '--status', 'aktif', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '', 'nothing on standard output');
  const printed = await csvOf(['pegawai', '--status', 'aktif']);
  assert.equal(readFileSync(out, 'utf8'), printed.stdout);
  assert.equal(printed.rows.length, [...people.values()].filter((e) => e.status === 'aktif').length);
});

/* ---- refusals ------------------------------------------------------------------------------ */

// [words, the option named, exit code]
const refusals = [
  [['skp', '--status', 'xyz'], '--status', 1],
  [['pegawai', '--status', 'cuti'], '--status', 1],
  [['penilaian', '--predicate', 'hebat'], '--predicate', 1],
  [['keberatan', '--sort', 'password_hash'], '--sort', 1],
  [['pegawai', '--unit', 'NOPE'], '--unit', 1],
  [['skp', '--unit', '999999'], '--unit', 1],
  [['skp', '--period', '1999'], '--period', 1],
  [['penilaian', '--period', '2026', '--checkpoint', 'Triwulan IX'], '--checkpoint', 1],
  [['pegawai', '--q', 'x'.repeat(101)], '--q', 1],
  [['pegawai', '--format', 'pdf'], '--format', 1],
  [['pegawai', '--predicate', 'baik'], '--predicate', 2],
  [['skp', '--checkpoint', 'tahunan'], '--checkpoint', 2],
  [['pegawai', '--period', '2026'], '--period', 2],
  [['skp', '--urut', 'nama'], '--urut', 2],
  [['skp', '--desc=ya'], '--desc', 2],
  [['skp', '--status'], '--status', 2],
  [['tpp'], 'tpp', 2],
];

for (const [args, option, code] of refusals) {
  test(`report list ${args.join(' ').slice(0, 60)}: exit ${code} naming ${option}, no file`, async () => {
    const sub = mkdtempSync(path.join(dir, 'refused-'));
    const out = path.join(sub, 'daftar.csv');
    const r = await list([args[0], '--out', out, ...args.slice(1)]);
    assert.equal(r.code, code, r.stderr);
    assert.ok(r.stderr.includes(option), r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(readdirSync(sub), [], 'neither FILE nor FILE.tmp');
  });
}

test('a refused value is the API\'s message, naming the option', async () => {
  for (const [words, param, option, api] of [
    [['skp', '--status', 'xyz'], 'status', '--status', '/api/v1/skp?status=xyz'],
    [['penilaian', '--predicate', 'hebat'], 'predikat', '--predicate', '/api/v1/penilaian?predikat=hebat'],
    [['penilaian', '--sort', 'gaji'], 'urut', '--sort', '/api/v1/penilaian?urut=gaji'],
  ]) {
    const r = await list(words);
    const a = await admin.api('GET', api);
    assert.equal(a.status, 422);
    assert.equal(a.json.error.field, param);
    const want = a.json.error.message.replace(` untuk ${param} `, ` untuk ${option} `);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes(`${option}: ${want}`), `${r.stderr} / ${want}`);
  }
});

test('a refusal leaves an existing FILE as it was; Excel needs --out; --out needs .csv or .xlsx', async () => {
  const sub = path.join(dir, 'existing');
  mkdirSync(sub);
  const out = path.join(sub, 'daftar.xlsx');
  writeFileSync(out, 'lama');
  const r = await list(['penilaian', '--status', 'final', '--out', out]);
  assert.equal(r.code, 1);
  assert.equal(readFileSync(out, 'utf8'), 'lama');
  assert.deepEqual(readdirSync(sub), ['daftar.xlsx']);
  const x = await list(['pegawai', '--format', 'xlsx']);
  assert.equal(x.code, 2);
  assert.match(x.stderr, /--out/);
  assert.equal(x.stdout, '');
  const txt = path.join(sub, 'daftar.txt');
  const t = await list(['pegawai', '--out', txt]);
  assert.equal(t.code, 1);
  assert.match(t.stderr, /--out/);
  assert.ok(!existsSync(txt) && !existsSync(`${txt}.tmp`));
});

test('the command line sees what the administrator sees', async () => {
  for (const [word, api] of [['penilaian', '/api/v1/penilaian'], ['keberatan', '/api/v1/keberatan'],
    ['pegawai', '/api/v1/pegawai']]) {
    const { rows } = await csvOf([word]);
    const { total } = await allItems(admin, api);
    assert.equal(rows.length, total, word);
  }
  const pengelola = await loginAs(server, 'pengelola');
  const scoped = (await allItems(pengelola, '/api/v1/penilaian')).total;
  const { rows } = await csvOf(['penilaian']);
  assert.ok(scoped <= rows.length);
});
