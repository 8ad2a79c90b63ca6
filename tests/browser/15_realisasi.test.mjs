// The realisasi page in a browser, as the demo pegawai uses it: from the
// approved SKP to "Realisasi dan bukti dukung", record a value with a
// note, see a refused value come back with its message, upload a PDF
// through the file input, and see the achievement; the pejabat penilai
// reads the same page without forms.  axe (WCAG 2.1 A and AA) finds
// nothing serious or critical on the owner's page (with a refused form)
// or the assessor's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, startServer } from './browser.mjs';
import { clickAndWait, logIn, newPage, snapshot } from './flows.mjs';

let server;
let browser;
let owner;
let pejabat;
let skpPath;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  owner = await newPage(browser, server);
  await logIn(owner, server.accounts.pegawai);
  pejabat = await newPage(browser, server);
  await logIn(pejabat, server.accounts.pejabat);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the owner reaches the page from the approved SKP and records a realisasi with a note', async () => {
  await owner.goto('/skp');
  await clickAndWait(owner, owner.locator('table a[href^="/skp/"]').first());
  await clickAndWait(owner, owner.getByRole('link', { name: 'Realisasi dan bukti dukung' }));
  assert.equal(await owner.locator('h1').innerText(), 'Realisasi dan Bukti Dukung');
  await clickAndWait(owner, owner.getByRole('link', { name: 'Triwulan I', exact: true }));
  skpPath = new URL(owner.url()).pathname;
  const first = owner.locator('[id^="iki-"]').first();
  await first.getByLabel('Realisasi (berkas)').fill('sembilan');
  await first.getByLabel('Catatan').fill('Rekap dari aplikasi SSW');
  await clickAndWait(owner, first.getByRole('button', { name: 'Simpan realisasi' }));
  assert.match(await owner.locator('.alert-danger').first().innerText(), /Realisasi harus berupa angka/);
  assert.equal(await owner.locator('[id^="iki-"]').first().getByLabel('Catatan').inputValue(),
    'Rekap dari aplikasi SSW', 'what was typed is kept');
  await assertAccessible(owner, 'realisasi (owner, a refused form)');
  const again = owner.locator('[id^="iki-"]').first();
  await again.getByLabel('Realisasi (berkas)').fill('450');
  await clickAndWait(owner, again.getByRole('button', { name: 'Simpan realisasi' }));
  assert.match(await owner.getByRole('status').first().innerText(), /Realisasi telah disimpan/);
  const block = owner.locator('[id^="iki-"]').first();
  assert.equal(await block.locator('[data-capaian-iki]').innerText(), '50,00%');
  assert.match(await owner.locator('[data-capaian-skp]').innerText(), /%$/);
});

test('the owner uploads a PDF through the file input; it is listed with a download link', async () => {
  const block = owner.locator('[id^="iki-"]').first();
  await block.locator('input[type="file"]').setInputFiles({
    name: 'rekap-tw1.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  });
  await clickAndWait(owner, block.getByRole('button', { name: 'Unggah', exact: true }));
  assert.match(await owner.getByRole('status').first().innerText(), /Bukti dukung telah ditambahkan/);
  const link = owner.locator('[id^="iki-"]').first().getByRole('link', { name: 'rekap-tw1.pdf' });
  assert.equal(await link.count(), 1);
  assert.match(await link.getAttribute('href'), /^\/bukti\/\d+$/);
  await snapshot(owner, 'realisasi-owner');
  await assertAccessible(owner, 'realisasi (owner)');
});

test('the pejabat penilai reads the same page without forms', async () => {
  await pejabat.goto(`${skpPath}?titik=1`);
  assert.match(await pejabat.getByRole('status').first().innerText(), /sebagai pembaca/);
  assert.equal(await pejabat.getByRole('button', { name: 'Simpan realisasi' }).count(), 0);
  assert.equal(await pejabat.locator('[data-capaian-iki]').first().innerText(), '50,00%');
  assert.equal(await pejabat.getByRole('link', { name: 'rekap-tw1.pdf' }).count(), 1);
  await assertAccessible(pejabat, 'realisasi (pejabat penilai)');
});
