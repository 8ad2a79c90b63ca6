// The recap (rekap) of a unit against hand-computed expectations, on the
// demo year through Triwulan III (`startServer({ demo: 'lengkap' })`):
// Kelurahan Genting Kalianak with the units below it, Triwulan III.  Every
// expectation comes from the plain routes, not from the report: the
// employees and their SKPs (GET /api/v1/skp), RHK and IKI counts (GET
// /api/v1/skp/{id}), the achievement computed here from the targets and
// the values recorded (GET /api/v1/skp/{id}/realisasi), the ratings and
// predicate (GET /api/v1/skp/{id}/penilaian?titik=), the forms each
// employee was asked to fill as a 360 rater and answered (GET
// /api/v1/360/putaran/{id}/penilai), the latest approved TPP run's amounts
// (GET /api/v1/tpp/perhitungan/{id}), the predicates counted per unit for
// the curve, and the overdue items of the whole kecamatan (SKPs not
// approved after the plan deadline, forms left unanswered in closed
// rounds, objections not decided).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { allItems, capaianByHand, samePct, subtree, unitByCode } from './170_report_util.mjs';

let server;
let admin;
let period;
let tw3;
let gkl;
let recap;
let skps;           // the period's SKPs in the subtree, by employee id

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  period = (await admin.api('GET', '/api/v1/periode')).json.items[0];
  const cps = (await admin.api('GET', `/api/v1/skp/1/realisasi`)).json.titik_periksa;
  tw3 = cps.find((c) => c.nama === 'Triwulan III');
  gkl = await unitByCode(admin, 'KEL-GKL');
  const r = await admin.api('GET', `/api/v1/laporan/rekap?periode=${period.id}&unit=${gkl.id}&titik=${tw3.id}`);
  assert.equal(r.status, 200, r.text);
  recap = r.json;
  const { units, ids } = await subtree(admin, gkl.id);
  const names = new Set(units.filter((u) => ids.has(u.id)).map((u) => u.name));
  skps = new Map();
  for (const s of await allItems(admin, `/api/v1/skp?periode=${period.id}`)) {
    if (names.has(s.unit)) skps.set(s.pegawai_id, s);
  }
});

after(() => server?.stop());

test('the recap lists every employee of the kelurahan and the units below it once', () => {
  assert.equal(recap.unit.id, gkl.id);
  assert.equal(recap.dasar.titik_id, tw3.id);
  assert.equal(recap.capaian_pada.nama, 'Triwulan III');
  const ids = recap.pegawai.map((p) => p.pegawai_id).sort((a, b) => a - b);
  assert.deepEqual(ids, [...skps.keys()].sort((a, b) => a - b));
  assert.ok(ids.length >= 10, `a kelurahan has its staff (${ids.length})`);
});

test('SKP state, RHK and IKI counts match the SKP routes', async () => {
  for (const row of recap.pegawai) {
    const s = skps.get(row.pegawai_id);
    assert.equal(row.skp_id, s.id, row.nama);
    assert.equal(row.status_skp, s.status, row.nama);
    const skp = (await admin.api('GET', `/api/v1/skp/${s.id}`)).json;
    assert.equal(row.jumlah_rhk, skp.hasil_kerja.length, `${row.nama}: RHK`);
    assert.equal(row.jumlah_iki, skp.hasil_kerja.reduce((n, h) => n + h.iki.length, 0), `${row.nama}: IKI`);
    assert.equal(typeof row.jumlah_rhk, 'number');
  }
});

test('the achievement is the mean of the utama RHK, each the mean of its IKI against target', async () => {
  let measured = 0;
  for (const row of recap.pegawai) {
    const hand = await capaianByHand(admin, row.skp_id, tw3.urutan);
    const expected = row.status_skp === 'disetujui' ? hand.skpPct : null;
    samePct(row.capaian, expected, row.nama);
    if (expected !== null) measured++;
  }
  assert.ok(measured >= 8, `most employees have an achievement (${measured})`);
});

test('ratings and predicate are those of the ditetapkan Triwulan III assessment', async () => {
  const seen = new Set();
  for (const row of recap.pegawai) {
    const r = await admin.api('GET', `/api/v1/skp/${row.skp_id}/penilaian?titik=${tw3.id}`);
    const a = r.status === 200 ? (r.json.penilaian || r.json) : null;
    const final = a && a.status === 'ditetapkan';
    assert.equal(row.predikat, final ? a.predikat : null, `${row.nama}: predicate`);
    assert.equal(row.hasil_kerja, final ? a.hasil_kerja : null, `${row.nama}: hasil kerja`);
    assert.equal(row.perilaku_kerja, final ? a.perilaku_kerja : null, `${row.nama}: perilaku`);
    if (row.predikat) seen.add(row.predikat);
  }
  assert.ok(seen.size >= 2, `the kelurahan has more than one predicate (${[...seen]})`);
});

test('the 360 response rate counts the forms each employee was asked to fill as a rater', async () => {
  const asked = new Map();
  const answered = new Map();
  const rounds = (await admin.api('GET', '/api/v1/360/putaran')).json.items.filter((x) => x.periode_id === period.id);
  for (const rd of rounds) {
    for (const a of await allItems(admin, `/api/v1/360/putaran/${rd.id}/penilai`, 500)) {
      asked.set(a.penilai.id, (asked.get(a.penilai.id) || 0) + 1);
      if (a.status === 'dijawab') answered.set(a.penilai.id, (answered.get(a.penilai.id) || 0) + 1);
    }
  }
  for (const row of recap.pegawai) {
    const n = asked.get(row.pegawai_id) || 0;
    const k = answered.get(row.pegawai_id) || 0;
    assert.equal(row.respons_360.diminta, n, `${row.nama}: asked`);
    assert.equal(row.respons_360.dijawab, k, `${row.nama}: answered`);
    samePct(row.respons_360.persen, n ? (100 * k) / n : null, `${row.nama}: rate`);
    assert.deepEqual(Object.keys(row.respons_360).sort(), ['dijawab', 'diminta', 'persen'],
      'counts only: nothing about whom they rated');
  }
});

test('TPP is the latest approved run\'s amount for an administrator', async () => {
  const runs = (await admin.api('GET', '/api/v1/tpp/perhitungan')).json.items
    .filter((x) => x.status === 'disetujui' && x.tahun === period.tahun)
    .sort((a, b) => b.bulan_sampai - a.bulan_sampai);
  const latest = (await admin.api('GET', `/api/v1/tpp/perhitungan/${runs[0].id}?per_page=500`)).json;
  const amount = new Map(latest.rincian_pegawai.items.map((i) => [i.pegawai_id, i.jumlah]));
  assert.equal(recap.dengan_tpp, true);
  for (const row of recap.pegawai) {
    assert.equal(row.tpp.jumlah, amount.get(row.pegawai_id), row.nama);
    assert.equal(row.tpp.perhitungan, runs[0].label);
  }
});

test('the curve sheet counts the final predicates of each unit\'s own employees', async () => {
  const { ids } = await subtree(admin, gkl.id);
  assert.deepEqual(recap.kurva.map((k) => k.unit_id).sort((a, b) => a - b), [...ids].sort((a, b) => a - b));
  for (const k of recap.kurva) {
    const mine = recap.pegawai.filter((p) => p.unit_id === k.unit_id && p.predikat);
    for (const c of k.sebaran) {
      assert.equal(c.jumlah, mine.filter((p) => p.predikat === c.predikat).length, `${k.unit}: ${c.label}`);
    }
    assert.equal(k.dinilai, mine.length, `${k.unit}: rated`);
  }
});

test('overdue items of the kecamatan: late SKPs, unanswered 360 forms, open objections', async () => {
  const asm = await unitByCode(admin, 'ASM');
  const r = await admin.api('GET', `/api/v1/laporan/rekap?unit=${asm.id}&titik=${tw3.id}`);
  assert.equal(r.status, 200);
  const late = r.json.terlambat;
  const byKind = (k) => late.filter((x) => x.jenis === k);
  const all = await allItems(admin, `/api/v1/skp?periode=${period.id}`);
  const notApproved = all.filter((s) => s.status !== 'disetujui').map((s) => s.nip).sort();
  assert.deepEqual(byKind('skp').map((x) => x.nip).sort(), notApproved);
  const today = new Date(`${r.json.tanggal}T00:00:00Z`);
  const due = new Date(`${period.batas_rencana}T00:00:00Z`);
  for (const x of byKind('skp')) {
    assert.equal(x.tenggat, period.batas_rencana);
    assert.equal(x.hari_terlambat, Math.round((today - due) / 86400000));
  }
  let waiting = 0;
  for (const rd of (await admin.api('GET', '/api/v1/360/putaran')).json.items) {
    if (rd.status === 'ditutup') waiting += rd.jumlah.menunggu;
  }
  assert.equal(byKind('360').reduce((n, x) => n + x.jumlah, 0), waiting, 'forms left waiting');
  const open = (await allItems(admin, '/api/v1/keberatan'))
    .filter((o) => ['diajukan', 'penjelasan_diminta', 'dijelaskan'].includes(o.status));
  assert.equal(byKind('keberatan').length, open.length);
  assert.equal(byKind('penilaian').length, 0, 'every approved SKP is rated through Triwulan III');
});
