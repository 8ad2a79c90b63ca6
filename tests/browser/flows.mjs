// This file contains the steps the browser tests share, written as a person
// would do them: log in through the form (typing the NIP with spaces), pick
// a choice in a drop-down by the words it shows, add an employee through
// the "Tambah pegawai" form, click a button and wait for the page it leads
// to, and (with KINERJA_SCREENSHOTS=DIR) keep a screenshot of what a test saw.
//
//   const page = await newPage(browser, server);            // own cookies
//   await logIn(page, server.accounts.admin);
//   await addEmployee(page, NEW_EMPLOYEE);                   // ends on their page
//   await clickAndWait(page, page.getByRole('button', { name: 'Ajukan' }));

import assert from 'node:assert/strict';

/** "199204282017102031" -> "19920428 201710 2 031", as NIPs are printed. */
export function groupNip(nip) {
  return /^\d{18}$/.test(nip)
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}

/** A page in a context of its own (its own cookies) on server. */
export async function newPage(browser, server, contextOptions = {}) {
  const context = await browser.newContext({ baseURL: server.url, locale: 'id-ID', ...contextOptions });
  return context.newPage();
}

/** Logs in through /masuk as acct ({ login, password }), typing an 18-digit
 *  NIP grouped with spaces; waits until the browser has left /masuk. */
export async function logIn(page, acct) {
  await page.goto('/masuk');
  await page.getByLabel('NIP').fill(groupNip(acct.login));
  await page.getByLabel('Kata sandi').fill(acct.password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/masuk')),
    page.getByRole('button', { name: 'Masuk' }).click(),
  ]);
}

/** Selects, in the <select> located by `select`, the one option whose shown
 *  text (indentation aside) starts with `text`, else the one that contains
 *  it; fails if none or several do. */
export async function choose(select, text) {
  const options = await select.locator('option').evaluateAll(
    (opts) => opts.map((o) => ({ value: o.value, label: o.textContent.trim() })),
  );
  let hits = options.filter((o) => o.label.startsWith(text));
  if (hits.length === 0) hits = options.filter((o) => o.label.includes(text));
  assert.equal(hits.length, 1,
    `expected one option containing "${text}", found ${hits.length}: ${hits.map((h) => h.label).join(' | ')}`);
  await select.selectOption(hits[0].value);
}

/**
 * Fills the add-employee form (the page must show it) as a clerk would and
 * submits it.  person: { nip (as typed), frontTitle, name, backTitle,
 * golongan (words of the choice), email, unit, position }.
 */
export async function fillEmployeeForm(page, person) {
  await page.getByLabel('NIP', { exact: true }).fill(person.nip);
  await choose(page.getByLabel('Jenis NIP'), 'PNS');
  if (person.frontTitle) await page.getByLabel('Gelar depan').fill(person.frontTitle);
  await page.getByLabel('Nama', { exact: true }).fill(person.name);
  if (person.backTitle) await page.getByLabel('Gelar belakang').fill(person.backTitle);
  await choose(page.getByLabel('Golongan'), person.golongan);
  if (person.email) await page.getByLabel('Email').fill(person.email);
  await choose(page.getByLabel('Unit kerja'), person.unit);
  await choose(page.getByLabel('Jabatan'), person.position);
}

/** Clicks `button` (a locator) that sends a form or follows a link, and
 *  waits until the page it leads to has loaded, even when that page has
 *  the same address as the one before (a form refused, or ?pesan= again). */
export async function clickAndWait(page, button) {
  const navigated = page.waitForEvent('framenavigated', (f) => f === page.mainFrame());
  await button.click();
  await navigated;
  await page.waitForLoadState();
}

/** With KINERJA_SCREENSHOTS=DIR set, saves the whole page as DIR/NAME.png
 *  (to look at what a test saw); does nothing otherwise. */
export async function snapshot(page, name) {
  const dir = process.env.KINERJA_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** From anywhere: Pegawai in the navigation, "Tambah pegawai", fill, "Simpan".
 *  Resolves once the browser has left the form (wherever it went). */
export async function addEmployee(page, person) {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai' }).click();
  await page.waitForURL('**/pegawai');
  await page.getByRole('link', { name: 'Tambah pegawai' }).click();
  await page.waitForURL('**/pegawai/baru');
  await fillEmployeeForm(page, person);
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/pegawai/baru'),
    page.getByRole('button', { name: 'Simpan' }).click(),
  ]);
}
