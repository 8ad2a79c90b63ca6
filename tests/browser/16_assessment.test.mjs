// The assessment pages in a browser as people use them: the demo Kepala
// Seksi Pelayanan goes from "Penilaian" in the navigation to the demo
// pegawai's Triwulan I form, leaves a justification blank and sees it
// refused with what she typed kept, then saves and finalises; the pegawai
// opens the explanation from her SKP and states she has seen the
// assessment; the Camat, in a browser without JavaScript, sets the unit's
// predicate.  axe (WCAG 2.1 A and AA; it needs JavaScript) finds nothing
// serious or critical on the form (with an error), the explanation or the
// unit page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, startServer } from './browser.mjs';
import { clickAndWait, logIn, newPage, snapshot } from './flows.mjs';

let server;
let browser;
let pejabat;
let pegawai;
let camat;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  pejabat = await newPage(browser, server);
  await logIn(pejabat, server.accounts.pejabat);
  pegawai = await newPage(browser, server);
  await logIn(pegawai, server.accounts.pegawai);
  camat = await newPage(browser, server, { javaScriptEnabled: false });
  await logIn(camat, server.accounts.camat);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the pejabat penilai rates the pegawai for Triwulan I', async () => {
  await pejabat.goto('/');
  await clickAndWait(pejabat, pejabat.getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Penilaian' }));
  assert.equal(await pejabat.locator('h1').innerText(), 'Penilaian Kinerja');
  const row = pejabat.locator('tr', { hasText: 'Dewi Handayani' });
  await clickAndWait(pejabat, row.getByRole('link', { name: 'Nilai' }));
  assert.match(await pejabat.locator('h1').innerText(), /Penilaian periodik: Triwulan I/);
  await pejabat.getByLabel('Sesuai Ekspektasi').first().check();
  await pejabat.getByLabel('Alasan rating hasil kerja (wajib)').fill('Berkas terverifikasi tepat waktu');
  await pejabat.locator('#perilaku_kerja').getByLabel('Di Atas Ekspektasi').check();
  await pejabat.getByLabel('Alasan rating perilaku kerja (wajib)').fill('   ');   // blank passes the browser
  await clickAndWait(pejabat, pejabat.getByRole('button', { name: 'Simpan draf' }));
  assert.match(await pejabat.locator('.alert-danger').first().innerText(), /Alasan rating perilaku kerja wajib diisi/);
  assert.equal(await pejabat.getByLabel('Alasan rating hasil kerja (wajib)').inputValue(),
    'Berkas terverifikasi tepat waktu', 'what was typed is kept');
  await snapshot(pejabat, 'assessment-refused');
  await assertAccessible(pejabat, 'the rating form with an error');
  await pejabat.getByLabel('Alasan rating perilaku kerja (wajib)').fill('Ramah dan sigap');
  await clickAndWait(pejabat, pejabat.getByRole('button', { name: 'Simpan dan tetapkan' }));
  assert.match(await pejabat.getByRole('status').first().innerText(), /Penilaian telah ditetapkan/);
  assert.equal(await pejabat.locator('#matriks [data-sel]').innerText(), 'Baik\n(predikat ini)');
});

test('the pegawai reads the explanation and acknowledges', async () => {
  await pegawai.goto('/skp');
  await clickAndWait(pegawai, pegawai.locator('table a[href^="/skp/"]').first());
  await clickAndWait(pegawai, pegawai.getByRole('link', { name: 'Penjelasan predikat' }));
  assert.equal(await pegawai.locator('h1').innerText(), 'Penjelasan Predikat Kinerja');
  assert.match(await pegawai.locator('#rating').innerText(), /Ramah dan sigap/);
  await assertAccessible(pegawai, 'the explanation');
  await clickAndWait(pegawai, pegawai.getByRole('link', { name: 'Buka untuk menyatakan mengetahui' }));
  await clickAndWait(pegawai, pegawai.getByRole('button', { name: 'Saya sudah mengetahui penilaian ini' }));
  assert.match(await pegawai.getByRole('status').first().innerText(), /mengetahui penilaian ini/);
  assert.equal(await pegawai.getByRole('button', { name: 'Saya sudah mengetahui penilaian ini' }).count(), 0);
});

test('the Camat sets the unit predicate and sees the curve', async () => {
  await camat.goto('/predikat-unit');
  const row = camat.locator('tr', { hasText: 'Seksi Pelayanan' });
  await clickAndWait(camat, row.getByRole('link', { name: 'Tetapkan' }));
  await camat.getByLabel('Predikat unit').selectOption('baik');
  await clickAndWait(camat, camat.getByRole('button', { name: 'Simpan', exact: true }));
  assert.match(await camat.getByRole('status').first().innerText(), /Predikat unit telah disimpan/);
  assert.match(await camat.locator('[data-predikat-unit]').innerText(), /Baik/);
  await snapshot(camat, 'unit-predicate');
  await pegawai.goto(new URL(camat.url()).pathname + new URL(camat.url()).search);
  assert.equal(await pegawai.locator('h1').innerText(), 'Seksi Pelayanan', 'a member of the unit reads it');
  assert.equal(await pegawai.locator('#form-predikat').count(), 0, 'without the form');
  await assertAccessible(pegawai, 'the unit page');
});
