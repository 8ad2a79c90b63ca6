// The follow-up pages on the demo year, as the people who use them see
// them: axe (WCAG 2.1 A and AA) finds nothing serious or critical on the
// TPP, pembinaan, sosialisasi, penghargaan, angka kredit, evaluasi and
// notifikasi pages and the unit predicate overview (with its filter form)
// of the pegawai, the pengelola and the Camat.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, startServer } from './browser.mjs';
import { logIn, newPage } from './flows.mjs';

const PAGES = ['/tpp', '/pembinaan', '/sosialisasi', '/penghargaan', '/angka-kredit', '/evaluasi',
  '/notifikasi', '/predikat-unit'];

let server;
let browser;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const role of ['pegawai', 'pengelola', 'camat']) {
  test(`the follow-up pages as ${role} have no serious accessibility problems`, async () => {
    const page = await newPage(browser, server);
    await logIn(page, server.accounts[role]);
    for (const path of PAGES) {
      const response = await page.goto(path);
      assert.equal(response.status(), 200, `${role} ${path}`);
      await assertAccessible(page, `${role} ${path}`);
    }
    await page.context().close();
  });
}
