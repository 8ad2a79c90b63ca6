// Issue 6's browser test for the dashboards, on the demo year through
// Triwulan III: the Camat opens "Dasbor" from the navigation, sees the
// predicate distribution chart (a canvas Chart.js drew from the table
// beside it, with the table's very figures) and its table, filters to
// Kelurahan Genting Kalianak, downloads the unit's recap ("Unduh rekap
// (Excel)": the workbook opens with exceljs and lists the kelurahan's
// people) and the evaluation document of a person below Baik from
// "Perlu perhatian" (a PDF whose text, by pdftotext, names that person).
// axe finds nothing serious or critical on the dashboard; without
// JavaScript the same tables are there and no chart is drawn.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { assertAccessible, launchBrowser, loginAs, startServer } from './browser.mjs';
import { choose, logIn, newPage } from './flows.mjs';

let server;
let browser;
let page;
let api;
let gkl;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  browser = await launchBrowser();
  api = await loginAs(server, 'camat');
  gkl = (await api.api('GET', '/api/v1/unit')).json.items.find((u) => u.code === 'KEL-GKL');
  page = await newPage(browser, server, { acceptDownloads: true });
  await logIn(page, server.accounts.camat);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The figures of a chart as Chart.js holds them, and those of its table. */
async function chartAndTable(id) {
  return page.evaluate((tableId) => {
    const table = document.getElementById(tableId);
    const box = table.parentNode.previousElementSibling;
    const canvas = box.querySelector('canvas');
    const cells = [...table.querySelectorAll('tbody td[data-value]')].filter((td) => td.cellIndex === 1);
    return {
      canvas: canvas ? { w: canvas.width, h: canvas.height, label: canvas.getAttribute('aria-label') } : null,
      chart: box.chart ? box.chart.data.datasets[0].data : null,
      labels: box.chart ? box.chart.data.labels : null,
      table: cells.map((td) => Number(td.dataset.value)),
      rows: [...table.querySelectorAll('tbody th')].map((th) => th.textContent.trim()),
    };
  }, id);
}

test('the Camat opens the dashboard and sees the distribution chart drawn from its table', async () => {
  await page.getByRole('link', { name: 'Dasbor', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/dasbor');
  await page.waitForFunction(() => document.querySelector('#tabel-distribusi')?.parentNode.previousElementSibling.chart);
  assert.match(await page.locator('#cakupan').textContent(), /Kecamatan Asemrowo/);
  const d = await chartAndTable('tabel-distribusi');
  assert.ok(d.canvas && d.canvas.w > 0 && d.canvas.h > 0, 'a canvas was drawn');
  assert.match(d.canvas.label, /Sebaran predikat/);
  assert.deepEqual(d.chart, d.table, 'the chart shows the table\'s figures');
  assert.deepEqual(d.labels, d.rows);
  const whole = (await api.api('GET', '/api/v1/dasbor')).json;
  assert.deepEqual(d.table, ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang']
    .map((p) => whole.distribusi.jumlah[p]), 'the API\'s counts, highest predicate first');
  assert.ok(await page.locator('canvas').count() >= 5, 'every section has its chart');
  await assertAccessible(page, 'the Camat\'s dashboard');
});

test('she filters to one kelurahan and the figures follow', async () => {
  await choose(page.getByLabel('Unit kerja (beserta unit di bawahnya)'), 'Kelurahan Genting Kalianak');
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get('unit') === String(gkl.id)),
    page.getByRole('button', { name: 'Tampilkan' }).click(),
  ]);
  await page.waitForFunction(() => document.querySelector('#tabel-distribusi')?.parentNode.previousElementSibling.chart);
  assert.match(await page.locator('#cakupan').textContent(), /Kelurahan Genting Kalianak beserta unit di bawahnya/);
  const api2 = (await api.api('GET', `/api/v1/dasbor?unit=${gkl.id}`)).json;
  const d = await chartAndTable('tabel-distribusi');
  assert.deepEqual(d.chart, ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang']
    .map((p) => api2.distribusi.jumlah[p]));
  const s = api2.status.skp;
  assert.match(await page.locator('#angka-skp').textContent(), new RegExp(`^${s.disetujui} dari ${s.total} `));
  await assertAccessible(page, 'the dashboard of a kelurahan');
});

test('she downloads the kelurahan\'s recap: an Excel workbook listing its people', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh rekap (Excel)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  const file = await download.path();
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip container');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const cells = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.text ?? c.value)))));
  const people = (await api.api('GET', `/api/v1/skp?unit=${gkl.id}&per_page=500`)).json.items;
  assert.ok(people.length > 5);
  for (const p of people) assert.ok(cells.some((t) => t.replace(/\s/g, '').includes(p.nip)), `NIP ${p.nip} in the recap`);
  const others = (await api.api('GET', '/api/v1/skp?per_page=500')).json.items.filter((p) => !people.some((q) => q.nip === p.nip));
  assert.ok(!others.some((p) => cells.some((t) => t.replace(/\s/g, '').includes(p.nip))), 'only the kelurahan\'s people');
});

test('she downloads the evaluation document of someone below Baik: a PDF naming them', async () => {
  const row = page.locator('#perlu-perhatian tbody tr').first();
  const name = (await row.locator('th').evaluate((th) => th.firstChild.textContent)).trim();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('link', { name: 'Dokumen evaluasi (PDF)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  const file = await download.path();
  assert.equal(readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-');
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.equal(text.status, 0, text.stderr);
  const bare = name.replace(/^(Dra?s?\.|Ir\.|H\.|Hj\.)\s+/, '').split(',')[0];
  assert.ok(text.stdout.includes(bare), `the PDF names ${bare}`);
  assert.match(text.stdout, /Butuh Perbaikan|Kurang/, 'with the predicate below Baik');
});

test('without JavaScript the dashboard shows the same tables and no chart', async () => {
  const plain = await newPage(browser, server, { javaScriptEnabled: false });
  await logIn(plain, server.accounts.camat);
  await plain.goto(`/dasbor?unit=${gkl.id}`);
  assert.equal(await plain.locator('canvas').count(), 0);
  for (const id of ['tabel-distribusi', 'tabel-capaian', 'tabel-penilaian', 'tabel-tren']) {
    assert.equal(await plain.locator(`#${id}`).count(), 1, id);
  }
  await plain.context().close();
});

test('on a phone the tables scroll inside their box and the page does not', async () => {
  const phone = await newPage(browser, server, { viewport: { width: 375, height: 740 } });
  await logIn(phone, server.accounts.camat);
  await phone.goto('/dasbor');
  await phone.waitForFunction(() => document.querySelector('#tabel-distribusi')?.parentNode.previousElementSibling.chart);
  const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 375 + 1, `the page is ${wide}px wide on a 375px screen`);
  await phone.context().close();
});
