// The assessment of one quarter from the 360 form to the objection's
// decision, in a browser, as the people of the demo office do it:
//
//   1. HR (the demo pengelola) opens a 360 round for Triwulan I from "360°"
//      in the navigation, "Kelola putaran 360°";
//   2. a colleague of the demo pegawai (Nur, ASM-YAN-P02, a peer under the
//      same Kepala Seksi) opens her forms from the navigation, leaves one
//      value out and sees it refused by name at the top of the page, a
//      link to the value, which is marked and described by the message,
//      with what she chose kept; then sends the seven values, reads that
//      her answer about the pegawai was sent, and sees it recorded;
//   3. the Kepala Seksi (demo "pejabat", the pejabat penilai) rates the
//      pegawai's Triwulan I, saves a draft, reads the predicate the matrix
//      gives for the two ratings, and finalises;
//   4. the pegawai opens the explanation from her SKP, reads the predicate
//      and the steps, and files an objection there with reasons and a PDF;
//      she finds it among her objections;
//   5. the Camat (her atasan pejabat penilai) opens it from the home page,
//      reads that he first asks for an explanation, asks the Kasi, the
//      Kasi gives it, and the Camat changes the hasil kerja rating with a
//      written decision;
//   6. the pegawai reads the decision and the new predicate: the
//      explanation page credits the Camat's decision with the ratings (the
//      Kasi with the original, still in the history), and names the
//      checkpoint of the objection.
//
// axe (WCAG 2.1 A and AA) finds nothing serious or critical on the 360
// form (with its refusal), the explanation page with the filing form, and
// the objection page (with the form asking for the explanation, with the
// decision form, and decided).  The tests run
// in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, assertAccessible, launchBrowser, startServer } from './browser.mjs';
import { choose, clickAndWait, logIn, newPage, snapshot } from './flows.mjs';

const NUR = '198803022014112370';   // ASM-YAN-P02: a peer of the demo pegawai
const DEWI = 'Dewi Handayani';      // the demo pegawai
const HOSNIYAH = 'Hosniyah Pratiwi';   // her pejabat penilai (demo "pejabat")
const SUPARMI = 'Suparmi';          // the Camat: the Kasi's own pejabat penilai

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
const FIRST = { hasil: 'Di Bawah Ekspektasi', perilaku: 'Sesuai Ekspektasi' };   // the Kasi's rating
const CHANGED = { hasil: 'Sesuai Ekspektasi', perilaku: 'Sesuai Ekspektasi' };  // the Camat's decision
const BEFORE = MATRIX[FIRST.hasil][FIRST.perilaku];       // Butuh Perbaikan
const AFTER = MATRIX[CHANGED.hasil][CHANGED.perilaku];    // Baik

const VALUES = ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'];
const SKIPPED = 'Kompeten';

/** A small valid PDF, made here. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% Rekap izin Triwulan I\n' +
  'trailer\n<< /Root 1 0 R >>\n%%EOF\n');

let server;
let browser;
let hr;
let nur;
let pejabat;
let pegawai;
let camat;
let nurName;
let casePath;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  hr = await newPage(browser, server);
  await logIn(hr, server.accounts.pengelola);
  nur = await newPage(browser, server);
  await logIn(nur, { login: NUR, password: DEMO_PASSWORD });
  pejabat = await newPage(browser, server);
  await logIn(pejabat, server.accounts.pejabat);
  pegawai = await newPage(browser, server);
  await logIn(pegawai, server.accounts.pegawai);
  camat = await newPage(browser, server);
  await logIn(camat, server.accounts.camat);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const nav = (page, name) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true });
const status = async (page) => (await page.getByRole('status').first().innerText()).trim();
/** The radio group of one BerAKHLAK value on the 360 form ("3. Kompeten"). */
const valueGroup = (page, name) => page.getByRole('radiogroup', { name: `${VALUES.indexOf(name) + 1}. ${name}` });
/** The texts an element's aria-describedby points at, in order. */
const descriptions = (locator) => locator.evaluate((el) => (el.getAttribute('aria-describedby') || '').split(/\s+/)
  .filter(Boolean).map((id) => document.getElementById(id)?.innerText.trim()));
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const literally = (s) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test('HR opens a 360 round for Triwulan I from the 360 page', async () => {
  await hr.goto('/');
  await clickAndWait(hr, nav(hr, '360°'));
  await clickAndWait(hr, hr.getByRole('link', { name: 'Kelola putaran 360°' }));
  assert.equal(await hr.locator('h1').innerText(), 'Putaran Umpan Balik 360°');
  await choose(hr.getByLabel('Titik periksa'), 'Triwulan I —');
  assert.match(await hr.getByLabel('Diisi paling lambat').inputValue(), /^\d{4}-\d{2}-\d{2}$/,
    'a closing date is proposed');
  await hr.getByLabel('Nama putaran (boleh kosong)').fill('360 Triwulan I 2026');
  await clickAndWait(hr, hr.getByRole('button', { name: 'Buka putaran' }));
  assert.match(await status(hr), /Data baru telah dibuat/);
  assert.match(await hr.locator('main').innerText(), /Triwulan I \(Tahun 2026\)/);
});

test('a peer answers the 360 form: a value left out is refused at the top and at the value, what was chosen is kept', async () => {
  nurName = (await nur.getByRole('navigation', { name: 'Navigasi utama' }).locator('a[href="/akun"]').innerText())
    .replace(/\s*\(.*\)\s*$/, '').trim();
  await nur.goto('/');
  assert.match(await nur.locator('#h-360-tunggu').innerText(), /formulir umpan balik 360° menunggu Anda/);
  await clickAndWait(nur, nav(nur, '360°'));
  const item = nur.locator('#h-tunggu + ul li', { hasText: DEWI });
  assert.match(await item.innerText(), /sebagai rekan kerja/);
  await clickAndWait(nur, item.getByRole('link', { name: 'Isi formulir' }));
  assert.equal(await nur.locator('h1').innerText(), 'Formulir Umpan Balik 360°');
  assert.match(await nur.locator('main dl').first().innerText(), new RegExp(`${DEWI}[\\s\\S]*sebagai rekan kerja`));

  const chosen = {};
  for (const [i, v] of VALUES.entries()) {
    if (v === SKIPPED) continue;
    chosen[v] = i % 3 === 0 ? 'Di Atas Ekspektasi' : 'Sesuai Ekspektasi';
    await valueGroup(nur, v).getByLabel(chosen[v]).check();
  }
  await nur.getByLabel('Komentar (boleh kosong; ditampilkan tanpa nama)').fill('Sigap membantu pemohon di loket.');
  // The browser itself stops the form (the radios are required): it is
  // invalid, and the value left out is the one flagged.
  await nur.getByRole('button', { name: 'Kirim penilaian' }).click();
  assert.equal(await nur.locator('form[action$="/jawab"]').evaluate((f) => f.checkValidity()), false);
  assert.equal(await valueGroup(nur, SKIPPED).getByLabel('Sesuai Ekspektasi')
    .evaluate((el) => el.validity.valueMissing), true, `${SKIPPED} is flagged as missing`);
  // A browser that does not check required fields sends it anyway: the
  // server refuses it, naming the value, with the other choices kept.
  await nur.locator('form[action$="/jawab"]').evaluate((f) => { f.noValidate = true; });
  await clickAndWait(nur, nur.getByRole('button', { name: 'Kirim penilaian' }));
  // The refusal is summed up at the top of the page, each problem a link
  // to its value, and said again at the value itself.
  const summary = nur.getByRole('alert');
  assert.equal(await summary.count(), 1, 'one alert');
  assert.equal(squash(await summary.innerText()), `Jawaban belum dikirim: Nilai ${SKIPPED} wajib diisi`);
  assert.ok((await summary.boundingBox()).y < (await nur.locator('main dl').first().boundingBox()).y,
    'the summary comes before the form');
  const group = valueGroup(nur, SKIPPED);
  const toGroup = summary.getByRole('link', { name: `Nilai ${SKIPPED} wajib diisi` });
  assert.equal(await toGroup.getAttribute('href'), `#${await group.getAttribute('id')}`, 'it links to the value');
  assert.equal(await group.getAttribute('aria-invalid'), 'true');
  assert.deepEqual((await descriptions(group)).slice(1), [`Nilai ${SKIPPED} wajib diisi`],
    'the group is described by its guides and the message');
  for (const v of VALUES.filter((x) => x !== SKIPPED)) {
    assert.equal(await valueGroup(nur, v).getAttribute('aria-invalid'), null, `${v} is not marked`);
  }
  await toGroup.click();
  assert.equal(new URL(nur.url()).hash, `#${await group.getAttribute('id')}`);
  // (Bootstrap scrolls smoothly: wait for the value to arrive.)
  await nur.waitForFunction((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight / 2;
  }, await group.getAttribute('id'), { timeout: 5000 });
  for (const [v, level] of Object.entries(chosen)) {
    assert.equal(await valueGroup(nur, v).getByLabel(level).isChecked(), true, `${v} is still ${level}`);
  }
  assert.equal(await nur.getByLabel('Komentar (boleh kosong; ditampilkan tanpa nama)').inputValue(),
    'Sigap membantu pemohon di loket.', 'the comment is kept');
  await snapshot(nur, '360-form-refused');
  await assertAccessible(nur, 'the 360 form with a refusal');

  await valueGroup(nur, SKIPPED).getByLabel('Sesuai Ekspektasi').check();
  chosen[SKIPPED] = 'Sesuai Ekspektasi';
  await clickAndWait(nur, nur.getByRole('button', { name: 'Kirim penilaian' }));
  assert.equal(new URL(nur.url()).pathname, '/360');
  assert.match(await status(nur), new RegExp(`^Jawaban Anda untuk ${DEWI}.* telah dikirim\\.$`),
    'the notice names whom the answer was about');
  assert.equal(await nur.locator('#h-tunggu + ul li', { hasText: DEWI }).count(), 0, 'no longer waiting');
  const row = nur.locator('tr', { hasText: DEWI });
  assert.match(await row.innerText(), /Sudah dijawab/);
  await clickAndWait(nur, row.getByRole('link', { name: 'Lihat' }));
  const answer = nur.locator('main table');
  for (const [v, level] of Object.entries(chosen)) {
    assert.match(await answer.locator('tr', { hasText: v }).innerText(), new RegExp(level), `recorded ${v}`);
  }
  assert.match(await nur.locator('main').innerText(), /Komentar: Sigap membantu pemohon di loket\./);
  assert.equal(await nur.getByRole('button', { name: 'Kirim penilaian' }).count(), 0, 'answered once');
});

test('the pejabat penilai rates Triwulan I, sees the predicate of the matrix, and finalises', async () => {
  await pejabat.goto('/');
  await clickAndWait(pejabat, nav(pejabat, 'Penilaian'));
  const row = pejabat.locator('tr', { hasText: DEWI });
  await clickAndWait(pejabat, row.getByRole('link', { name: 'Nilai' }));
  assert.match(await pejabat.locator('h1').innerText(), /Penilaian periodik: Triwulan I$/);
  assert.doesNotMatch(await pejabat.locator('main').innerText(), literally(nurName),
    'the assessor does not learn who gave 360 feedback');
  await pejabat.locator('#hasil_kerja').getByLabel(FIRST.hasil).check();
  await pejabat.getByLabel('Alasan rating hasil kerja (wajib)')
    .fill('Dua dari tiga indikator izin di bawah target triwulan.');
  await pejabat.locator('#perilaku_kerja').getByLabel(FIRST.perilaku).check();
  await pejabat.getByLabel('Alasan rating perilaku kerja (wajib)').fill('Pelayanan ramah dan sesuai SOP.');
  await clickAndWait(pejabat, pejabat.getByRole('button', { name: 'Simpan draf' }));
  assert.match(await status(pejabat), /Penilaian telah disimpan sebagai draf/);
  const expected = BEFORE;
  assert.equal(await pejabat.locator('main [data-predikat]').first().innerText(), expected,
    'the predicate shown is the one of the matrix');
  assert.equal(squash(await pejabat.locator('#matriks [data-sel]').innerText()), `${expected} (predikat ini)`);
  const cellRow = pejabat.locator('#matriks tbody tr', { has: pejabat.locator('[data-sel]') });
  assert.equal(await cellRow.locator('th').innerText(), FIRST.hasil, 'in the row of the hasil kerja rating');
  await clickAndWait(pejabat, pejabat.getByRole('button', { name: 'Simpan dan tetapkan' }));
  assert.match(await status(pejabat), /Penilaian telah ditetapkan/);
  assert.match(await pejabat.locator('main').innerText(), /Status: Ditetapkan/);
  assert.equal(await pejabat.locator('main [data-predikat]').first().innerText(), expected);
});

test('the pegawai reads the explanation from her SKP and files an objection with a PDF', async () => {
  await pegawai.goto('/');
  await clickAndWait(pegawai, nav(pegawai, 'SKP'));
  await clickAndWait(pegawai, pegawai.locator('table a[href^="/skp/"]').first());
  await clickAndWait(pegawai, pegawai.getByRole('link', { name: 'Penjelasan predikat' }));
  assert.equal(await pegawai.locator('h1').innerText(), 'Penjelasan Predikat Kinerja');
  const headings = await pegawai.locator('main h2').allInnerTexts();
  for (const step of ['1. Capaian hasil kerja', '2. Rating, alasan, dan predikat', '3. Umpan balik 360 derajat',
    '4. Kurva distribusi unit', '5. Riwayat penilaian', '6. Keberatan']) {
    assert.ok(headings.some((h) => h.startsWith(step)), `step "${step}" in ${headings.join(' | ')}`);
  }
  const rating = pegawai.locator('#rating');
  assert.equal(await rating.locator('[data-predikat]').first().innerText(), BEFORE);
  assert.match(await rating.innerText(), /Dua dari tiga indikator izin di bawah target/);
  assert.match(await rating.locator('[data-penilai]').innerText(), new RegExp(HOSNIYAH));
  assert.equal(squash(await rating.locator('[data-sel]').innerText()), `${BEFORE} (predikat ini)`);
  assert.doesNotMatch(await pegawai.locator('main').innerText(), literally(nurName), 'the peer stays anonymous');

  const form = pegawai.locator('form[data-keberatan-form]');
  assert.match(await form.innerText(), /paling lambat \d{2}-\d{2}-\d{4}/, 'the last day to object');
  await assertAccessible(pegawai, 'the explanation page with the filing form');
  await form.getByLabel('Alasan keberatan').fill('Indikator ketiga tertunda karena server OSS mati dua minggu;\n' +
    'rekap dari loket terlampir.');
  await form.getByLabel(/^Lampiran/).setInputFiles({ name: 'rekap-loket-tw1.pdf', mimeType: 'application/pdf', buffer: PDF });
  await clickAndWait(pegawai, form.getByRole('button', { name: 'Ajukan keberatan' }));
  assert.match(new URL(pegawai.url()).pathname, /^\/keberatan\/\d+$/);
  casePath = new URL(pegawai.url()).pathname;
  assert.match(await status(pegawai), /Keberatan telah diajukan kepada atasan pejabat penilai/);
  assert.match(await pegawai.locator('#alasan').innerText(), /server OSS mati dua minggu/);
  const attachment = pegawai.locator('#lampiran').getByRole('link', { name: 'rekap-loket-tw1.pdf' });
  assert.equal(await attachment.count(), 1);
  const download = await pegawai.request.get(await attachment.getAttribute('href'));
  assert.equal(download.status(), 200);
  assert.deepEqual(await download.body(), PDF, 'the attachment downloads as it was sent');
  assert.match(await pegawai.locator('main dl').first().innerText(), new RegExp(`memutus\\)\\s*\\S.*${SUPARMI}`));

  await clickAndWait(pegawai, nav(pegawai, 'Keberatan'));
  const filed = pegawai.locator('#diajukan tr', { hasText: 'Triwulan I' });
  assert.equal(await filed.count(), 1, 'listed among the objections she filed');
  assert.match(await filed.innerText(), /Diajukan/);
});

test('the Camat asks the Kasi for an explanation, and the Kasi gives it', async () => {
  await camat.goto('/');
  const card = camat.locator('#keberatan-menunggu');
  assert.match(await card.innerText(), /1 keberatan menunggu permintaan penjelasan atau putusan Anda/);
  await clickAndWait(camat, card.getByRole('link', { name: 'Buka daftar keberatan' }));
  const row = camat.locator('#untuk-diputus tr', { hasText: DEWI });
  await clickAndWait(camat, row.getByRole('link', { name: 'Buka' }));
  assert.equal(new URL(camat.url()).pathname, casePath);
  assert.match(await camat.locator('#alasan').innerText(), /server OSS mati dua minggu/);
  assert.match(squash(await camat.locator('#putusan').innerText()),
    /^Putusan Belum diputus\. Langkah berikutnya: minta dahulu penjelasan pejabat penilai, lalu putuskan/,
    'the Camat reads what comes first');
  await snapshot(camat, 'objection-case-decider');
  await assertAccessible(camat, 'the objection page with the forms of the atasan pejabat penilai');
  await camat.getByLabel('Hal yang perlu dijelaskan pejabat penilai')
    .fill('Apakah gangguan server OSS sudah dipertimbangkan dalam rating hasil kerja?');
  await clickAndWait(camat, camat.getByRole('button', { name: 'Minta penjelasan' }));
  assert.match(await status(camat), /Permintaan penjelasan telah dikirim kepada pejabat penilai/);

  await pejabat.goto('/');
  const waiting = pejabat.locator('#keberatan-menunggu');
  assert.match(await waiting.innerText(), /1 keberatan menunggu penjelasan Anda sebagai pejabat penilai/);
  await clickAndWait(pejabat, waiting.getByRole('link', { name: 'Buka daftar keberatan' }));
  await clickAndWait(pejabat, pejabat.locator('#untuk-dijelaskan tr', { hasText: DEWI }).getByRole('link', { name: 'Buka' }));
  assert.match(await pejabat.locator('#penjelasan').innerText(), /gangguan server OSS/);
  await pejabat.getByLabel('Penjelasan Anda').fill('Gangguan OSS belum saya ketahui saat menilai; rekap loket menunjukkan ' +
    'target sebenarnya tercapai.');
  await clickAndWait(pejabat, pejabat.getByRole('button', { name: 'Kirim penjelasan' }));
  assert.match(await status(pejabat), /Penjelasan telah dikirim kepada atasan pejabat penilai/);
});

test('the Camat changes the hasil kerja rating with a written decision', async () => {
  await camat.goto('/');
  await clickAndWait(camat, nav(camat, 'Keberatan'));
  await clickAndWait(camat, camat.locator('#untuk-diputus tr', { hasText: DEWI }).getByRole('link', { name: 'Buka' }));
  assert.match(await camat.locator('#penjelasan').innerText(), /rekap loket menunjukkan target sebenarnya tercapai/);
  const form = camat.locator('form[data-form="putusan"]');
  await assertAccessible(camat, 'the objection page with the decision form');
  await form.getByLabel('Penilaian diubah menjadi rating di bawah ini').check();
  await form.getByRole('group', { name: 'Rating hasil kerja' }).getByLabel(CHANGED.hasil).check();
  assert.equal(await form.getByRole('group', { name: 'Rating perilaku kerja' }).getByLabel(CHANGED.perilaku).isChecked(),
    true, 'the perilaku kerja rating starts as it was');
  await form.getByLabel('Alasan rating hasil kerja (bila diubah)')
    .fill('Target izin tercapai menurut rekap loket; keterlambatan karena gangguan OSS.');
  await form.getByLabel('Alasan putusan (tertulis)')
    .fill('Keberatan diterima: gangguan sistem di luar kendali pegawai, dibenarkan pejabat penilai.');
  await clickAndWait(camat, form.getByRole('button', { name: 'Tetapkan putusan (final)' }));
  assert.match(await status(camat), /Putusan keberatan telah ditetapkan; putusan ini final/);
  const decided = camat.locator('#putusan');
  const expected = AFTER;
  assert.match(squash(await decided.innerText()), new RegExp(`Hasil kerja ${CHANGED.hasil} Perilaku kerja ` +
    `${CHANGED.perilaku} Predikat ${expected}`));
  assert.equal(await decided.locator('[data-predikat]').innerText(), expected);
  assert.equal(await camat.locator('form[data-form]').count(), 0, 'no forms once decided');
  await assertAccessible(camat, 'the decided objection page');
});

test('the pegawai sees the decision and the new predicate, the original still in the history', async () => {
  await pegawai.goto('/');
  await clickAndWait(pegawai, nav(pegawai, 'Keberatan'));
  const row = pegawai.locator('#diajukan tr', { hasText: 'Triwulan I' });
  assert.match(await row.innerText(), /Diputus/);
  await clickAndWait(pegawai, row.getByRole('link', { name: 'Buka' }));
  assert.match(await pegawai.locator('#putusan').innerText(), /Keberatan diterima: gangguan sistem/);
  assert.equal(await pegawai.locator('#putusan [data-predikat]').innerText(), AFTER);
  assert.equal(await pegawai.locator('#semula [data-predikat]').innerText(), BEFORE);
  await clickAndWait(pegawai, pegawai.getByRole('link', { name: 'Riwayat penilaian dan penjelasan predikat' }));
  assert.equal(await pegawai.locator('h1').innerText(), 'Penjelasan Predikat Kinerja');
  const rating = pegawai.locator('#rating');
  assert.equal(await rating.locator('[data-predikat]').first().innerText(), AFTER, 'the new predicate');
  assert.equal(squash(await rating.locator('[data-sel]').innerText()), `${AFTER} (predikat ini)`);
  // The card says the Camat's decision set the ratings (beside his reason), and when; the Kasi
  // is named as the one who rated first.
  const card = squash(await rating.locator('article', { hasText: 'Penilaian periodik: Triwulan I' }).innerText());
  assert.match(card, new RegExp(`^Penilaian periodik: Triwulan I Penilaian ini telah diubah oleh putusan keberatan ` +
    `yang ditetapkan [^;]*${SUPARMI}[^;]* pada \\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2} WIB; rating, alasan, dan predikat ` +
    'di bawah ini berlaku sejak putusan itu\\.'), card);
  assert.match(card, new RegExp(`Hasil kerja ${CHANGED.hasil} Target izin tercapai menurut rekap loket`), card);
  assert.match(card, new RegExp(`Dinilai semula oleh [^()]*${HOSNIYAH}[^()]* \\(pejabat penilai\\)`), card);
  assert.match(card, new RegExp(`Diubah oleh putusan keberatan [^·]*${SUPARMI}[^·]* · \\d{2}-\\d{2}-\\d{4}`), card);
  assert.doesNotMatch(card, /Dinilai oleh /, 'the Kasi is not credited with the new ratings');
  const objectionBox = pegawai.locator('#keberatan > div', { has: pegawai.locator('[data-keberatan]') });
  assert.equal(await objectionBox.locator('h3').innerText(), 'Penilaian periodik: Triwulan I',
    'section 6 names the checkpoint');
  const objection = squash(await pegawai.locator('#keberatan').innerText());
  assert.match(objection, new RegExp(`Semula \\(saat keberatan diajukan\\): Hasil kerja ${FIRST.hasil} ` +
    `Perilaku kerja ${FIRST.perilaku} Predikat ${BEFORE}`));
  assert.match(objection, new RegExp(`Putusan .* oleh [^:]*${SUPARMI}[^:]*: Penilaian diubah — menjadi Hasil kerja ` +
    `${CHANGED.hasil} Perilaku kerja ${CHANGED.perilaku} Predikat ${AFTER} Keberatan diterima`));
  // Waktu | Penilaian | Langkah | Oleh | Hasil kerja | Perilaku kerja | Predikat
  const history = await pegawai.locator('#riwayat tbody tr').evaluateAll(
    (trs) => trs.map((tr) => [...tr.cells].map((td) => td.innerText.replace(/\s+/g, ' ').trim())));
  const shown = history.map((r) => r.join(' | ')).join('\n');
  const original = history.find((r) => r[2] === 'Ditetapkan');
  const changed = history.find((r) => r[2].startsWith('Diubah oleh keputusan keberatan'));
  assert.ok(original, `the original rating is in the history:\n${shown}`);
  assert.ok(changed, `the decision is in the history:\n${shown}`);
  assert.deepEqual(original.slice(1).filter((_, i) => i !== 2),
    ['Periodik Triwulan I', 'Ditetapkan', FIRST.hasil, FIRST.perilaku, BEFORE], shown);
  assert.match(original[3], literally(HOSNIYAH));
  assert.deepEqual(changed.slice(4), [CHANGED.hasil, CHANGED.perilaku, AFTER], shown);
  assert.match(changed[3], literally(SUPARMI));
  assert.ok(history.indexOf(original) < history.indexOf(changed), `oldest first:\n${shown}`);
  await snapshot(pegawai, 'explanation-after-objection');
});
