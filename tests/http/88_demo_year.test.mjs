// The demo office's year so far (`kinerja init --demo`, level lengkap), read
// through the API and the pages as the demo accounts would: the demo
// pegawai's SKP realised for Triwulan I-III with evidence and a capaian,
// new feedback on her home page, closed 360 rounds with her colleagues'
// aggregate, her assessments with their predicates and explanation, the
// spread of predicates across the office, every unit's predicate with
// Seksi Pelayanan alone off the curve, and the objection in progress.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { skpOfNip } from './plan_util.mjs';
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
