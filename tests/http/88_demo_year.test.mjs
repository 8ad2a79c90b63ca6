// The demo office's year so far (`kinerja init --demo`, level lengkap), read
// through the API and the pages as the demo accounts would: the demo
// pegawai's SKP realised for Triwulan I-III with evidence and a capaian,
// new feedback on her home page, closed 360 rounds with her colleagues'
// aggregate, her assessments with their predicates and explanation, the
// spread of predicates across the office, every unit's predicate with
// Seksi Pelayanan alone off the curve, and the objection in progress; then
// the follow-up: the approved TPP runs of Triwulan II and III with her own
// breakdown, two improvement plans taken up (one on track, one whose first
// checkpoint is due without progress), guidance sessions and development
// items, and the criteria guide published to the whole office, linked
// from her explanation, partly acknowledged and waiting on her home page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { pageText, skpOfNip } from './plan_util.mjs';
import { checkpointNamed, download, ikiList, monitorView } from './monitor_util.mjs';

const QUARTERS = ['Triwulan I', 'Triwulan II', 'Triwulan III'];

let server;
let admin;
let camat;
let pejabat;
let pegawai;
const ids = {};

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  camat = await loginAs(server, 'camat');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  ids.own = (await skpOfNip(admin, server.accounts.pegawai.login)).skp.id;
  const view = await monitorView(pegawai, ids.own);
  ids.cp = QUARTERS.map((name) => checkpointNamed(view, name).id);
});

after(async () => {
  await server?.stop();
});

async function getOk(client, urlPath) {
  const r = await client.api('GET', urlPath);
  assert.equal(r.status, 200, `GET ${urlPath}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
}

test('the demo pegawai has realisasi with evidence and a capaian for Triwulan I-III', async () => {
  const view = await monitorView(pegawai, ids.own);
  for (const [q, name] of QUARTERS.entries()) {
    const cp = checkpointNamed(view, name);
    assert.equal(cp.status, q < 2 ? 'ditutup' : 'terbuka', `${name} state`);
    assert.equal(cp.iki_terisi, cp.iki_total, `${name}: every IKI realised`);
    assert.equal(typeof cp.capaian_skp, 'number', `${name}: capaian computed`);
    assert.ok(cp.capaian_skp > 60 && cp.capaian_skp < 130, `${name}: capaian ${cp.capaian_skp}`);
    for (const k of ikiList(cp)) {
      assert.notEqual(k.realisasi.nilai, '', `${name}, IKI ${k.id}: a value`);
      assert.notEqual(k.realisasi.catatan, '', `${name}, IKI ${k.id}: a note`);
      assert.equal(typeof k.capaian, 'number', `${name}, IKI ${k.id}: capaian`);
    }
    const evidence = ikiList(cp).flatMap((k) => k.realisasi.bukti);
    assert.ok(evidence.some((b) => b.jenis === 'tautan' && /^https:\/\//.test(b.tautan)), `${name}: a link`);
    const pdf = evidence.find((b) => b.jenis === 'berkas');
    assert.ok(pdf, `${name}: an uploaded file`);
    assert.equal(pdf.tipe, 'application/pdf');
    const file = await download(pegawai, pdf.unduh);
    assert.equal(file.status, 200);
    assert.equal(file.bytes.subarray(0, 5).toString(), '%PDF-', `${name}: the file is a PDF`);
  }
  const last = view.titik_periksa.find((t) => t.urutan === 4);
  assert.equal(last.iki_terisi, 0, 'Triwulan IV-Akhir is not realised yet');
});

test('the demo pegawai sees new feedback from her pejabat penilai on her home page', async () => {
  const fresh = await getOk(pegawai, '/api/v1/umpan-balik/baru');
  assert.ok(fresh.total >= 1, 'at least one unread message');
  const note = fresh.items[0];
  assert.equal(note.dari_atasan, true);
  assert.equal(note.penulis, server.accounts.pejabat.name);
  const home = await pegawai.get('/');
  assert.equal(home.status, 200);
  assert.match(home.text, /Umpan balik baru/);
  assert.ok(home.text.includes(note.teks.slice(0, 40)), 'the message is on the home page');
  const threads = (await getOk(pegawai, `/api/v1/skp/${ids.own}/umpan-balik`)).items;
  assert.ok(threads.length >= 3, 'threads across the year');
  assert.ok(threads.some((t) => t.pesan.some((m) => !m.dari_atasan)), 'she replied');
  assert.ok(threads.some((t) => t.nilai) && threads.some((t) => t.rhk_id), 'on a value and on a result');
  const replies = await getOk(pejabat, '/api/v1/umpan-balik/baru');
  assert.ok(replies.items.some((m) => !m.dari_atasan), 'the pejabat has replies from her staff to read');
});

test('the 360 rounds of Triwulan I-III are closed with almost every rater answered', async () => {
  const pengelola = await loginAs(server, 'pengelola');
  const rounds = (await getOk(pengelola, '/api/v1/360/putaran')).items;
  assert.deepEqual(rounds.map((r) => r.checkpoint).sort(), [...QUARTERS].sort());
  let declined = 0;
  for (const r of rounds) {
    assert.equal(r.status, 'ditutup', `${r.nama} closed`);
    const full = await getOk(pengelola, `/api/v1/360/putaran/${r.id}`);
    const n = full.jumlah;
    assert.ok(n.dijawab >= 0.95 * n.penugasan, `${r.nama}: ${n.dijawab} of ${n.penugasan} answered`);
    declined += n.ditolak;
  }
  assert.ok(declined >= 1, 'someone declined with a reason');
});

test('the demo pegawai sees her peers\' aggregate in every closed round', async () => {
  const rounds = (await getOk(pegawai, '/api/v1/360/putaran')).items;
  for (const r of rounds) {
    const res = await getOk(pegawai, `/api/v1/360/putaran/${r.id}/hasil`);
    assert.equal(res.ditahan, false, `${r.nama}: results shown`);
    const peers = res.kelompok.find((g) => g.kelompok === 'rekan');
    assert.ok(peers.jawaban >= 3, `${r.nama}: ${peers.jawaban} peers answered`);
    assert.equal(peers.ditampilkan, true, `${r.nama}: peers' aggregate shown`);
    assert.equal(peers.nilai.length, 7, 'the seven BerAKHLAK values');
    assert.equal(res.diri.dijawab, true, 'her self-assessment');
  }
});

test('the demo pegawai has final assessments with predicates and their explanation', async () => {
  for (const [q, cp] of ids.cp.entries()) {
    const a = await getOk(pegawai, `/api/v1/skp/${ids.own}/penilaian?titik=${cp}`);
    assert.equal(a.status, 'ditetapkan', `${QUARTERS[q]} final`);
    assert.ok(['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'].includes(a.predikat));
    assert.ok(a.alasan_hasil_kerja.length > 20 && a.alasan_perilaku_kerja.length > 20, 'justified');
    assert.equal(a.pejabat_penilai.nama, server.accounts.pejabat.name);
    if (q < 2) assert.ok(a.diketahui, `${QUARTERS[q]} acknowledged`);
    else assert.deepEqual(a.aksi_tersedia, ['ketahui'], 'Triwulan III waits for her acknowledgement');
  }
  const ex = await getOk(pegawai, `/api/v1/skp/${ids.own}/penjelasan?titik=${ids.cp[2]}`);
  const tw3 = ex.capaian.find((c) => c.titik === 'Triwulan III');
  assert.equal(typeof tw3.capaian_skp, 'number', 'the explanation shows the capaian');
  const page = await pegawai.get(`/skp/${ids.own}/penjelasan?titik=${ids.cp[2]}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Sangat Baik|Baik|Butuh Perbaikan/);
});

/** The Triwulan III curve of every unit, as an administrator reads it. */
async function curves() {
  const units = (await getOk(admin, '/api/v1/unit')).items;
  const out = [];
  for (const u of units) out.push({ unit: u, curve: await getOk(admin, `/api/v1/unit/${u.id}/kurva`) });
  return out;
}

test('every unit has its 2026 predicate and only Seksi Pelayanan is off the curve', async () => {
  const all = await curves();
  assert.ok(all.length >= 20, 'the whole organisation');
  for (const { unit, curve } of all) {
    assert.ok(curve.predikat_unit && curve.predikat_unit.predikat, `${unit.code} has a predicate`);
    assert.equal(curve.dasar_kurva.titik, 'Triwulan III', `${unit.code}: counted on Triwulan III`);
    assert.equal(curve.menyimpang, unit.code === 'ASM-YAN',
      `${unit.code}: ${curve.predikat_unit.predikat}, ${JSON.stringify(curve.penyimpangan)}`);
  }
  const mine = await getOk(camat, '/api/v1/predikat-unit');
  const yan = mine.items.find((i) => i.kode === 'ASM-YAN');
  assert.ok(yan && yan.menyimpang, 'the Camat sees Seksi Pelayanan deviate');
});

test('Triwulan III predicates are mostly Baik, some Sangat Baik, a few Butuh Perbaikan, one Kurang', async () => {
  const total = {};
  for (const { curve } of await curves()) {
    for (const s of curve.sebaran) total[s.predikat] = (total[s.predikat] ?? 0) + s.jumlah;
  }
  const all = Object.values(total).reduce((a, b) => a + b, 0);
  assert.ok(all >= 60, `${all} employees rated`);
  assert.ok(total.baik > all / 2, `Baik ${total.baik} of ${all}`);
  assert.ok(total.sangat_baik >= 5 && total.sangat_baik < total.baik, `Sangat Baik ${total.sangat_baik}`);
  assert.ok(total.butuh_perbaikan >= 3 && total.butuh_perbaikan < total.sangat_baik + 5,
    `Butuh Perbaikan ${total.butuh_perbaikan}`);
  assert.equal(total.kurang, 1, 'one Kurang/Misconduct');
});

test('the objection in progress waits for the pejabat\'s explanation and the Camat\'s decision', async () => {
  const forCamat = await getOk(camat, '/api/v1/keberatan');
  assert.equal(forCamat.untuk_diputus.length, 1, 'one case for the Camat');
  const c = forCamat.untuk_diputus[0];
  assert.equal(c.status, 'penjelasan_diminta');
  assert.equal(c.diputus, null, 'not decided');
  assert.equal(c.titik, 'Triwulan III');
  assert.notEqual(c.pegawai.nama, server.accounts.pegawai.name);
  assert.equal(c.pejabat_penilai.nama, server.accounts.pejabat.name);
  const forPejabat = await getOk(pejabat, '/api/v1/keberatan');
  assert.deepEqual(forPejabat.untuk_dijelaskan.map((x) => x.id), [c.id], 'the pejabat is asked to explain');
  const full = await getOk(camat, `/api/v1/keberatan/${c.id}`);
  assert.ok(JSON.stringify(full).includes('Triwulan III'));
  const page = await camat.get('/keberatan');
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(c.pegawai.nama), 'listed on the Camat\'s page');
});

/* ---- the follow-up: TPP, guidance, briefing ------------------------------------------- */

/** Today in WIB as YYYY-MM-DD, as the server counts it. */
function todayWib() {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** "Rp 16.187.000" as the pages write an amount. */
function rupiah(n) {
  return `${n < 0 ? '-' : ''}Rp ${Math.abs(n).toLocaleString('de-DE')}`;
}

test('the Triwulan II and III TPP runs of the kecamatan are approved and differ', async () => {
  const runs = (await getOk(admin, '/api/v1/tpp/perhitungan')).items;
  const byLabel = Object.fromEntries(runs.map((r) => [r.label, r]));
  for (const label of ['Triwulan II 2026', 'Triwulan III 2026']) {
    const r = byLabel[label];
    assert.ok(r, `${label} run exists (have ${runs.map((x) => x.label)})`);
    assert.equal(r.status, 'disetujui', `${label} approved`);
    assert.equal(r.jenis, 'triwulan');
    assert.equal(r.disetujui_oleh, server.accounts.admin.name, `${label} approved by the administrator`);
    assert.ok(r.pegawai >= 75, `${label}: ${r.pegawai} employees`);
    assert.ok(r.jumlah > 0);
  }
  const rules = await getOk(admin, '/api/v1/tpp/aturan?tahun=2026');
  assert.equal(rules.terbaru.dasar, 'golongan');
  assert.equal(rules.terbaru.porsi_kinerja + rules.terbaru.porsi_disiplin, 100);
  const att = await getOk(admin, '/api/v1/tpp/kehadiran?tahun=2026');
  assert.deepEqual(att.bulan.map((b) => b.bulan), [1, 2, 3, 4, 5, 6, 7, 8, 9], 'January-September imported');
  assert.ok(att.bulan.every((b) => b.pegawai === byLabel['Triwulan III 2026'].pegawai),
    'every active employee, every month');
  assert.ok(att.bulan.some((b) => b.hari_tidak_hadir > 0) && att.bulan.some((b) => b.menit_terlambat > 0),
    'some absences and late minutes');
  ids.tppRun = byLabel['Triwulan III 2026'].id;
  const cmp = await getOk(admin, `/api/v1/tpp/perhitungan/${ids.tppRun}/banding?dengan=${byLabel['Triwulan II 2026'].id}`);
  assert.ok(cmp.berbeda > 0, 'the two quarters can be compared and differ');
  assert.equal(byLabel['Triwulan III 2026'].unit.nama, 'Kecamatan Asemrowo');
  const hr = await loginAs(server, 'pengelola');
  const page = await hr.get(`/tpp/perhitungan/${ids.tppRun}`);
  assert.equal(page.status, 200, 'HR reads the run of the kecamatan');
  assert.match(pageText(page.text), /Disetujui \(terkunci\)/);
});

test('the demo pegawai opens her own Triwulan III breakdown and its lines add up', async () => {
  const mine = (await getOk(pegawai, '/api/v1/tpp/saya')).items;
  const tw3 = mine.find((i) => i.perhitungan === 'Triwulan III 2026');
  assert.ok(tw3, 'her Triwulan III item');
  assert.equal(tw3.nip, server.accounts.pegawai.login);
  assert.equal(tw3.status, 'disetujui');
  const item = await getOk(pegawai, `/api/v1/tpp/rincian/${tw3.id}`);
  assert.equal(item.bulan_dibayar, 3);
  assert.notEqual(item.predikat, 'tanpa_penilaian', 'paid on her Triwulan III predicate');
  const sum = item.rincian.reduce((a, l) => a + l.jumlah, 0);
  assert.equal(sum, item.jumlah, 'the lines add up to the amount');
  assert.ok(item.rincian.some((l) => l.jenis === 'potongan'), 'a deduction for being late or away');
  const page = await pegawai.get(`/tpp/rincian/${tw3.id}`);
  assert.equal(page.status, 200);
  assert.ok(pageText(page.text).includes(rupiah(item.jumlah)), `the page shows ${rupiah(item.jumlah)}`);
  const run = await pegawai.api('GET', `/api/v1/tpp/perhitungan/${ids.tppRun}`);
  assert.equal(run.status, 403, 'she does not read the whole run');
});

/** The improvement plans a Camat sees, read one by one. */
async function takenUpPlans() {
  const all = (await getOk(camat, '/api/v1/pembinaan')).bawahan;
  assert.ok(all.length >= 10, `${all.length} plans opened by the low predicates`);
  const filled = all.filter((p) => p.tujuan !== '');
  const out = [];
  for (const p of filled) out.push(await getOk(camat, `/api/v1/pembinaan/rencana-perbaikan/${p.id}`));
  return out;
}

test('two improvement plans are taken up: one on track, one whose first checkpoint is due without progress', async () => {
  const plans = await takenUpPlans();
  assert.equal(plans.length, 2, 'two plans with goals');
  const onTrack = plans.find((p) => p.titik_selesai > 0);
  const behind = plans.find((p) => p.titik_selesai === 0);
  assert.ok(onTrack && behind, 'one with progress, one without');
  for (const p of plans) {
    assert.notEqual(p.dukungan, '', `${p.pegawai_nama}: support promised`);
    assert.ok(p.titik.slice(0, 3).every((t) => t.target !== ''), `${p.pegawai_nama}: targets set`);
    assert.equal(p.status, 'terbuka');
  }
  assert.notEqual(onTrack.titik[0].kemajuan, '', 'progress recorded at the first checkpoint');
  assert.equal(onTrack.terlambat, false, 'on track');
  assert.equal(onTrack.titik[0].dicatat_oleh, server.accounts.camat.name, 'the Camat recorded it');
  const first = behind.titik[0];
  assert.equal(first.kemajuan, '');
  assert.equal(first.tanggal, behind.dibuka, 'its first checkpoint was set on the day it opened');
  assert.ok(first.tanggal <= todayWib());
  assert.equal(behind.titik_berikutnya, first.tanggal, 'the checkpoint due first');
  assert.equal(first.terlambat, first.tanggal < todayWib(), 'overdue once that day has passed');
});

test('superiors recorded guidance sessions and development plans, the pegawai among them', async () => {
  const own = await getOk(pegawai, '/api/v1/pembinaan');
  const coaching = own.saya.sesi.find((s) => s.jenis === 'coaching');
  assert.ok(coaching, 'a coaching session with her');
  assert.equal(coaching.dipimpin_oleh, server.accounts.pejabat.name);
  assert.notEqual(coaching.kesepakatan, '');
  assert.ok(coaching.tanggal_tindak_lanjut > coaching.tanggal, 'a follow-up date');
  assert.ok(own.saya.pengembangan.length >= 2, 'her development plan');
  const kinds = new Set();
  let answered = 0;
  for (const p of await takenUpPlans()) {
    const person = await getOk(camat, `/api/v1/pembinaan/pegawai/${p.pegawai_id}`);
    for (const s of person.sesi) {
      kinds.add(s.jenis);
      if (s.tanggapan) answered += 1;
    }
    assert.ok(person.pengembangan.length >= 1, `${p.pegawai_nama}: a development item`);
  }
  assert.ok(kinds.has('dialog_kinerja') && kinds.has('konseling'), [...kinds].join(', '));
  assert.equal(answered, 1, 'the Lurah responded to her dialog');
});

test('the criteria guide is published to the office, linked from the explanation, partly acknowledged', async () => {
  const crit = (await getOk(pegawai, '/api/v1/sosialisasi/kriteria')).panduan;
  assert.ok(crit, 'a criteria guide is set');
  assert.match(crit.judul, /Pedoman Penilaian Kinerja Pegawai Kecamatan Asemrowo 2026/);
  const page = await pegawai.get(`/skp/${ids.own}/penjelasan?titik=${ids.cp[2]}`);
  assert.equal(page.status, 200);
  const link = `id="kriteria-penilaian">Kriteria penilaian: <a href="/sosialisasi/${crit.id}">`;
  assert.ok(page.text.includes(link), 'the explanation links the criteria guide');
  const pengelola = await loginAs(server, 'pengelola');
  const cov = await getOk(pengelola, `/api/v1/sosialisasi/${crit.id}/cakupan`);
  assert.ok(cov.jumlah.dituju >= 75, `${cov.jumlah.dituju} addressed`);
  assert.ok(cov.jumlah.persen > 40 && cov.jumlah.persen < 80, `coverage ${cov.jumlah.persen}%`);
  assert.ok(cov.belum.some((b) => b.dibuka), 'some opened it without acknowledging');
  const her = cov.belum.find((b) => b.nip === server.accounts.pegawai.login);
  assert.ok(her, 'the demo pegawai has not acknowledged it');
  assert.ok(her.pengingat >= 1, 'she was reminded');
  const guides = (await getOk(pengelola, '/api/v1/sosialisasi/kelola')).items;
  const unitGuide = guides.find((g) => g.judul === 'Tata Cara Pengisian Realisasi dan Bukti Dukung');
  assert.ok(unitGuide && unitGuide.unit, 'a second guide for one unit');
  assert.equal(unitGuide.unit.nama, 'Kelurahan Tambak Sarioso');
  assert.ok(unitGuide.cakupan.diketahui > 0 && unitGuide.cakupan.diketahui < unitGuide.cakupan.dituju);
});

test('the demo pegawai\'s home page lists the criteria guide to acknowledge, with the reminder', async () => {
  const crit = (await getOk(pegawai, '/api/v1/sosialisasi/kriteria')).panduan;
  const home = await pegawai.get('/');
  assert.equal(home.status, 200);
  const card = home.text.slice(home.text.indexOf('id="sosialisasi-menunggu"'));
  assert.ok(card.length < home.text.length, 'the card of guides to acknowledge');
  assert.match(pageText(card), /1 panduan perlu Anda pahami/);
  assert.ok(card.includes(`href="/sosialisasi/${crit.id}"`), 'linking the criteria guide');
  assert.match(pageText(card), /Pengingat/);
});

test('the Camat nominated two pegawai berprestasi: one approved with a certificate, one waiting', async () => {
  const admin = await loginAs(server, 'admin');
  const list = await getOk(admin, '/api/v1/penghargaan/usulan');
  const items = list.items ?? list;
  assert.equal(items.length, 2, JSON.stringify(items).slice(0, 300));
  const states = items.map((u) => u.status).sort();
  assert.deepEqual(states, ['diajukan', 'disetujui']);
  const approved = items.find((u) => u.status === 'disetujui');
  assert.match(approved.pengusul.nama ?? approved.pengusul, /Suparmi/);
  const pdf = await admin.get(`/api/v1/penghargaan/usulan/${approved.id}/piagam`);
  assert.equal(pdf.status, 200);
  assert.match(pdf.headers.get('content-type'), /application\/pdf/);
});

test('the survey of the system ran for the office and its results show in groups of five or more', async () => {
  const pengelola = await loginAs(server, 'pengelola');
  const surveys = await getOk(pengelola, '/api/v1/evaluasi/survei');
  const list = surveys.items ?? surveys;
  const s = list.find((x) => /Survei Sistem Kinerja 2026/.test(x.judul));
  assert.ok(s, 'the survey exists');
  assert.equal(s.status, 'ditutup');
  const res = await getOk(pengelola, `/api/v1/evaluasi/survei/${s.id}/hasil`);
  assert.ok(res.jumlah_jawaban >= 50 && res.jumlah_jawaban < 80, `${res.jumlah_jawaban} answers`);
  assert.ok(res.sel.every((cell) => cell.jawaban >= res.ambang), 'no cell under the threshold');
});
