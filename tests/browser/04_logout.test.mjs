// Logging out ends the session for good: the browser is back on the login
// page, and neither the back button nor typing an address shows protected
// data again (pages are sent with Cache-Control: no-store, so the browser
// keeps no copy to show).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './browser.mjs';
import { logIn, newPage } from './flows.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Logs in as the admin and opens the Camat's record from the employee list. */
async function adminOnCamatRecord() {
  const page = await newPage(browser, server);
  await logIn(page, server.accounts.admin);
  await page.goto('/pegawai?q=Suparmi');
  const [response] = await Promise.all([
    page.waitForResponse((r) => /\/pegawai\/\d+$/.test(new URL(r.url()).pathname)),
    page.getByRole('link', { name: server.accounts.camat.name }).click(),
  ]);
  await page.waitForLoadState();
  assert.equal(await page.locator('h1').innerText(), server.accounts.camat.name);
  return { page, response, recordUrl: page.url() };
}

async function clickKeluar(page) {
  await Promise.all([
    page.waitForURL('**/masuk**'),
    page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('button', { name: 'Keluar' }).click(),
  ]);
}

/** Asserts the page is the login form and shows nothing of the record. */
async function assertLoginPage(page, why) {
  assert.equal(new URL(page.url()).pathname, '/masuk', `${why}: on ${page.url()}`);
  assert.equal(await page.locator('h1').innerText(), 'Masuk ke kinerja', why);
  assert.ok(await page.getByLabel('Kata sandi').isVisible(), why);
  const body = await page.locator('body').innerText();
  assert.doesNotMatch(body, /Suparmi|Golongan\/pangkat|Keluar/, `${why}: no protected data`);
}

test('protected pages are sent with Cache-Control: no-store', async () => {
  const { page, response } = await adminOnCamatRecord();
  assert.equal(response.status(), 200);
  assert.match(response.headers()['cache-control'] || '', /\bno-store\b/);
  for (const path of ['/', '/pegawai', '/organisasi', '/audit']) {
    const r = await page.goto(path);
    assert.equal(r.status(), 200, path);
    assert.match(r.headers()['cache-control'] || '', /\bno-store\b/, path);
  }
  await page.context().close();
});

test('"Keluar" returns to the login page with a notice', async () => {
  const { page } = await adminOnCamatRecord();
  await clickKeluar(page);
  await assertLoginPage(page, 'after Keluar');
  assert.equal(await page.getByRole('status').innerText(), 'Anda telah keluar.');
  await page.context().close();
});

test('after logging out the back button does not show the record again', async () => {
  const { page, recordUrl } = await adminOnCamatRecord();
  await clickKeluar(page);
  await page.goBack();
  await page.waitForLoadState();
  await assertLoginPage(page, `back from the login page to ${recordUrl}`);
  // and the record asks to log in again when opened directly
  await page.goto(recordUrl);
  await assertLoginPage(page, `opening ${recordUrl} again`);
  await page.context().close();
});

test('after logging out the old session cookie no longer opens anything', async () => {
  const { page } = await adminOnCamatRecord();
  const cookies = await page.context().cookies();
  await clickKeluar(page);
  // a second browser that copied the cookies before logging out
  const other = await newPage(browser, server);
  await other.context().addCookies(cookies);
  const r = await other.goto('/pegawai');
  await assertLoginPage(other, 'old cookies after logout');
  assert.notEqual(r.status(), 500);
  await other.context().close();
  await page.context().close();
});
