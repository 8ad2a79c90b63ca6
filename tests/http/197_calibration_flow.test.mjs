// The course of calibration proposals on the demo year
// (`startServer({ demo: 'lengkap' })`), Triwulan III: the Camat proposes a
// change to the demo pegawai's assessment (Dewi, rated by her Kepala Seksi,
// the demo "pejabat"); the Kasi finds it waiting (the proposals API,
// /notifikasi, /penilaian) and the calibration table marks it, with the
// curve as it would be; the Kasi accepts it: the assessment's ratings and
// predicate change (the matrix computed here), its history and the audit
// trail record the step; Dewi acknowledges again.  Then the reject path (a
// note required, the assessment untouched) and a withdrawal by the
// proposer, and the pages that carry the same flow without JavaScript.
// The tests run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { auditLatest } from './util.mjs';
import { loginNip, pageText } from './plan_util.mjs';
import { calibTable, demoIds, nipOf, otherRating, predicateOf, propose, readAssessment, rowOf }
  from './196_calibration_util.mjs';

const NUR = '198803022014112370';   // ASM-YAN-P02: same Kasi, another employee

let server;
let admin;
let camat;
let pejabat;
let pengelola;
let ids;
let dewi;          // her row in the Camat's table
const made = {};

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  camat = await loginAs(server, 'camat');
  pejabat = await loginAs(server, 'pejabat');
  pengelola = await loginAs(server, 'pengelola');
  ids = await demoIds(admin);
  dewi = rowOf(await calibTable(camat, `periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`),
    nipOf(server, 'pegawai'));
});

after(() => server?.stop());

test('the Camat proposes a change with a reason: 201, the predicate from the matrix, audited', async () => {
  assert.equal(dewi.boleh_usul, true);
  const hasil = otherRating(dewi.hasil_kerja);
  const r = await propose(camat, { penilaian_id: dewi.penilaian_id, hasil_kerja: hasil,
    alasan: 'Capaian Triwulan III melampaui target layanan perizinan.' });
  assert.equal(r.status, 201, r.text);
  made.accepted = r.json.id;
  assert.equal(r.json.status, 'diajukan');
  assert.deepEqual([r.json.semula.hasil_kerja, r.json.semula.perilaku_kerja, r.json.semula.predikat],
    [dewi.hasil_kerja, dewi.perilaku_kerja, dewi.predikat]);
  assert.deepEqual([r.json.usulan.hasil_kerja, r.json.usulan.perilaku_kerja],
    [hasil, dewi.perilaku_kerja], 'the rating not given stays');
  assert.equal(r.json.usulan.predikat, predicateOf(hasil, dewi.perilaku_kerja));
  assert.equal(r.json.pejabat_penilai.nama, dewi.pejabat_penilai.nama);
  const [a] = await auditLatest(admin, `&entitas=kalibrasi&id=${made.accepted}`, 1);
  assert.equal(a.aksi ?? a.action, 'usul');
});

test('the assessor finds it waiting: the proposals API, /notifikasi and /penilaian', async () => {
  const list = (await pejabat.api('GET', '/api/v1/kalibrasi/usulan')).json;
  assert.ok(list.untuk_diputus.some((p) => p.id === made.accepted && p.boleh.terima));
  const camatList = (await camat.api('GET', '/api/v1/kalibrasi/usulan')).json;
  assert.ok(camatList.diajukan_saya.some((p) => p.id === made.accepted && p.boleh.tarik));
  assert.ok(!camatList.untuk_diputus.some((p) => p.id === made.accepted), 'the Camat does not decide it');
  const n = await pejabat.api('GET', '/api/v1/notifikasi');
  assert.equal(n.status, 200, n.text);
  const items = n.json.items ?? n.json.butir ?? [];
  const item = items.find((i) => i.jenis === 'kalibrasi_putus');
  assert.ok(item, `a notification waits: ${JSON.stringify(items.map((i) => i.jenis))}`);
  assert.equal(item.tautan ?? item.link, `/kalibrasi/usulan/${made.accepted}`);
  const page = await pejabat.get(`/penilaian?periode=${ids.period}`);
  assert.equal(page.status, 200);
  assert.match(page.text, new RegExp(`href="/kalibrasi/usulan/${made.accepted}"`));
  assert.match(pageText(page.text), /Usulan kalibrasi menunggu keputusan Anda/);
});

test('the table marks the waiting proposal and projects the curve with it', async () => {
  const t = await calibTable(camat, `periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`);
  const row = rowOf(t, dewi.nip);
  assert.deepEqual(row.usulan_menunggu, { id: made.accepted, predikat: predicateOf(otherRating(dewi.hasil_kerja), dewi.perilaku_kerja) });
  assert.equal(row.boleh_usul, false, 'one open proposal per assessment');
  const k = t.kurva.find((c) => c.unit_id === dewi.unit.id);
  assert.equal(k.jika_usulan_diterima.usulan, 1);
  const now = Object.fromEntries(k.sebaran.map((s) => [s.predikat, s.jumlah]));
  const then = k.jika_usulan_diterima.jumlah;
  const to = row.usulan_menunggu.predikat;
  if (to !== dewi.predikat) {
    assert.equal(then[dewi.predikat], now[dewi.predikat] - 1);
    assert.equal(then[to], now[to] + 1);
  }
});

test('the assessor accepts: ratings and predicate change, history and audit record it', async () => {
  const dewiClient = await loginAs(server, 'pegawai');
  const ack = await dewiClient.api('POST', `/api/v1/skp/${dewi.skp_id}/penilaian/diketahui?jenis=periodik&titik=${ids.tw3}`, {});
  assert.equal(ack.status, 200, ack.text);
  const before = await readAssessment(admin, dewi.skp_id, ids.tw3);
  assert.ok(before.diketahui, 'acknowledged before the change');
  const r = await pejabat.api('POST', `/api/v1/kalibrasi/usulan/${made.accepted}/terima`,
    { catatan: 'Setuju, sesuai bukti dukung.' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'diterima');
  const after = await readAssessment(admin, dewi.skp_id, ids.tw3);
  const hasil = otherRating(dewi.hasil_kerja);
  assert.deepEqual([after.hasil_kerja, after.perilaku_kerja, after.predikat],
    [hasil, dewi.perilaku_kerja, predicateOf(hasil, dewi.perilaku_kerja)]);
  assert.equal(after.status, 'ditetapkan');
  assert.ok(after.version > before.version);
  const ex = (await admin.api('GET', `/api/v1/skp/${dewi.skp_id}/penjelasan`)).json;
  const step = ex.riwayat.filter((e) => e.aksi === 'kalibrasi').pop();
  assert.ok(step, 'the assessment\'s history has the calibration step');
  assert.equal(step.predikat, after.predikat);
  assert.match(step.catatan, /Capaian Triwulan III melampaui/);
  assert.match(step.catatan, /Setuju, sesuai bukti dukung/);
  const audit = await auditLatest(admin, '&entitas=kalibrasi', 10);
  assert.ok(audit.some((a) => (a.aksi ?? a.action) === 'terima'));
  const changed = await auditLatest(admin, `&entitas=assessment&id=${after.id}`, 3);
  assert.ok(changed.some((a) => (a.aksi ?? a.action) === 'kalibrasi'), 'the assessment\'s own audit row');
  const again = await pejabat.api('POST', `/api/v1/kalibrasi/usulan/${made.accepted}/tolak`, { catatan: 'x' });
  assert.deepEqual([again.status, again.json.error.field], [409, 'status'], 'decided once');
});

test('the employee is asked to acknowledge the changed assessment again', async () => {
  const a = await readAssessment(admin, dewi.skp_id, ids.tw3);
  assert.equal(a.diketahui, null, 'the acknowledgement is reset');
  const dewiClient = await loginAs(server, 'pegawai');
  const n = (await dewiClient.api('GET', '/api/v1/notifikasi')).json;
  const items = n.items ?? n.butir ?? [];
  assert.ok(items.some((i) => i.jenis === 'penilaian_diketahui' && (i.tautan ?? i.link ?? '').includes(`titik=${ids.tw3}`)),
    'acknowledge again');
});

test('a rejection needs a note and leaves the assessment as it is', async () => {
  const nur = rowOf(await calibTable(camat, `periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`), NUR);
  const r = await propose(pengelola, { penilaian_id: nur.penilaian_id, perilaku_kerja: otherRating(nur.perilaku_kerja),
    alasan: 'Umpan balik 360 rekan kerja jauh di atas ekspektasi.' });
  assert.equal(r.status, 201, r.text);
  made.rejected = r.json.id;
  const before = await readAssessment(admin, nur.skp_id, ids.tw3);
  const blank = await pejabat.api('POST', `/api/v1/kalibrasi/usulan/${made.rejected}/tolak`, { catatan: '  ' });
  assert.deepEqual([blank.status, blank.json.error.field], [422, 'catatan']);
  const ok = await pejabat.api('POST', `/api/v1/kalibrasi/usulan/${made.rejected}/tolak`,
    { catatan: 'Perilaku kerja sudah dinilai dengan bukti.' });
  assert.equal(ok.status, 200, ok.text);
  assert.deepEqual([ok.json.status, ok.json.catatan], ['ditolak', 'Perilaku kerja sudah dinilai dengan bukti.']);
  const after = await readAssessment(admin, nur.skp_id, ids.tw3);
  assert.deepEqual(after, before, 'the assessment is untouched');
});

test('the proposer withdraws a waiting proposal; the assessor cannot withdraw it', async () => {
  const nur = rowOf(await calibTable(camat, `periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`), NUR);
  const r = await propose(camat, { penilaian_id: nur.penilaian_id, hasil_kerja: otherRating(nur.hasil_kerja),
    alasan: 'Untuk dibahas di rapat kalibrasi.' });
  assert.equal(r.status, 201, r.text);
  const no = await pejabat.api('POST', `/api/v1/kalibrasi/usulan/${r.json.id}/tarik`, {});
  assert.equal(no.status, 403);
  const w = await camat.api('POST', `/api/v1/kalibrasi/usulan/${r.json.id}/tarik`, {});
  assert.equal(w.status, 200, w.text);
  assert.equal(w.json.status, 'ditarik');
  const again = await propose(camat, { penilaian_id: nur.penilaian_id, hasil_kerja: otherRating(nur.hasil_kerja),
    alasan: 'Sekali lagi.' });
  assert.equal(again.status, 201, 'a withdrawn proposal no longer blocks a new one');
  made.pageCase = again.json.id;
});

test('the pages carry the flow without JavaScript: propose form, decision forms, notices', async () => {
  const list = await camat.get(`/kalibrasi?periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`);
  assert.equal(list.status, 200);
  assert.match(list.text, /id="tabel-kalibrasi"/);
  assert.match(list.text, /href="\/kalibrasi\/usul\?penilaian=\d+/);
  const page = await pejabat.get(`/kalibrasi/usulan/${made.pageCase}`);
  assert.equal(page.status, 200);
  const form = await camat.get(`/kalibrasi/usul?penilaian=${dewi.penilaian_id}`);
  for (const [what, p] of [['table', list], ['proposal', page], ['form', form]]) {
    assert.doesNotMatch(p.text, /\sstyle="/, `${what}: no inline style (CSP)`);
    assert.doesNotMatch(p.text, /<script(?![^>]*\ssrc=)[^>]*>/, `${what}: no inline script (CSP)`);
  }
  assert.match(page.text, /id="form-terima"/);
  assert.match(page.text, /id="form-tolak"/);
  assert.doesNotMatch(page.text, /id="form-tarik"/, 'the assessor does not withdraw');
  const blank = await pejabat.postForm(`/kalibrasi/usulan/${made.pageCase}/tolak`, { langkah: 'tolak', catatan: '' });
  assert.equal(blank.status, 422);
  assert.match(pageText(blank.text), /Catatan penolakan/);
  const ok = await pejabat.postForm(`/kalibrasi/usulan/${made.pageCase}/tolak`, { langkah: 'tolak', catatan: 'Tetap.' });
  assert.equal(ok.status, 303);
  assert.match(ok.location, /pesan=kalibrasi_ditolak/);
  const shown = await pejabat.get(ok.location);
  assert.match(pageText(shown.text), /Usulan ditolak; penilaian tetap/);
  const unitPage = await camat.get(`/predikat-unit/${ids.yan}?periode=${ids.period}&titik=${ids.tw3}`);
  assert.match(unitPage.text, new RegExp(`id="link-kalibrasi" href="/kalibrasi\\?periode=${ids.period}&(amp;)?unit=${ids.yan}&(amp;)?titik=${ids.tw3}"`));
  const lurahNip = (await admin.api('GET', '/api/v1/pegawai?per_page=500')).json.items
    .find((e) => e.kode_unit === 'KEL-GKL' && /^Lurah /.test(e.nama_jabatan)).nip;
  const lurah = await loginNip(server, lurahNip);
  const refused = await lurah.get(`/kalibrasi/usul?penilaian=${dewi.penilaian_id}`);
  assert.equal(refused.status, 403, 'a Lurah does not propose for the kecamatan\'s seksi');
});
