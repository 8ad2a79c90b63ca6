// This file contains the helpers the report tests (170_report_* ...
// 174_report_*) share: the unit subtree from the plain unit list, every
// page of a list route, a binary download as the logged-in client, and the
// achievement (capaian) computed by hand from an SKP's targets and the
// values recorded, as PermenPANRB 6/2022 and docs/glossary.md state it,
// so the reports' figures are checked against an independent computation.
//
// Only Node's own modules and the harness are used.

import assert from 'node:assert/strict';

/** Ids of unit `rootId` and every unit below it, from GET /api/v1/unit. */
export async function subtree(client, rootId) {
  const r = await client.api('GET', '/api/v1/unit');
  assert.equal(r.status, 200, r.text);
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of r.json.items) {
      if (!ids.has(u.id) && ids.has(u.parent_id)) { ids.add(u.id); grew = true; }
    }
  }
  return { ids, units: r.json.items };
}

/** The unit with this code. */
export async function unitByCode(client, code) {
  const r = await client.api('GET', '/api/v1/unit');
  const u = r.json.items.find((x) => x.code === code);
  assert.ok(u, `unit ${code}`);
  return u;
}

/** Every item of a paged list route (?page=&per_page=). */
export async function allItems(client, urlPath, perPage = 200) {
  const items = [];
  for (let page = 1; ; page++) {
    const sep = urlPath.includes('?') ? '&' : '?';
    const r = await client.api('GET', `${urlPath}${sep}page=${page}&per_page=${perPage}`);
    assert.equal(r.status, 200, `${urlPath}: ${r.text.slice(0, 200)}`);
    items.push(...r.json.items);
    if (r.json.total === undefined || items.length >= r.json.total || !r.json.items.length) break;
  }
  return items;
}

/** GET as the client, the body as bytes. */
export async function download(server, client, urlPath) {
  const res = await fetch(new URL(urlPath, server.url), { headers: { Cookie: client.cookieHeader() } });
  return { status: res.status, type: res.headers.get('content-type') || '',
    disposition: res.headers.get('content-disposition') || '',
    bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Achievement of one IKI in percent, or null: realisasi against target,
 *  higher or lower is better, a range compared with the bound it passes. */
export function ikiPct(iki, value) {
  if (value === undefined || value === null || value === '') return null;
  const v = Number(value);
  const lo = Number(iki.target_min);
  const hi = iki.target_max === '' || iki.target_max === undefined ? lo : Number(iki.target_max);
  if (!Number.isFinite(v) || !Number.isFinite(lo)) return null;
  let t;
  if (v >= lo && v <= hi) return 100;
  t = v > hi ? hi : lo;
  if (iki.arah === 'turun') {
    if (t === 0) return v <= 0 ? 100 : 0;
    return Math.max(0, (2 - v / t) * 100);
  }
  if (t === 0) return 100;
  return (v / t) * 100;
}

/** The mean with every value capped at 120 (the roll-up rule), or null. */
export function cappedMean(values) {
  const v = values.filter((x) => x !== null);
  if (!v.length) return null;
  return v.reduce((s, x) => s + Math.min(x, 120), 0) / v.length;
}

/** Per RHK id its achievement at checkpoint `seq`, and the SKP's (mean of
 *  the utama RHK), from GET /api/v1/skp/{id} (targets) and
 *  /api/v1/skp/{id}/realisasi (the values recorded). */
export async function capaianByHand(client, skpId, seq) {
  const skp = (await client.api('GET', `/api/v1/skp/${skpId}`)).json;
  const mon = (await client.api('GET', `/api/v1/skp/${skpId}/realisasi`)).json;
  const cp = mon.titik_periksa.find((c) => c.urutan === seq);
  const values = new Map();
  for (const rhk of cp?.hasil_kerja || []) {
    for (const k of rhk.iki) if (k.realisasi) values.set(k.id, k.realisasi.nilai);
  }
  const byRhk = new Map();
  const utama = [];
  for (const rhk of skp.hasil_kerja) {
    const pct = skp.pendekatan === 'kuantitatif'
      ? cappedMean(rhk.iki.map((k) => ikiPct(k, values.get(k.id)))) : null;
    byRhk.set(rhk.id, pct);
    if (rhk.jenis === 'utama') utama.push(pct);
  }
  return { skp, byRhk, skpPct: cappedMean(utama) };
}

/** Two percentages agree to the two decimals the reports show. */
export function samePct(actual, expected, what) {
  if (expected === null) {
    assert.equal(actual, null, `${what}: no figure expected`);
    return;
  }
  assert.ok(actual !== null && Math.abs(actual - expected) < 0.006,
    `${what}: ${actual} vs hand-computed ${expected.toFixed(4)}`);
}
