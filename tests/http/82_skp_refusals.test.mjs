// Every refusal of the planning issue, over the API (a 4xx with
// error.field naming the request field) and where a page form exists over
// the page (the form shown again with the error), each checked to write
// nothing: the SKPs involved read back unchanged (version included), the
// number of SKPs is the same and the audit trail did not grow.
//
// Who is who (demo data): Aisyah Agustina (ASM-TRANTIB-P04) has a draft SKP;
// Achmad Priyo Zainuddin (ASM-YAN-P03) has one waiting for the demo
// "pejabat" (Kepala Seksi Pelayanan); the demo "pegawai" Dewi Handayani has
// an approved one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { freshNip } from './util.mjs';
import {
  act, addEmployee, addPosition, assertPlanUnchanged, getSkp, loginNip, pageText, planSnapshot,
  skpOfNip,
} from './plan_util.mjs';

const AISYAH = '198611202017042297';
const ACHMAD = '198502022007101388';
const SUGENG = '197808212006081002';     // Kepala Seksi Pemerintahan

let server;
let admin;
let pejabat;
let pegawai;
let camat;
let aisyah;
const ids = {};

/** The SKP and its RHK of the holder of position `code` (as admin). */
async function skpOfPost(code) {
  const r = await admin.api('GET', `/api/v1/pegawai?per_page=500`);
  const e = r.json.items.find((x) => x.kode_jabatan === code);
  assert.ok(e, `someone holds ${code}`);
  const { skp } = await skpOfNip(admin, e.nip);
  return { employee: e, skp: await getSkp(admin, skp.id) };
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  camat = await loginAs(server, 'camat');
  aisyah = await loginNip(server, AISYAH);
  const a = await skpOfNip(admin, AISYAH);
  assert.equal(a.skp.status, 'draft', 'Aisyah\'s demo SKP is a draft');
  ids.aisyahSkp = a.skp.id;
  const full = await getSkp(aisyah, a.skp.id);
  ids.aisyahRhk = full.hasil_kerja[0].id;
  ids.aisyahIki = full.hasil_kerja[0].iki[0].id;
  ids.aisyahParent = full.hasil_kerja[0].rhk_atasan_id;
  assert.ok(ids.aisyahParent, 'her first RHK points at her superior\'s');
  ids.camatRhk = (await skpOfPost('ASM-CAMAT')).skp.hasil_kerja[0].id;
  ids.peerRhk = (await skpOfPost('ASM-TRANTIB-P01')).skp.hasil_kerja[0].id;
  ids.otherHeadRhk = (await skpOfPost('ASM-YAN-KA')).skp.hasil_kerja[0].id;
  ids.achmadSkp = (await skpOfNip(admin, ACHMAD)).skp.id;
  ids.dewiSkp = (await skpOfNip(admin, server.accounts.pegawai.login)).skp.id;
  ids.pejabatSkp = (await skpOfNip(admin, server.accounts.pejabat.login)).skp.id;
});

after(async () => {
  await server?.stop();
});

test('an RHK pointing at an RHK that is not the superior\'s is refused on rhk_atasan_id', async () => {
  const before0 = await planSnapshot(admin, [ids.aisyahSkp]);
  const bad = {
    'the camat (her superior\'s superior)': ids.camatRhk,
    'a colleague': ids.peerRhk,
    'another seksi\'s head': ids.otherHeadRhk,
    'her own': ids.aisyahRhk,
    'no such RHK': 999999,
  };
  for (const [who, parent] of Object.entries(bad)) {
    const add = await aisyah.api('POST', `/api/v1/skp/${ids.aisyahSkp}/rhk`,
      { teks: 'Terlaksananya patroli malam', rhk_atasan_id: parent });
    assert.equal(add.status, 422, `${who}: ${add.text}`);
    assert.equal(add.json.error.field, 'rhk_atasan_id', who);
    const put = await aisyah.api('PUT', `/api/v1/rhk/${ids.aisyahRhk}`, { rhk_atasan_id: parent });
    assert.equal(put.status, 422, `${who}: ${put.text}`);
    assert.equal(put.json.error.field, 'rhk_atasan_id', who);
  }
  // the page form: the same refusal, the form shown again with the error and what was typed
  const page = await aisyah.postForm(`/skp/${ids.aisyahSkp}/rhk`,
    { text: 'Terlaksananya patroli malam di kampung', kind: 'utama', induk: `rhk-${ids.camatRhk}` });
  assert.equal(page.status, 422, page.text.slice(0, 300));
  const text = pageText(page.text);
  assert.match(text, /RHK atasan yang diintervensi harus milik pejabat penilai/);
  assert.ok(page.text.includes('Terlaksananya patroli malam di kampung'), 'the typed text is kept');
  await assertPlanUnchanged(admin, before0, 'RHK links to someone else\'s RHK');
});

test('a cycle of intervensi is refused on rhk_atasan_id', async () => {
  // A Plt makes two people each other's pejabat penilai: Anton holds UJI-X
  // under Budi's UJI-Y, and acts (Plt) in the vacant UJI-Z above UJI-Y.
  const z = await addPosition(admin, 'UJI-Z', 'Koordinator Uji', 'administrator', 'ASM', 'ASM-CAMAT');
  await addPosition(admin, 'UJI-Y', 'Kepala Uji', 'pengawas', 'ASM', 'UJI-Z');
  await addPosition(admin, 'UJI-X', 'Staf Uji', 'pelaksana', 'ASM', 'UJI-Y');
  const a = await addEmployee(server, admin, { nip: freshNip(7, 7), nama: 'Anton Uji', unit: 'ASM', jabatan: 'UJI-X' });
  const b = await addEmployee(server, admin, { nip: freshNip(8, 7), nama: 'Budi Uji', unit: 'ASM', jabatan: 'UJI-Y' });
  const plt = await admin.api('PUT', `/api/v1/jabatan/${z.id}`, { plt_id: a.employee.id });
  assert.equal(plt.status, 200, plt.text);
  const sa = (await a.client.api('POST', '/api/v1/skp', {})).json;
  const sb = (await b.client.api('POST', '/api/v1/skp', {})).json;
  assert.equal(sa.pejabat_penilai.id, b.employee.id);
  assert.equal(sb.pejabat_penilai.id, a.employee.id);
  const rb = await b.client.api('POST', `/api/v1/skp/${sb.id}/rhk`, { teks: 'Terkoordinasinya uji coba' });
  assert.equal(rb.status, 201, rb.text);
  const ra = await a.client.api('POST', `/api/v1/skp/${sa.id}/rhk`,
    { teks: 'Terlaksananya uji coba', rhk_atasan_id: rb.json.id });
  assert.equal(ra.status, 201, ra.text);

  const before0 = await planSnapshot(admin, [sa.id, sb.id]);
  const loop = await b.client.api('PUT', `/api/v1/rhk/${rb.json.id}`, { rhk_atasan_id: ra.json.id });
  assert.equal(loop.status, 422, loop.text);
  assert.equal(loop.json.error.field, 'rhk_atasan_id');
  assert.match(loop.json.error.message, /lingkaran/);
  const page = await b.client.postForm(`/skp/rhk/${rb.json.id}`,
    { text: 'Terkoordinasinya uji coba', kind: 'utama', induk: `rhk-${ra.json.id}` });
  assert.equal(page.status, 422, page.text.slice(0, 300));
  assert.match(pageText(page.text), /lingkaran/);
  await assertPlanUnchanged(admin, before0, 'a loop of intervensi');
  assert.equal((await getSkp(b.client, sb.id)).hasil_kerja[0].rhk_atasan_id, null);
});

test('a target that is not a number in kuantitatif mode is refused on target_min / target_max', async () => {
  const before0 = await planSnapshot(admin, [ids.aisyahSkp]);
  const cases = [
    [{ target_min: 'sembilan puluh' }, 'target_min'],
    [{ target_min: '1.000,5' }, 'target_min'],
    [{ target_min: '12 berkas' }, 'target_min'],
    [{ target_min: '' }, 'target_min'],
    [{}, 'target_min'],
    [{ target_min: true }, 'target_min'],
    [{ target_min: 10, target_max: 'dua puluh' }, 'target_max'],
  ];
  for (const [target, field] of cases) {
    const r = await aisyah.api('POST', `/api/v1/rhk/${ids.aisyahRhk}/iki`,
      { teks: 'Jumlah patroli', aspek: 'kuantitas', satuan: 'kali', ...target });
    assert.equal(r.status, 422, `${JSON.stringify(target)}: ${r.text}`);
    assert.equal(r.json.error.field, field, JSON.stringify(target));
  }
  const put = await aisyah.api('PUT', `/api/v1/iki/${ids.aisyahIki}`, { target_min: 'banyak' });
  assert.equal(put.status, 422, put.text);
  assert.equal(put.json.error.field, 'target_min');
  const page = await aisyah.postForm(`/skp/rhk/${ids.aisyahRhk}/iki`,
    { text: 'Jumlah patroli gabungan', aspect: 'kuantitas', direction: 'naik', target_min: 'seratus', unit_label: 'kali' });
  assert.equal(page.status, 422, page.text.slice(0, 300));
  assert.match(pageText(page.text), /Target harus berupa angka/);
  assert.ok(page.text.includes('Jumlah patroli gabungan'), 'the typed text is kept');
  await assertPlanUnchanged(admin, before0, 'targets that are not numbers');
});

test('an empty range or min > max is refused on target_max', async () => {
  const before0 = await planSnapshot(admin, [ids.aisyahSkp]);
  for (const [min, max] of [[100, 100], ['95,5', '95.5'], [100, 90], ['0', '-5']]) {
    const r = await aisyah.api('POST', `/api/v1/rhk/${ids.aisyahRhk}/iki`,
      { teks: 'Persentase pengaduan tertangani', aspek: 'kualitas', target_min: min, target_max: max, satuan: '%' });
    assert.equal(r.status, 422, `${min}-${max}: ${r.text}`);
    assert.equal(r.json.error.field, 'target_max', `${min}-${max}`);
  }
  const noMin = await aisyah.api('POST', `/api/v1/rhk/${ids.aisyahRhk}/iki`,
    { teks: 'Persentase pengaduan tertangani', target_max: 90 });
  assert.equal(noMin.status, 422, noMin.text);
  assert.equal(noMin.json.error.field, 'target_min');
  const put = await aisyah.api('PUT', `/api/v1/iki/${ids.aisyahIki}`, { target_max: 1 });
  assert.equal(put.status, 422, put.text);
  assert.equal(put.json.error.field, 'target_max');
  const page = await aisyah.postForm(`/skp/iki/${ids.aisyahIki}`,
    { text: 'Jumlah laporan', aspect: 'kuantitas', direction: 'naik', target_min: '12', target_max: '10', unit_label: 'laporan' });
  assert.equal(page.status, 422, page.text.slice(0, 300));
  assert.match(pageText(page.text), /lebih kecil dari batas bawah/);
  await assertPlanUnchanged(admin, before0, 'empty or reversed ranges');
});

test('an SKP for an inactive employee is refused on pegawai', async () => {
  const e = await addEmployee(server, admin,
    { nip: freshNip(3, 8), nama: 'Wahyu Purnomo', unit: 'ASM-TRANTIB', jabatan: 'ASM-TRANTIB-P05' });
  const out = await admin.api('PUT', `/api/v1/pegawai/${e.employee.id}`, { status: 'pensiun', version: e.employee.version });
  assert.equal(out.status, 200, out.text);
  const before0 = await planSnapshot(admin);
  const r = await e.client.api('POST', '/api/v1/skp', {});
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.error.field, 'pegawai');
  assert.match(r.json.error.message, /pensiun/);
  const pid = (await admin.api('GET', '/api/v1/periode')).json.items.find((p) => p.nama === 'Tahun 2026').id;
  const page = await e.client.postForm('/skp', { periode: pid, month_from: 1, month_to: 12, approach: 'kuantitatif' });
  assert.equal(page.status, 422, page.text.slice(0, 300));
  assert.match(pageText(page.text), /pensiun/);
  await assertPlanUnchanged(admin, before0, 'an SKP for a retired employee');
  assert.equal((await e.client.api('GET', '/api/v1/skp')).json.total, 0);
});

test('an SKP outside the period is refused: months outside (422) or the period not open (409)', async () => {
  const e = await addEmployee(server, admin,
    { nip: freshNip(4, 8), nama: 'Lestari Handayani', unit: 'ASM-YAN', jabatan: '' });
  const half = await admin.api('POST', '/api/v1/periode',
    { nama: 'SKP Mutasi Juli 2027', tahun: 2027, mulai: '2027-07-01', selesai: '2027-12-31', batas_rencana: '2027-07-31' });
  assert.equal(half.status, 201, half.text);
  const pid = half.json.id;
  const before0 = await planSnapshot(admin, [ids.aisyahSkp]);
  const draftPeriod = await e.client.api('POST', '/api/v1/skp', { periode: pid });
  assert.equal(draftPeriod.status, 409, draftPeriod.text);
  assert.equal(draftPeriod.json.error.field, 'periode');
  const unknown = await e.client.api('POST', '/api/v1/skp', { periode: 999999 });
  assert.equal(unknown.status, 422, unknown.text);
  assert.equal(unknown.json.error.field, 'periode');
  const months = [
    [{ bulan_awal: 0 }, 'bulan_awal'],
    [{ bulan_awal: 13 }, 'bulan_awal'],
    [{ bulan_akhir: 13 }, 'bulan_akhir'],
    [{ bulan_awal: 9, bulan_akhir: 3 }, 'bulan_akhir'],
    [{ bulan_awal: 'maret' }, 'bulan_awal'],
  ];
  for (const [body, field] of months) {
    const r = await e.client.api('POST', '/api/v1/skp', body);
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  // the header of an existing SKP cannot leave the period either
  const cur = await getSkp(aisyah, ids.aisyahSkp);
  const put = await aisyah.api('PUT', `/api/v1/skp/${ids.aisyahSkp}`, { bulan_akhir: 13, version: cur.version });
  assert.equal(put.status, 422, put.text);
  assert.equal(put.json.error.field, 'bulan_akhir');
  const stale = await aisyah.api('PUT', `/api/v1/skp/${ids.aisyahSkp}`, { bulan_akhir: 6, version: cur.version - 1 });
  assert.equal(stale.status, 409, stale.text);
  assert.equal(stale.json.error.field, 'version');
  // a period from July: months before it are outside
  const open = await admin.api('POST', `/api/v1/periode/${pid}/aksi`, { aksi: 'buka' });
  assert.equal(open.status, 200, open.text);
  const snap = await planSnapshot(admin, [ids.aisyahSkp]);
  const early = await e.client.api('POST', '/api/v1/skp', { periode: pid, bulan_awal: 3 });
  assert.equal(early.status, 422, early.text);
  assert.equal(early.json.error.field, 'bulan_awal');
  await assertPlanUnchanged(admin, snap, 'months before the period');
  const lock = await admin.api('POST', `/api/v1/periode/${pid}/aksi`, { aksi: 'kunci' });
  assert.equal(lock.status, 200, lock.text);
  const locked = await e.client.api('POST', '/api/v1/skp', { periode: pid });
  assert.equal(locked.status, 409, locked.text);
  assert.equal(locked.json.error.field, 'periode');
  // the audit trail grew by the two period steps only
  before0.audit += 2;
  await assertPlanUnchanged(admin, before0, 'SKPs outside the period');
});

test('approval by someone who is not the pejabat penilai is refused with 403', async () => {
  const before0 = await planSnapshot(admin, [ids.achmadSkp]);
  const sugeng = await loginNip(server, SUGENG);
  const others = {
    camat, 'another Kepala Seksi': sugeng, pengelola: await loginAs(server, 'pengelola'),
    auditor: await loginAs(server, 'auditor'), admin, 'a colleague': pegawai,
  };
  for (const [who, c] of Object.entries(others)) {
    for (const [aksi, note] of [['setujui'], ['kembalikan', 'Tidak setuju']]) {
      const r = await act(c, ids.achmadSkp, aksi, note, admin);
      assert.equal(r.status, 403, `${who} ${aksi}: ${r.text}`);
      assert.equal(r.json.error.code, 'forbidden');
    }
  }
  const owner = await loginNip(server, ACHMAD);
  const self = await act(owner, ids.achmadSkp, 'setujui');
  assert.equal(self.status, 403, self.text);
  assert.equal(self.json.error.field, 'aksi');
  const form = await camat.get(`/skp/${ids.achmadSkp}`);
  const version = (await getSkp(admin, ids.achmadSkp)).version;
  const page = await camat.postForm(`/skp/${ids.achmadSkp}/aksi`, { aksi: 'setujui', version });
  assert.equal(form.status, 200, 'the camat may read it');
  assert.equal(page.status, 403, page.text.slice(0, 300));
  // the pejabat penilai: a return needs a note; a stale version is refused
  const noNote = await act(pejabat, ids.achmadSkp, 'kembalikan', '   ');
  assert.equal(noNote.status, 422, noNote.text);
  assert.equal(noNote.json.error.field, 'catatan');
  const stale = await pejabat.api('POST', `/api/v1/skp/${ids.achmadSkp}/aksi`, { aksi: 'setujui', version: version - 1 });
  assert.equal(stale.status, 409, stale.text);
  assert.equal(stale.json.error.field, 'version');
  const unknown = await pejabat.api('POST', `/api/v1/skp/${ids.achmadSkp}/aksi`, { aksi: 'terima', version });
  assert.equal(unknown.status, 422, unknown.text);
  assert.equal(unknown.json.error.field, 'aksi');
  await assertPlanUnchanged(admin, before0, 'approvals by the wrong people');
  assert.equal((await getSkp(admin, ids.achmadSkp)).status, 'diajukan');
});

test('an approved SKP cannot be edited (409), over the API and the page', async () => {
  const dewi = await getSkp(pegawai, ids.dewiSkp);
  assert.equal(dewi.status, 'disetujui');
  const rhk = dewi.hasil_kerja[0];
  const iki = rhk.iki[0];
  const head = await getSkp(pejabat, ids.pejabatSkp);
  const lampiran = Object.values(head.lampiran).flat()[0];
  assert.ok(lampiran, 'the Kepala Seksi\'s SKP has a lampiran item');
  const before0 = await planSnapshot(admin, [ids.dewiSkp, ids.pejabatSkp]);
  const tries = [
    [pegawai, 'POST', `/api/v1/skp/${ids.dewiSkp}/rhk`, { teks: 'RHK baru' }],
    [pegawai, 'PUT', `/api/v1/rhk/${rhk.id}`, { teks: 'Diubah diam-diam' }],
    [pegawai, 'DELETE', `/api/v1/rhk/${rhk.id}`],
    [pegawai, 'POST', `/api/v1/rhk/${rhk.id}/iki`, { teks: 'IKI baru', target_min: 1 }],
    [pegawai, 'PUT', `/api/v1/iki/${iki.id}`, { target_min: 1 }],
    [pegawai, 'DELETE', `/api/v1/iki/${iki.id}`],
    [pegawai, 'POST', `/api/v1/skp/${ids.dewiSkp}/lampiran`, { jenis: 'konsekuensi', teks: 'Teguran' }],
    [pegawai, 'PUT', `/api/v1/skp/${ids.dewiSkp}`, { pendekatan: 'kualitatif', version: dewi.version }],
    [pejabat, 'DELETE', `/api/v1/lampiran/${lampiran.id}`],
    [pejabat, 'PUT', `/api/v1/skp/${ids.dewiSkp}/ekspektasi`, { kode: 'loyal', teks: 'Menjaga rahasia' }],
  ];
  for (const [c, method, path, body] of tries) {
    const r = await c.api(method, path, body);
    assert.equal(r.status, 409, `${method} ${path}: ${r.text}`);
    assert.equal(r.json.error.code, 'conflict');
  }
  // and the owner's workflow: submitting an approved SKP is a conflict too
  const submit = await act(pegawai, ids.dewiSkp, 'ajukan');
  assert.equal(submit.status, 409, submit.text);
  assert.equal(submit.json.error.field, 'aksi');
  const page = await pegawai.postForm(`/skp/${ids.dewiSkp}/rhk`, { text: 'RHK baru', kind: 'utama', induk: '' });
  assert.equal(page.status, 409, page.text.slice(0, 300));
  assert.match(pageText(page.text), /perubahan SKP/);
  const pageIki = await pegawai.postForm(`/skp/iki/${iki.id}/hapus`, {});
  assert.equal(pageIki.status, 409, pageIki.text.slice(0, 300));
  await assertPlanUnchanged(admin, before0, 'edits of an approved SKP');
  // a submitted SKP is not editable by its owner either
  const owner = await loginNip(server, ACHMAD);
  const achmad = await getSkp(owner, ids.achmadSkp);
  const snap = await planSnapshot(admin, [ids.achmadSkp]);
  const sub = await owner.api('PUT', `/api/v1/rhk/${achmad.hasil_kerja[0].id}`, { teks: 'Diubah setelah diajukan' });
  assert.equal(sub.status, 409, sub.text);
  await assertPlanUnchanged(admin, snap, 'an edit of a submitted SKP');
});

test('submitting an SKP with no Utama RHK, or an RHK with no IKI, is refused on hasil_kerja', async () => {
  await addPosition(admin, 'ASM-YAN-P09', 'Petugas Pelayanan', 'pelaksana', 'ASM-YAN', 'ASM-YAN-KA');
  const e = await addEmployee(server, admin,
    { nip: freshNip(5, 8), nama: 'Yuni Astuti', unit: 'ASM-YAN', jabatan: 'ASM-YAN-P09' });
  const c = e.client;
  const s = (await c.api('POST', '/api/v1/skp', {})).json;
  const supRhk = (await getSkp(admin, ids.pejabatSkp)).hasil_kerja[0].id;
  const submitFails = async (why, pattern) => {
    const before0 = await planSnapshot(admin, [s.id]);
    const r = await act(c, s.id, 'ajukan');
    assert.equal(r.status, 422, `${why}: ${r.text}`);
    assert.equal(r.json.error.field, 'hasil_kerja', why);
    assert.match(r.json.error.message, pattern, why);
    await assertPlanUnchanged(admin, before0, `submitting ${why}`);
    assert.equal((await getSkp(c, s.id)).status, 'draft');
  };
  await submitFails('an empty SKP', /RHK utama/);
  const t = await c.api('POST', `/api/v1/skp/${s.id}/rhk`, { teks: 'Terbantunya kegiatan kelurahan', jenis: 'tambahan' });
  assert.equal(t.status, 201, t.text);
  assert.equal((await c.api('POST', `/api/v1/rhk/${t.json.id}/iki`, { teks: 'Jumlah kegiatan', target_min: 4 })).status, 201);
  await submitFails('an SKP with only a tambahan RHK', /RHK utama/);
  const u = await c.api('POST', `/api/v1/skp/${s.id}/rhk`, { teks: 'Terlayaninya pemohon di loket', rhk_atasan_id: supRhk });
  assert.equal(u.status, 201, u.text);
  await submitFails('an utama RHK without IKI', /RHK 1 belum memiliki IKI/);
  assert.equal((await c.api('POST', `/api/v1/rhk/${u.json.id}/iki`, { teks: 'Jumlah pemohon', target_min: 500 })).status, 201);
  const t2 = await c.api('POST', `/api/v1/skp/${s.id}/rhk`, { teks: 'Terdokumentasinya kegiatan', jenis: 'tambahan' });
  assert.equal(t2.status, 201, t2.text);
  await submitFails('a tambahan RHK without IKI', /belum memiliki IKI/);
  assert.equal((await c.api('DELETE', `/api/v1/rhk/${t2.json.id}`)).status, 200);
  const loose = await c.api('POST', `/api/v1/skp/${s.id}/rhk`, { teks: 'Terlayaninya pengaduan' });
  assert.equal((await c.api('POST', `/api/v1/rhk/${loose.json.id}/iki`, { teks: 'Jumlah pengaduan', target_min: 50 })).status, 201);
  await submitFails('an utama RHK that supports nothing', /belum menunjuk RHK atasan/);
  // the page shows the same refusal in the workflow form
  const version = (await getSkp(c, s.id)).version;
  const before0 = await planSnapshot(admin, [s.id]);
  const page = await c.postForm(`/skp/${s.id}/aksi`, { aksi: 'ajukan', version });
  assert.equal(page.status, 422, page.text.slice(0, 300));
  assert.match(pageText(page.text), /belum menunjuk RHK atasan/);
  await assertPlanUnchanged(admin, before0, 'submitting from the page');
  // once complete it goes through
  assert.equal((await c.api('PUT', `/api/v1/rhk/${loose.json.id}`, { rhk_atasan_id: supRhk })).status, 200);
  const ok = await act(c, s.id, 'ajukan');
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.status, 'diajukan');
});
