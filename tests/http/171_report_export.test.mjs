// The recap and the contribution report as files, read back: the Excel
// workbooks with exceljs (values and types: numbers are numbers,
// percentages numbers with a % format, dates dates; the header row
// frozen, an autofilter over the table, the title and the filter above
// it) and the CSV files (UTF-8 with a BOM, CRLF) parsed and compared with
// the JSON of the same report, on the demo year through Triwulan III.
// A leader's files have no TPP column at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { loginAs, startServer } from './harness.mjs';
import { parseCsv } from './util.mjs';
import { download, unitByCode } from './170_report_util.mjs';

let server;
let admin;
let camat;
let gkl;
let query;
let json;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  camat = await loginAs(server, 'camat');
  gkl = await unitByCode(admin, 'KEL-GKL');
  const cps = (await admin.api('GET', '/api/v1/skp/1/realisasi')).json.titik_periksa;
  query = `unit=${gkl.id}&titik=${cps.find((c) => c.nama === 'Triwulan III').id}`;
  json = (await admin.api('GET', `/api/v1/laporan/rekap?${query}`)).json;
});

after(() => server?.stop());

async function workbook(client, urlPath) {
  const d = await download(server, client, urlPath);
  assert.equal(d.status, 200, d.bytes.toString().slice(0, 200));
  assert.match(d.type, /spreadsheetml/);
  assert.match(d.disposition, /attachment/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(d.bytes);
  return wb;
}

const HEAD = 5;   // the header row (1-based): title, filter, date, blank above it

/** The table of a sheet as objects keyed by its header row. */
function table(ws) {
  const head = ws.getRow(HEAD).values.slice(1);
  const rows = [];
  for (let i = HEAD + 1; i <= ws.rowCount; i++) {
    const r = ws.getRow(i);
    rows.push(Object.fromEntries(head.map((h, k) => [h, r.getCell(k + 1)])));
  }
  return { head, rows };
}

function assertFrozenAndFiltered(ws, ncols, nrows) {
  assert.equal(ws.views[0].state, 'frozen', `${ws.name}: panes frozen`);
  assert.equal(ws.views[0].ySplit, HEAD, `${ws.name}: the header row stays in view`);
  const last = String.fromCharCode(64 + ncols);
  assert.equal(typeof ws.autoFilter === 'string' ? ws.autoFilter : `${ws.autoFilter.from}:${ws.autoFilter.to}`,
    `A${HEAD}:${last}${HEAD + nrows}`, `${ws.name}: autofilter over the table`);
}

test('the recap workbook: three sheets, title and filter, frozen header, autofilter', async () => {
  const wb = await workbook(admin, `/laporan/rekap.xlsx?${query}`);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Rekap', 'Kurva', 'Terlambat']);
  const ws = wb.getWorksheet('Rekap');
  assert.match(String(ws.getCell('A1').value), /Kelurahan Genting Kalianak/);
  assert.match(String(ws.getCell('A2').value), /Filter: unit Kelurahan Genting Kalianak.*Tahun 2026.*Triwulan III/);
  assert.ok(ws.getCell('B3').value instanceof Date, 'the day it was made is a date');
  assert.equal(ws.getCell('B3').value.toISOString().slice(0, 10), json.tanggal);
  assert.match(ws.headerFooter.oddHeader || '', /Kelurahan Genting Kalianak/);
  assertFrozenAndFiltered(ws, 17, json.pegawai.length);
});

test('the recap sheet holds the JSON figures with their types', async () => {
  const wb = await workbook(admin, `/laporan/rekap.xlsx?${query}`);
  const { head, rows } = table(wb.getWorksheet('Rekap'));
  assert.equal(head.length, 17);
  assert.equal(rows.length, json.pegawai.length);
  rows.forEach((x, i) => {
    const p = json.pegawai[i];
    assert.equal(x.NIP.value, p.nip, 'the NIP stays text (no lost digits)');
    assert.equal(x['Jumlah RHK'].value, p.jumlah_rhk);
    assert.equal(typeof x['Jumlah IKI'].value, 'number');
    assert.equal(x['Status SKP'].value, p.status_skp_label);
    if (p.capaian === null) assert.equal(x.Capaian.value, null);
    else {
      assert.equal(typeof x.Capaian.value, 'number');
      assert.ok(Math.abs(x.Capaian.value * 100 - p.capaian) < 0.006, `${p.nama}: capaian`);
      assert.match(x.Capaian.numFmt, /%/);
    }
    assert.equal(x.Predikat.value || null, p.predikat_label);
    assert.equal(x['Formulir 360 diminta'].value, p.respons_360.diminta);
    assert.match(x['Respons 360'].numFmt || '', /%/);
    assert.equal(x['TPP (Rp)'].value, p.tpp.jumlah);
  });
});

test('the curve and overdue sheets: counts are numbers, due dates are dates', async () => {
  const wb = await workbook(admin, `/laporan/rekap.xlsx?${query}`);
  const curve = table(wb.getWorksheet('Kurva'));
  assert.equal(curve.rows.length, json.kurva.length);
  curve.rows.forEach((x, i) => {
    const k = json.kurva[i];
    assert.equal(x['Unit kerja'].value, k.unit);
    assert.equal(x.Baik.value, k.sebaran.find((c) => c.predikat === 'baik').jumlah);
    assert.equal(typeof x.Dinilai.value, 'number');
  });
  assertFrozenAndFiltered(wb.getWorksheet('Kurva'), 11, json.kurva.length);
  const late = table(wb.getWorksheet('Terlambat'));
  assert.equal(late.rows.length, json.terlambat.length);
  assert.ok(late.rows.length > 0, 'the kelurahan has SKPs still not approved');
  late.rows.forEach((x, i) => {
    const t = json.terlambat[i];
    assert.ok(x.Tenggat.value instanceof Date, 'a due date is a date');
    assert.equal(x.Tenggat.value.toISOString().slice(0, 10), t.tenggat);
    assert.equal(x['Hari terlambat'].value, t.hari_terlambat);
  });
});

test('the recap CSV: BOM, CRLF, and the same rows as the JSON', async () => {
  const d = await download(server, admin, `/laporan/rekap.csv?${query}`);
  assert.equal(d.status, 200);
  assert.match(d.type, /text\/csv/);
  assert.deepEqual([...d.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const text = d.bytes.toString('utf8');
  assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header.slice(0, 3), ['nip', 'nama', 'jabatan']);
  assert.ok(header.includes('tpp'));
  assert.equal(rows.length, json.pegawai.length);
  rows.forEach((r, i) => {
    const o = Object.fromEntries(header.map((h, k) => [h, r[k]]));
    const p = json.pegawai[i];
    assert.equal(o.nip, p.nip);
    assert.equal(o.nama, p.nama);
    assert.equal(o.unit_kerja, p.unit_kerja);
    assert.equal(Number(o.jumlah_rhk), p.jumlah_rhk);
    assert.equal(Number(o.jumlah_iki), p.jumlah_iki);
    assert.equal(o.capaian_persen === '' ? null : Number(o.capaian_persen), p.capaian);
    assert.equal(o.predikat || null, p.predikat_label);
    assert.equal(o.rating_hasil_kerja || null, p.hasil_kerja_label);
    assert.equal(Number(o.respons_360_dijawab), p.respons_360.dijawab);
    assert.equal(Number(o.tpp), p.tpp.jumlah);
  });
});

test('a leader\'s recap files have no TPP column', async () => {
  const j = await camat.api('GET', `/api/v1/laporan/rekap?${query}`);
  assert.equal(j.status, 200);
  assert.equal(j.json.dengan_tpp, false);
  assert.ok(j.json.pegawai.every((p) => !('tpp' in p)), 'no tpp key at all');
  const d = await download(server, camat, `/laporan/rekap.csv?${query}`);
  const [header] = parseCsv(d.bytes.toString('utf8'));
  assert.ok(!header.includes('tpp') && !header.includes('tpp_perhitungan'), header.join(','));
  const wb = await workbook(camat, `/laporan/rekap.xlsx?${query}`);
  const { head } = table(wb.getWorksheet('Rekap'));
  assert.equal(head.length, 15);
  assert.ok(!head.some((h) => /TPP/.test(h)));
  const page = await camat.get(`/laporan/rekap?${query}`);
  assert.equal(page.status, 200);
  const tableHtml = page.text.slice(page.text.indexOf('id="tabel-rekap"'));
  assert.ok(tableHtml.length > 100, 'the page has the recap table');
  assert.ok(!/data-tpp|>TPP</.test(tableHtml.slice(0, tableHtml.indexOf('</table>'))),
    'the page has no TPP column either');
  assert.ok(!/style="|<script>/.test(page.text), 'no inline style or script');
  const own = await admin.get(`/laporan/rekap?${query}`);
  assert.match(own.text, /data-tpp/, 'an administrator\'s page has it');
});

test('the contribution workbook and CSV match its JSON', async () => {
  const asm = await unitByCode(admin, 'ASM');
  const q = `unit=${asm.id}`;
  const c = (await admin.api('GET', `/api/v1/laporan/kontribusi?${q}`)).json;
  const wb = await workbook(admin, `/laporan/kontribusi.xlsx?${q}`);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Kontribusi', 'Per sasaran', 'Per unit']);
  const rhk = c.sasaran.flatMap((g) => g.unit.flatMap((u) => u.rhk.map((x) => ({ g, u, x }))));
  const sheet = table(wb.getWorksheet('Kontribusi'));
  assert.equal(sheet.rows.length, rhk.length);
  assertFrozenAndFiltered(wb.getWorksheet('Kontribusi'), 11, rhk.length);
  sheet.rows.forEach((row, i) => {
    const { g, u, x } = rhk[i];
    assert.equal(row['Kode sasaran'].value, g.kode);
    assert.equal(row.NIP.value, x.nip);
    if (x.capaian === null) assert.equal(row['Capaian RHK'].value, null);
    else assert.ok(Math.abs(row['Capaian RHK'].value * 100 - x.capaian) < 0.006);
    if (u.capaian !== null) assert.match(row['Capaian unit (sasaran ini)'].numFmt, /%/);
  });
  const goals = table(wb.getWorksheet('Per sasaran'));
  assert.equal(goals.rows.length, c.sasaran.length);
  goals.rows.forEach((row, i) => {
    assert.equal(row['RHK pendukung'].value, c.sasaran[i].jumlah_rhk);
    assert.equal(row['Cara menghitung'].value, c.sasaran[i].penjelasan);
  });
  const d = await download(server, admin, `/laporan/kontribusi.csv?${q}`);
  const [header, ...rows] = parseCsv(d.bytes.toString('utf8'));
  const empty = c.sasaran.filter((g) => !g.jumlah_rhk).length;
  assert.equal(rows.length, rhk.length + empty, 'one row per RHK, one per goal nothing serves');
  assert.equal(header.length, 11);
  const data = rows.filter((r) => r[5]);
  data.forEach((r, i) => {
    assert.equal(r[5], rhk[i].x.nip);
    assert.equal(r[10] === '' ? null : Number(r[10]), rhk[i].x.capaian);
  });
});
