// The SKP pages work without JavaScript: in a browser with JavaScript
// switched off, a new pelaksana of Sekretariat Kelurahan Tambak Sarioso
// creates her SKP, adds a result supporting her superior's and an
// indicator (after the server refuses a target in words, keeping what she
// typed), and submits it.  The forms sit in <details>, which open without
// any script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, launchBrowser, runCli, startServer } from './browser.mjs';
import { addEmployee, clickAndWait, logIn, newPage, snapshot } from './flows.mjs';

// Into the post the demo leaves vacant in Sekretariat Kelurahan Tambak Sarioso.
const PELAKSANA = {
  nip: '19960711 202203 2 009',
  name: 'Wulan Sekarsari',
  backTitle: 'A.Md.',
  golongan: 'II/c',
  unit: 'Sekretariat Kelurahan Tambak Sarioso',
  position: 'Pengadministrasi Kepegawaian (Sekretariat Kelurahan Tambak Sarioso)',
};
const RHK = 'Tertatanya arsip kepegawaian Kelurahan Tambak Sarioso';
const IKI = 'Jumlah berkas kepegawaian yang ditata dan didigitalkan';

let server;
let browser;
let page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server, { javaScriptEnabled: false });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const statusBadge = async () => (await page.getByRole('heading', { name: /^Status:/ }).locator('.badge').innerText()).trim();

/** The <details> whose summary reads exactly `summary`, opened if closed. */
async function openForm(summary) {
  const box = page.locator('details').filter({ has: page.getByText(summary, { exact: true }) });
  assert.equal(await box.count(), 1, `one form "${summary}"`);
  if (await box.getAttribute('open') === null) await box.locator('summary').click();
  return box;
}

test('JavaScript really is off in this browser', async () => {
  await page.setContent('<p id="x">mati</p><script>document.getElementById("x").textContent = "hidup"</script>');
  assert.equal(await page.locator('#x').innerText(), 'mati', 'a page script did not run');
});

test('without JavaScript the new pelaksana creates a draft SKP', async () => {
  await logIn(page, server.accounts.admin);
  await addEmployee(page, PELAKSANA);
  assert.match(new URL(page.url()).pathname, /^\/pegawai\/\d+$/);
  const add = await runCli(['user', 'add', '--nip', PELAKSANA.nip.replace(/ /g, ''), '--password-stdin'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir, input: `${DEMO_PASSWORD}\n` });
  assert.equal(add.code, 0, add.stderr);
  await clickAndWait(page, page.getByRole('button', { name: 'Keluar' }));

  await logIn(page, { login: PELAKSANA.nip.replace(/ /g, ''), password: DEMO_PASSWORD });
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'SKP', exact: true }).click();
  await page.waitForURL('**/skp');
  await clickAndWait(page, page.getByRole('button', { name: 'Buat SKP' }));
  assert.match(new URL(page.url()).pathname, /^\/skp\/\d+$/);
  assert.equal(await page.locator('h1').innerText(), 'Sasaran Kinerja Pegawai');
  assert.equal(await statusBadge(), 'Draf');
});

test('without JavaScript she adds a result supporting her superior\'s', async () => {
  const form = await openForm('Tambah RHK utama');
  await form.getByLabel('Uraian RHK').fill(RHK);
  const link = form.getByLabel('RHK atasan yang diintervensi');
  const first = link.locator('optgroup[label^="RHK pejabat penilai"] option').first();
  const superiorRhk = (await first.innerText()).replace(/^\d+\.\s*/, '').trim();
  await link.selectOption(await first.getAttribute('value'));
  await clickAndWait(page, form.getByRole('button', { name: 'Tambah RHK' }));
  assert.equal(await page.getByRole('status').filter({ hasText: 'disimpan' }).innerText(), 'Perubahan telah disimpan.');
  const result = page.locator('#hasil-kerja tbody.skpp-rhk');
  assert.equal((await result.locator('.skpp-rhk-text').innerText()).trim(), RHK);
  assert.equal((await result.locator('[data-label="RHK atasan yang diintervensi"]').innerText()).trim(), superiorRhk);
});

test('without JavaScript a target in words is refused, with what she typed kept', async () => {
  const form = await openForm('Tambah IKI');
  await form.getByLabel('Uraian IKI').fill(IKI);
  await form.getByLabel('Target', { exact: true }).fill('dua ratus');
  await form.getByLabel('Satuan').fill('berkas');
  await clickAndWait(page, form.getByRole('button', { name: 'Tambah IKI' }));
  await snapshot(page, 'skp-nojs-refused');

  assert.match(await page.getByRole('alert').first().innerText(), /^Perubahan belum disimpan: /);
  const again = page.locator('details[open]').filter({ has: page.getByText('Tambah IKI', { exact: true }) });
  const target = again.getByLabel('Target', { exact: true });
  assert.equal(await target.getAttribute('aria-invalid'), 'true');
  assert.equal(await target.inputValue(), 'dua ratus');
  assert.equal(await again.getByLabel('Uraian IKI').inputValue(), IKI);
  assert.match(await again.locator('.invalid-feedback').innerText(), /angka/i);
  assert.match(await page.locator('#hasil-kerja tbody.skpp-rhk').innerText(), /Belum ada IKI/, 'nothing saved');

  await target.fill('200');
  await clickAndWait(page, again.getByRole('button', { name: 'Tambah IKI' }));
  const iki = page.locator('#hasil-kerja tbody.skpp-rhk [data-label="IKI"]');
  assert.equal((await iki.innerText()).trim(), `1.1 ${IKI}`);
  assert.match(await page.locator('#hasil-kerja [data-label="Target"]').innerText(), /^200 berkas/);
});

test('without JavaScript she submits the SKP to her superior', async () => {
  assert.match(await page.locator('#tindakan').innerText(), /SKP sudah lengkap dan siap diajukan\./);
  await clickAndWait(page, page.locator('#tindakan').getByRole('button', { name: 'Ajukan', exact: true }));
  assert.equal(await page.getByRole('status').filter({ hasText: 'diajukan' }).first().innerText(),
    'SKP telah diajukan kepada pejabat penilai.');
  assert.equal(await statusBadge(), 'Diajukan');
  const rows = await page.locator('#riwayat tbody tr').allInnerTexts();
  assert.equal(rows.length, 1);
  assert.match(rows[0], new RegExp(`${PELAKSANA.name}\\s+Diajukan`));
});
