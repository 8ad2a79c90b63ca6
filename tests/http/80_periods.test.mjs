// Performance periods over the API and the pages: the demo's open 2026
// period and its quarterly checkpoints; creating periods (defaults from the
// year, a half-year period, a monthly calendar) and the refusals of bad
// input; opening, locking and closing, and what may change in each state
// (a locked period freezes every SKP until it is opened again, a closed one
// is final); and the organisation goals (sasaran) of a period.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { auditCount, auditLatest, freshNip } from './util.mjs';
import {
  act, addEmployee, assertPlanUnchanged, getSkp, loginNip, pageText, planSnapshot, skpOfNip,
} from './plan_util.mjs';

const AISYAH = '198611202017042297';   // ASM-TRANTIB-P04, a draft SKP
const ACHMAD = '198502022007101388';   // ASM-YAN-P03, an SKP waiting for the pejabat

let server;
let admin;
let pegawai;
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pegawai = await loginAs(server, 'pegawai');
  const list = await admin.api('GET', '/api/v1/periode');
  ids.p2026 = list.json.items.find((p) => p.tahun === 2026).id;
  const units = (await admin.api('GET', '/api/v1/unit')).json.items;
  ids.unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
});

after(async () => {
  await server?.stop();
});

/** Periods as the API lists them (as admin). */
async function periods() {
  const r = await admin.api('GET', '/api/v1/periode');
  assert.equal(r.status, 200, r.text);
  return r.json;
}

test('the demo period "Tahun 2026" is open, with four quarterly checkpoints', async () => {
  const list = await pegawai.api('GET', '/api/v1/periode');
  assert.equal(list.status, 200);
  assert.equal(list.json.total, 1);
  const p = list.json.items[0];
  assert.deepEqual([p.nama, p.tahun, p.mulai, p.selesai, p.batas_rencana, p.kalender, p.status, p.status_label],
    ['Tahun 2026', 2026, '2026-01-01', '2026-12-31', '2026-01-31', 'triwulan', 'terbuka', 'Terbuka']);
  const one = await pegawai.api('GET', `/api/v1/periode/${p.id}`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.json.checkpoint.map((c) => [c.urutan, c.nama, c.mulai, c.selesai]), [
    [1, 'Triwulan I', '2026-01-01', '2026-03-31'],
    [2, 'Triwulan II', '2026-04-01', '2026-06-30'],
    [3, 'Triwulan III', '2026-07-01', '2026-09-30'],
    [4, 'Triwulan IV-Akhir', '2026-10-01', '2026-12-31'],
  ]);
  const missing = await pegawai.api('GET', '/api/v1/periode/999999');
  assert.equal(missing.status, 404);
  const page = pageText((await pegawai.get(`/periode/${p.id}`)).text);
  assert.match(page, /Tahun 2026/);
  assert.match(page, /Triwulan IV-Akhir/);
  assert.match(page, /31 Januari 2026/);
  assert.match(pageText((await pegawai.get('/periode')).text), /Tahun 2026.*Terbuka/);
});

test('an administrator creates a period: draft, dates and calendar from the year', async () => {
  const audit0 = await auditCount(admin);
  const r = await admin.api('POST', '/api/v1/periode', { nama: 'Tahun 2027', tahun: 2027 });
  assert.equal(r.status, 201, r.text);
  ids.p2027 = r.json.id;
  assert.deepEqual([r.json.status, r.json.mulai, r.json.selesai, r.json.batas_rencana, r.json.kalender],
    ['draft', '2027-01-01', '2027-12-31', '2027-01-31', 'triwulan']);
  assert.deepEqual(r.json.checkpoint.map((c) => c.nama), ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV-Akhir']);
  assert.equal(await auditCount(admin), audit0 + 1);
  const [entry] = await auditLatest(admin, '', 1);
  assert.equal(entry.entitas_id, ids.p2027);
  assert.equal(entry.aksi, 'create');
  const list = await periods();
  assert.deepEqual(list.items.map((p) => p.nama), ['Tahun 2027', 'Tahun 2026'], 'newest first');

  // a period for the second half of the year keeps the checkpoints' places
  const half = await admin.api('POST', '/api/v1/periode',
    { nama: 'SKP Mutasi Juli 2027', tahun: 2027, mulai: '2027-07-01', selesai: '2027-12-31' });
  assert.equal(half.status, 201, half.text);
  ids.half = half.json.id;
  assert.equal(half.json.batas_rencana, '2027-07-31', 'due at the end of the first month');
  assert.deepEqual(half.json.checkpoint.map((c) => [c.urutan, c.nama, c.mulai, c.selesai]), [
    [3, 'Triwulan III', '2027-07-01', '2027-09-30'],
    [4, 'Triwulan IV-Akhir', '2027-10-01', '2027-12-31'],
  ]);
  // a monthly calendar, clipped to the period
  const monthly = await admin.api('POST', '/api/v1/periode',
    { nama: 'Bulanan 2028', tahun: 2028, mulai: '2028-02-15', selesai: '2028-04-30', kalender: 'bulanan' });
  assert.equal(monthly.status, 201, monthly.text);
  ids.monthly = monthly.json.id;
  assert.deepEqual(monthly.json.checkpoint.map((c) => [c.urutan, c.nama, c.mulai, c.selesai]), [
    [2, 'Februari', '2028-02-15', '2028-02-29'],
    [3, 'Maret', '2028-03-01', '2028-03-31'],
    [4, 'April', '2028-04-01', '2028-04-30'],
  ]);
});

test('bad period input is refused on the field and writes nothing', async () => {
  const count0 = (await periods()).total;
  const audit0 = await auditCount(admin);
  const cases = [
    [{ tahun: 2029 }, 'nama'],
    [{ nama: '   ', tahun: 2029 }, 'nama'],
    [{ nama: 'Tanpa tahun' }, 'tahun'],
    [{ nama: 'Tahun lampau', tahun: 1999 }, 'tahun'],
    [{ nama: 'Tahun teks', tahun: 'dua ribu' }, 'tahun'],
    [{ nama: 'Tanggal palsu', tahun: 2029, mulai: '2029-02-30' }, 'mulai'],
    [{ nama: 'Lewat tahun', tahun: 2029, selesai: '2030-01-31' }, 'selesai'],
    [{ nama: 'Terbalik', tahun: 2029, mulai: '2029-09-01', selesai: '2029-03-31' }, 'selesai'],
    [{ nama: 'Batas awal', tahun: 2029, mulai: '2029-03-01', batas_rencana: '2029-02-01' }, 'batas_rencana'],
    [{ nama: 'Batas akhir', tahun: 2029, batas_rencana: '2030-01-31' }, 'batas_rencana'],
    [{ nama: 'Mingguan', tahun: 2029, kalender: 'mingguan' }, 'kalender'],
    [{ nama: 'Kunci asing', tahun: 2029, status: 'terbuka' }, 'status'],
  ];
  for (const [body, field] of cases) {
    const r = await admin.api('POST', '/api/v1/periode', body);
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field, `${JSON.stringify(body)}: ${r.json.error.message}`);
  }
  const page = await admin.postForm('/periode', { name: 'Dari halaman', year: '2029', start_date: '2029-13-01', cadence: 'triwulan' });
  assert.equal(page.status, 422, page.text.slice(0, 300));
  assert.ok(page.text.includes('Dari halaman'), 'the form keeps what was typed');
  assert.equal((await periods()).total, count0);
  assert.equal(await auditCount(admin), audit0);
});

test('opening, locking and closing follow the states; a closed period is final', async () => {
  const id = ids.p2027;
  const step = async (aksi, status, field) => {
    const r = await admin.api('POST', `/api/v1/periode/${id}/aksi`, { aksi });
    assert.equal(r.status, status, `${aksi}: ${r.text}`);
    if (field) assert.equal(r.json.error.field, field);
    return r.json;
  };
  const audit0 = await auditCount(admin);
  await step('kunci', 409, 'aksi');
  await step('tutup', 409, 'aksi');
  await step('hapus', 422, 'aksi');
  assert.equal(await auditCount(admin), audit0, 'refused steps write nothing');
  assert.equal((await step('buka', 200)).status, 'terbuka');
  await step('buka', 409, 'aksi');
  await step('tutup', 409, 'aksi');
  assert.equal((await step('kunci', 200)).status, 'dikunci');
  assert.equal((await step('buka', 200)).status, 'terbuka', 'a locked period may be opened again');
  assert.equal((await step('kunci', 200)).status, 'dikunci');
  assert.equal((await step('tutup', 200)).status, 'ditutup');
  const audit1 = await auditCount(admin);
  await step('buka', 409, 'aksi');
  await step('kunci', 409, 'aksi');
  assert.equal(await auditCount(admin), audit1);
  const entries = await auditLatest(admin, `&entitas=period&id=${id}`, 20);
  assert.ok(entries.length >= 5, `every step is in the audit trail (${entries.length})`);
  // the page offers no state change for a closed period
  const page = pageText((await admin.get(`/periode/${id}`)).text);
  assert.match(page, /Ditutup/);
  assert.ok(!/Buka periode|Kunci periode/.test(page), 'no buttons to open or lock a closed period');
});

test('the checkpoint calendar changes in draft and open periods only', async () => {
  const r = await admin.api('PUT', `/api/v1/periode/${ids.half}/kalender`, { kalender: 'bulanan' });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.checkpoint.map((c) => c.nama), ['Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']);
  assert.equal(r.json.kalender, 'bulanan');
  const bad = await admin.api('PUT', `/api/v1/periode/${ids.half}/kalender`, { kalender: 'mingguan' });
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.json.error.field, 'kalender');
  const audit0 = await auditCount(admin);
  const closed = await admin.api('PUT', `/api/v1/periode/${ids.p2027}/kalender`, { kalender: 'bulanan' });
  assert.equal(closed.status, 409, closed.text);
  const again = await admin.api('GET', `/api/v1/periode/${ids.p2027}`);
  assert.equal(again.json.kalender, 'triwulan');
  assert.equal(again.json.checkpoint.length, 4);
  assert.equal(await auditCount(admin), audit0);
});

test('a locked period freezes every SKP: no edit, no workflow step, no new SKP; opening it again thaws them', async () => {
  const aisyah = await loginNip(server, AISYAH);
  const pejabat = await loginAs(server, 'pejabat');
  const newcomer = await addEmployee(server, admin,
    { nip: freshNip(6, 9), nama: 'Dimas Saputra', unit: 'ASM-TRANTIB', jabatan: 'ASM-TRANTIB-P05' });
  const own = (await skpOfNip(admin, AISYAH)).skp.id;
  const waiting = (await skpOfNip(admin, ACHMAD)).skp.id;
  const lock = await admin.api('POST', `/api/v1/periode/${ids.p2026}/aksi`, { aksi: 'kunci' });
  assert.equal(lock.status, 200, lock.text);
  assert.equal(lock.json.status, 'dikunci');

  const before0 = await planSnapshot(admin, [own, waiting]);
  const s = await getSkp(aisyah, own);
  assert.deepEqual(s.aksi_tersedia, [], 'nothing may be done in a locked period');
  const rhk = s.hasil_kerja[0];
  for (const [method, path, body] of [
    ['POST', `/api/v1/skp/${own}/rhk`, { teks: 'Terlaksananya patroli', rhk_atasan_id: rhk.rhk_atasan_id }],
    ['PUT', `/api/v1/rhk/${rhk.id}`, { teks: 'Diubah saat dikunci' }],
    ['PUT', `/api/v1/iki/${rhk.iki[0].id}`, { target_min: 3 }],
    ['POST', `/api/v1/skp/${own}/lampiran`, { jenis: 'konsekuensi', teks: 'Teguran' }],
    ['PUT', `/api/v1/skp/${own}`, { bulan_akhir: 6, version: s.version }],
  ]) {
    const r = await aisyah.api(method, path, body);
    assert.equal(r.status, 409, `${method} ${path}: ${r.text}`);
    assert.match(r.json.error.message, /Dikunci/i, `${method} ${path} names the state`);
  }
  const submit = await act(aisyah, own, 'ajukan');
  assert.equal(submit.status, 409, submit.text);
  assert.equal(submit.json.error.field, 'aksi');
  const approve = await act(pejabat, waiting, 'setujui');
  assert.equal(approve.status, 409, approve.text);
  assert.equal(approve.json.error.field, 'aksi');
  const exp = await pejabat.api('PUT', `/api/v1/skp/${waiting}/ekspektasi`, { kode: 'loyal', teks: 'Menjaga rahasia jabatan' });
  assert.equal(exp.status, 409, exp.text);
  const fresh = await newcomer.client.api('POST', '/api/v1/skp', {});
  assert.equal(fresh.status, 409, fresh.text);
  assert.equal(fresh.json.error.field, 'periode');
  const goal = await admin.api('POST', `/api/v1/periode/${ids.p2026}/sasaran`,
    { kode: 'ASM-9', kode_unit: 'ASM', teks: 'Sasaran saat dikunci' });
  assert.equal(goal.status, 409, goal.text);
  const page = await aisyah.postForm(`/skp/${own}/rhk`, { text: 'Dari halaman', kind: 'utama', induk: '' });
  assert.equal(page.status, 409, page.text.slice(0, 300));
  assert.match(pageText(page.text), /Dikunci/);
  await assertPlanUnchanged(admin, before0, 'changes in a locked period');

  const open = await admin.api('POST', `/api/v1/periode/${ids.p2026}/aksi`, { aksi: 'buka' });
  assert.equal(open.status, 200, open.text);
  const add = await aisyah.api('POST', `/api/v1/skp/${own}/rhk`,
    { teks: 'Terlaksananya patroli gabungan', rhk_atasan_id: rhk.rhk_atasan_id });
  assert.equal(add.status, 201, add.text);
  assert.ok((await getSkp(aisyah, own)).aksi_tersedia.includes('ubah_isi'));
  const made = await newcomer.client.api('POST', '/api/v1/skp', {});
  assert.equal(made.status, 201, made.text);
});

test('organisation goals: listed per period and unit; an administrator adds them; mistakes are refused', async () => {
  const all = await pegawai.api('GET', `/api/v1/periode/${ids.p2026}/sasaran`);
  assert.equal(all.status, 200);
  assert.deepEqual(all.json.items.map((g) => g.kode).sort(),
    ['ASM-1', 'ASM-2', 'ASM-3', 'ASM-4', 'ASM-5', 'ASM-6', 'SBY-1', 'SBY-2']);
  const g1 = all.json.items.find((g) => g.kode === 'ASM-1');
  assert.equal(g1.nama_unit, 'Kecamatan Asemrowo');
  assert.match(g1.indikator, /Indeks Kepuasan Masyarakat/);

  const audit0 = await auditCount(admin);
  const add = await admin.api('POST', `/api/v1/periode/${ids.p2026}/sasaran`, {
    kode: 'KEL-ASM-1', kode_unit: 'KEL-ASM', teks: 'Meningkatnya partisipasi warga dalam musyawarah kelurahan',
    indikator: 'Persentase RT yang hadir dalam musrenbang kelurahan',
  });
  assert.equal(add.status, 201, add.text);
  assert.equal(add.json.nama_unit, 'Kelurahan Asemrowo');
  assert.equal(add.json.periode_id, ids.p2026);
  assert.equal(await auditCount(admin), audit0 + 1);
  // ?unit= lists the goals an RHK of that unit may point at: its own and those above
  const kel = await pegawai.api('GET', `/api/v1/periode/${ids.p2026}/sasaran?unit=${ids.unit['KEL-ASM-PEM']}`);
  assert.ok(kel.json.items.some((g) => g.kode === 'KEL-ASM-1'));
  assert.equal(kel.json.items.length, 9);
  const yan = await pegawai.api('GET', `/api/v1/periode/${ids.p2026}/sasaran?unit=${ids.unit['ASM-YAN']}`);
  assert.ok(!yan.json.items.some((g) => g.kode === 'KEL-ASM-1'), 'not a goal of Seksi Pelayanan or above');
  assert.equal(yan.json.items.length, 8);

  const audit1 = await auditCount(admin);
  const cases = [
    [{ kode: 'KEL-ASM-1', kode_unit: 'KEL-ASM', teks: 'Kode kembar' }, 409, 'kode'],
    [{ kode: 'X-1', kode_unit: 'TIDAK-ADA', teks: 'Unit asing' }, 422, 'kode_unit'],
    [{ kode: 'X-2', kode_unit: 'ASM' }, 422, 'teks'],
    [{ kode: 'X 3', kode_unit: 'ASM', teks: 'Kode berspasi' }, 422, 'kode'],
    [{ kode_unit: 'ASM', teks: 'Tanpa kode' }, 422, 'kode'],
    [{ kode: 'X-5', kode_unit: 'ASM', teks: 'Karakter\u0001kendali' }, 422, 'teks'],
    [{ kode: 'X-6', kode_unit: 'ASM', teks: 'Indikator kotor', indikator: 'Tombol\u001b[31m' }, 422, 'indikator'],
  ];
  for (const [body, status, field] of cases) {
    const r = await admin.api('POST', `/api/v1/periode/${ids.p2026}/sasaran`, body);
    assert.equal(r.status, status, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  const closed = await admin.api('POST', `/api/v1/periode/${ids.p2027}/sasaran`,
    { kode: 'X-4', kode_unit: 'ASM', teks: 'Periode ditutup' });
  assert.equal(closed.status, 409, closed.text);
  const page = await admin.postForm(`/periode/${ids.p2026}/sasaran`, { code: 'ASM-1', unit_code: 'ASM', text: 'Kembar dari halaman' });
  assert.equal(page.status, 409, page.text.slice(0, 300));
  assert.ok(page.text.includes('Kembar dari halaman'), 'the form keeps what was typed');
  assert.equal(await auditCount(admin), audit1, 'refused goals write nothing');
  assert.equal((await pegawai.api('GET', `/api/v1/periode/${ids.p2026}/sasaran`)).json.items.length, 9);
  const shown = pageText((await pegawai.get(`/periode/${ids.p2026}`)).text);
  assert.ok(shown.includes('Meningkatnya partisipasi warga dalam musyawarah kelurahan'));
});

test('a closed period is final: SKPs stay as they are and the period cannot be opened again', async () => {
  const aisyah = await loginNip(server, AISYAH);
  const own = (await skpOfNip(admin, AISYAH)).skp.id;
  for (const aksi of ['kunci', 'tutup']) {
    const r = await admin.api('POST', `/api/v1/periode/${ids.p2026}/aksi`, { aksi });
    assert.equal(r.status, 200, `${aksi}: ${r.text}`);
  }
  const before0 = await planSnapshot(admin, [own]);
  const s = await getSkp(aisyah, own);
  assert.deepEqual(s.aksi_tersedia, []);
  assert.equal(s.periode.status, 'ditutup');
  const add = await aisyah.api('POST', `/api/v1/skp/${own}/rhk`, { teks: 'Setelah ditutup' });
  assert.equal(add.status, 409, add.text);
  assert.match(add.json.error.message, /Ditutup/);
  const submit = await act(aisyah, own, 'ajukan');
  assert.equal(submit.status, 409, submit.text);
  const reopen = await admin.api('POST', `/api/v1/periode/${ids.p2026}/aksi`, { aksi: 'buka' });
  assert.equal(reopen.status, 409, reopen.text);
  assert.equal(reopen.json.error.field, 'aksi');
  await assertPlanUnchanged(admin, before0, 'changes in a closed period');
  // the SKPs of a closed period are still there to read
  assert.equal((await admin.api('GET', `/api/v1/skp?periode=${ids.p2026}&per_page=1`)).json.total, 81);
  assert.equal((await aisyah.get(`/skp/${own}/cetak`)).status, 200);
});
