// A plain pegawai (the demo account with role pegawai) sees only what is
// theirs: the admin pages answer 403 with a page that says why in
// Indonesian, the navigation does not offer them, and their own record is
// one click from the home page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './browser.mjs';
import { groupNip, logIn, newPage } from './flows.mjs';

let server;
let browser;
let page;
let me;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server);
  me = server.accounts.pegawai;
  await logIn(page, me);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const ADMIN_PAGES = ['/pegawai', '/pegawai/baru', '/audit', '/organisasi/jabatan/baru'];

for (const path of ADMIN_PAGES) {
  test(`the pegawai is refused ${path} with a 403 page in Indonesian`, async () => {
    const response = await page.goto(path);
    assert.equal(response.status(), 403);
    assert.equal(await page.title(), 'Akses ditolak — kinerja');
    assert.equal(await page.locator('h1').innerText(), 'Akses ditolak');
    assert.match(await page.getByRole('alert').innerText(), /^Anda tidak berhak\b|hanya untuk administrator/);
    const main = await page.locator('main').innerText();
    assert.match(main, /tidak tersedia untuk peran Anda \(Pegawai\)/);
    assert.ok(await page.getByRole('link', { name: 'Kembali ke beranda' }).isVisible());
    // nothing of the refused page leaks through
    assert.equal(await page.locator('main table, main form').count(), 0);
    assert.doesNotMatch(main, /pegawai ditemukan|Simpan|catatan\./);
  });
}

test('the navigation offers the pegawai neither "Pegawai" nor "Jejak Audit"', async () => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  const links = (await nav.getByRole('link').allInnerTexts()).map((t) => t.trim());
  assert.ok(links.includes('Beranda') && links.includes('Organisasi'), `links: ${links.join(', ')}`);
  assert.ok(!links.includes('Pegawai'), `links: ${links.join(', ')}`);
  assert.ok(!links.includes('Jejak Audit'), `links: ${links.join(', ')}`);
  assert.match(await nav.innerText(), /\(Pegawai\)/);
  // nor does the home page
  const home = await page.locator('main').innerText();
  assert.doesNotMatch(home, /Daftar pegawai|Jejak audit/i);
});

test('the pegawai opens their own record from the home page', async () => {
  await page.goto('/');
  const mine = page.locator('.card', { has: page.getByRole('heading', { name: 'Data saya' }) });
  assert.match(await mine.innerText(), new RegExp(groupNip(me.login)));
  await mine.getByRole('link', { name: 'Lihat rincian' }).click();
  await page.waitForURL(/\/pegawai\/\d+$/);
  assert.equal(await page.locator('h1').innerText(), me.name);
  const text = await page.locator('main').innerText();
  assert.match(text, new RegExp(`NIP\\s+${groupNip(me.login)}`));
  assert.match(text, /Pejabat penilai\s+\S/);
  // read-only for them: no edit, deactivate or list buttons
  for (const name of ['Ubah', 'Nonaktifkan', 'Kembali ke daftar', 'Riwayat perubahan']) {
    assert.equal(await page.getByRole('link', { name, exact: true }).count() +
      await page.getByRole('button', { name, exact: true }).count(), 0, `no "${name}"`);
  }
});

test('on the chart the pegawai can open only their own record', async () => {
  await page.goto('/organisasi');
  assert.equal(await page.locator('h1').innerText(), 'Struktur Organisasi');
  const linked = page.locator('.org-chart a[href^="/pegawai/"]');
  assert.equal(await linked.count(), 1, 'one name is a link');
  assert.equal(await linked.innerText(), me.name.split(',')[0]);
  // the Camat is shown, but not as a link
  const camat = page.locator('.org-pos').filter({ has: page.locator('.org-pos-name', { hasText: /^Camat Asemrowo$/ }) });
  assert.match(await camat.innerText(), /Suparmi/);
  assert.equal(await camat.getByRole('link').count(), 0);
  assert.equal(await page.getByRole('link', { name: /^ubah$/ }).count(), 0, 'no edit links');
});
