// The rater analysis on the full demo year (startServer({ demo: 'lengkap' })):
// the two raters the demo plants (Ilham Bakri, one level more generous
// than everyone; Achmad Priyo Zainuddin, one level stricter) are flagged
// lenient and severe, nobody else is flagged either way; the page shows
// them with their explanation; the CSV and Excel exports and the command
// line give the API's rows; the fairness page never shows a group smaller
// than the anonymity threshold.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { loginAs, runCli, startServer } from './harness.mjs';
import { parseCsv } from './util.mjs';
import { PLANTED } from './190_analysis_util.mjs';

let server;
let admin;
let list;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  list = await admin.api('GET', '/api/v1/analisis/penilai');
  assert.equal(list.status, 200, list.text);
});
after(() => server?.stop());

const codes = (it) => it.tanda.map((t) => t.kode);

test('the planted lenient and severe raters are flagged, and only they', () => {
  const by = Object.fromEntries(list.json.items.map((it) => [it.pegawai.nip, it]));
  assert.ok(codes(by[PLANTED.lenient.nip]).includes('lenient'), 'Ilham Bakri lenient');
  assert.ok(by[PLANTED.lenient.nip].selisih > 0);
  assert.ok(codes(by[PLANTED.severe.nip]).includes('severe'), 'Achmad Priyo Zainuddin severe');
  assert.ok(by[PLANTED.severe.nip].selisih < 0);
  const others = list.json.items.filter((it) => it.pegawai.nip !== PLANTED.lenient.nip && it.pegawai.nip !== PLANTED.severe.nip);
  assert.ok(others.length > 10);
  for (const it of others) {
    assert.ok(!codes(it).includes('lenient') && !codes(it).includes('severe'), `${it.pegawai.nama} not flagged lenient/severe`);
  }
  assert.match(by[PLANTED.lenient.nip].penjelasan, /lebih tinggi daripada rekan-rekannya/);
});

test('the analysis reads three closed rounds and the superiors\' final ratings of the demo', async () => {
  const rounds = await admin.api('GET', '/api/v1/360/putaran');
  const closed = rounds.json.items.filter((r) => r.status === 'ditutup');
  assert.equal(list.json.putaran, closed.length);
  assert.ok(list.json.n_penilaian_atasan > 0);
  assert.ok(list.json.n_formulir > 0 && list.json.n_formulir <= closed.reduce((s, r) => s + r.jumlah.dijawab, 0));
});

test('the page shows both planted raters with badges, and a rater\'s detail explains the flag', async () => {
  const page = await admin.get('/analisis/penilai');
  assert.equal(page.status, 200);
  for (const p of [PLANTED.lenient, PLANTED.severe]) assert.ok(page.text.includes(p.nip), `${p.nama} on the page`);
  assert.match(page.text, /data-tanda="lenient">Lunak/);
  assert.match(page.text, /data-tanda="severe">Ketat/);
  const id = list.json.items.find((it) => it.pegawai.nip === PLANTED.severe.nip).pegawai.id;
  const detail = await admin.get(`/analisis/penilai/${id}`);
  assert.equal(detail.status, 200);
  assert.match(detail.text, /langkah/);
  assert.match(detail.text, /Per nilai BerAKHLAK/);
});

test('the CSV and Excel exports hold the API\'s rows', async () => {
  const csv = await admin.get('/api/v1/analisis/penilai?format=csv');
  assert.equal(csv.status, 200);
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
  assert.deepEqual(rows.slice(1).map((r) => r[0]), list.json.items.map((it) => it.pegawai.nip));
  const diffCol = rows[0].indexOf('Selisih dari rekan');
  rows.slice(1).forEach((r, i) => {
    const want = list.json.items[i].selisih;
    if (want === null) assert.equal(r[diffCol], '');
    else assert.ok(Math.abs(Number(r[diffCol]) - want) < 1e-4, `row ${i}`);
  });
  const x = await fetch(new URL('/analisis/penilai?format=xlsx', server.url), { headers: { Cookie: admin.cookieHeader() } });
  assert.equal(x.status, 200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await x.arrayBuffer()));
  const ws = wb.worksheets[0];
  assert.equal(ws.rowCount - 1, list.json.items.length);
  assert.equal(String(ws.getRow(2).getCell(1).value), list.json.items[0].pegawai.nip);
});

test('kinerja analyze raters --format csv prints the API\'s CSV; agreement the API\'s ICC', async () => {
  const api = await admin.get('/api/v1/analisis/penilai?format=csv');
  const cli = await runCli(['analyze', 'raters', '--period', '2026', '--format', 'csv'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(cli.code, 0, cli.stderr);
  assert.equal(cli.stdout.replace(/^\uFEFF/, ''), api.text.replace(/^\uFEFF/, ''));
  const ag = await admin.api('GET', '/api/v1/analisis/kesepakatan');
  const txt = await runCli(['analyze', 'agreement', '--period', '2026'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(txt.code, 0, txt.stderr);
  for (const it of ag.json.items) {
    const line = txt.stdout.split('\n').find((l) => l.startsWith(it.nama));
    assert.ok(line, it.nama);
    const icc = Number(line.slice(it.nama.length).trim().split(/\s+/)[0].replace(',', '.'));
    assert.ok(Math.abs(icc - it.icc) < 0.006, `${it.nama}: ${icc} vs ${it.icc}`);
  }
  const adj = await admin.get('/api/v1/analisis/disesuaikan?format=csv');
  const cadj = await runCli(['analyze', 'adjusted', '--period', '2026'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(cadj.code, 0, cadj.stderr);
  assert.equal(cadj.stdout.replace(/^\uFEFF/, ''), adj.text.replace(/^\uFEFF/, ''));
});

test('fairness never shows a group below the anonymity threshold, counts everyone once, and groups by sex as the NIPs say', async () => {
  const r = await admin.api('GET', '/api/v1/analisis/keadilan');
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.n_pegawai > 0);
  for (const d of r.json.dimensi) {
    for (const g of d.kelompok) {
      assert.ok(g.n >= r.json.ambang, `${d.kode}/${g.nama}: ${g.n} < ${r.json.ambang}`);
      assert.equal(Object.values(g.predikat).reduce((a, b) => a + b, 0), g.n);
    }
    assert.equal(d.kelompok.reduce((s, g) => s + g.n, 0) + d.n_tersembunyi, r.json.n_pegawai, d.kode);
    assert.ok(d.penjelasan.length > 20);
  }
  const sex = r.json.dimensi.find((d) => d.kode === 'jenis_kelamin');
  assert.ok(sex.kelompok.every((g) => ['1', '2', '0', 'lainnya'].includes(g.kunci)));
  // recomputed from the assessment list: each person's final assessment on
  // the basis (their latest SKP's), grouped by the NIP's 15th digit
  const titik = r.json.dasar.titik_id;
  assert.ok(titik, 'the demo year has no tahunan assessment: the basis is a checkpoint');
  const list = await admin.api('GET', `/api/v1/penilaian?periode=${r.json.periode.id}&jenis=periodik&titik=${titik}` +
    '&status=ditetapkan&per_page=500');
  assert.equal(list.status, 200, list.text);
  assert.equal(list.json.items.length, list.json.total, 'every final assessment on one page');
  const latest = new Map();
  for (const a of list.json.items) {
    if (a.predikat && (!latest.has(a.nip) || latest.get(a.nip).skp_id < a.skp_id)) latest.set(a.nip, a);
  }
  assert.equal(latest.size, r.json.n_pegawai, 'one final assessment per person');
  const expect = {};
  for (const [nip, a] of latest) {
    const k = nip[14];
    expect[k] ??= {};
    expect[k][a.predikat] = (expect[k][a.predikat] || 0) + 1;
  }
  for (const g of sex.kelompok) {
    assert.ok(!g.gabungan, 'both sexes are large enough to be shown');
    const counted = Object.fromEntries(Object.entries(g.predikat).filter(([, n]) => n > 0));
    assert.deepEqual(counted, expect[g.kunci], `the predicates of group ${g.nama}`);
  }
  assert.deepEqual(sex.kelompok.map((g) => g.kunci).sort(), Object.keys(expect).sort());
  const page = await admin.get('/analisis/keadilan');
  assert.equal(page.status, 200);
  assert.match(page.text, /khi-kuadrat/);
  const cli = await runCli(['analyze', 'fairness', '--period', '2026'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(cli.code, 0, cli.stderr);
  assert.ok(cli.stdout.includes(`${r.json.n_pegawai} pegawai`));
});
