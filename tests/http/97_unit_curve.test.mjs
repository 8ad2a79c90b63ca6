// The unit predicate and the distribution curve on the demo office.  The
// Camat leads Seksi Pelayanan (she assesses its head, the demo "pejabat"),
// so she alone sets its predicate; the Kecamatan itself has nobody above it
// in the system, so an administrator sets that one.  The head's tahunan
// assessment takes its hasil kerja from the unit predicate (not before it
// is set).  Then a constructed spread: four Baik and nobody below in a
// "Baik" unit deviates; the period cannot close until the Camat gives a
// reason, a changed spread needs a new one, and a closed period freezes
// the unit predicate, the reasons and the tahunan assessments.  The tests
// run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount, auditLatest, positionByCode, unitList } from './util.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';

let server;
let admin;
let camat;
let pejabat;
let pegawai;
let auditor;
let otherKasi;
const ids = {};

function refused(r, status, field, what) {
  assert.equal(r.status, status, `${what}: ${r.text.slice(0, 300)}`);
  assert.equal(r.json.error.field, field, `${what} names the field: ${r.text}`);
}

const predikatUrl = (unit) => `/api/v1/unit/${unit}/predikat?periode=${ids.period}`;
const kurvaUrl = (unit) => `/api/v1/unit/${unit}/kurva?periode=${ids.period}`;
const reasonUrl = (unit) => `/api/v1/unit/${unit}/kurva/alasan?periode=${ids.period}`;
const tahunan = (skp) => `/api/v1/skp/${skp}/penilaian?jenis=tahunan`;

async function skpOfPost(code) {
  const pos = await positionByCode(admin, code);
  const r = await admin.api('GET', `/api/v1/skp?pegawai=${pos.holder_id}`);
  assert.equal(r.status, 200, r.text);
  return r.json.items[0].id;
}

/** The tahunan assessment of `skp` by `client`, saved and finalised. */
async function rateYear(client, skp, hasil, perilaku) {
  const cur = await client.api('GET', tahunan(skp));
  assert.equal(cur.status, 200, cur.text);
  const body = {
    perilaku_kerja: perilaku, alasan_perilaku_kerja: 'Perilaku setahun', version: cur.json.version, tetapkan: true,
  };
  if (hasil) Object.assign(body, { hasil_kerja: hasil, alasan_hasil_kerja: 'Capaian setahun' });
  const r = await client.api('PUT', tahunan(skp), body);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'ditetapkan');
  return r.json;
}

async function curve(client = camat, unit = ids.yan) {
  const r = await client.api('GET', kurvaUrl(unit));
  assert.equal(r.status, 200, r.text);
  return r.json;
}

async function setUnit(client, unit, predikat, catatan = '') {
  const cur = await client.api('GET', predikatUrl(unit));
  assert.equal(cur.status, 200, cur.text);
  return client.api('PUT', predikatUrl(unit), { predikat, catatan, version: cur.json.version });
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  camat = await loginAs(server, 'camat');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  auditor = await loginAs(server, 'auditor');
  const pem = await positionByCode(admin, 'ASM-PEM-KA');
  otherKasi = await loginNip(server, (await admin.api('GET', `/api/v1/pegawai/${pem.holder_id}`)).json.nip);
  const units = await unitList(admin);
  ids.yan = units.find((u) => u.code === 'ASM-YAN').id;
  ids.asm = units.find((u) => u.code === 'ASM').id;
  const kasi = await skpOfNip(admin, server.accounts.pejabat.login);
  ids.kasi = kasi.skp.id;
  ids.period = kasi.skp.periode_id;
  ids.dewi = (await skpOfNip(admin, server.accounts.pegawai.login)).skp.id;
  ids.p02 = await skpOfPost('ASM-YAN-P02');
  ids.p04 = await skpOfPost('ASM-YAN-P04');
  ids.p05 = await skpOfPost('ASM-YAN-P05');
});

after(async () => {
  await server?.stop();
});

test('the head\'s tahunan assessment waits for the unit predicate', async () => {
  const a = await camat.api('GET', tahunan(ids.kasi));
  assert.equal(a.status, 200, a.text);
  assert.equal(a.json.hasil_dari_predikat_unit, true);
  const before = await auditCount(admin);
  refused(await camat.api('PUT', tahunan(ids.kasi), {
    hasil_kerja: 'di_atas', alasan_hasil_kerja: 'x', perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'y', version: 0,
  }), 422, 'hasil_kerja', 'a hasil kerja for a head');
  const fin = await camat.api('PUT', tahunan(ids.kasi), {
    perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Memimpin seksi dengan baik', version: 0, tetapkan: true,
  });
  refused(fin, 409, 'hasil_kerja', 'finalising before the unit predicate');
  assert.match(fin.json.error.message, /[Pp]redikat unit/);
  assert.equal(await auditCount(admin), before, 'nothing written');
  const draft = await camat.api('PUT', tahunan(ids.kasi), {
    perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Memimpin seksi dengan baik', version: 0,
  });
  assert.equal(draft.status, 200, draft.text);
  assert.equal(draft.json.hasil_kerja, null);
  assert.equal(draft.json.predikat, null);
});

test('only the leader one level up sets a unit\'s predicate', async () => {
  const before = await auditCount(admin);
  for (const [who, c] of [['the head itself', pejabat], ['another Kepala Seksi', otherKasi],
    ['an administrator', admin], ['a pegawai', pegawai], ['an auditor', auditor]]) {
    const r = await c.api('PUT', predikatUrl(ids.yan), { predikat: 'baik', version: 0 });
    assert.equal(r.status, 403, `${who}: ${r.text}`);
  }
  assert.equal(await auditCount(admin), before);
  assert.equal((await otherKasi.api('GET', predikatUrl(ids.yan))).status, 403, 'another unit\'s head may not read');
  assert.equal((await setUnit(camat, ids.asm, 'istimewa')).status, 403, 'the Camat does not set her own unit');
  const top = await setUnit(admin, ids.asm, 'istimewa', 'Capaian IKM kecamatan tertinggi');
  assert.equal(top.status, 200, top.text);
  assert.equal(top.json.predikat, 'istimewa');
  refused(await camat.api('PUT', predikatUrl(ids.yan), { predikat: 'luar_biasa', version: 0 }), 422, 'predikat', 'unknown');
  const r = await setUnit(camat, ids.yan, 'baik', 'Target layanan izin tercapai');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.predikat, 'baik');
  assert.equal(r.json.version, 1);
  assert.equal(r.json.boleh_ubah, true);
  const seen = await pegawai.api('GET', predikatUrl(ids.yan));
  assert.equal(seen.status, 200, 'a member of the unit reads it');
  assert.equal(seen.json.boleh_ubah, false);
  const audit = await auditLatest(admin, '&entitas=unit_result', 5);
  assert.equal(audit[0].sesudah.predicate, 'baik');
});

test('the head takes the unit\'s result as hasil kerja', async () => {
  let a = (await camat.api('GET', tahunan(ids.kasi))).json;
  assert.equal(a.hasil_kerja, 'sesuai', 'Baik gives Sesuai Ekspektasi');
  assert.match(a.alasan_hasil_kerja, /Seksi Pelayanan: Baik/);
  assert.equal(a.predikat, 'baik');
  const fin = await camat.api('POST', `/api/v1/skp/${ids.kasi}/penilaian/tetapkan?jenis=tahunan`, { version: a.version });
  assert.equal(fin.status, 200, fin.text);
  assert.equal(fin.json.status, 'ditetapkan');
  // a new unit predicate reaches the head's assessment at once
  assert.equal((await setUnit(camat, ids.yan, 'istimewa')).status, 200);
  a = (await camat.api('GET', tahunan(ids.kasi))).json;
  assert.equal(a.hasil_kerja, 'di_atas');
  assert.equal(a.predikat, 'baik', 'Di Atas x Sesuai');
  assert.equal(a.status, 'ditetapkan');
  assert.equal((await setUnit(camat, ids.yan, 'kurang')).status, 200);
  a = (await camat.api('GET', tahunan(ids.kasi))).json;
  assert.equal(a.hasil_kerja, 'di_bawah');
  assert.equal(a.predikat, 'butuh_perbaikan', 'Di Bawah x Sesuai');
  assert.equal((await setUnit(camat, ids.yan, 'baik')).status, 200);
  a = (await camat.api('GET', tahunan(ids.kasi))).json;
  assert.equal(a.hasil_kerja, 'sesuai');
  assert.equal(a.predikat, 'baik');
});

test('four Baik and nobody below in a Baik unit deviates from the curve', async () => {
  for (const skp of [ids.dewi, ids.p02, ids.p04]) await rateYear(pejabat, skp, 'sesuai', 'sesuai');
  const c = await curve();
  assert.equal(c.predikat_unit.predikat, 'baik');
  assert.equal(c.dinilai, 4, 'the head and three staff');
  const count = Object.fromEntries(c.sebaran.map((s) => [s.predikat, s.jumlah]));
  assert.deepEqual(count, { sangat_baik: 0, baik: 4, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 });
  assert.equal(c.sebaran.find((s) => s.predikat === 'baik').persen, 100);
  assert.equal(c.menyimpang, true);
  assert.equal(c.penyimpangan.length, 2);
  assert.match(c.penyimpangan.map((d) => d.pesan).join(' | '), /Baik 4 dari 4/);
  assert.equal(c.perlu_alasan, true);
  assert.deepEqual(c.aturan.map((a) => a.terpenuhi), [false, false]);
  const page = await camat.get(`/predikat-unit/${ids.yan}?periode=${ids.period}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /data-jumlah="baik">4</);
  assert.match(page.text, /data-kurva="menyimpang"/);
  assert.match(page.text, /id="form-alasan"/);
  assert.doesNotMatch(pageText(page.text), /Dewi Handayani/, 'counts only, no names');
  const list = await camat.get(`/predikat-unit?periode=${ids.period}`);
  assert.match(pageText(list.text), /Seksi Pelayanan .*Menyimpang, perlu alasan/);
});

test('the period cannot close while a deviating unit has no reason', async () => {
  const lock = await admin.api('POST', `/api/v1/periode/${ids.period}/aksi`, { aksi: 'kunci' });
  assert.equal(lock.status, 200, lock.text);
  const before = await auditCount(admin);
  const r = await admin.api('POST', `/api/v1/periode/${ids.period}/aksi`, { aksi: 'tutup' });
  refused(r, 409, 'aksi', 'closing');
  assert.match(r.json.error.message, /Seksi Pelayanan/);
  assert.equal((await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.status, 'dikunci');
  assert.equal(await auditCount(admin), before);
});

test('the reason: the leader only, only for a deviating spread, and required', async () => {
  refused(await camat.api('PUT', reasonUrl(ids.yan), { alasan: '  ' }), 422, 'alasan', 'blank');
  assert.equal((await pejabat.api('PUT', reasonUrl(ids.yan), { alasan: 'x' })).status, 403);
  refused(await admin.api('PUT', reasonUrl(ids.asm), { alasan: 'x' }), 409, 'alasan', 'no deviation');
  const r = await camat.api('PUT', reasonUrl(ids.yan), {
    alasan: 'Seluruh staf mencapai target layanan izin; belum ada yang di bawah ekspektasi.',
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.perlu_alasan, false);
  assert.equal(r.json.alasan.berlaku, true);
});

test('a changed spread needs a new reason before the period closes', async () => {
  await rateYear(pejabat, ids.p05, 'di_bawah', 'sesuai');
  const c = await curve();
  assert.equal(c.dinilai, 5);
  assert.equal(c.sebaran.find((s) => s.predikat === 'butuh_perbaikan').jumlah, 1);
  assert.equal(c.menyimpang, true, '4 of 5 Baik is still above 70%');
  assert.equal(c.perlu_alasan, true);
  assert.equal(c.alasan.berlaku, false);
  const r = await admin.api('POST', `/api/v1/periode/${ids.period}/aksi`, { aksi: 'tutup' });
  refused(r, 409, 'aksi', 'closing with an outdated reason');
  const form = await camat.postForm(`/predikat-unit/${ids.yan}/alasan?periode=${ids.period}`,
    { alasan: 'Empat staf Baik karena target layanan izin terlampaui.' });
  assert.equal(form.status, 303, form.text.slice(0, 400));
  assert.equal((await curve()).perlu_alasan, false);
  const closed = await admin.api('POST', `/api/v1/periode/${ids.period}/aksi`, { aksi: 'tutup' });
  assert.equal(closed.status, 200, closed.text);
  assert.equal(closed.json.status, 'ditutup');
});

test('a closed period freezes unit predicates, reasons and tahunan assessments', async () => {
  const before = await auditCount(admin);
  refused(await setUnit(camat, ids.yan, 'istimewa'), 409, 'periode', 'unit predicate');
  refused(await camat.api('PUT', reasonUrl(ids.yan), { alasan: 'lagi' }), 409, 'periode', 'reason');
  const a = (await pejabat.api('GET', tahunan(ids.dewi))).json;
  assert.deepEqual(a.aksi_tersedia, []);
  refused(await pejabat.api('PUT', tahunan(ids.dewi), {
    hasil_kerja: 'di_atas', alasan_hasil_kerja: 'x', perilaku_kerja: 'di_atas', alasan_perilaku_kerja: 'y',
    version: a.version,
  }), 409, 'jenis', 'a tahunan assessment');
  assert.equal(await auditCount(admin), before);
  const page = await camat.get(`/predikat-unit/${ids.yan}?periode=${ids.period}`);
  assert.doesNotMatch(page.text, /id="form-predikat"/);
  assert.match(pageText(page.text), /Periode sudah ditutup/);
});
