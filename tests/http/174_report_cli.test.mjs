// `kinerja report recap` and `kinerja report contribution` on the demo
// plans: the files they write are the reports the API gives (the CSV
// rows equal the JSON's, the workbook has its three sheets), --period
// takes the year, and every refusal names its option, exits 1 and leaves
// no file behind (neither FILE nor FILE.tmp).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loginAs, runCli, startServer } from './harness.mjs';
import { parseCsv } from './util.mjs';
import { unitByCode } from './170_report_util.mjs';

let server;
let admin;
let dir;
let opts;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-report-'));
  opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
});

after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await server?.stop();
});

test('recap --format csv writes the rows the API gives', async () => {
  const out = path.join(dir, 'rekap.csv');
  const r = await runCli(['report', 'recap', '--unit', 'ASM-YAN', '--period', '2026', '--format', 'csv', '--out', out], opts);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!existsSync(`${out}.tmp`));
  const yan = await unitByCode(admin, 'ASM-YAN');
  const json = (await admin.api('GET', `/api/v1/laporan/rekap?unit=${yan.id}`)).json;
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
  assert.equal(header[0], 'nip');
  assert.deepEqual(rows.map((x) => x[0]), json.pegawai.map((p) => p.nip));
  assert.deepEqual(rows.map((x) => Number(x[header.indexOf('jumlah_rhk')])), json.pegawai.map((p) => p.jumlah_rhk));
  assert.match(r.stderr, /Seksi Pelayanan/);
});

test('recap --format xlsx (from the extension too) and contribution write workbooks', async () => {
  const out = path.join(dir, 'rekap.xlsx');
  const r = await runCli(['report', 'recap', '--unit', 'ASM', '--checkpoint', 'Triwulan I', '--out', out], opts);
  assert.equal(r.code, 0, r.stderr);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Rekap', 'Kurva', 'Terlambat']);
  assert.match(String(wb.getWorksheet('Rekap').getCell('A2').value), /Triwulan I\b/);
  const cout = path.join(dir, 'kontribusi.csv');
  const c = await runCli(['report', 'contribution', '--format', 'csv', '--out', cout], opts);
  assert.equal(c.code, 0, c.stderr);
  const [header, ...rows] = parseCsv(readFileSync(cout, 'utf8'));
  assert.equal(header[0], 'kode_sasaran');
  const sby = await unitByCode(admin, 'SBY');
  const json = (await admin.api('GET', `/api/v1/laporan/kontribusi?unit=${sby.id}`)).json;
  const n = json.sasaran.reduce((k, g) => k + Math.max(g.jumlah_rhk, 1), 0);
  assert.equal(rows.length, n);
});

const refusals = [
  [['recap', '--unit', 'NOPE', '--format', 'csv'], '--unit'],
  [['recap', '--format', 'csv'], '--unit'],
  [['recap', '--unit', 'ASM', '--checkpoint', 'Triwulan IX', '--format', 'csv'], '--checkpoint'],
  [['recap', '--unit', 'ASM', '--format', 'pdf'], '--format'],
  [['recap', '--unit', 'ASM', '--period', '1999', '--format', 'csv'], '--period'],
  [['contribution', '--unit', 'NOPE', '--format', 'xlsx'], '--unit'],
];

for (const [args, option] of refusals) {
  test(`report ${args.join(' ')}: exit 1 naming ${option}, no file`, async () => {
    const out = path.join(dir, `refused-${option.slice(2)}.out`);
    const r = await runCli(['report', ...args, '--out', out], opts);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(r.stderr.includes(option), r.stderr);
    assert.ok(!existsSync(out) && !existsSync(`${out}.tmp`));
  });
}
