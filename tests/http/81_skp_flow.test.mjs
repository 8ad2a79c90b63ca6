// The planning flow over the API and the pages, on the demo office's open
// 2026 period: a new pelaksana of Seksi Pelayanan drafts an SKP whose RHK
// points at the Kepala Seksi's RHK, with two IKI; submits it; the Kepala
// Seksi (the demo "pejabat") returns it with a note; it is revised and
// resubmitted and approved; the cascade shows the link; a perubahan (ubah)
// keeps the approved version in the history and needs approval again; the
// superior hands a result down; and an employee copies last period's SKP
// into the next one.  The tests run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount, auditLatest, freshNip } from './util.mjs';
import {
  act, actOk, addEmployee, addPosition, assertPlanUnchanged, getSkp, history, loginNip, pageText,
  planSnapshot, skpOfNip, storedSkp,
} from './plan_util.mjs';

let server;
let admin;
let pejabat;          // Hosniyah Pratiwi, Kepala Seksi Pelayanan
let pegawai;          // Dewi Handayani, a pelaksana of Seksi Pelayanan (approved SKP)
let camat;
let rina;             // the new pelaksana: { employee, client }
let bayu;             // a second new pelaksana, without an SKP
const ids = {};
const NOTE = 'Target IKI 1 terlalu rendah; sesuaikan dengan jumlah permohonan tahun lalu';

/** WIB date today, YYYY-MM-DD. */
function todayWib() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  camat = await loginAs(server, 'camat');
  const sup = await skpOfNip(admin, server.accounts.pejabat.login);
  ids.pejabatEmployee = sup.employee.id;
  ids.pejabatSkp = sup.skp.id;
  const full = await getSkp(admin, sup.skp.id);
  ids.supRhk = full.hasil_kerja.filter((r) => r.jenis === 'utama');
  assert.ok(ids.supRhk.length >= 2, 'the Kepala Seksi has at least two utama RHK');
  ids.unitYan = (await admin.api('GET', '/api/v1/unit')).json.items.find((u) => u.code === 'ASM-YAN').id;
  await addPosition(admin, 'ASM-YAN-P07', 'Pengadministrasi Perizinan', 'pelaksana', 'ASM-YAN', 'ASM-YAN-KA');
  await addPosition(admin, 'ASM-YAN-P08', 'Pengolah Data Pelayanan', 'pelaksana', 'ASM-YAN', 'ASM-YAN-KA');
  rina = await addEmployee(server, admin,
    { nip: freshNip(1, 5), nama: 'Rina Kusumawati', unit: 'ASM-YAN', jabatan: 'ASM-YAN-P07' });
  bayu = await addEmployee(server, admin,
    { nip: freshNip(2, 5), nama: 'Bayu Prasetyo', unit: 'ASM-YAN', jabatan: 'ASM-YAN-P08' });
});

after(async () => {
  await server?.stop();
});

test('the demo inboxes: a returned SKP and a waiting one, late once the due date has passed', async () => {
  // Sukri Kurniawan (ASM-PEM-P02) was returned by his Kepala Seksi, Sugeng Zainuddin
  const sugeng = await loginNip(server, '197808212006081002');
  const inbox = await sugeng.api('GET', '/api/v1/skp/masuk');
  assert.equal(inbox.status, 200, inbox.text);
  const sukri = inbox.json.items.find((i) => i.nama === 'Sukri Kurniawan');
  assert.ok(sukri, 'his returned SKP is in the inbox');
  assert.equal(sukri.status, 'dikembalikan');
  assert.equal(sukri.terlambat, todayWib() > '2026-01-31');
  assert.equal(inbox.json.items[0].id, sukri.id, 'nothing waits, so the returned SKP comes first');
  assert.ok(inbox.json.items.slice(1).every((i) => i.status === 'disetujui' && !i.terlambat));
  const returned = await getSkp(sugeng, sukri.id);
  assert.match(returned.catatan_pengembalian, /Target IKI belum terukur/);
  const page = pageText((await sugeng.get('/skp/masuk')).text);
  assert.match(page, /Sukri Kurniawan.*Dikembalikan/);
  if (todayWib() > '2026-01-31') assert.match(page, /Sukri Kurniawan.*Terlambat/);
  // the demo pejabat has Achmad's SKP waiting
  const mine = (await pejabat.api('GET', '/api/v1/skp/masuk')).json.items;
  assert.equal(mine[0].nama, 'Achmad Priyo Zainuddin');
  assert.equal(mine[0].status, 'diajukan');
});

test('a new pelaksana has no SKP yet and is in the superior\'s inbox as "Belum dibuat"', async () => {
  const mine = await rina.client.api('GET', '/api/v1/skp');
  assert.equal(mine.status, 200, mine.text);
  assert.equal(mine.json.total, 0);
  assert.deepEqual(mine.json.items, []);
  const inbox = await pejabat.api('GET', '/api/v1/skp/masuk');
  assert.equal(inbox.status, 200, inbox.text);
  const row = inbox.json.items.find((i) => i.pegawai_id === rina.employee.id);
  assert.ok(row, 'the new subordinate is in the inbox');
  assert.equal(row.id, null);
  assert.equal(row.status, '');
  assert.equal(row.status_label, 'Belum dibuat');
  assert.equal(row.nama, 'Rina Kusumawati');
  const page = await pejabat.get('/skp/masuk');
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /Rina Kusumawati/);
  assert.match(text, /Belum dibuat/);
});

test('the pelaksana drafts an SKP: draft, the whole period, their pejabat penilai, the seven BerAKHLAK values', async () => {
  const audit0 = await auditCount(admin);
  const r = await rina.client.api('POST', '/api/v1/skp', {});
  assert.equal(r.status, 201, r.text);
  const s = r.json;
  ids.skp = s.id;
  assert.equal(s.status, 'draft');
  assert.equal(s.status_label, 'Draf');
  assert.equal(s.bulan_awal, 1);
  assert.equal(s.bulan_akhir, 12);
  assert.equal(s.pendekatan, 'kuantitatif');
  assert.equal(s.revisi, 0);
  assert.equal(s.header_beku, null);
  assert.equal(s.periode.nama, 'Tahun 2026');
  assert.equal(s.periode.status, 'terbuka');
  assert.equal(s.pegawai.id, rina.employee.id);
  assert.equal(s.pejabat_penilai.id, ids.pejabatEmployee);
  assert.match(s.pejabat_penilai.nama, /Hosniyah Pratiwi/);
  assert.deepEqual(s.hasil_kerja, []);
  assert.deepEqual(s.perilaku.map((p) => p.kode), ['berorientasi_pelayanan', 'akuntabel', 'kompeten',
    'harmonis', 'loyal', 'adaptif', 'kolaboratif']);
  for (const p of s.perilaku) {
    assert.equal(p.panduan.length, 3, `${p.kode} has three guides`);
    assert.equal(p.ekspektasi, '');
  }
  assert.ok(s.aksi_tersedia.includes('ajukan'), s.aksi_tersedia.join());
  assert.ok(s.aksi_tersedia.includes('ubah_isi'), s.aksi_tersedia.join());
  assert.ok(!s.aksi_tersedia.includes('setujui'), s.aksi_tersedia.join());
  assert.equal(await auditCount(admin), audit0 + 1, 'creating the SKP is one audit entry');
  const [entry] = await auditLatest(admin, '&entitas=skp', 1);
  assert.equal(entry.aksi, 'create');
  assert.equal(entry.entitas_id, s.id);
  assert.equal(entry.login, rina.employee.nip);
  // the SKP is listed as the owner's own
  const mine = await rina.client.api('GET', '/api/v1/skp');
  assert.deepEqual(mine.json.items.map((i) => i.id), [s.id]);
});

test('an RHK pointing at the superior\'s RHK, with two IKI (a value and a range)', async () => {
  const sup = ids.supRhk[0];
  const r = await rina.client.api('POST', `/api/v1/skp/${ids.skp}/rhk`,
    { teks: 'Terverifikasinya berkas permohonan izin usaha mikro', rhk_atasan_id: sup.id });
  assert.equal(r.status, 201, r.text);
  ids.rhk = r.json.id;
  assert.equal(r.json.jenis, 'utama');
  assert.equal(r.json.nomor, 1);
  assert.equal(r.json.rhk_atasan_id, sup.id);
  assert.equal(r.json.rhk_atasan_teks, sup.teks);
  assert.equal(r.json.usulan_atasan, false);

  const k1 = await rina.client.api('POST', `/api/v1/rhk/${ids.rhk}/iki`,
    { teks: 'Jumlah berkas yang diverifikasi', aspek: 'kuantitas', target_min: 600, satuan: 'berkas' });
  assert.equal(k1.status, 201, k1.text);
  ids.iki1 = k1.json.id;
  assert.equal(k1.json.target_min, '600');
  assert.equal(k1.json.target_max, '');
  assert.equal(k1.json.arah, 'naik');
  const k2 = await rina.client.api('POST', `/api/v1/rhk/${ids.rhk}/iki`,
    { teks: 'Berkas diverifikasi paling lambat 1 hari kerja', aspek: 'waktu', target_min: '90',
      target_max: '99,5', satuan: '%' });
  assert.equal(k2.status, 201, k2.text);
  assert.equal(k2.json.nomor, 2);
  assert.equal(k2.json.target_min, '90');
  assert.equal(k2.json.target_max, '99.5', '"99,5" is read as 99.5');

  const lamp = await rina.client.api('POST', `/api/v1/skp/${ids.skp}/lampiran`,
    { jenis: 'dukungan_sumber_daya', teks: 'Akses aplikasi perizinan OSS' });
  assert.equal(lamp.status, 201, lamp.text);

  const s = await getSkp(rina.client, ids.skp);
  assert.equal(s.hasil_kerja.length, 1);
  assert.deepEqual(s.hasil_kerja[0].iki.map((k) => [k.teks, k.aspek, k.target_min, k.target_max, k.satuan]), [
    ['Jumlah berkas yang diverifikasi', 'kuantitas', '600', '', 'berkas'],
    ['Berkas diverifikasi paling lambat 1 hari kerja', 'waktu', '90', '99.5', '%'],
  ]);
  assert.deepEqual(s.lampiran.dukungan_sumber_daya.map((l) => l.teks), ['Akses aplikasi perizinan OSS']);
  // the owner's page shows the result, the superior's result and the indicators
  const page = await rina.client.get(`/skp/${ids.skp}`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.ok(text.includes('Terverifikasinya berkas permohonan izin usaha mikro'));
  assert.ok(text.includes(sup.teks), 'the page shows the superior\'s RHK');
  assert.ok(text.includes('Berkas diverifikasi paling lambat 1 hari kerja'));
});

test('submitting sends it to the pejabat penilai: waiting (and late) in the inbox, first in the list', async () => {
  const s = await actOk(rina.client, ids.skp, 'ajukan', 'diajukan');
  assert.ok(s.diajukan, 'the submission time is set');
  assert.ok(!s.aksi_tersedia.includes('ubah_isi'), 'a submitted SKP is not editable');
  assert.ok(s.aksi_tersedia.includes('tarik'));
  const seen = await getSkp(pejabat, ids.skp);
  for (const a of ['setujui', 'kembalikan', 'ubah_ekspektasi']) assert.ok(seen.aksi_tersedia.includes(a), a);
  assert.ok(!seen.aksi_tersedia.includes('ubah_isi'), 'the assessor may not edit the content');

  const inbox = await pejabat.api('GET', '/api/v1/skp/masuk');
  assert.equal(inbox.status, 200);
  const items = inbox.json.items;
  const row = items.find((i) => i.id === ids.skp);
  assert.ok(row, 'the submitted SKP is in the inbox');
  assert.equal(row.status, 'diajukan');
  assert.equal(row.jumlah_rhk, 1);
  assert.equal(row.terlambat, todayWib() > '2026-01-31', 'late once the period\'s batas_rencana has passed');
  const firstOther = items.findIndex((i) => i.status !== 'diajukan');
  const lastWaiting = items.map((i) => i.status).lastIndexOf('diajukan');
  assert.ok(firstOther < 0 || lastWaiting < firstOther, 'waiting SKPs come first');
  // the demo's own waiting SKP (Achmad, ASM-YAN-P03) is there too
  assert.ok(items.some((i) => i.nama === 'Achmad Priyo Zainuddin' && i.status === 'diajukan'));
  const waiting = await pejabat.api('GET', '/api/v1/skp?bawahan=1&status=diajukan');
  assert.equal(waiting.status, 200);
  assert.ok(waiting.json.items.some((i) => i.id === ids.skp));
  assert.ok(waiting.json.items.every((i) => i.status === 'diajukan' && i.pejabat_penilai_id === ids.pejabatEmployee));

  const page = pageText((await pejabat.get('/skp/masuk')).text);
  assert.match(page, /Rina Kusumawati.*Menunggu persetujuan/);
});

test('the pejabat penilai returns it with a note; the owner sees the note and may edit again', async () => {
  const s = await actOk(pejabat, ids.skp, 'kembalikan', 'dikembalikan', NOTE);
  assert.equal(s.catatan_pengembalian, NOTE);
  const own = await getSkp(rina.client, ids.skp);
  assert.equal(own.catatan_pengembalian, NOTE);
  assert.ok(own.aksi_tersedia.includes('ubah_isi'));
  assert.ok(own.aksi_tersedia.includes('ajukan'));
  const page = await rina.client.get(`/skp/${ids.skp}`);
  assert.ok(pageText(page.text).includes(NOTE), 'the owner\'s page shows the note');
  const inbox = await pejabat.api('GET', '/api/v1/skp/masuk');
  assert.equal(inbox.json.items.find((i) => i.id === ids.skp).status, 'dikembalikan');
  assert.match(pageText((await pejabat.get('/skp/masuk')).text), /Rina Kusumawati.*Dikembalikan/);
});

test('the owner revises and resubmits; the pejabat penilai approves; the header is frozen', async () => {
  const put = await rina.client.api('PUT', `/api/v1/iki/${ids.iki1}`, { target_min: 750 });
  assert.equal(put.status, 200, put.text);
  assert.equal(put.json.target_min, '750');
  assert.equal(put.json.teks, 'Jumlah berkas yang diverifikasi', 'fields not sent keep their value');
  await actOk(rina.client, ids.skp, 'ajukan', 'diajukan');
  const s = await actOk(pejabat, ids.skp, 'setujui', 'disetujui');
  assert.ok(s.disetujui);
  assert.equal(s.revisi, 0);
  assert.equal(s.catatan_pengembalian, '', 'the note is cleared on approval');
  assert.ok(s.header_beku, 'the header is frozen at approval');
  assert.match(s.header_beku.employee.name, /Rina Kusumawati/);
  assert.equal(s.header_beku.employee.nip, rina.employee.nip);
  assert.match(s.header_beku.assessor.name, /Hosniyah Pratiwi/);
  assert.equal(s.header_beku.employee.position, 'Pengadministrasi Perizinan');
  const own = await getSkp(rina.client, ids.skp);
  assert.deepEqual(own.aksi_tersedia, ['ubah'], 'an approved SKP: only a perubahan');
  assert.equal(own.hasil_kerja[0].iki[0].target_min, '750');
});

test('the history lists every step in order, with who took it and the note', async () => {
  const items = await history(rina.client, ids.skp);
  assert.deepEqual(items.map((i) => i.aksi), ['ajukan', 'kembalikan', 'ajukan', 'setujui']);
  const pj = server.accounts.pejabat.login;
  assert.deepEqual(items.map((i) => i.login), [rina.employee.nip, pj, rina.employee.nip, pj]);
  assert.equal(items[1].catatan, NOTE);
  assert.equal(items[1].nama, 'Hosniyah Pratiwi');
  assert.deepEqual(items.map((i) => i.ada_snapshot), [false, false, false, true]);
  // the assessor reads the same history; the audit trail holds the steps
  assert.deepEqual((await history(pejabat, ids.skp)).map((i) => i.id), items.map((i) => i.id));
  const audit = await auditLatest(admin, `&entitas=skp&id=${ids.skp}`, 20);
  assert.deepEqual(audit.map((a) => a.aksi).reverse(), ['create', 'update', 'ajukan', 'kembalikan', 'ajukan', 'setujui']);
  const page = pageText((await rina.client.get(`/skp/${ids.skp}`)).text);
  assert.ok(page.includes(NOTE), 'the page\'s history shows the note');
});

test('the cascade shows the new RHK under the superior\'s RHK, in the API and on the page', async () => {
  const sup = ids.supRhk[0];
  for (const q of ['', `?unit=${ids.unitYan}`]) {
    const r = await pegawai.api('GET', `/api/v1/kaskade${q}`);
    assert.equal(r.status, 200, r.text);
    const items = r.json.items;
    const at = items.findIndex((i) => i.kunci === ids.rhk);
    const parentAt = items.findIndex((i) => i.kunci === sup.id);
    assert.ok(at >= 0 && parentAt >= 0, `kaskade${q} holds both RHK`);
    assert.ok(parentAt < at, 'the parent comes before the child');
    const node = items[at];
    assert.equal(node.induk, sup.id);
    assert.equal(node.kedalaman, items[parentAt].kedalaman + 1);
    assert.equal(node.nama, 'Rina Kusumawati');
    assert.equal(node.status, 'disetujui');
    assert.equal(node.sasaran, false);
    assert.equal(node.tanpa_induk, false);
    assert.ok(!r.json.rhk_tanpa_induk.includes(ids.rhk));
    // the chain goes up to an organisation goal
    let cur = node;
    for (let guard = 0; cur.induk !== null && guard < 10; guard++) cur = items.find((i) => i.kunci === cur.induk);
    assert.equal(cur.sasaran, true, 'the top of the chain is a goal');
  }
  const page = await pegawai.get(`/kaskade?unit=${ids.unitYan}`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.ok(text.includes('Terverifikasinya berkas permohonan izin usaha mikro'));
  assert.ok(text.includes('Rina Kusumawati'));
  assert.ok(text.includes(sup.teks));
  const whole = pageText((await pegawai.get('/kaskade')).text);
  assert.ok(whole.includes('Rina Kusumawati'));
});

test('a perubahan (ubah) keeps the approved version in the history and needs approval again', async () => {
  const before = await getSkp(rina.client, ids.skp);
  const draft = await actOk(rina.client, ids.skp, 'ubah', 'draft');
  assert.equal(draft.revisi, 0, 'not a revision until approved');
  assert.ok(draft.header_beku, 'the last approved header is kept');
  assert.equal(draft.hasil_kerja[0].teks, before.hasil_kerja[0].teks);
  let items = await history(rina.client, ids.skp);
  assert.equal(items.at(-1).aksi, 'ubah');
  assert.equal(items.at(-1).ada_snapshot, true, 'the approved content is kept with the step');
  // the assessor cannot approve a draft
  const early = await act(pejabat, ids.skp, 'setujui');
  assert.equal(early.status, 409, early.text);
  assert.equal(early.json.error.field, 'aksi');
  // the owner changes the content, submits; the assessor approves again
  const put = await rina.client.api('PUT', `/api/v1/rhk/${ids.rhk}`,
    { teks: 'Terverifikasinya berkas permohonan izin usaha mikro dan kecil' });
  assert.equal(put.status, 200, put.text);
  assert.equal(put.json.rhk_atasan_id, ids.supRhk[0].id, 'the link is kept');
  await actOk(rina.client, ids.skp, 'ajukan', 'diajukan');
  const ok = await actOk(pejabat, ids.skp, 'setujui', 'disetujui');
  assert.equal(ok.revisi, 1);
  assert.equal(ok.header_beku.revision, 1);
  assert.equal(ok.hasil_kerja[0].teks, 'Terverifikasinya berkas permohonan izin usaha mikro dan kecil');
  items = await history(rina.client, ids.skp);
  assert.deepEqual(items.slice(-4).map((i) => i.aksi), ['setujui', 'ubah', 'ajukan', 'setujui']);
  assert.equal(items.filter((i) => i.ada_snapshot).length, 3);
  const line = (await pejabat.api('GET', '/api/v1/skp/masuk')).json.items.find((i) => i.id === ids.skp);
  assert.equal(line.revisi, 1);
  assert.equal(line.terlambat, false, 'an approved SKP is never late');
});

test('the superior hands a result down to chosen subordinates as a proposed RHK', async () => {
  const sup = ids.supRhk[1];
  // Rina's SKP is approved: the whole request is refused and nothing is written
  const before0 = await planSnapshot(admin, [ids.skp]);
  const refused = await pejabat.api('POST', `/api/v1/rhk/${sup.id}/turunkan`,
    { pegawai: [bayu.employee.id, rina.employee.id] });
  assert.equal(refused.status, 409, refused.text);
  assert.equal(refused.json.error.field, 'pegawai');
  await assertPlanUnchanged(admin, before0, 'a hand-down to an approved SKP');
  assert.equal((await bayu.client.api('GET', '/api/v1/skp')).json.total, 0, 'no SKP was made for Bayu');
  // someone who is not a direct subordinate (a pelaksana of Seksi Pemerintahan)
  const other = (await admin.api('GET', '/api/v1/pegawai?q=199307182021022126')).json.items[0];
  const notMine = await pejabat.api('POST', `/api/v1/rhk/${sup.id}/turunkan`, { pegawai: [other.id] });
  assert.equal(notMine.status, 422, notMine.text);
  assert.equal(notMine.json.error.field, 'pegawai');
  const empty = await pejabat.api('POST', `/api/v1/rhk/${sup.id}/turunkan`, { pegawai: [] });
  assert.equal(empty.status, 422, empty.text);
  assert.equal(empty.json.error.field, 'pegawai');
  const notOwner = await camat.api('POST', `/api/v1/rhk/${sup.id}/turunkan`, { pegawai: [bayu.employee.id] });
  assert.equal(notOwner.status, 403, notOwner.text);
  await assertPlanUnchanged(admin, before0, 'the refused hand-downs');

  // Bayu has no SKP: a draft is made for him with the proposed RHK
  const ok = await pejabat.api('POST', `/api/v1/rhk/${sup.id}/turunkan`, { pegawai: [bayu.employee.id] });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.diterima, 1);
  const list = await bayu.client.api('GET', '/api/v1/skp');
  assert.equal(list.json.total, 1);
  const s = await getSkp(bayu.client, list.json.items[0].id);
  assert.equal(s.status, 'draft');
  assert.equal(s.pejabat_penilai.id, ids.pejabatEmployee);
  assert.equal(s.hasil_kerja.length, 1);
  const h = s.hasil_kerja[0];
  assert.equal(h.jenis, 'utama');
  assert.equal(h.rhk_atasan_id, sup.id);
  assert.equal(h.teks, sup.teks);
  assert.equal(h.usulan_atasan, true);
  // a second result handed down to his draft is added to it
  const again = await pejabat.api('POST', `/api/v1/rhk/${ids.supRhk[0].id}/turunkan`, { pegawai: [bayu.employee.id] });
  assert.equal(again.status, 200, again.text);
  const s2 = await getSkp(bayu.client, s.id);
  assert.deepEqual(s2.hasil_kerja.map((r) => [r.nomor, r.rhk_atasan_id, r.usulan_atasan]),
    [[1, sup.id, true], [2, ids.supRhk[0].id, true]]);
  // once he edits the proposal it is his own
  const edit = await bayu.client.api('PUT', `/api/v1/rhk/${h.id}`, { teks: 'Terlayaninya konsultasi perizinan di loket' });
  assert.equal(edit.status, 200, edit.text);
  assert.equal(edit.json.usulan_atasan, false);
  assert.equal(edit.json.rhk_atasan_id, sup.id);
});

test('a change of position mid-period: a second SKP takes the months not yet covered', async () => {
  const first = (await bayu.client.api('GET', '/api/v1/skp')).json.items[0];
  const cur = await getSkp(bayu.client, first.id);
  const cut = await bayu.client.api('PUT', `/api/v1/skp/${first.id}`, { bulan_akhir: 6, version: cur.version });
  assert.equal(cut.status, 200, cut.text);
  assert.deepEqual([cut.json.bulan_awal, cut.json.bulan_akhir], [1, 6]);
  // he moves to a vacant post of Seksi Ketenteraman dan Ketertiban Umum in July
  const emp = (await admin.api('GET', `/api/v1/pegawai/${bayu.employee.id}`)).json;
  const move = await admin.api('PUT', `/api/v1/pegawai/${emp.id}`,
    { kode_unit: 'ASM-TRANTIB', kode_jabatan: 'ASM-TRANTIB-P05', version: emp.version });
  assert.equal(move.status, 200, move.text);
  const r = await bayu.client.api('POST', '/api/v1/skp', {});
  assert.equal(r.status, 201, r.text);
  assert.deepEqual([r.json.bulan_awal, r.json.bulan_akhir], [7, 12], 'the months not yet covered');
  assert.equal(r.json.pegawai.jabatan, 'Pengelola Penanggulangan Bencana');
  assert.notEqual(r.json.pejabat_penilai.id, ids.pejabatEmployee, 'the new post has another pejabat penilai');
  assert.match(r.json.pejabat_penilai.jabatan, /Ketenteraman/);
  const list = await bayu.client.api('GET', '/api/v1/skp');
  assert.deepEqual(list.json.items.map((i) => [i.bulan_awal, i.bulan_akhir]), [[1, 6], [7, 12]]);
  // the first SKP keeps its post and pejabat penilai: its results still
  // point at the former superior's, and it is submitted to them
  const old = await getSkp(bayu.client, first.id);
  assert.equal(old.pejabat_penilai.id, ids.pejabatEmployee);
  for (const h of old.hasil_kerja) {
    const k = await bayu.client.api('POST', `/api/v1/rhk/${h.id}/iki`, { teks: 'Jumlah pemohon yang dilayani', target_min: 300 });
    assert.equal(k.status, 201, k.text);
  }
  const relink = await bayu.client.api('POST', `/api/v1/skp/${first.id}/rhk`,
    { teks: 'Terolahnya data pelayanan semester I', rhk_atasan_id: ids.supRhk[2].id });
  assert.equal(relink.status, 201, relink.text);
  assert.equal((await bayu.client.api('POST', `/api/v1/rhk/${relink.json.id}/iki`,
    { teks: 'Jumlah data yang diolah', target_min: 120 })).status, 201);
  const sent = await actOk(bayu.client, first.id, 'ajukan', 'diajukan');
  assert.equal(sent.pejabat_penilai.id, ids.pejabatEmployee, 'submitted to the superior of the post it covers');
  // the superior of his new post is not the pejabat penilai of the old one
  const newBoss = await loginNip(server, r.json.pejabat_penilai.nip);
  const wrong = await act(newBoss, first.id, 'setujui', undefined, admin);
  assert.equal(wrong.status, 403, wrong.text);
  const done = await actOk(pejabat, first.id, 'setujui', 'disetujui');
  assert.equal(done.header_beku.employee.position, 'Pengolah Data Pelayanan', 'the post the SKP covers');
  assert.match(done.header_beku.assessor.name, /Hosniyah Pratiwi/);
  // every month is covered now: a third SKP has no months left
  const before0 = await planSnapshot(admin, [first.id, r.json.id]);
  const third = await bayu.client.api('POST', '/api/v1/skp', {});
  assert.equal(third.status, 409, third.text);
  assert.equal(third.json.error.field, 'bulan_awal');
  const overlap = await bayu.client.api('POST', '/api/v1/skp', { bulan_awal: 6, bulan_akhir: 8 });
  assert.equal(overlap.status, 409, overlap.text);
  await assertPlanUnchanged(admin, before0, 'SKPs over months already covered');
});

test('an employee copies last period\'s SKP into the next period', async () => {
  const mine = await skpOfNip(admin, server.accounts.pegawai.login);
  const src = await storedSkp(admin, mine.skp.id);
  const peer = await skpOfNip(admin, '198803022014112370');
  const p = await admin.api('POST', '/api/v1/periode', { nama: 'Tahun 2027', tahun: 2027 });
  assert.equal(p.status, 201, p.text);
  // the period is not open yet: no copy
  const closed = await pegawai.api('POST', '/api/v1/skp', { periode: p.json.id, salin_dari: src.id });
  assert.equal(closed.status, 409, closed.text);
  assert.equal(closed.json.error.field, 'periode');
  const open = await admin.api('POST', `/api/v1/periode/${p.json.id}/aksi`, { aksi: 'buka' });
  assert.equal(open.status, 200, open.text);

  // someone else's SKP, or one that does not exist, cannot be copied
  const before0 = await planSnapshot(admin, [src.id]);
  const theirs = await pegawai.api('POST', '/api/v1/skp', { periode: p.json.id, salin_dari: peer.skp.id });
  assert.equal(theirs.status, 403, theirs.text);
  assert.equal(theirs.json.error.field, 'salin_dari');
  const none = await pegawai.api('POST', '/api/v1/skp', { periode: p.json.id, salin_dari: 999999 });
  assert.equal(none.status, 404, none.text);
  assert.equal(none.json.error.field, 'salin_dari');
  await assertPlanUnchanged(admin, before0, 'the refused copies');

  const r = await pegawai.api('POST', '/api/v1/skp', { periode: p.json.id, salin_dari: src.id });
  assert.equal(r.status, 201, r.text);
  const copy = r.json;
  assert.notEqual(copy.id, src.id);
  assert.equal(copy.periode_id, p.json.id);
  assert.equal(copy.status, 'draft');
  assert.equal(copy.revisi, 0);
  assert.equal(copy.header_beku, null);
  assert.equal(copy.pendekatan, src.pendekatan);
  const shape = (s) => s.hasil_kerja.map((h) => ({
    jenis: h.jenis, nomor: h.nomor, teks: h.teks,
    iki: h.iki.map((k) => [k.teks, k.aspek, k.target_min, k.target_max, k.satuan, k.arah]),
  }));
  assert.deepEqual(shape(copy), shape(src), 'results and indicators are copied');
  assert.ok(copy.hasil_kerja.length >= 2);
  assert.deepEqual(copy.perilaku.map((v) => v.ekspektasi), src.perilaku.map((v) => v.ekspektasi));
  const texts = (l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, v.map((i) => i.teks)]));
  assert.deepEqual(texts(copy.lampiran), texts(src.lampiran));
  // the superior has no 2027 SKP yet: the links to 2026 results do not hold
  assert.ok(copy.hasil_kerja.every((h) => h.rhk_atasan_id === null));
  assert.deepEqual(await storedSkp(admin, src.id), src, 'the source SKP is unchanged');
  // a head's SKP carries lampiran: they are copied too
  const head = await storedSkp(admin, ids.pejabatSkp);
  assert.ok(Object.values(head.lampiran).some((l) => l.length), 'the Kepala Seksi\'s SKP has lampiran');
  const hc = await pejabat.api('POST', '/api/v1/skp', { periode: p.json.id, salin_dari: head.id });
  assert.equal(hc.status, 201, hc.text);
  assert.deepEqual(texts(hc.json.lampiran), texts(head.lampiran));
  assert.deepEqual(shape(hc.json), shape(head));
  // a second copy into the same months is refused
  const twice = await pegawai.api('POST', '/api/v1/skp', { periode: p.json.id, salin_dari: src.id });
  assert.equal(twice.status, 409, twice.text);
  assert.equal(twice.json.error.field, 'bulan_awal');
});
