// The pages work without JavaScript: in a browser with JavaScript switched
// off, the administrator logs in, adds an employee through "Tambah pegawai"
// and finds her with the search box, exactly as with it on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './browser.mjs';
import { addEmployee, logIn, newPage } from './flows.mjs';

// Into the post the demo leaves vacant in Kelurahan Genting Kalianak.
const NEW_EMPLOYEE = {
  nip: '19951120 202012 2 004',
  frontTitle: '',
  name: 'Larasati Widyaningrum',
  backTitle: 'S.AP.',
  golongan: 'II/c',
  email: '',
  unit: 'Seksi Pemerintahan dan Pelayanan Publik Kelurahan Genting Kalianak',
  position: 'Pengadministrasi Pelayanan (Seksi Pemerintahan dan Pelayanan Publik Kelurahan Genting Kalianak)',
};
const SHOWN_NAME = `${NEW_EMPLOYEE.name}, ${NEW_EMPLOYEE.backTitle}`;

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

test('JavaScript really is off in this browser', async () => {
  await page.setContent('<p id="x">mati</p><script>document.getElementById("x").textContent = "hidup"</script>');
  assert.equal(await page.locator('#x').innerText(), 'mati', 'a page script did not run');
});

test('without JavaScript the administrator logs in through the form', async () => {
  await logIn(page, server.accounts.admin);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.match(await page.locator('h1').innerText(), /^Selamat datang, /);
});

test('without JavaScript an employee is added through "Tambah pegawai"', async () => {
  await addEmployee(page, NEW_EMPLOYEE);
  assert.match(new URL(page.url()).pathname, /^\/pegawai\/\d+$/, `ended on ${page.url()}`);
  assert.equal(await page.getByRole('status').innerText(), 'Data baru telah dibuat.');
  assert.equal(await page.locator('h1').innerText(), SHOWN_NAME);
  const text = await page.locator('main dl').innerText();
  assert.match(text, /NIP\s+19951120 202012 2 004/);
  assert.match(text, /Golongan\/pangkat\s+II\/c — Pengatur/);
  assert.match(text, /Unit kerja\s+Seksi Pemerintahan dan Pelayanan Publik Kelurahan Genting Kalianak/);
  assert.match(text, /Jabatan\s+\S+ — Pengadministrasi Pelayanan/);
});

test('without JavaScript a refused form still shows the reason and keeps the input', async () => {
  await page.goto('/pegawai/baru');
  await page.getByLabel('NIP', { exact: true }).fill('19951120 202012 2 004');   // now taken
  await page.getByLabel('Nama', { exact: true }).fill('Orang Kedua');
  await page.getByLabel('Unit kerja').selectOption({ index: 1 });
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/pegawai'),
    page.getByRole('button', { name: 'Simpan' }).click(),
  ]);
  assert.equal(await page.locator('h1').innerText(), 'Tambah pegawai');
  assert.match(await page.getByRole('alert').innerText(), /^Periksa isian “NIP”: .*(sudah|terdaftar|dipakai)/);
  assert.equal(await page.getByLabel('NIP', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('NIP', { exact: true }).inputValue(), '19951120 202012 2 004');
  assert.equal(await page.getByLabel('Nama', { exact: true }).inputValue(), 'Orang Kedua');
});

test('without JavaScript the new employee is found with the search box', async () => {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai' }).click();
  await page.waitForURL('**/pegawai');
  await page.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill('widyaningrum');
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get('q') === 'widyaningrum'),
    page.getByRole('button', { name: 'Cari' }).click(),
  ]);
  assert.match(await page.locator('main p.text-muted').first().innerText(), /^1 pegawai ditemukan\b/);
  await page.getByRole('link', { name: SHOWN_NAME }).click();
  await page.waitForURL(/\/pegawai\/\d+$/);
  assert.equal(await page.locator('h1').innerText(), SHOWN_NAME);
});

test('without JavaScript logging out still works', async () => {
  await Promise.all([
    page.waitForURL('**/masuk**'),
    page.getByRole('button', { name: 'Keluar' }).click(),
  ]);
  assert.equal(await page.getByRole('status').innerText(), 'Anda telah keluar.');
});
