// Calibration in a browser, on the demo year through Triwulan III
// (`startServer({ demo: 'lengkap' })`), as the people of the demo office do
// it (issue 7):
//
//   1. HR (the demo pengelola) opens the rater analysis
//      (/analisis/penilai) and finds a rater flagged lenient ("Lunak"),
//      with the explanation in plain Indonesian of what the figure means;
//   2. the Camat goes from "Penilaian" to "Predikat unit dan kurva
//      distribusi", opens Seksi Pelayanan's row and from there its calibration:
//      everyone's ratings side by side; she proposes, for the demo pegawai
//      (Dewi), a hasil kerja rating other than hers with a reason, and
//      reads that it went to the pejabat penilai;
//   3. the Kepala Seksi (demo "pejabat", who rated Dewi) finds the
//      proposal waiting on "Penilaian", opens it and accepts it with a
//      note;
//   4. Dewi opens her Triwulan III assessment and reads the new predicate,
//      the one the official matrix gives for the new ratings.
//
// axe (WCAG 2.1 A and AA) finds nothing serious or critical on the
// calibration page, the proposal form and the proposal with its decision
// forms.  The tests run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, startServer } from './browser.mjs';
import { choose, clickAndWait, logIn, newPage, snapshot } from './flows.mjs';

const DEWI = 'Dewi Handayani';      // the demo pegawai

/** The official predicate matrix (PermenPANRB 6/2022), hasil kerja -> perilaku kerja -> predicate. */
const MATRIX = {
  'Di Atas Ekspektasi': {
    'Di Atas Ekspektasi': 'Sangat Baik', 'Sesuai Ekspektasi': 'Baik', 'Di Bawah Ekspektasi': 'Kurang/Misconduct',
  },
  'Sesuai Ekspektasi': {
    'Di Atas Ekspektasi': 'Baik', 'Sesuai Ekspektasi': 'Baik', 'Di Bawah Ekspektasi': 'Kurang/Misconduct',
  },
  'Di Bawah Ekspektasi': {
    'Di Atas Ekspektasi': 'Butuh Perbaikan', 'Sesuai Ekspektasi': 'Butuh Perbaikan', 'Di Bawah Ekspektasi': 'Sangat Kurang',
  },
};
const other = (r) => (r === 'Di Atas Ekspektasi' ? 'Sesuai Ekspektasi' : r === 'Sesuai Ekspektasi'
  ? 'Di Atas Ekspektasi' : 'Sesuai Ekspektasi');

let server;
let browser;
let hr;
let camat;
let pejabat;
let pegawai;
const dewi = {};
let assessmentHref;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  browser = await launchBrowser();
  hr = await newPage(browser, server);
  await logIn(hr, server.accounts.pengelola);
  camat = await newPage(browser, server);
  await logIn(camat, server.accounts.camat);
  pejabat = await newPage(browser, server);
  await logIn(pejabat, server.accounts.pejabat);
  pegawai = await newPage(browser, server);
  await logIn(pegawai, server.accounts.pegawai);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const nav = (page, name) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true });
const status = async (page) => (await page.getByRole('status').first().innerText()).trim();

test('HR opens the rater analysis and sees a lenient rater with its explanation', async () => {
  await hr.goto('/analisis/penilai');
  const flagged = hr.locator('tr', { hasText: 'Lunak' }).first();
  assert.ok(await flagged.count(), 'a rater is flagged lenient');
  const text = (await flagged.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /lebih tinggi daripada rekan-rekannya untuk orang yang sama/, text);
  assert.match(text, /selang kepercayaan 95%/);
  await snapshot(hr, 'kalibrasi-analisis');
});

test('the Camat opens the calibration of Seksi Pelayanan from its unit predicate page', async () => {
  await camat.goto('/');
  await clickAndWait(camat, nav(camat, 'Penilaian'));
  await clickAndWait(camat, camat.getByRole('link', { name: 'Predikat unit dan kurva distribusi' }));
  const unitRow = camat.locator('tr').filter({ has: camat.getByRole('rowheader', { name: 'Seksi Pelayanan', exact: true }) });
  await clickAndWait(camat, unitRow.getByRole('link').first());
  await clickAndWait(camat, camat.getByRole('link', { name: 'Kalibrasi penilaian unit ini' }));
  assert.equal(await camat.locator('h1').innerText(), 'Kalibrasi Penilaian: Seksi Pelayanan');
  const row = camat.locator('#tabel-kalibrasi tbody tr', { hasText: DEWI });
  const cells = row.locator('td');
  dewi.hasil = (await cells.nth(1).innerText()).trim();
  dewi.perilaku = (await cells.nth(2).innerText()).trim();
  assert.ok(MATRIX[dewi.hasil] && MATRIX[dewi.hasil][dewi.perilaku], `Dewi is rated: ${dewi.hasil} / ${dewi.perilaku}`);
  assert.equal((await cells.nth(3).innerText()).trim(), MATRIX[dewi.hasil][dewi.perilaku]);
  assert.doesNotMatch(await camat.locator('main').innerText(), /Tanda penilai/, 'no rater flags for a leader');
  await assertAccessible(camat, 'the calibration page');
});

test('the Camat proposes a new hasil kerja rating for Dewi with a reason', async () => {
  const row = camat.locator('#tabel-kalibrasi tbody tr', { hasText: DEWI });
  await clickAndWait(camat, row.getByRole('link', { name: `Usulkan perubahan untuk ${DEWI}` }));
  await assertAccessible(camat, 'the proposal form');
  dewi.newHasil = other(dewi.hasil);
  await choose(camat.getByLabel('Rating hasil kerja yang diusulkan'), dewi.newHasil);
  await camat.getByLabel('Alasan usulan').fill('Waktu layanan perizinan Triwulan III jauh di bawah target hari.');
  await clickAndWait(camat, camat.getByRole('button', { name: 'Ajukan usulan' }));
  assert.match(await status(camat), /Usulan kalibrasi telah dikirim kepada pejabat penilai/);
  assert.match(await camat.locator('#rating-usulan').innerText(), new RegExp(MATRIX[dewi.newHasil][dewi.perilaku]
    .replace('/', '\\/')));
});

test('the Kepala Seksi finds it waiting on Penilaian and accepts it with a note', async () => {
  await pejabat.goto('/');
  await clickAndWait(pejabat, nav(pejabat, 'Penilaian'));
  const section = pejabat.locator('#usulan-kalibrasi');
  assert.match(await section.innerText(), new RegExp(DEWI));
  await clickAndWait(pejabat, section.getByRole('link', { name: 'Buka' }).first());
  await assertAccessible(pejabat, 'the proposal with its decision forms');
  assessmentHref = await pejabat.getByRole('link', { name: 'Penilaian', exact: true }).last().getAttribute('href');
  await pejabat.locator('#form-terima').getByLabel('Catatan').fill('Setuju setelah rapat kalibrasi.');
  await clickAndWait(pejabat, pejabat.getByRole('button', { name: 'Terima dan ubah penilaian' }));
  assert.match(await status(pejabat), /Usulan diterima/);
});

test('Dewi reads the new predicate on her assessment', async () => {
  assert.match(assessmentHref, /^\/penilaian\/\d+\?jenis=periodik&titik=\d+$/);
  await pegawai.goto(assessmentHref);
  const main = await pegawai.locator('main').innerText();
  const expected = MATRIX[dewi.newHasil][dewi.perilaku];
  assert.match(main, new RegExp(expected.replace('/', '\\/')), `the predicate ${expected}`);
  const shown = await pegawai.locator('main [data-predikat]').first().innerText();
  assert.equal(shown.trim(), expected);
  assert.match(main, /Waktu layanan perizinan Triwulan III jauh di bawah target hari/,
    'the proposal\'s reason became the justification of the changed rating');
});
