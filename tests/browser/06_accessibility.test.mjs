// Accessibility: axe (WCAG 2.1 A and AA rules) finds nothing serious or
// critical on the pages people use every day, including the navigation bar,
// a form showing an error, and the 403 page.  Less severe findings are
// printed, not failed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, startServer } from './browser.mjs';
import { fillEmployeeForm, logIn, newPage } from './flows.mjs';

let server;
let browser;
let admin;      // a page logged in as the administrator
let pegawai;    // and one as a plain pegawai

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await newPage(browser, server);
  await logIn(admin, server.accounts.admin);
  pegawai = await newPage(browser, server);
  await logIn(pegawai, server.accounts.pegawai);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Fails on serious or critical axe findings on the page as it is now. */
/** Opens path and checks it is the page expected (not an error page). */
async function open(page, path, heading) {
  const response = await page.goto(path);
  assert.equal(response.status(), 200, path);
  assert.match(await page.locator('h1').innerText(), heading, path);
}

test('the login page has no serious accessibility problems', async () => {
  const page = await newPage(browser, server);
  await open(page, '/masuk', /^Masuk ke kinerja$/);
  await assertAccessible(page, 'login');
  await page.context().close();
});

test('the home page has no serious accessibility problems', async () => {
  await open(admin, '/', /^Selamat datang/);
  await assertAccessible(admin, 'home');
});

test('the employee list has no serious accessibility problems', async () => {
  await open(admin, '/pegawai', /^Daftar Pegawai$/);
  assert.ok(await admin.locator('table tbody tr').count() > 10, 'the list has rows');
  await assertAccessible(admin, 'employee list');
});

test('the employee form has no serious accessibility problems', async () => {
  await open(admin, '/pegawai/baru', /^Tambah pegawai$/);
  await assertAccessible(admin, 'employee form');
});

test('the employee form showing an error has no serious accessibility problems', async () => {
  await open(admin, '/pegawai/baru', /^Tambah pegawai$/);
  await fillEmployeeForm(admin, {
    nip: '19900231 201503 1 007',
    name: 'Uji Aksesibilitas',
    golongan: 'III/a',
    unit: 'Seksi Pelayanan',
    position: 'Analis Pelayanan',
  });
  await Promise.all([
    admin.waitForURL((u) => u.pathname === '/pegawai'),
    admin.getByRole('button', { name: 'Simpan' }).click(),
  ]);
  assert.equal(await admin.locator('[aria-invalid="true"]').count(), 1, 'the form shows an error');
  await assertAccessible(admin, 'employee form with an error');
});

test('an employee record has no serious accessibility problems', async () => {
  await open(admin, '/pegawai?q=Suparmi', /^Daftar Pegawai$/);
  await admin.getByRole('link', { name: server.accounts.camat.name }).click();
  await admin.waitForURL(/\/pegawai\/\d+$/);
  assert.equal(await admin.locator('h1').innerText(), server.accounts.camat.name);
  await assertAccessible(admin, 'employee record');
});

test('the organisation chart has no serious accessibility problems', async () => {
  await open(admin, '/organisasi', /^Struktur Organisasi$/);
  await assertAccessible(admin, 'organisation chart (administrator)');
  await open(pegawai, '/organisasi', /^Struktur Organisasi$/);
  await assertAccessible(pegawai, 'organisation chart (pegawai)');
});

test('the audit trail has no serious accessibility problems', async () => {
  await open(admin, '/audit', /^Jejak Audit$/);
  assert.ok(await admin.locator('table tbody tr').count() > 1, 'the trail has entries');
  await assertAccessible(admin, 'audit trail');
});

test('the 403 page has no serious accessibility problems', async () => {
  const response = await pegawai.goto('/pegawai');
  assert.equal(response.status(), 403);
  await assertAccessible(pegawai, '403 page');
});

test('the navigation bar marks the current page for screen readers', async () => {
  await admin.goto('/organisasi');
  const current = admin.getByRole('navigation', { name: 'Navigasi utama' }).locator('[aria-current="page"]');
  assert.equal(await current.count(), 1);
  assert.equal(await current.innerText(), 'Organisasi');
});
