// On a phone (390 x 844 CSS pixels) the organisation chart and the employee
// list are usable: the page itself never scrolls sideways, every box of the
// chart fits the screen, and the wide employee table scrolls inside its own
// .table-responsive wrapper while the search still works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './browser.mjs';
import { logIn, newPage } from './flows.mjs';

const PHONE = { width: 390, height: 844 };

let server;
let browser;
let page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server, { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await logIn(page, server.accounts.admin);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Fails if the whole page is wider than the screen. */
async function assertNoSideways(what) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth,
  }));
  // a mobile browser widens its layout viewport (zooms out) to fit a page
  // that is too wide, so innerWidth growing past the screen is the same fault
  assert.equal(innerWidth, PHONE.width, `${what}: the phone had to zoom out to ${innerWidth}px to fit the page`);
  assert.ok(scrollWidth <= innerWidth + 1, `${what}: page is ${scrollWidth}px wide on a ${innerWidth}px screen`);
}

/** Elements (by selector) whose right edge lies beyond the screen. */
async function overflowing(selector) {
  return page.locator(selector).evaluateAll((els) => els
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 || el.getBoundingClientRect().left < -1)
    .map((el) => el.textContent.trim().slice(0, 60)));
}

test('on a phone the navigation fits the screen and still leads to every page', async () => {
  await page.goto('/');
  await assertNoSideways('home');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  for (const name of ['Beranda', 'Pegawai', 'Organisasi', 'Jejak Audit']) {
    assert.ok(await nav.getByRole('link', { name, exact: true }).isVisible(), `${name} visible`);
  }
  assert.ok(await nav.getByRole('button', { name: 'Keluar' }).isVisible());
  assert.deepEqual(await overflowing('nav .nav-link, nav .navbar-brand'), []);
});

test('on a phone the organisation chart fits the screen width', async () => {
  await page.getByRole('link', { name: 'Organisasi', exact: true }).tap();
  await page.waitForURL('**/organisasi');
  assert.equal(await page.locator('h1').innerText(), 'Struktur Organisasi');
  await assertNoSideways('organisation chart');
  const boxes = await page.locator('.org-unit, .org-pos').count();
  assert.ok(boxes > 50, `the chart is drawn (${boxes} boxes)`);
  assert.deepEqual(await overflowing('.org-unit, .org-pos'), [], 'every box of the chart within the screen');
  // the deepest boxes are still wide enough to read a name on one or two lines
  const narrowest = await page.locator('.org-pos').evaluateAll(
    (els) => Math.min(...els.map((el) => el.getBoundingClientRect().width)),
  );
  assert.ok(narrowest >= 150, `narrowest position box is ${narrowest}px`);
  const vacant = page.locator('.org-pos', { hasText: 'Lowong' }).first();
  await vacant.scrollIntoViewIfNeeded();
  assert.ok(await vacant.isVisible());
});

test('on a phone the employee list scrolls its table inside its own wrapper', async () => {
  await page.getByRole('link', { name: 'Pegawai', exact: true }).tap();
  await page.waitForURL('**/pegawai');
  await assertNoSideways('employee list');
  const wrapper = page.locator('.table-responsive');
  assert.equal(await wrapper.count(), 1);
  const sizes = await wrapper.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(sizes.client <= PHONE.width, `wrapper is ${sizes.client}px`);
  assert.ok(sizes.scroll > sizes.client, 'the table is wider than the screen and scrolls in its wrapper');
  // the buttons and the search form fit the screen
  assert.deepEqual(await overflowing('main .btn, main input, main select'), []);
  // and the NIP and name of each row are on screen without scrolling sideways
  assert.deepEqual(await overflowing('table tbody tr > :nth-child(1), table tbody tr > :nth-child(2)'), []);
});

test('on a phone the search box of the employee list works', async () => {
  const search = page.getByRole('searchbox', { name: 'Cari nama atau NIP' });
  await search.tap();
  await search.fill('suparmi');
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get('q') === 'suparmi'),
    page.getByRole('button', { name: 'Cari' }).tap(),
  ]);
  assert.match(await page.locator('main p.text-muted').first().innerText(), /^1 pegawai ditemukan\b/);
  await page.getByRole('link', { name: server.accounts.camat.name }).tap();
  await page.waitForURL(/\/pegawai\/\d+$/);
  assert.equal(await page.locator('h1').innerText(), server.accounts.camat.name);
  await assertNoSideways('employee record');
});

test('on a phone the employee form fits the screen', async () => {
  await page.goto('/pegawai/baru');
  assert.equal(await page.locator('h1').innerText(), 'Tambah pegawai');
  await assertNoSideways('employee form');
  assert.deepEqual(await overflowing('main input, main select, main .btn'), []);
});
