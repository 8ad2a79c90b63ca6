// The calibration table (GET /api/v1/kalibrasi) against the plain routes,
// on the demo year through Triwulan III (`startServer({ demo: 'lengkap' })`),
// Kecamatan Asemrowo and every unit below it, Triwulan III.  Every
// expectation comes from elsewhere: the employees and SKPs (GET
// /api/v1/skp), the ratings and predicate of the ditetapkan assessment
// (GET /api/v1/skp/{id}/penilaian), the achievement computed here from
// targets and realisasi (170_report_util's capaianByHand), the 360 result
// of each person in the Triwulan III round (GET
// /api/v1/360/putaran/{id}/hasil: the pooled mean of the groups shown,
// the self-assessment left out), the curve of each unit (GET
// /api/v1/unit/{id}/kurva).  Also: a leader who is not HR sees no rater
// flags and the 360 figures only of the people whose results she may see;
// the order by each column is stable; the CSV download holds the rows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { allItems, capaianByHand, samePct, subtree } from './170_report_util.mjs';
import { calibTable, demoIds } from './196_calibration_util.mjs';
import { parseCsv } from './util.mjs';

let server;
let admin;
let camat;
let ids;
let table;         // as admin
const q = () => `periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  camat = await loginAs(server, 'camat');
  ids = await demoIds(admin);
  table = await calibTable(admin, q());
});

after(() => server?.stop());

test('the table lists every employee of the kecamatan with an SKP once', async () => {
  const { units, ids: sub } = await subtree(admin, ids.asm);
  const names = new Set(units.filter((u) => sub.has(u.id)).map((u) => u.name));
  const expected = new Set();
  for (const s of await allItems(admin, `/api/v1/skp?periode=${ids.period}`)) {
    if (names.has(s.unit)) expected.add(s.pegawai_id);
  }
  const got = table.pegawai.map((p) => p.pegawai_id);
  assert.equal(new Set(got).size, got.length, 'no one twice');
  for (const id of expected) assert.ok(got.includes(id), `employee ${id} is in the table`);
  assert.ok(got.length >= 60, `a kecamatan's staff (${got.length})`);
  assert.deepEqual([table.unit.kode, table.dasar.jenis, table.dasar.titik_id], ['ASM', 'periodik', ids.tw3]);
});

test('ratings, predicate and assessor are those of the ditetapkan Triwulan III assessment', async () => {
  let rated = 0;
  for (const row of table.pegawai.filter((p) => p.skp_id)) {
    const r = await admin.api('GET', `/api/v1/skp/${row.skp_id}/penilaian?jenis=periodik&titik=${ids.tw3}`);
    const a = r.status === 200 ? r.json : null;
    const final = a && a.status === 'ditetapkan';
    assert.equal(row.predikat, final ? a.predikat : null, `${row.nama}: predicate`);
    assert.equal(row.hasil_kerja, final ? a.hasil_kerja : null, `${row.nama}: hasil kerja`);
    assert.equal(row.perilaku_kerja, final ? a.perilaku_kerja : null, `${row.nama}: perilaku`);
    assert.equal(row.penilaian_id, final ? a.id : null, `${row.nama}: assessment id`);
    if (final) rated++;
  }
  assert.ok(rated >= 50, `most are rated at Triwulan III (${rated})`);
});

test('the achievement is the SKP\'s at Triwulan III, computed from targets and realisasi', async () => {
  const seq = (await admin.api('GET', '/api/v1/skp/1/realisasi')).json.titik_periksa
    .find((c) => c.id === ids.tw3).urutan;
  let measured = 0;
  for (const row of table.pegawai.filter((p) => p.skp_id).slice(0, 25)) {
    const hand = await capaianByHand(admin, row.skp_id, seq);
    const skp = (await admin.api('GET', `/api/v1/skp/${row.skp_id}`)).json;
    samePct(row.capaian, skp.status === 'disetujui' ? hand.skpPct : null, row.nama);
    if (row.capaian !== null) measured++;
  }
  assert.ok(measured >= 15, `achievements are there (${measured})`);
});

test('the 360 mean pools the groups the anonymity threshold shows, never the self-assessment', async () => {
  const round = table.putaran_360;
  assert.ok(round && round.id, 'the Triwulan III round is read');
  let shown = 0;
  for (const row of table.pegawai.slice(0, 30)) {
    const r = await admin.api('GET', `/api/v1/360/putaran/${round.id}/hasil?pegawai=${row.pegawai_id}`);
    assert.equal(r.status, 200, r.text);
    let sum = 0;
    let n = 0;
    let answers = 0;
    for (const g of r.json.kelompok) {
      answers += g.jawaban;
      if (!g.ditampilkan) continue;
      for (const v of g.nilai) if (v.jumlah && v.rata_rata !== null) { sum += v.rata_rata * v.jumlah; n += v.jumlah; }
    }
    assert.equal(row.umpan_balik_360.terlihat, true, 'an administrator sees them all');
    assert.equal(row.umpan_balik_360.jawaban, answers, `${row.nama}: answers of others`);
    if (!n) {
      assert.equal(row.umpan_balik_360.rata_rata, null, `${row.nama}: nothing shown, no mean`);
      continue;
    }
    shown++;
    assert.ok(Math.abs(row.umpan_balik_360.rata_rata - sum / n) < 0.011,
      `${row.nama}: 360 mean ${row.umpan_balik_360.rata_rata} vs ${(sum / n).toFixed(3)}`);
    assert.equal(row.umpan_balik_360.skala, r.json.skala);
  }
  assert.ok(shown >= 5, `several people have a mean shown (${shown})`);
});

test('each unit\'s curve is the curve route\'s, and with nothing waiting the projection is the same spread', async () => {
  assert.equal(table.kurva[0].unit_id, ids.asm, 'the unit asked comes first');
  for (const k of table.kurva) {
    const r = await admin.api('GET', `/api/v1/unit/${k.unit_id}/kurva?periode=${ids.period}&titik=${ids.tw3}`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(k.sebaran, r.json.sebaran, `${k.unit}: spread`);
    assert.deepEqual(k.penyimpangan, r.json.penyimpangan, `${k.unit}: deviations`);
    const counts = Object.fromEntries(Object.entries(k.jika_usulan_diterima.jumlah));
    assert.equal(k.jika_usulan_diterima.usulan, 0);
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), r.json.dinilai, `${k.unit}: the same people`);
  }
  assert.ok(table.kurva.some((k) => k.menyimpang), 'Seksi Pelayanan is off its curve in the demo');
});

test('a leader who is not HR sees no rater flags, and 360 figures only where she may see the results', async () => {
  const t = await calibTable(camat, q());
  assert.equal(t.tanda_penilai_terlihat, false);
  assert.ok(t.pegawai.every((p) => p.tanda_penilai === null), 'no flags for the Camat');
  assert.equal(table.tanda_penilai_terlihat, true, 'an administrator sees them');
  let hidden = 0;
  for (const row of t.pegawai.slice(0, 30)) {
    const r = await camat.api('GET', `/api/v1/360/putaran/${t.putaran_360.id}/hasil?pegawai=${row.pegawai_id}`);
    assert.equal(row.umpan_balik_360.terlihat, r.status === 200, `${row.nama}: 360 visible iff the results are`);
    if (!row.umpan_balik_360.terlihat) {
      hidden++;
      assert.deepEqual(Object.keys(row.umpan_balik_360), ['terlihat'], 'nothing of a hidden result');
    }
  }
  assert.ok(hidden > 0, 'the Camat does not see everyone\'s 360 results');
});

test('sorting by a column is stable: ties keep the name order, unrated people last either way', async () => {
  const RANK = { sangat_kurang: 0, kurang: 1, butuh_perbaikan: 2, baik: 3, sangat_baik: 4 };
  for (const arah of ['naik', 'turun']) {
    const t = await calibTable(admin, `${q()}&urut=predikat&arah=${arah}`);
    const rated = t.pegawai.filter((p) => p.predikat);
    const tail = t.pegawai.slice(rated.length);
    assert.ok(tail.every((p) => !p.predikat), `${arah}: the unrated come last`);
    for (let i = 1; i < rated.length; i++) {
      const d = RANK[rated[i].predikat] - RANK[rated[i - 1].predikat];
      assert.ok(arah === 'naik' ? d >= 0 : d <= 0, `${arah}: ordered at ${i}`);
    }
    const byName = table.pegawai.map((p) => p.pegawai_id);
    for (const pred of Object.keys(RANK)) {
      const group = rated.filter((p) => p.predikat === pred).map((p) => p.pegawai_id);
      assert.deepEqual(group, byName.filter((id) => group.includes(id)), `${arah}: ${pred} keeps the name order`);
    }
  }
  const capaian = (await calibTable(admin, `${q()}&urut=capaian&arah=turun`)).pegawai.map((p) => p.capaian);
  const known = capaian.filter((c) => c !== null);
  assert.deepEqual(known, [...known].sort((a, b) => b - a), 'by achievement, highest first');
  assert.ok(capaian.slice(known.length).every((c) => c === null), 'missing achievements last');
  const bad = await admin.api('GET', `/api/v1/kalibrasi?${q()}&urut=gaji`);
  assert.deepEqual([bad.status, bad.json.error.field], [422, 'urut']);
});

test('the CSV download holds the rows of the table, with the flag column for HR only', async () => {
  const r = await admin.api('GET', `/api/v1/kalibrasi?${q()}&format=csv`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /text\/csv/);
  const rows = parseCsv(r.text.replace(/^\uFEFF/, ''));
  assert.ok(rows[0].includes('tanda_penilai'));
  assert.equal(rows.length - 1, table.pegawai.length);
  const nip = rows[0].indexOf('nip');
  const pred = rows[0].indexOf('predikat');
  const byNip = new Map(table.pegawai.map((p) => [p.nip, p.predikat_label || '']));
  for (const line of rows.slice(1)) assert.equal(line[pred], byNip.get(line[nip]), line[nip]);
  const c = await camat.api('GET', `/api/v1/kalibrasi?${q()}&format=csv`);
  assert.equal(c.status, 200);
  assert.ok(!parseCsv(c.text.replace(/^\uFEFF/, ''))[0].includes('tanda_penilai'), 'no flags for the Camat');
});
