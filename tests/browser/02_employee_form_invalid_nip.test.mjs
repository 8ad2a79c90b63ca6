// The add-employee form refuses a bad NIP the way a clerk needs: the reason
// next to the NIP field, everything typed still there, and nobody added;
// correcting only the NIP then saves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './browser.mjs';
import { fillEmployeeForm, logIn, newPage } from './flows.mjs';

const PERSON = {
  frontTitle: 'Drs.',
  name: 'Bagus Setiawan',
  backTitle: 'M.Si.',
  golongan: 'III/b',
  email: 'bagus.setiawan@surabaya.go.id.example',
  unit: 'Sekretariat Kelurahan Tambak Sarioso',
  position: 'Pengadministrasi Kepegawaian (Sekretariat Kelurahan Tambak Sarioso)',
};

let server;
let browser;
let page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server);
  await logIn(page, server.accounts.admin);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** "N pegawai ditemukan · Halaman ..." on the list for the search q ('' for all). */
async function countListed(q) {
  await page.goto(`/pegawai?q=${encodeURIComponent(q)}`);
  const m = /^(\d+) pegawai ditemukan\b/.exec(await page.locator('main p.text-muted').first().innerText());
  assert.ok(m, 'the list says how many were found');
  return Number(m[1]);
}

/** Submits the form and resolves to the HTTP status of the answer. */
async function submit() {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Simpan' }).click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

const BAD_NIPS = [
  { typed: '19900231 201503 1 007', why: /tanggal lahir 19900231 .*bukan tanggal yang ada/ },
  { typed: '1990 0115 2015', why: /18 digit.*12 digit/ },
  { typed: '19900115 20150A 1 007', why: /tidak boleh berisi huruf/ },
];

for (const { typed, why } of BAD_NIPS) {
  test(`NIP "${typed}" is refused next to the field, with everything typed kept`, async () => {
    const before = await countListed('');
    await page.getByRole('link', { name: 'Tambah pegawai' }).click();
    await page.waitForURL('**/pegawai/baru');
    await fillEmployeeForm(page, { ...PERSON, nip: typed });
    const status = await submit();
    assert.ok(status >= 400 && status < 500, `refused with a 4xx, got ${status}`);

    assert.equal(await page.locator('h1').innerText(), 'Tambah pegawai', 'still the form');
    const nip = page.getByLabel('NIP', { exact: true });
    assert.equal(await nip.getAttribute('aria-invalid'), 'true');
    assert.match(await nip.getAttribute('class'), /\bis-invalid\b/);
    // the message is the field's description, visible right under the field
    const msgId = await nip.getAttribute('aria-describedby');
    const msg = page.locator(`[id="${msgId}"]`);
    assert.ok(await msg.isVisible(), 'the reason is shown');
    assert.match(await msg.innerText(), why);
    const [fieldBox, msgBox] = [await nip.boundingBox(), await msg.boundingBox()];
    assert.ok(msgBox.y >= fieldBox.y + fieldBox.height - 1 && msgBox.y - (fieldBox.y + fieldBox.height) < 30,
      `message just below the field: field ${JSON.stringify(fieldBox)}, message ${JSON.stringify(msgBox)}`);
    assert.ok(Math.abs(msgBox.x - fieldBox.x) < 5, 'message aligned with the field');
    // and the alert on top names the field
    const alert = await page.getByRole('alert').innerText();
    assert.match(alert, /^Periksa isian “NIP”: /);
    assert.match(alert, why);
    assert.doesNotMatch(alert, /“NIP”: NIP:/, 'the field is not named twice');
    // only the NIP is marked
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 1);

    // what was typed is still there, NIP included, as typed
    assert.equal(await nip.inputValue(), typed);
    assert.equal(await page.getByLabel('Gelar depan').inputValue(), PERSON.frontTitle);
    assert.equal(await page.getByLabel('Nama', { exact: true }).inputValue(), PERSON.name);
    assert.equal(await page.getByLabel('Gelar belakang').inputValue(), PERSON.backTitle);
    assert.equal(await page.getByLabel('Email').inputValue(), PERSON.email);
    const chosen = async (label) => page.getByLabel(label).locator('option:checked').innerText();
    assert.match(await chosen('Golongan'), /^III\/b — Penata Muda Tk I$/);
    assert.match(await chosen('Unit kerja'), new RegExp(`${PERSON.unit}$`));
    assert.match(await chosen('Jabatan'), /Pengadministrasi Kepegawaian \(Sekretariat Kelurahan Tambak Sarioso\)/);

    assert.equal(await countListed(''), before, 'nobody was added');
    assert.equal(await countListed('Bagus Setiawan'), 0);
  });
}

test('correcting only the NIP on the refused form saves the employee', async () => {
  await page.goto('/pegawai/baru');
  await fillEmployeeForm(page, { ...PERSON, nip: '19900231 201503 1 007' });
  assert.equal(await submit(), 422);
  await page.getByLabel('NIP', { exact: true }).fill('19900213 201503 1 007');
  const saved = await submit();
  assert.ok(saved >= 300 && saved < 400, `saved and redirected, got ${saved}`);
  assert.match(new URL(page.url()).pathname, /^\/pegawai\/\d+$/);
  assert.equal(await page.getByRole('status').innerText(), 'Data baru telah dibuat.');
  assert.equal(await page.locator('h1').innerText(), 'Drs. Bagus Setiawan, M.Si.');
  assert.equal(await countListed('Bagus Setiawan'), 1);
});
