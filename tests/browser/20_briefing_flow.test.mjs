// Issue 5's browser test for briefing (sosialisasi): HR (the demo
// pengelola) writes a guide for Seksi Pelayanan from "Sosialisasi" in the
// navigation, with a two-question quiz, and publishes it; its coverage
// shows nobody has acknowledged; the demo pegawai finds it on her home
// page, reads it, answers one question wrongly and sees it marked, answers
// again and states she understood it; HR's coverage rises by one.  axe
// (WCAG 2.1 A and AA) finds nothing serious or critical on the form, the
// guide with its quiz, and the coverage page.  The tests run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, startServer } from './browser.mjs';
import { choose, clickAndWait, logIn, newPage } from './flows.mjs';

const TITLE = 'Tata Cara Pengajuan Keberatan';
const QUIZ = '? Berapa hari batas pengajuan keberatan?\n- 7 hari\n* 14 hari\n- 30 hari\n\n'
  + '? Kepada siapa keberatan diajukan?\n* Atasan pejabat penilai\n- Pejabat penilai\n';

let server;
let browser;
let hr;
let pegawai;
let guidePath;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  hr = await newPage(browser, server);
  pegawai = await newPage(browser, server);
  await logIn(hr, server.accounts.pengelola);
  await logIn(pegawai, server.accounts.pegawai);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The "Sudah memahami" figure of Seksi Pelayanan on the coverage page. */
async function acknowledgedInYan() {
  await hr.goto(`${guidePath}/cakupan`);
  return Number(await hr.locator('tr[data-unit="ASM-YAN"] td').nth(2).textContent());
}

test('HR writes a guide with a quiz for Seksi Pelayanan and publishes it', async () => {
  await hr.goto('/');
  await clickAndWait(hr, hr.getByRole('link', { name: 'Sosialisasi' }));
  await clickAndWait(hr, hr.getByRole('link', { name: 'Tulis panduan baru' }));
  await assertAccessible(hr, 'the guide form');
  await hr.getByLabel('Judul').fill(TITLE);
  await choose(hr.getByLabel('Jenis'), 'Prosedur');
  await choose(hr.getByLabel('Ditujukan kepada'), 'Seksi Pelayanan');
  await hr.getByLabel('Isi panduan').fill('# Langkah\n- Ajukan paling lambat **14 hari** sejak penilaian ditetapkan\n'
    + '- Lihat [daftar keberatan](/keberatan)');
  await hr.getByLabel('Kuis').fill(QUIZ);
  await clickAndWait(hr, hr.getByRole('button', { name: 'Simpan' }));
  assert.match(await hr.locator('main').textContent(), /disimpan sebagai draf/);
  guidePath = new URL(hr.url()).pathname;
  await clickAndWait(hr, hr.getByRole('button', { name: 'Terbitkan' }));
  assert.match(await hr.locator('main').textContent(), /telah diterbitkan/);
  assert.equal(await acknowledgedInYan(), 0);
  await assertAccessible(hr, 'the coverage page');
});

test('the pegawai answers the quiz, retries a wrong answer, and states she understood it', async () => {
  await pegawai.goto('/');
  const card = pegawai.locator('#sosialisasi-menunggu');
  assert.match(await card.textContent(), new RegExp(TITLE));
  await clickAndWait(pegawai, card.getByRole('link', { name: TITLE }));
  assert.equal(await pegawai.locator('#isi-panduan strong').textContent(), '14 hari');
  await pegawai.getByLabel('7 hari').check();
  await pegawai.getByLabel('Atasan pejabat penilai').check();
  await pegawai.getByLabel('Saya telah membaca dan memahami panduan ini').check();
  await clickAndWait(pegawai, pegawai.getByRole('button', { name: 'Nyatakan paham' }));
  assert.match(await pegawai.locator('main').textContent(), /1 dari 2 benar; belum lulus/);
  assert.match(await pegawai.locator('[data-pertanyaan="1"]').textContent(), /Salah/);
  assert.ok(await pegawai.getByLabel('Atasan pejabat penilai').isChecked(), 'her answers are kept');
  await assertAccessible(pegawai, 'the guide with its quiz after a wrong answer');
  await pegawai.getByLabel('14 hari', { exact: true }).check();
  await pegawai.getByLabel('Saya telah membaca dan memahami panduan ini').check();
  await clickAndWait(pegawai, pegawai.getByRole('button', { name: 'Nyatakan paham' }));
  assert.match(await pegawai.locator('main').textContent(), /Anda menyatakan memahami versi 1/);
});

test('HR\'s coverage rises by one', async () => {
  assert.equal(await acknowledgedInYan(), 1);
});
