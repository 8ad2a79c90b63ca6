// The demo administrator's day: log in through the form, read the
// organisation chart of Kecamatan Asemrowo, add an employee through
// "Tambah pegawai" into the vacant post, and find her again with the search
// box.  The tests run in order on one page, as one person would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './browser.mjs';
import { addEmployee, groupNip, logIn, newPage } from './flows.mjs';

// Into the post the demo leaves vacant in Seksi Ketenteraman dan Ketertiban Umum.
const NEW_EMPLOYEE = {
  nip: '19930415 201903 2 011',
  name: 'Kirana Paramitha',
  backTitle: 'S.T.',
  golongan: 'III/a',
  email: 'kirana.paramitha@surabaya.go.id.example',
  unit: 'Seksi Ketenteraman dan Ketertiban Umum',
  position: 'Pengelola Penanggulangan Bencana',
};

let server;
let browser;
let page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The <dt>/<dd> pairs of the page's first <dl>, as { label: text }. */
async function details(p) {
  return p.locator('main dl').first().evaluate((dl) => {
    const out = {};
    for (const dt of dl.querySelectorAll('dt')) out[dt.textContent.trim()] = dt.nextElementSibling.textContent.trim();
    return out;
  });
}

/** The chart's box of one unit: its <li>, found by the unit's exact name. */
function unitItem(p, name) {
  return p.locator('.org-unit')
    .filter({ has: p.locator('.org-unit-name', { hasText: new RegExp(`^${name}$`) }) })
    .locator('xpath=..');
}

test('the administrator logs in with NIP and password and lands on the home page', async () => {
  const admin = server.accounts.admin;
  await logIn(page, admin);
  assert.equal(new URL(page.url()).pathname, '/');
  const firstName = admin.name.split(',')[0];
  assert.equal(await page.locator('h1').innerText(), `Selamat datang, ${firstName}`);
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  assert.match(await nav.innerText(), /\(Administrator\)/);
  assert.equal(await nav.getByRole('button', { name: 'Keluar' }).count(), 1);
});

test('the organisation chart shows the kecamatan, its three kelurahan, the Camat and a vacant post', async () => {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Organisasi' }).click();
  await page.waitForURL('**/organisasi');
  assert.equal(await page.locator('h1').innerText(), 'Struktur Organisasi');

  const kecamatan = unitItem(page, 'Kecamatan Asemrowo');
  assert.equal(await kecamatan.count(), 1, 'one Kecamatan Asemrowo in the chart');
  // the three kelurahan hang below the kecamatan, not elsewhere
  const below = await kecamatan.locator('.org-unit-name').allInnerTexts();
  for (const kel of ['Asemrowo', 'Genting Kalianak', 'Tambak Sarioso']) {
    assert.ok(below.includes(`Kelurahan ${kel}`), `Kelurahan ${kel} under the kecamatan: ${below.join(', ')}`);
  }

  const camat = page.locator('.org-pos').filter({ has: page.locator('.org-pos-name', { hasText: /^Camat Asemrowo$/ }) });
  assert.equal(await camat.count(), 1);
  assert.ok(server.accounts.camat.name.includes('Suparmi'), 'the demo Camat is Suparmi');
  const camatLink = camat.getByRole('link', { name: /Suparmi/ });
  assert.equal(await camatLink.count(), 1, `Camat box: ${await camat.innerText()}`);
  assert.match(await camatLink.getAttribute('href'), /^\/pegawai\/\d+$/);

  const vacant = page.locator('.org-pos').filter({ hasText: NEW_EMPLOYEE.position });
  assert.equal(await vacant.count(), 1);
  assert.match(await vacant.innerText(), /\bLowong\b/);
  assert.match(await page.locator('main').innerText(), /\b\d+ unit kerja, \d+ jabatan, [1-9]\d* lowong\./);
});

test('an employee added through "Tambah pegawai" is saved and shown on her own page', async () => {
  await addEmployee(page, NEW_EMPLOYEE);
  const url = new URL(page.url());
  assert.match(url.pathname, /^\/pegawai\/\d+$/, `ended on ${page.url()}`);
  assert.equal(await page.getByRole('alert').count(), 0, 'no error shown');
  assert.equal(await page.getByRole('status').innerText(), 'Data baru telah dibuat.');
  assert.equal(await page.locator('h1').innerText(), `${NEW_EMPLOYEE.name}, ${NEW_EMPLOYEE.backTitle}`);

  const d = await details(page);
  assert.equal(d.NIP, NEW_EMPLOYEE.nip, 'NIP printed in groups as typed');
  assert.equal(d['Jenis NIP'], 'PNS');
  assert.equal(d['Golongan/pangkat'], 'III/a — Penata Muda');
  assert.match(d.Jabatan, /Pengelola Penanggulangan Bencana$/);
  assert.equal(d['Unit kerja'], NEW_EMPLOYEE.unit);
  assert.equal(d.Status, 'Aktif');
  assert.equal(d.Email, NEW_EMPLOYEE.email);
  // the post reports to the Kepala Seksi, who therefore assesses her
  assert.notEqual(d['Pejabat penilai'], 'Belum ada');
  assert.match(d['Pejabat penilai'], /Kepala Seksi Ketenteraman dan Ketertiban Umum/);
});

test('the new employee is found in the list with the search box, by name and by NIP with spaces', async () => {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai' }).click();
  await page.waitForURL('**/pegawai');
  const total = await page.locator('main p.text-muted').first().innerText();

  const search = page.getByRole('searchbox', { name: 'Cari nama atau NIP' });
  for (const typed of ['paramitha', NEW_EMPLOYEE.nip]) {
    await search.fill(typed);
    await Promise.all([
      page.waitForURL((u) => u.searchParams.has('q')),
      page.getByRole('button', { name: 'Cari' }).click(),
    ]);
    assert.match(await page.locator('main p.text-muted').first().innerText(), /^1 pegawai ditemukan\b/,
      `searching "${typed}" (all: ${total})`);
    const rows = page.locator('table tbody tr');
    assert.equal(await rows.count(), 1);
    const cells = await rows.first().locator('th, td').allInnerTexts();
    assert.deepEqual(cells.map((c) => c.trim()), [
      groupNip(NEW_EMPLOYEE.nip.replace(/ /g, '')),
      `${NEW_EMPLOYEE.name}, ${NEW_EMPLOYEE.backTitle}`,
      'III/a — Penata Muda',
      NEW_EMPLOYEE.position,
      NEW_EMPLOYEE.unit,
      'Aktif',
    ]);
    assert.equal(await search.inputValue(), typed, 'the search box keeps what was typed');
  }

  await page.getByRole('link', { name: `${NEW_EMPLOYEE.name}, ${NEW_EMPLOYEE.backTitle}` }).click();
  await page.waitForURL(/\/pegawai\/\d+$/);
  assert.equal(await page.locator('h1').innerText(), `${NEW_EMPLOYEE.name}, ${NEW_EMPLOYEE.backTitle}`);
});

test('the chart now shows the new employee in the post that was vacant', async () => {
  await page.goto('/organisasi');
  const post = page.locator('.org-pos').filter({ hasText: NEW_EMPLOYEE.position });
  const text = await post.innerText();
  assert.doesNotMatch(text, /Lowong/);
  assert.match(text, new RegExp(NEW_EMPLOYEE.name));
});
