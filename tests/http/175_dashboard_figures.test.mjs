// The dashboard's figures (GET /api/v1/dasbor) on the demo year through
// Triwulan III, each against an expectation computed by hand from the raw
// data read through the plain API routes (175_dashboard_util.mjs): for
// the Camat (the whole kecamatan), a Lurah (her kelurahan), HR (filtered to
// one seksi) and a pegawai (her own), then after a 360 round is opened
// (open-round figures), after a period is added (the trend), and with the
// anonymity threshold raised (a small unit's BerAKHLAK profile hidden).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { loginNip } from './plan_util.mjs';
import { checkpoints, dayFromToday } from './r360_util.mjs';
import {
  PREDICATES, achievementOf, assertStatus, expectedAchievement, expectedDistribution, expectedStatus,
  loadRaw, near, pct1, pooledAnswers, subtree,
} from './175_dashboard_util.mjs';

let server;
let raw;
const c = {};

async function dash(client, query = '') {
  const r = await client.api('GET', `/api/v1/dasbor${query}`);
  assert.equal(r.status, 200, r.text.slice(0, 400));
  return r.json;
}

/** The unit dashboard's sections against the expectations for subtree `units`. */
function assertUnitDashboard(d, units, who) {
  const exp = expectedStatus(raw, { units });
  assertStatus(d.status, exp, who);
  const dist = expectedDistribution(raw, exp);
  assert.equal(d.distribusi.dasar.titik_id, dist.basis === 'tahunan' ? null : dist.basis, `${who}: basis`);
  assert.deepEqual(d.distribusi.jumlah, dist.count, `${who}: predicate counts`);
  assert.equal(d.distribusi.total, dist.total, `${who}: predicates in all`);
  for (const p of PREDICATES) near(d.distribusi.persen[p], pct1(dist.count[p], dist.total), `${who}: % ${p}`);
  const ach = expectedAchievement(raw, exp);
  ach.forEach((a, i) => {
    near(d.capaian.rata_rata[i], a.mean, `${who}: mean achievement at ${raw.checkpoints[i].nama}`);
    assert.equal(d.capaian.jumlah_skp[i], a.n, `${who}: SKPs with an achievement at ${raw.checkpoints[i].nama}`);
  });
  const closed = raw.rounds.filter((o) => o.status === 'ditutup').sort((a, b) => b.checkpoint_id - a.checkpoint_id)[0];
  assert.equal(d.berakhlak.putaran.id, closed.id, `${who}: the latest closed round`);
  const pool = pooledAnswers(raw, closed.id, units);
  assert.equal(d.berakhlak.jawaban, pool.answers, `${who}: answers pooled`);
  assert.equal(d.berakhlak.dinilai, pool.ratees, `${who}: people rated`);
  assert.equal(d.berakhlak.ditampilkan, pool.answers >= 3 && pool.ratees >= 3, `${who}: profile shown`);
  d.berakhlak.nilai.forEach((v, i) => near(v.rata_rata, pool.mean[i], `${who}: mean ${v.kode}`, 2));
  return { exp, dist };
}

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  for (const role of ['admin', 'auditor', 'camat', 'pengelola', 'pegawai']) c[role] = await loginAs(server, role);
  raw = await loadRaw(server, c.auditor);
  const lurah = raw.employees.find((e) => e.kode_unit === 'KEL-GKL' && /^Lurah /.test(e.nama_jabatan));
  assert.ok(lurah, 'the Lurah of Genting Kalianak');
  c.lurah = await loginNip(server, lurah.nip);
});

after(async () => {
  await server?.stop();
});

test('the Camat sees the whole kecamatan: every figure as computed from the raw data', async () => {
  const d = await dash(c.camat);
  assert.equal(d.cakupan.jenis, 'unit');
  assert.equal(d.cakupan.unit.kode, 'ASM');
  const { exp, dist } = assertUnitDashboard(d, subtree(raw, 'ASM'), 'camat');
  assert.ok(exp.approved.length > 60 && dist.total > 60, 'the demo year is there to count');
  assert.equal(d.status.realisasi.persen, pct1(exp.realisasi.terisi, exp.realisasi.total));
  // each unit of the curve table holds its direct members; they add up to the whole
  const sum = Object.fromEntries(PREDICATES.map((p) => [p, d.distribusi.unit.reduce((n, u) => n + u.jumlah[p], 0)]));
  assert.deepEqual(sum, dist.count, 'the units\' counts add up to the kecamatan\'s');
  assert.equal(d.distribusi.unit_menyimpang, d.distribusi.unit.filter((u) => !u.sesuai_kurva).length);
});

test('the Camat filters to one kelurahan and sees only its figures', async () => {
  const gkl = raw.units.find((u) => u.code === 'KEL-GKL');
  const d = await dash(c.camat, `?unit=${gkl.id}`);
  assert.equal(d.cakupan.unit.kode, 'KEL-GKL');
  const { exp } = assertUnitDashboard(d, subtree(raw, 'KEL-GKL'), 'camat/KEL-GKL');
  const whole = await dash(c.camat);
  assert.ok(exp.skp.total < whole.status.skp.total, 'a kelurahan is a part of the kecamatan');
});

test('a Lurah sees her kelurahan by default, with the same figures as the Camat filtered to it', async () => {
  const d = await dash(c.lurah);
  assert.equal(d.cakupan.unit.kode, 'KEL-GKL');
  assertUnitDashboard(d, subtree(raw, 'KEL-GKL'), 'lurah');
});

test('HR sees their scope and filters to one seksi', async () => {
  const whole = await dash(c.pengelola);
  assert.equal(whole.cakupan.unit.kode, 'ASM', 'the pengelola\'s scope is the kecamatan');
  assertStatus(whole.status, expectedStatus(raw, { units: subtree(raw, 'ASM') }), 'pengelola');
  const yan = raw.units.find((u) => u.code === 'ASM-YAN');
  const d = await dash(c.pengelola, `?unit=${yan.id}`);
  assertUnitDashboard(d, subtree(raw, 'ASM-YAN'), 'pengelola/ASM-YAN');
});

test('a pegawai sees her own dashboard: her SKP, her forms, her predicates, her RHK, her 360 result', async () => {
  const me = raw.employees.find((e) => e.nip === server.accounts.pegawai.login);
  const d = await dash(c.pegawai);
  assert.equal(d.cakupan.jenis, 'pegawai');
  assert.equal(d.cakupan.pegawai_id, me.id);
  assert.equal(d.distribusi, undefined, 'no unit distribution on a personal dashboard');
  const exp = expectedStatus(raw, { employee: me.id });
  assertStatus(d.status, exp, 'pegawai');
  assert.equal(exp.approved.length, 1);
  const skp = exp.approved[0];
  // her predicates per checkpoint and for the year
  const preds = raw.checkpoints.map((cp) => {
    const a = raw.assess[skp.id][cp.id];
    return a && a.status === 'ditetapkan' ? a.predikat : null;
  });
  assert.deepEqual(d.predikat_saya.map((p) => p.predikat), [...preds, null]);
  // achievement per RHK, computed from targets and realisasi
  const ach = achievementOf(raw.views[skp.id]);
  assert.equal(d.capaian.skp_id, skp.id);
  assert.equal(d.capaian.rhk.length, raw.views[skp.id].titik_periksa[0].hasil_kerja.length);
  for (const h of d.capaian.rhk) h.capaian.forEach((v, i) => near(v, ach.rhk[h.id][i], `RHK ${h.id} at ${i}`));
  ach.skp.forEach((v, i) => near(d.capaian.rata_rata[i], v, `SKP achievement at ${i}`));
  // her 360 result of the latest closed round, per rater group, as the 360 page gives it
  const res = await c.pegawai.api('GET', `/api/v1/360/putaran/${d.berakhlak.putaran.id}/hasil`);
  assert.equal(res.status, 200, res.text);
  for (const g of d.berakhlak.kelompok) {
    const mine = g.kelompok === 'diri' ? { ditampilkan: true, nilai: res.json.diri.nilai }
      : res.json.kelompok.find((x) => x.kelompok === g.kelompok);
    assert.ok(mine, `group ${g.kelompok} on the 360 page`);
    if (g.kelompok !== 'diri') assert.equal(g.jawaban, mine.jawaban, `${g.kelompok}: answers`);
    assert.equal(g.ditampilkan, mine.ditampilkan, `${g.kelompok}: shown`);
    for (const v of g.nilai) {
      const want = mine.nilai.find((x) => x.kode === v.kode);
      near(v.rata_rata, want ? want.rata_rata : null, `${g.kelompok} ${v.kode}`, 2);
    }
  }
  assert.ok(d.berakhlak.kelompok.some((g) => !g.ditampilkan), 'a group below the threshold stays hidden');
  assert.ok(!JSON.stringify(d).includes('"penilai"'), 'no rater anywhere');
});

test('an open round counts as open: forms asked and answered in it', async () => {
  const cps = await checkpoints(c.admin);
  const made = await c.pengelola.api('POST', '/api/v1/360/putaran', {
    checkpoint_id: cps['Triwulan IV-Akhir'], tutup_pada: dayFromToday(14),
  });
  assert.equal(made.status, 201, made.text);
  const forms = (await c.auditor.api('GET', `/api/v1/360/putaran/${made.json.id}/penilai?per_page=5000`)).json.items;
  const yan = subtree(raw, 'ASM-YAN');
  const mine = forms.filter((f) => yan.has(f.pegawai.unit_id));
  assert.ok(mine.length > 0);
  const d = await dash(c.camat, `?unit=${raw.units.find((u) => u.code === 'ASM-YAN').id}`);
  const open = d.status.r360.putaran.find((o) => o.id === made.json.id);
  assert.deepEqual([open.status, open.total, open.dijawab], ['terbuka', mine.length, 0]);
  assert.deepEqual([d.status.r360.terbuka.total, d.status.r360.terbuka.dijawab], [mine.length, 0]);
  const who = await c.pegawai.api('GET', '/api/v1/dasbor');
  const asked = forms.filter((f) => f.penilai.id === who.json.cakupan.pegawai_id).length;
  assert.equal(who.json.status.r360.terbuka.total, asked, 'the pegawai\'s own forms in the open round');
});

test('the trend puts an earlier period beside the selected one, oldest first', async () => {
  const made = await c.admin.api('POST', '/api/v1/periode', {
    nama: 'Tahun 2025', tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31', batas_rencana: '2025-01-31',
  });
  assert.ok([200, 201].includes(made.status), made.text);
  const d = await dash(c.camat, `?periode=${raw.period.id}`);
  assert.deepEqual(d.tren.map((t) => t.nama), ['Tahun 2025', 'Tahun 2026']);
  assert.deepEqual([d.tren[0].skp.total, d.tren[0].r360.total], [0, 0], 'nothing happened in 2025');
  assert.deepEqual(d.tren[1].skp, { disetujui: d.status.skp.disetujui, total: d.status.skp.total, persen: d.status.skp.persen });
  assert.deepEqual(d.tren[1].jumlah, d.distribusi.jumlah);
  const old = await dash(c.camat, `?periode=${made.json.id}`);
  assert.deepEqual(old.tren.map((t) => t.nama), ['Tahun 2025'], 'a later period is not an earlier one');
});

test('a unit\'s BerAKHLAK profile is hidden below the anonymity threshold, never its means', async () => {
  const small = raw.units.find((u) => u.code === 'KEL-GKL-KESRA');
  const before = await dash(c.camat, `?unit=${small.id}`);
  assert.equal(before.berakhlak.ditampilkan, true, 'three people rated: shown at the default threshold');
  assert.equal(before.berakhlak.dinilai, 3);
  const set = await c.admin.api('PUT', '/api/v1/360/pengaturan', { ambang_anonimitas: 5 });
  assert.equal(set.status, 200, set.text);
  const hidden = await dash(c.camat, `?unit=${small.id}`);
  assert.equal(hidden.berakhlak.ditampilkan, false);
  assert.equal(hidden.berakhlak.ambang, 5, 'the stricter of the round\'s (3) and the setting (5)');
  assert.ok(hidden.berakhlak.nilai.every((v) => v.rata_rata === null), 'no mean leaks');
  const page = await c.camat.get(`/dasbor?unit=${small.id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /id="berakhlak-tersembunyi"/);
  assert.doesNotMatch(page.text, /id="tabel-berakhlak"/);
  const big = await dash(c.camat, `?unit=${raw.units.find((u) => u.code === 'ASM-YAN').id}`);
  assert.equal(big.berakhlak.ditampilkan, true, 'seven people rated: still shown');
  const reset = await c.admin.api('PUT', '/api/v1/360/pengaturan', { ambang_anonimitas: 3 });
  assert.equal(reset.status, 200, reset.text);
});

test('the page shows the same figures as the API, each chart beside its table', async () => {
  const gkl = raw.units.find((u) => u.code === 'KEL-GKL');
  const d = await dash(c.camat, `?unit=${gkl.id}`);
  const page = await c.camat.get(`/dasbor?unit=${gkl.id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<script src="\/static\/chart\.min\.js" defer><\/script>/);
  const s = d.status.skp;
  assert.ok(page.text.includes(`${s.disetujui} dari ${s.total} (${String(s.persen.toFixed(1)).replace('.', ',')}%)`), 'SKP figure');
  for (const id of ['tabel-penilaian', 'tabel-360', 'tabel-skp', 'tabel-distribusi', 'tabel-capaian', 'tabel-tren']) {
    assert.match(page.text, new RegExp(`<div class="dash-chart-box" aria-hidden="true"></div><div class="table-responsive"><table[^>]*id="${id}"[^>]*data-chart=`), `${id} with its chart box`);
  }
  for (const p of PREDICATES) {
    const n = d.distribusi.jumlah[p];
    assert.match(page.text, new RegExp(`<td class="text-end" data-value="${n}">${n}</td>`), `count of ${p}`);
  }
  assert.match(page.text, new RegExp(`href="/laporan/rekap\\.xlsx\\?periode=${raw.period.id}&amp;unit=${gkl.id}"`), 'the recap link');
  const ownLinks = [...page.text.matchAll(/href="\/penilaian\/(\d+)\/pdf"/g)].map((m) => Number(m[1]));
  const low = expectedDistribution(raw, expectedStatus(raw, { units: subtree(raw, 'KEL-GKL') })).low;
  assert.deepEqual(ownLinks.sort(), low.map((x) => x.assessment).sort(), 'evaluation PDFs of those below Baik');
  assert.doesNotMatch(page.text, /style="/, 'no inline style');
});
