// 360-degree behaviour feedback, the rest: the instansi's settings (a
// threshold below 3 is refused, 4 is respected by the rounds opened after
// it; the 1-5 scale maps onto the three official levels), reminders that
// reach the raters' home page, and the pages working without JavaScript:
// a rater's form, HR's rounds and rater lists, the settings page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { auditLatest, employeeByNip } from './util.mjs';
import { loginNip, pageText } from './plan_util.mjs';
import {
  SUKRI, VALUE_CODES, YAN, answerBody, checkpoints, dayFromToday, nipGrouped, openRound, raterList, taskFor,
} from './r360_util.mjs';

let server;
let admin;
let hr;
let auditor;
let cps;
const people = {};
const as = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  auditor = await loginAs(server, 'auditor');
  for (const [key, nip] of Object.entries({ ...YAN, sukri: SUKRI })) people[key] = await employeeByNip(admin, nip);
  for (const key of ['dewi', 'hosniyah', 'nur', 'achmad', 'siti', 'halimah', 'samsul']) {
    as[key] = await loginNip(server, people[key].nip);
  }
  cps = await checkpoints(admin);
});

after(async () => {
  await server?.stop();
});

async function answer(key, roundId, rateeKey, scores, komentar) {
  const t = await taskFor(as[key], roundId, people[rateeKey].id);
  const r = await as[key].api('POST', `/api/v1/360/tugas/${t.id}/jawab`, answerBody(scores, komentar));
  assert.equal(r.status, 200, `${key} answers: ${r.text}`);
}

const peerGroup = async (client, roundId, ratee = 'dewi') => {
  const r = await client.api('GET', `/api/v1/360/putaran/${roundId}/hasil?pegawai=${people[ratee].id}`);
  assert.equal(r.status, 200, r.text);
  return r.json.kelompok.find((g) => g.kelompok === 'rekan');
};

const closeRound = async (id) => {
  const r = await hr.api('POST', `/api/v1/360/putaran/${id}/tutup`);
  assert.equal(r.status, 200, r.text);
};

test('the settings are the administrator\'s: a threshold below 3 and a scale other than 3 or 5 are refused', async () => {
  const get = await admin.api('GET', '/api/v1/360/pengaturan');
  assert.equal(get.status, 200, get.text);
  assert.equal(get.json.skala_360, 3);
  assert.equal(get.json.ambang_anonimitas, 3);
  for (const client of [hr, auditor, as.dewi]) {
    assert.equal((await client.api('GET', '/api/v1/360/pengaturan')).status, 403);
    assert.equal((await client.api('PUT', '/api/v1/360/pengaturan', { ambang_anonimitas: 5 })).status, 403);
  }
  const cases = [
    [{ ambang_anonimitas: 2 }, 'ambang_anonimitas'], [{ ambang_anonimitas: 0 }, 'ambang_anonimitas'],
    [{ ambang_anonimitas: 'tiga' }, 'ambang_anonimitas'], [{ skala_360: 4 }, 'skala_360'],
    [{ skala_360: '7' }, 'skala_360'], [{ skala: 5 }, 'skala'],
  ];
  for (const [body, field] of cases) {
    const r = await admin.api('PUT', '/api/v1/360/pengaturan', body);
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field);
  }
  assert.match((await admin.api('PUT', '/api/v1/360/pengaturan', { ambang_anonimitas: 2 })).json.error.message, /3/);
  assert.deepEqual((await admin.api('GET', '/api/v1/360/pengaturan')).json, get.json, 'a refused setting was saved');
  const put = await admin.api('PUT', '/api/v1/360/pengaturan', { ambang_anonimitas: 4 });
  assert.equal(put.status, 200, put.text);
  assert.equal(put.json.ambang_anonimitas, 4);
  const audit = await auditLatest(admin, '&entitas=pengaturan', 1);
  assert.deepEqual(audit[0].sesudah, { skala_360: 3, ambang_anonimitas: 4 });
});

let round4;

test('a round opened with threshold 4 hides three peer answers and shows four', async () => {
  round4 = await openRound(hr, cps['Triwulan IV-Akhir']);
  assert.equal(round4.ambang, 4);
  await answer('nur', round4.id, 'dewi', 3, 'satu');
  await answer('achmad', round4.id, 'dewi', 2, 'dua');
  await answer('siti', round4.id, 'dewi', 2, 'tiga');
  for (const [key, scores, komentar] of [['dewi', 3, 'satu'], ['achmad', 2, 'dua'], ['siti', 2, 'tiga'],
    ['halimah', 3, 'empat']]) {
    await answer(key, round4.id, 'nur', scores, komentar);
  }
  for (const client of [as.dewi, as.hosniyah, hr]) {
    const g = await peerGroup(client, round4.id);
    assert.equal(g.jawaban, 3);
    assert.equal(g.ditampilkan, false, 'figures shown while the round is open');
  }
  await closeRound(round4.id);
  for (const client of [as.dewi, as.hosniyah, hr]) {
    const g = await peerGroup(client, round4.id);
    assert.equal(g.ditampilkan, false, 'three answers shown under threshold 4');
    assert.deepEqual(g.nilai, []);
    assert.deepEqual(g.komentar, []);
  }
  const g = await peerGroup(hr, round4.id, 'nur');
  assert.equal(g.jawaban, 4);
  assert.equal(g.ditampilkan, true, 'four answers hidden under threshold 4');
  assert.equal(g.nilai[0].rata_rata, 2.5);
  assert.deepEqual(g.komentar, ['dua', 'empat', 'satu', 'tiga']);
});

let round5;

test('the 1-5 scale maps 1-2 onto Di Bawah, 3 onto Sesuai and 4-5 onto Di Atas', async () => {
  const put = await admin.api('PUT', '/api/v1/360/pengaturan', { skala_360: '5', ambang_anonimitas: 3 });
  assert.equal(put.status, 200, put.text);
  assert.equal(put.json.skala_360, 5);
  const kept = await hr.api('GET', `/api/v1/360/putaran/${round4.id}`);
  assert.equal(kept.json.skala, 3, 'an open round changed its scale');
  assert.equal(kept.json.ambang, 4);
  round5 = await openRound(hr, cps['Triwulan III']);
  assert.equal(round5.skala, 5);
  const t = await taskFor(as.nur, round5.id, people.dewi.id);
  const form = await as.nur.api('GET', `/api/v1/360/tugas/${t.id}`);
  assert.deepEqual(form.json.pilihan.map((p) => [p.nilai, p.tingkat]),
    [[1, 'di_bawah'], [2, 'di_bawah'], [3, 'sesuai'], [4, 'di_atas'], [5, 'di_atas']]);
  assert.equal(form.json.perilaku.length, 7);
  assert.equal(form.json.perilaku[0].panduan.length, 3);
  const six = await as.nur.api('POST', `/api/v1/360/tugas/${t.id}/jawab`, answerBody([6, 3, 3, 3, 3, 3, 3]));
  assert.equal(six.status, 422, six.text);
  assert.equal(six.json.error.field, 'nilai.berorientasi_pelayanan');
  assert.match(six.json.error.message, /1 sampai 5/);
  await answer('nur', round5.id, 'dewi', [1, 2, 3, 4, 5, 5, 5]);
  await answer('achmad', round5.id, 'dewi', [3, 4, 3, 4, 5, 1, 5]);
  await answer('siti', round5.id, 'dewi', [5, 5, 3, 4, 5, 2, 5]);
  const open = await peerGroup(as.dewi, round5.id);
  assert.equal(open.ditampilkan, false, 'figures shown while the round is open');
});

test('reminders reach the raters who have not answered, on their home page', async () => {
  const refused = await as.dewi.api('POST', `/api/v1/360/putaran/${round5.id}/pengingat`);
  assert.equal(refused.status, 403, refused.text);
  const before = await as.samsul.get('/');
  assert.doesNotMatch(before.text, /Pengingat/);
  assert.match(pageText(before.text), /formulir umpan balik 360° menunggu Anda/);
  const r = await hr.api('POST', `/api/v1/360/putaran/${round5.id}/pengingat`);
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.diingatkan > 50, `${r.json.diingatkan} reminded`);
  const home = await as.samsul.get('/');
  assert.match(home.text, /Pengingat/);
  const t = await taskFor(as.samsul, round5.id, people.dewi.id);
  assert.ok(home.text.includes(`/360/tugas/${t.id}`), 'the home page links the form');
  assert.ok(t.diingatkan, 'the waiting form is marked reminded');
  const done = await taskFor(as.nur, round5.id, people.dewi.id);
  assert.equal(done.diingatkan, null, 'an answered form was reminded');
  const audit = await auditLatest(admin, `&entitas=round360&id=${round5.id}`, 1);
  assert.equal(audit[0].aksi, 'pengingat');
});

test('a rater answers and declines through the page, without JavaScript', async () => {
  const t = await taskFor(as.samsul, round5.id, people.dewi.id);
  const page = await as.samsul.get(`/360/tugas/${t.id}`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /Dewi Handayani/);
  assert.match(text, /Memahami dan memenuhi kebutuhan masyarakat/);
  for (const code of VALUE_CODES) {
    assert.equal((page.text.match(new RegExp(`type="radio" name="nilai\\.${code}"`, 'g')) || []).length, 5, code);
  }
  const fields = Object.fromEntries(VALUE_CODES.map((c) => [`nilai.${c}`, '4']));
  const missing = { ...fields, komentar: 'Ramah' };
  delete missing['nilai.kompeten'];
  const bad = await as.samsul.postForm(`/360/tugas/${t.id}/jawab`, missing);
  assert.equal(bad.status, 422, bad.text.slice(0, 300));
  assert.match(pageText(bad.text), /Nilai Kompeten wajib diisi/);
  assert.match(bad.text, /value="4" required checked/, 'the choices made were lost');
  assert.match(bad.text, /id="galat-jawaban"[\s\S]*?<a [^>]*href="#nilai-kompeten">Nilai Kompeten wajib diisi<\/a>/,
    'the summary at the top links to the value');
  const ok = await as.samsul.postForm(`/360/tugas/${t.id}/jawab`, { ...fields, komentar: 'Ramah' });
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  assert.equal(ok.location, `/360?pesan=dijawab&tugas=${t.id}`);
  const sent = await as.samsul.get(ok.location);
  assert.match(pageText(sent.text), /Jawaban Anda untuk Dewi Handayani\S* telah dikirim\./);
  assert.doesNotMatch(pageText(sent.text), /Perubahan telah disimpan/);
  const elsewhere = await as.halimah.get(ok.location);
  assert.doesNotMatch(pageText(elsewhere.text), /Dewi Handayani\S* telah dikirim/,
    'another rater\'s form is not named from the address');
  assert.equal((await taskFor(as.samsul, round5.id, people.dewi.id)).status, 'dijawab');
  const again = await as.samsul.get(`/360/tugas/${t.id}`);
  assert.match(pageText(again.text), /Jawaban Anda/);

  const d = await taskFor(as.halimah, round5.id, people.dewi.id);
  const empty = await as.halimah.postForm(`/360/tugas/${d.id}/tolak`, { alasan: ' ' });
  assert.equal(empty.status, 422);
  assert.match(pageText(empty.text), /Alasan menolak wajib diisi/);
  const declined = await as.halimah.postForm(`/360/tugas/${d.id}/tolak`, { alasan: 'Cuti panjang' });
  assert.equal(declined.status, 303);
  assert.equal(declined.location, `/360?pesan=ditolak&tugas=${d.id}`);
  assert.match(pageText((await as.halimah.get(declined.location)).text),
    /Penugasan menilai Dewi Handayani\S* telah Anda tolak; alasannya dikirim kepada pengelola kinerja\./);
  const other = await as.dewi.get(`/360/tugas/${d.id}`);
  assert.equal(other.status, 403, 'someone else opens the form');
  const list = await as.samsul.get('/360');
  assert.equal(list.status, 200);
  assert.match(pageText(list.text), /Formulir yang perlu Anda isi/);
});

test('once the 1-5 round is closed its figures show on that scale', async () => {
  await closeRound(round5.id);
  // Nur 1,2,3,4,5,5,5; Achmad 3,4,3,4,5,1,5; Siti 5,5,3,4,5,2,5; Samsul all 4 (Halimah declined)
  const g = await peerGroup(as.dewi, round5.id);
  assert.equal(g.ditampilkan, true);
  assert.equal(g.jawaban, 4);
  const v = Object.fromEntries(g.nilai.map((x) => [x.kode, x]));
  assert.deepEqual(v.berorientasi_pelayanan.tingkat, { di_bawah: 1, sesuai: 1, di_atas: 2 });
  assert.equal(v.berorientasi_pelayanan.rata_rata, 3.25);
  assert.deepEqual(v.akuntabel.tingkat, { di_bawah: 1, sesuai: 0, di_atas: 3 });
  assert.equal(v.akuntabel.rata_rata, 3.75);
  assert.deepEqual(v.kompeten.tingkat, { di_bawah: 0, sesuai: 3, di_atas: 1 });
  assert.deepEqual(v.adaptif.tingkat, { di_bawah: 2, sesuai: 0, di_atas: 2 });
  assert.equal(v.kolaboratif.rata_rata, 4.75);
  const page = await as.dewi.get(`/360/hasil/${round5.id}`);
  assert.match(pageText(page.text), /Rata-rata \(1–5\)/);
});

test('HR manage rounds and rater lists on the pages; auditors only read them', async () => {
  assert.equal((await as.dewi.get('/360/putaran')).status, 403);
  const rounds = await hr.get('/360/putaran');
  assert.equal(rounds.status, 200);
  assert.match(pageText(rounds.text), /Buka putaran/);
  const open = await hr.postForm('/360/putaran', { checkpoint_id: cps['Triwulan II'], tutup_pada: dayFromToday(7), nama: 'Putaran uji' });
  assert.equal(open.status, 303, open.text.slice(0, 500));
  const id = Number(/\/360\/putaran\/(\d+)/.exec(open.location)[1]);
  const badOpen = await hr.postForm('/360/putaran', { checkpoint_id: cps['Triwulan I'], tutup_pada: '2001-01-01' });
  assert.equal(badOpen.status, 422);
  assert.match(pageText(badOpen.text), /Tanggal tutup tidak boleh sebelum hari ini/);

  const view = await hr.get(`/360/putaran/${id}`);
  assert.match(pageText(view.text), /Seksi Pelayanan/);
  const withList = await hr.get(`/360/putaran/${id}?pegawai=${people.dewi.id}`);
  assert.match(pageText(withList.text), /Penilai untuk Dewi Handayani/);
  assert.match(pageText(withList.text), /Nur Retno Astuti/);
  const add = await hr.postForm(`/360/putaran/${id}/penilai`, { pegawai: people.dewi.id, nip: nipGrouped(SUKRI), kelompok: 'rekan' });
  assert.equal(add.status, 303, add.text.slice(0, 500));
  const added = (await raterList(hr, id, people.dewi.id)).find((a) => a.penilai.id === people.sukri.id);
  assert.equal(added.sumber, 'manual');
  const dup = await hr.postForm(`/360/putaran/${id}/penilai`, { pegawai: people.dewi.id, nip: SUKRI, kelompok: 'rekan' });
  assert.equal(dup.status, 409);
  assert.match(pageText(dup.text), /sudah menjadi penilai/);
  const unknown = await hr.postForm(`/360/putaran/${id}/penilai`, { pegawai: people.dewi.id, nip: '199901012020011999', kelompok: 'rekan' });
  assert.equal(unknown.status, 422);
  assert.match(pageText(unknown.text), /tidak ditemukan/);
  const del = await hr.postForm(`/360/penilai/${added.id}/hapus`, {});
  assert.equal(del.status, 303);
  assert.ok(!(await raterList(hr, id, people.dewi.id)).some((a) => a.penilai.id === people.sukri.id));

  const remind = await hr.postForm(`/360/putaran/${id}/pengingat`, {});
  assert.equal(remind.status, 303);
  assert.match(pageText((await hr.get(remind.location)).text), /Pengingat dikirim untuk \d+ penugasan/);
  const close = await hr.postForm(`/360/putaran/${id}/tutup`, {});
  assert.equal(close.status, 303);
  assert.equal((await hr.api('GET', `/api/v1/360/putaran/${id}`)).json.status, 'ditutup');

  const audited = await auditor.get(`/360/putaran/${round5.id}?pegawai=${people.dewi.id}`);
  assert.equal(audited.status, 200);
  assert.doesNotMatch(audited.text, /Tambah penilai|Kirim pengingat|Buka putaran/);
  assert.equal((await auditor.postForm(`/360/putaran/${round5.id}/pengingat`, {})).status, 403);
});

test('the settings page is the administrator\'s and refuses a threshold below 3', async () => {
  assert.equal((await hr.get('/360/pengaturan')).status, 403);
  const page = await admin.get('/360/pengaturan');
  assert.equal(page.status, 200);
  assert.match(pageText(page.text), /Ambang anonimitas/);
  const bad = await admin.postForm('/360/pengaturan', { skala_360: '3', ambang_anonimitas: '2' });
  assert.equal(bad.status, 422);
  assert.match(pageText(bad.text), /Ambang anonimitas harus 3/);
  const ok = await admin.postForm('/360/pengaturan', { skala_360: '3', ambang_anonimitas: '5' });
  assert.equal(ok.status, 303);
  const now = await admin.api('GET', '/api/v1/360/pengaturan');
  assert.deepEqual([now.json.skala_360, now.json.ambang_anonimitas], [3, 5]);
  const nav = await as.dewi.get('/');
  assert.match(nav.text, /href="\/360"/, 'no 360° entry in the menu');
});
