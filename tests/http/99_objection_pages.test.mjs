// Objection (keberatan) pages on the demo office, clicking as people would
// (forms with CSRF tokens, no JavaScript): a second demo employee of the
// Seksi Pelayanan (Nur, ASM-YAN-P02) is rated Triwulan I by her Kasi; the
// explanation page offers her the form with its last day, and shows the
// demo pegawai instead a sentence once her deadline has passed; Nur files
// with a PNG through the form (a refusal shows the form again with the
// message, writing nothing); the Camat sees it waiting on the home page
// and in /keberatan, reads (he alone) that his next step is to ask for the
// explanation, asks for it, the Kasi answers, the Camat
// upholds the assessment (tetap): nothing in it changes.  Who may see a
// case and its attachment; the administrator's deadline setting page.  The
// tests run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount } from './util.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { download, pngBytes } from './monitor_util.mjs';
import { backdate, finalisedAt, lastDay, rateFinal } from './objection_util.mjs';

const NUR = '198803022014112370';   // ASM-YAN-P02

let server;
let admin;
let pejabat;
let pegawai;
let camat;
let auditor;
let nur;
const ids = {};

const tw1 = () => `jenis=periodik&titik=${ids.tw1}`;

async function nurAssessment() {
  const r = await admin.api('GET', `/api/v1/skp/${ids.nurSkp}/penilaian?${tw1()}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

/** POSTs a form of the case page `id` as `client`, with the token of that page. */
async function postCase(client, action, fields) {
  const page = await client.get(`/keberatan/${ids.case}`);
  assert.equal(page.status, 200, page.text.slice(0, 300));
  return client.postForm(`/keberatan/${ids.case}/${action}`, fields);
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  camat = await loginAs(server, 'camat');
  auditor = await loginAs(server, 'auditor');
  nur = await loginNip(server, NUR);
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.skp = own.skp.id;
  ids.nurSkp = (await skpOfNip(admin, NUR)).skp.id;
  ids.tw1 = (await admin.api('GET', `/api/v1/periode/${own.skp.periode_id}`)).json.checkpoint[0].id;
  ids.dewiA = (await rateFinal(pejabat, ids.skp, tw1(), 'sesuai', 'sesuai')).id;
  ids.nurA = (await rateFinal(pejabat, ids.nurSkp, tw1(), 'sesuai', 'sesuai')).id;
});

after(async () => {
  await server?.stop();
});

test('the explanation page offers the employee the form with its last day, others none', async () => {
  const page = await nur.get(`/skp/${ids.nurSkp}/penjelasan`);
  assert.equal(page.status, 200);
  assert.match(page.text, new RegExp(`data-keberatan-form="${ids.nurA}"`));
  const [last] = lastDay(finalisedAt(server, ids.nurA), 14);
  assert.match(pageText(page.text), new RegExp(`paling lambat ${last}`));
  const seen = await camat.get(`/skp/${ids.nurSkp}/penjelasan`);
  assert.equal(seen.status, 200);
  assert.doesNotMatch(seen.text, /data-keberatan-form/);
  assert.match(pageText(seen.text), /6\. Keberatan.*Penilaian periodik: Triwulan I Tidak ada keberatan/,
    'the assessment is named with its checkpoint');
});

test('once the deadline has passed the form is gone and a sentence says so', async () => {
  const set = await admin.api('PUT', '/api/v1/keberatan/pengaturan', { batas_keberatan_hari: 1 });
  assert.equal(set.status, 200, set.text);
  backdate(server, ids.dewiA, 2);
  const [last] = lastDay(finalisedAt(server, ids.dewiA), 1);
  const page = await pegawai.get(`/skp/${ids.skp}/penjelasan`);
  assert.doesNotMatch(page.text, /data-keberatan-form/);
  assert.match(page.text, /data-batas-lewat/);
  assert.match(pageText(page.text), new RegExp(`telah lewat pada ${last}`));
  const reset = await admin.api('PUT', '/api/v1/keberatan/pengaturan', { batas_keberatan_hari: 14 });
  assert.equal(reset.status, 200, reset.text);
});

test('a refused filing shows the form again with the message and writes nothing', async () => {
  await nur.get(`/skp/${ids.nurSkp}/penjelasan`);
  const audit = await auditCount(admin);
  const empty = await nur.postMultipart('/keberatan', { penilaian: ids.nurA, alasan: ' ' }, {});
  assert.equal(empty.status, 422);
  assert.match(pageText(empty.text), /Alasan keberatan wajib diisi/);
  assert.match(empty.text, /data-keberatan-form/);
  const bad = await nur.postMultipart('/keberatan', { penilaian: ids.nurA, alasan: 'Rating tidak adil' },
    { berkas: { name: 'bukti.pdf', content: Buffer.from('bukan pdf\n') } });
  assert.equal(bad.status, 422);
  assert.match(pageText(bad.text), /bukan PDF/);
  assert.match(bad.text, />Rating tidak adil</, 'what was typed is kept');
  const other = await pegawai.postMultipart('/keberatan', { penilaian: ids.nurA, alasan: 'Bukan milik saya' }, {});
  assert.equal(other.status, 403);
  const noToken = await nur.postMultipart('/keberatan', { penilaian: ids.nurA, alasan: 'x' }, {}, { csrf: false });
  assert.equal(noToken.status, 403);
  assert.equal(await auditCount(admin), audit, 'nothing was written');
  const w = await admin.api('GET', `/api/v1/penilaian/${ids.nurA}/keberatan`);
  assert.equal(w.json.keberatan, null);
});

test('the employee files through the form with a PNG and lands on the case', async () => {
  const r = await nur.postMultipart('/keberatan', { penilaian: ids.nurA, alasan: 'Perilaku saya di atas ekspektasi:\npiagam pelayanan terlampir.' },
    { berkas: { name: 'piagam.png', type: 'image/png', content: pngBytes() } });
  assert.equal(r.status, 303, r.text.slice(0, 500));
  const m = /^\/keberatan\/(\d+)\?pesan=keberatan_diajukan$/.exec(r.location);
  assert.ok(m, r.location);
  ids.case = Number(m[1]);
  const page = await nur.get(r.location);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /Keberatan telah diajukan kepada atasan pejabat penilai/);
  assert.match(text, /piagam pelayanan terlampir/);
  assert.match(page.text, /data-status="diajukan"/);
  const link = /href="\/keberatan-lampiran\/(\d+)">piagam\.png</.exec(page.text);
  assert.ok(link, 'the attachment is listed');
  ids.att = Number(link[1]);
  assert.match(page.text, /data-form="lampiran"/, 'she may add more');
  assert.doesNotMatch(page.text, /data-form="putusan"/);
});

test('who sees the case and its attachment', async () => {
  for (const [c, status, who] of [[camat, 200, 'the Camat'], [pejabat, 200, 'the Kasi'], [auditor, 200, 'an auditor'],
    [admin, 200, 'an administrator'], [pegawai, 403, 'another employee']]) {
    assert.equal((await c.get(`/keberatan/${ids.case}`)).status, status, who);
    assert.equal((await download(c, `/keberatan-lampiran/${ids.att}`)).status, status, `${who} downloads`);
  }
});

test('until the explanation is asked for, only the Camat reads the next step under Putusan', async () => {
  const putusan = (html) => pageText(html.slice(html.lastIndexOf('<', html.indexOf('id="putusan"'))));
  const own = (await camat.get(`/keberatan/${ids.case}`)).text;
  assert.match(putusan(own), /^Putusan Belum diputus\. Langkah berikutnya: minta dahulu penjelasan pejabat penilai ?, lalu putuskan/);
  assert.equal(/data-langkah>[^<]*<a href="([^"]+)"/.exec(own)?.[1], '#penjelasan',
    'it links to where the explanation is asked for');
  for (const [c, who] of [[nur, 'the employee'], [pejabat, 'the Kasi'], [auditor, 'an auditor']]) {
    const text = putusan((await c.get(`/keberatan/${ids.case}`)).text);
    assert.match(text, /^Putusan Belum diputus\./, who);
    assert.doesNotMatch(text, /Langkah berikutnya/, who);
  }
});

test('the Camat sees it waiting on the home page and in the list, and asks for the explanation', async () => {
  const home = await camat.get('/');
  assert.match(home.text, /id="keberatan-menunggu"/);
  assert.match(pageText(home.text), /1 keberatan menunggu permintaan penjelasan atau putusan Anda/);
  const list = await camat.get('/keberatan');
  const mine = list.text.slice(list.text.indexOf('id="untuk-diputus"'), list.text.indexOf('id="untuk-dijelaskan"'));
  assert.match(mine, new RegExp(`data-keberatan="${ids.case}"`));
  const blank = await postCase(camat, 'minta-penjelasan', { pertanyaan: '', version: 1 });
  assert.equal(blank.status, 422);
  assert.match(blank.text, /is-invalid/);
  const r = await postCase(camat, 'minta-penjelasan', { pertanyaan: 'Apa dasar rating perilaku kerja?', version: 1 });
  assert.equal(r.status, 303, r.text.slice(0, 300));
  assert.match(r.location, /pesan=penjelasan_diminta/);
  assert.equal((await postCase(nur, 'minta-penjelasan', { pertanyaan: 'Saya sendiri' })).status, 403);
});

test('the Kasi sees the request on the home page and explains through the form', async () => {
  const home = await pejabat.get('/');
  assert.match(pageText(home.text), /1 keberatan menunggu penjelasan Anda/);
  const r = await postCase(pejabat, 'penjelasan', { penjelasan: 'Dua keluhan pemohon tercatat di triwulan ini.' });
  assert.equal(r.status, 303, r.text.slice(0, 300));
  const page = await camat.get(`/keberatan/${ids.case}`);
  assert.match(pageText(page.text), /Dua keluhan pemohon tercatat/);
  assert.match(page.text, /data-form="putusan"/);
});

test('the Camat upholds the assessment through the form: nothing in it changes', async () => {
  const before = await nurAssessment();
  // a browser sends the pre-checked rating radios too; with "tetap" they are not read
  const browser = { hasil_kerja: 'sesuai', perilaku_kerja: 'sesuai', alasan_hasil_kerja: '', alasan_perilaku_kerja: '' };
  const same = await postCase(camat, 'putusan', { ...browser, putusan: 'diubah', alasan_putusan: 'Diubah?' });
  assert.equal(same.status, 422);
  assert.match(pageText(same.text), /sama dengan penilaian saat ini/);
  const noText = await postCase(camat, 'putusan', { ...browser, putusan: 'tetap', alasan_putusan: '' });
  assert.equal(noText.status, 422);
  assert.match(pageText(noText.text), /Alasan putusan wajib diisi/);
  const r = await postCase(camat, 'putusan', { ...browser, putusan: 'tetap',
    alasan_putusan: 'Keluhan pemohon terbukti; rating perilaku kerja sudah tepat.' });
  assert.equal(r.status, 303, r.text.slice(0, 300));
  const page = await nur.get(`/keberatan/${ids.case}`);
  assert.match(page.text, /data-putusan="tetap"/);
  assert.match(pageText(page.text), /Penilaian tetap Keluhan pemohon terbukti/);
  assert.doesNotMatch(page.text, /data-form=/, 'no forms once decided');
  assert.deepEqual(await nurAssessment(), before, 'the assessment did not change');
  const k = (await admin.api('GET', `/api/v1/keberatan/${ids.case}`)).json;
  assert.equal(k.putusan.putusan, 'tetap');
  assert.equal(k.putusan.baru, null);
  assert.doesNotMatch((await camat.get('/')).text, /id="keberatan-menunggu"/);
  const explain = await nur.get(`/skp/${ids.nurSkp}/penjelasan`);
  assert.match(explain.text, /data-putusan="tetap"/);
  const rating = explain.text.slice(explain.text.indexOf('id="rating"'), explain.text.indexOf('id="umpan-balik-360"'));
  assert.doesNotMatch(rating, /data-putusan-keberatan|Dinilai semula oleh/, 'upheld: the ratings are still the Kasi\'s alone');
  assert.match(pageText(rating), /Dinilai oleh Hosniyah Pratiwi[^()]* \(pejabat penilai\)/);
  const after = (await camat.get(`/keberatan/${ids.case}`)).text;
  assert.doesNotMatch(after, /data-langkah/, 'no next step once decided');
});

test('the deadline setting page: administrators only, 1 to 90 days', async () => {
  assert.equal((await pegawai.get('/keberatan/pengaturan')).status, 403);
  const page = await admin.get('/keberatan/pengaturan');
  assert.equal(page.status, 200);
  assert.match(page.text, /name="batas_keberatan_hari"[^>]*value="14"|value="14"[^>]*name="batas_keberatan_hari"/);
  const audit = await auditCount(admin);
  const bad = await admin.postForm('/keberatan/pengaturan', { batas_keberatan_hari: '0' });
  assert.equal(bad.status, 422);
  assert.match(pageText(bad.text), /1 sampai 90 hari/);
  assert.equal(await auditCount(admin), audit);
  const ok = await admin.postForm('/keberatan/pengaturan', { batas_keberatan_hari: '30' });
  assert.equal(ok.status, 303);
  assert.equal((await admin.api('GET', '/api/v1/keberatan/pengaturan')).json.batas_keberatan_hari, 30);
  assert.match((await admin.get('/keberatan')).text, /href="\/keberatan\/pengaturan"/);
});
