// Helpers of the dashboard tests (175_dashboard_*.test.mjs): the raw data
// of a demo office read through the plain API routes (units, employees,
// SKPs, their realisasi and assessments, 360 rounds and raters,
// objections) and, from it, the dashboard's figures computed by hand for a
// unit's subtree or for one employee - independently of the program's
// own aggregation (docs/api-dashboard.md says what each figure means).
//
// The BerAKHLAK profile of a unit pools answers the API never shows one by
// one (anonymity), so its expectation is read from the answer table with
// SQL (sqlOn).

import assert from 'node:assert/strict';
import { sqlOn } from './util.mjs';

export const PREDICATES = ['sangat_kurang', 'kurang', 'butuh_perbaikan', 'baik', 'sangat_baik'];
const VALUES = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif',
  'kolaboratif'];

async function get(client, p) {
  const r = await client.api('GET', p);
  assert.equal(r.status, 200, `GET ${p}: ${r.text.slice(0, 300)}`);
  return r.json;
}

/** A percentage as the API writes it: one decimal, halves away from zero; null for 0/0. */
export const pct1 = (part, whole) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);

/** The achievement of a realisasi against an IKI's target (PermenPANRB formulas). */
function iki(k, value) {
  const v = Number(value);
  const lo = Number(k.target_min);
  const hi = k.target_max === '' ? lo : Number(k.target_max);
  const naik = k.arah === 'naik';
  const at = (t) => {
    if (t === 0) return naik || v <= 0 ? 100 : 0;
    const x = naik ? (v / t) * 100 : (2 - v / t) * 100;
    return x < 0 ? 0 : x;
  };
  if (v > hi) return at(hi);
  if (v < lo) return at(lo);
  return 100;
}

const cappedMean = (xs) => (xs.length ? xs.reduce((s, x) => s + Math.min(x, 120), 0) / xs.length : null);

/** Per RHK and for the SKP, at each checkpoint of a realisasi view: { rhk: {id: [..]}, skp: [..] }. */
export function achievementOf(view) {
  const rhk = {};
  const skp = [];
  for (const cp of view.titik_periksa) {
    const utama = [];
    for (const h of cp.hasil_kerja) {
      const xs = view.pendekatan === 'kuantitatif'
        ? h.iki.filter((k) => k.realisasi && k.realisasi.nilai !== '').map((k) => iki(k, k.realisasi.nilai))
        : [];
      const m = cappedMean(xs);
      (rhk[h.id] ||= []).push(m);
      if (h.jenis === 'utama' && m !== null) utama.push(m);
    }
    skp.push(cappedMean(utama));
  }
  return { rhk, skp };
}

/** Everything the expectations are computed from, read as an administrator. */
export async function loadRaw(server, admin) {
  const raw = {};
  raw.units = (await get(admin, '/api/v1/unit')).items;
  raw.employees = (await get(admin, '/api/v1/pegawai?per_page=500')).items;
  raw.period = (await get(admin, '/api/v1/periode')).items.find((p) => p.nama === 'Tahun 2026');
  raw.skps = (await get(admin, `/api/v1/skp?periode=${raw.period.id}&per_page=500`)).items;
  assert.equal(raw.skps.length, (await get(admin, `/api/v1/skp?periode=${raw.period.id}&per_page=500`)).total);
  raw.views = {};
  raw.assess = {};
  for (const s of raw.skps.filter((x) => x.status === 'disetujui')) {
    raw.views[s.id] = await get(admin, `/api/v1/skp/${s.id}/realisasi`);
    raw.assess[s.id] = {};
    for (const cp of raw.views[s.id].titik_periksa) {
      const a = await admin.api('GET', `/api/v1/skp/${s.id}/penilaian?jenis=periodik&titik=${cp.id}`);
      raw.assess[s.id][cp.id] = a.status === 200 ? a.json : null;
    }
    const t = await admin.api('GET', `/api/v1/skp/${s.id}/penilaian?jenis=tahunan`);
    raw.assess[s.id].tahunan = t.status === 200 ? t.json : null;
  }
  raw.checkpoints = raw.views[raw.skps.find((s) => s.status === 'disetujui').id].titik_periksa;
  raw.rounds = (await get(admin, '/api/v1/360/putaran')).items.filter((o) => o.periode_id === raw.period.id)
    .sort((a, b) => raw.checkpoints.findIndex((c) => c.id === a.checkpoint_id) - raw.checkpoints.findIndex((c) => c.id === b.checkpoint_id));
  raw.raters = {};
  for (const o of raw.rounds) raw.raters[o.id] = (await get(admin, `/api/v1/360/putaran/${o.id}/penilai?per_page=5000`)).items;
  raw.objections = (await get(admin, '/api/v1/keberatan?per_page=500')).items;
  raw.server = server;
  return raw;
}

/** The ids of unit `code` and every unit below it. */
export function subtree(raw, code) {
  const root = raw.units.find((u) => u.code === code);
  assert.ok(root, `unit ${code}`);
  const ids = new Set([root.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of raw.units) if (!ids.has(u.id) && ids.has(u.parent_id)) { ids.add(u.id); grew = true; }
  }
  return ids;
}

const isFinal = (a) => a && a.status === 'ditetapkan';

/** The status section expected for a unit subtree (ids) or one employee ({ employee }). */
export function expectedStatus(raw, scope) {
  const unitOf = new Map(raw.employees.map((e) => [e.id, e.unit_id]));
  const inScope = (employeeId) => (scope.employee ? employeeId === scope.employee : scope.units.has(unitOf.get(employeeId)));
  const skps = raw.skps.filter((s) => inScope(s.pegawai_id));
  const approved = skps.filter((s) => s.status === 'disetujui');
  const byState = { draft: 0, diajukan: 0, disetujui: 0, dikembalikan: 0 };
  for (const s of skps) byState[s.status]++;
  const current = raw.checkpoints.find((c) => c.status !== 'ditutup') || raw.checkpoints.at(-1);
  let ikiTotal = 0;
  let ikiDone = 0;
  for (const s of approved) {
    const cp = raw.views[s.id].titik_periksa.find((c) => c.id === current.id);
    ikiTotal += cp.iki_total;
    ikiDone += cp.hasil_kerja.reduce((n, h) => n + h.iki.filter((k) => k.realisasi).length, 0);
  }
  const penilaian = raw.checkpoints.map((c) => ({
    titik_id: c.id, nama: c.nama, total: approved.length,
    ditetapkan: approved.filter((s) => isFinal(raw.assess[s.id][c.id])).length,
  }));
  const rounds = raw.rounds.map((o) => {
    const forms = raw.raters[o.id].filter((f) => (scope.employee ? f.penilai.id === scope.employee : scope.units.has(f.pegawai.unit_id)));
    return { id: o.id, status: o.status, total: forms.length, dijawab: forms.filter((f) => f.status === 'dijawab').length };
  });
  const objections = raw.objections.filter((o) => o.periode_id === raw.period.id && inScope(o.pegawai_id));
  return {
    skp: { total: skps.length, disetujui: byState.disetujui, persen: pct1(byState.disetujui, skps.length), per_status: byState },
    titik_sekarang: current.id,
    realisasi: { terisi: ikiDone, total: ikiTotal },
    penilaian,
    penilaian_tahunan: { total: approved.length, ditetapkan: approved.filter((s) => isFinal(raw.assess[s.id].tahunan)).length },
    rounds,
    keberatan: { terbuka: objections.filter((o) => o.status !== 'diputus').length, total: objections.length },
    approved,
  };
}

/** Compares the API's status section with expectedStatus. */
export function assertStatus(got, exp, who) {
  assert.deepEqual(got.skp, exp.skp, `${who}: SKPs`);
  assert.equal(got.titik_sekarang.id, exp.titik_sekarang, `${who}: current checkpoint`);
  assert.equal(got.realisasi.terisi, exp.realisasi.terisi, `${who}: IKI with realisasi`);
  assert.equal(got.realisasi.total, exp.realisasi.total, `${who}: IKI due`);
  assert.deepEqual(got.penilaian.map((c) => ({ titik_id: c.titik_id, nama: c.nama, total: c.total, ditetapkan: c.ditetapkan })),
    exp.penilaian, `${who}: assessments per checkpoint`);
  assert.deepEqual({ total: got.penilaian_tahunan.total, ditetapkan: got.penilaian_tahunan.ditetapkan },
    exp.penilaian_tahunan, `${who}: annual assessments`);
  assert.deepEqual(got.r360.putaran.map((o) => ({ id: o.id, status: o.status, total: o.total, dijawab: o.dijawab })),
    exp.rounds, `${who}: 360 forms per round`);
  const sum = (st, k) => exp.rounds.filter((o) => o.status === st).reduce((n, o) => n + o[k], 0);
  assert.equal(got.r360.ditutup.total, sum('ditutup', 'total'), `${who}: forms in closed rounds`);
  assert.equal(got.r360.terbuka.dijawab, sum('terbuka', 'dijawab'), `${who}: answered in open rounds`);
  assert.deepEqual(got.keberatan, exp.keberatan, `${who}: objections`);
}

/** The distribution expected on the default basis: tahunan when any is final, else the latest checkpoint with a final one. */
export function expectedDistribution(raw, exp) {
  const anyAnnual = Object.values(raw.assess).some((a) => isFinal(a.tahunan));
  let basis = 'tahunan';
  if (!anyAnnual) {
    const withFinal = raw.checkpoints.filter((c) => Object.values(raw.assess).some((a) => isFinal(a[c.id])));
    basis = withFinal.length ? withFinal.at(-1).id : 'tahunan';
  }
  const count = Object.fromEntries(PREDICATES.map((p) => [p, 0]));
  const low = [];
  for (const s of exp.approved) {
    const a = raw.assess[s.id][basis];
    if (!isFinal(a)) continue;
    count[a.predikat]++;
    if (['sangat_kurang', 'kurang', 'butuh_perbaikan'].includes(a.predikat)) low.push({ skp: s.id, assessment: a.id, nip: s.nip });
  }
  return { basis, count, total: Object.values(count).reduce((a, b) => a + b, 0), low };
}

/** The mean SKP achievement per checkpoint over the approved SKPs in scope, and how many had one. */
export function expectedAchievement(raw, exp) {
  return raw.checkpoints.map((c, i) => {
    const xs = exp.approved.map((s) => achievementOf(raw.views[s.id]).skp[i]).filter((x) => x !== null);
    return { mean: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null, n: xs.length };
  });
}

/** A unit's pooled BerAKHLAK answers (others', never the self-assessment) in round `roundId`, from the table. */
export function pooledAnswers(raw, roundId, units) {
  const rows = sqlOn(raw.server, `SELECT a.ratee_employee_id, ${VALUES.map((v) => `a.${v}`).join(', ')} FROM answer360 a ` +
    `JOIN employees e ON e.id = a.ratee_employee_id WHERE a.round_id = ${Number(roundId)} AND a.grp <> 'diri' ` +
    `AND e.unit_id IN (${[...units].map(Number).join(', ')})`).split('\n').filter(Boolean).map((l) => l.split('|').map(Number));
  const ratees = new Set(rows.map((r) => r[0]));
  const mean = VALUES.map((_, i) => (rows.length ? rows.reduce((s, r) => s + r[i + 1], 0) / rows.length : null));
  return { answers: rows.length, ratees: ratees.size, mean };
}

/** Numbers equal to one decimal (the API rounds). */
export function near(got, want, what, places = 1) {
  if (want === null) { assert.equal(got, null, what); return; }
  assert.ok(got !== null && Math.abs(got - want) <= 0.5 * 10 ** -places + 1e-9, `${what}: got ${got}, expected ${want}`);
}
