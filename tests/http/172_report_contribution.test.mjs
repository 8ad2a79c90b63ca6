// The contribution report against a hand computation on the demo year
// through Triwulan III: the goal each RHK serves is found here by walking
// the intervensi links of every SKP of the period (GET /api/v1/skp/{id}:
// rhk_atasan_id, sasaran_id) up to a goal; each RHK's achievement is
// computed here from its IKI targets and the values recorded at Triwulan
// III; the roll-up of a goal, of a unit within a goal and of a unit is the
// plain mean of the measured RHK, each capped at 120.  Also: a goal no RHK
// serves (ASM-6) has no figure, RHK without a realisasi (kualitatif SKPs,
// or a checkpoint with nothing recorded) are counted but not measured, the
// page explains each figure with its numbers and links down to the SKP and
// the realisasi with its evidence.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { allItems, capaianByHand, cappedMean, samePct, subtree, unitByCode } from './170_report_util.mjs';

let server;
let admin;
let period;
let cps;
let tw3;
const rhkInfo = new Map();   // rhk id -> { rhk, skp summary }

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  period = (await admin.api('GET', '/api/v1/periode')).json.items[0];
  cps = (await admin.api('GET', '/api/v1/skp/1/realisasi')).json.titik_periksa;
  tw3 = cps.find((c) => c.nama === 'Triwulan III');
  const { units } = await subtree(admin, 1);
  const unitOfName = new Map(units.map((u) => [u.name, u.id]));
  for (const s of await allItems(admin, `/api/v1/skp?periode=${period.id}`)) {
    const hand = await capaianByHand(admin, s.id, tw3.urutan);
    for (const rhk of hand.skp.hasil_kerja) {
      rhkInfo.set(rhk.id, { rhk, skp: s, unitId: unitOfName.get(s.unit), pct: hand.byRhk.get(rhk.id) });
    }
  }
});

after(() => server?.stop());

/** The goal id an RHK serves, walking up its superiors' RHK; null if none. */
function goalOf(rhkId) {
  const seen = new Set();
  for (let id = rhkId; id && !seen.has(id); ) {
    seen.add(id);
    const x = rhkInfo.get(id);
    if (!x) return null;
    if (x.rhk.sasaran_id) return x.rhk.sasaran_id;
    id = x.rhk.rhk_atasan_id;
  }
  return null;
}

/** By hand: the RHK of approved SKPs of the unit's subtree serving each goal. */
async function expected(unitId) {
  const { ids } = await subtree(admin, unitId);
  const byGoal = new Map();
  for (const [id, x] of rhkInfo) {
    if (x.skp.status !== 'disetujui' || !ids.has(x.unitId)) continue;
    const g = goalOf(id);
    if (!g) continue;
    if (!byGoal.has(g)) byGoal.set(g, []);
    byGoal.get(g).push({ id, unitId: x.unitId, pct: x.pct });
  }
  return byGoal;
}

async function report(query) {
  const r = await admin.api('GET', `/api/v1/laporan/kontribusi?${query}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

test('each goal\'s RHK, units and roll-ups in Kelurahan Tambak Sarioso match the hand computation', async () => {
  const tsr = await unitByCode(admin, 'KEL-TSR');
  const c = await report(`unit=${tsr.id}&titik=${tw3.id}`);
  const hand = await expected(tsr.id);
  const served = c.sasaran.filter((g) => g.jumlah_rhk > 0);
  assert.deepEqual(served.map((g) => g.id).sort(), [...hand.keys()].sort(), 'the goals served');
  for (const g of served) {
    const mine = hand.get(g.id);
    assert.deepEqual(g.unit.flatMap((u) => u.rhk.map((x) => x.rhk_id)).sort((a, b) => a - b),
      mine.map((x) => x.id).sort((a, b) => a - b), `${g.kode}: its RHK`);
    assert.equal(g.jumlah_rhk, mine.length);
    assert.equal(g.rhk_dengan_capaian, mine.filter((x) => x.pct !== null).length);
    samePct(g.capaian, cappedMean(mine.map((x) => x.pct)), `${g.kode}: roll-up`);
    for (const u of g.unit) {
      const part = mine.filter((x) => x.unitId === u.unit_id);
      samePct(u.capaian, cappedMean(part.map((x) => x.pct)), `${g.kode} / ${u.unit_kerja}`);
      for (const x of u.rhk) samePct(x.capaian, rhkInfo.get(x.rhk_id).pct, `RHK ${x.rhk_id}`);
    }
  }
  for (const u of c.per_unit) {
    const all = [...hand.values()].flat().filter((x) => x.unitId === u.unit_id);
    assert.equal(u.jumlah_rhk, all.length, u.unit_kerja);
    samePct(u.capaian, cappedMean(all.map((x) => x.pct)), `${u.unit_kerja}: over every goal`);
  }
});

test('the explanation names the figures it averages', async () => {
  const tsr = await unitByCode(admin, 'KEL-TSR');
  const c = await report(`unit=${tsr.id}&titik=${tw3.id}`);
  const g = c.sasaran.find((x) => x.rhk_dengan_capaian >= 2);
  assert.ok(g, 'a goal with two measured RHK');
  const shown = (x) => Math.min(x, 120).toFixed(2).replace('.', ',');
  assert.match(g.penjelasan, new RegExp(`^Rata-rata capaian ${g.rhk_dengan_capaian} RHK yang mendukung sasaran ini: \\(`));
  for (const u of g.unit) for (const x of u.rhk) if (x.capaian !== null) assert.ok(g.penjelasan.includes(shown(x.capaian)), `${x.capaian} in ${g.penjelasan}`);
  assert.ok(g.penjelasan.includes(`/ ${g.rhk_dengan_capaian} = ${g.capaian.toFixed(2).replace('.', ',')}%`), g.penjelasan);
});

test('a goal nothing serves has no figure, and unmeasured RHK are counted but left out', async () => {
  const asm = await unitByCode(admin, 'ASM');
  const c = await report(`unit=${asm.id}&titik=${tw3.id}`);
  const empty = c.sasaran.find((g) => g.kode === 'ASM-6');
  assert.ok(empty, 'ASM-6 is listed');
  assert.equal(empty.jumlah_rhk, 0);
  assert.equal(empty.capaian, null);
  assert.match(empty.penjelasan, /^Belum ada RHK yang mendukung sasaran ini/);
  const partial = c.sasaran.find((g) => g.rhk_dengan_capaian < g.jumlah_rhk && g.rhk_dengan_capaian > 0);
  assert.ok(partial, 'a goal served by a kualitatif SKP\'s RHK');
  const missing = partial.jumlah_rhk - partial.rhk_dengan_capaian;
  assert.match(partial.penjelasan, new RegExp(`${missing} RHK belum memiliki realisasi`));
  const hand = await expected(asm.id);
  samePct(partial.capaian, cappedMean(hand.get(partial.id).map((x) => x.pct)), partial.kode);
});

test('at a checkpoint with nothing recorded every figure is missing, never 0', async () => {
  const asm = await unitByCode(admin, 'ASM');
  const tw4 = cps.find((x) => x.nama.startsWith('Triwulan IV'));
  const c = await report(`unit=${asm.id}&titik=${tw4.id}`);
  const served = c.sasaran.filter((g) => g.jumlah_rhk > 0);
  assert.ok(served.length >= 5);
  for (const g of served) {
    assert.equal(g.capaian, null);
    assert.equal(g.rhk_dengan_capaian, 0);
    assert.match(g.penjelasan, /^Belum ada capaian/);
  }
});

test('the page explains the rule and links down to the SKP and the realisasi with evidence', async () => {
  const tsr = await unitByCode(admin, 'KEL-TSR');
  const c = await report(`unit=${tsr.id}&titik=${tw3.id}`);
  const page = await admin.get(`/laporan/kontribusi?unit=${tsr.id}&titik=${tw3.id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /id="cara-hitung"/);
  const x = c.sasaran.find((g) => g.jumlah_rhk).unit[0].rhk[0];
  assert.ok(page.text.includes(`href="/skp/${x.skp_id}"`), 'link to the SKP');
  const real = `/skp/${x.skp_id}/realisasi?titik=${tw3.urutan}#rhk-${x.rhk_id}`;
  assert.ok(page.text.includes(real), 'link to the realisasi and evidence');
  const target = await admin.get(real.split('#')[0]);
  assert.equal(target.status, 200);
  assert.ok(target.text.includes(`id="rhk-${x.rhk_id}"`), 'the anchor exists on the realisasi page');
  assert.ok(!/style="/.test(page.text), 'no inline styles');
});
