// On a phone (390 x 844 CSS pixels) the SKP page and the cascade view are
// usable: the page itself never scrolls sideways, with the results table
// stacked into labelled cells and a form unfolded, and the cascade tree's
// deepest boxes still fit the screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, launchBrowser, loginAs, runCli, startServer } from './browser.mjs';
import { choose, logIn, newPage, snapshot } from './flows.mjs';

const PHONE = { width: 390, height: 844 };

let server;
let browser;
let page;       // a pelaksana whose SKP the demo leaves in draft
let draft;      // that SKP: { id, nip, unit }

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const api = await loginAs(server, 'admin');
  const list = await api.api('GET', '/api/v1/skp?status=draft&per_page=100');
  assert.equal(list.status, 200, list.text);
  draft = list.json.items.find((s) => s.jumlah_rhk > 0);
  assert.ok(draft, 'the demo leaves an SKP with results in draft');
  const pw = await runCli(['user', 'passwd', draft.nip, '--password-stdin'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir, input: `${DEMO_PASSWORD}\n` });
  assert.equal(pw.code, 0, pw.stderr);
  page = await newPage(browser, server, { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await logIn(page, { login: draft.nip, password: DEMO_PASSWORD });
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
  // a mobile browser zooms out (widens its layout viewport) to fit a page
  // that is too wide, so innerWidth growing past the screen is the same fault
  assert.equal(innerWidth, PHONE.width, `${what}: the phone had to zoom out to ${innerWidth}px to fit the page`);
  assert.ok(scrollWidth <= innerWidth + 1, `${what}: page is ${scrollWidth}px wide on a ${innerWidth}px screen`);
}

/** Texts of the elements (by selector) whose box leaves the screen. */
async function overflowing(selector) {
  return page.locator(selector).evaluateAll((els) => els
    .filter((el) => el.getClientRects().length)
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 || el.getBoundingClientRect().left < -1)
    .map((el) => `${el.tagName} ${el.textContent.trim().slice(0, 60)}`));
}

test('on a phone the SKP page fits the screen width', async () => {
  await page.goto(`/skp/${draft.id}`);
  assert.equal(await page.locator('h1').innerText(), 'Sasaran Kinerja Pegawai');
  await assertNoSideways('SKP page');
  assert.deepEqual(await overflowing('main h2, main table, main .card, main .btn, main summary'), []);
  // the results table is stacked: every cell says what it is
  const cell = page.locator('#hasil-kerja tbody.skpp-rhk [data-label="RHK"]').first();
  assert.ok(await cell.isVisible());
  const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
  assert.match(label, /RHK/, 'the stacked cell shows its label');
  await snapshot(page, 'phone-skp');
});

test('on a phone an unfolded result form still fits the screen', async () => {
  const form = page.locator('details').filter({ has: page.getByText('Tambah IKI', { exact: true }) }).first();
  if (await form.getAttribute('open') === null) await form.locator('summary').tap();
  const text = form.getByLabel('Uraian IKI');
  assert.ok(await text.isVisible());
  await assertNoSideways('SKP page with the IKI form open');
  assert.deepEqual(await overflowing('main input, main select, main textarea, main .btn'), []);
  await snapshot(page, 'phone-skp-form');
});

test('on a phone the cascade view fits the screen width', async () => {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kaskade', exact: true }).tap();
  await page.waitForURL('**/kaskade');
  assert.equal(await page.locator('h1').innerText(), 'Kaskade Kinerja');
  await assertNoSideways('cascade (whole office)');
  assert.ok(await page.locator('.cas-node').count() > 50, 'the tree is drawn');
  assert.deepEqual(await overflowing('.cas-node'), [], 'every node within the screen');
  const narrowest = await page.locator('.cas-node').evaluateAll(
    (els) => Math.min(...els.map((el) => el.getBoundingClientRect().width)),
  );
  assert.ok(narrowest >= 150, `the narrowest node is ${narrowest}px wide`);

  await choose(page.getByLabel('Unit kerja'), draft.unit);
  await Promise.all([
    page.waitForURL((u) => u.searchParams.has('unit')),
    page.getByRole('button', { name: 'Tampilkan' }).tap(),
  ]);
  await assertNoSideways('cascade (one unit)');
  assert.deepEqual(await overflowing('.cas-node'), []);
  await snapshot(page, 'phone-kaskade');
});
