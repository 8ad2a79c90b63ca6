// This file contains the helpers of the list tests (180_lists_*.test.mjs):
// reading every page of a list through the API, the unit tree, the orders
// the lists document (domain/listquery.h, store/list_*.c) as comparators
// computed here from the rows' own fields, and downloads as bytes.
import assert from 'node:assert/strict';

/** Every item of an API list, page after page (per_page 500). */
export async function allItems(client, path) {
  const sep = path.includes('?') ? '&' : '?';
  const items = [];
  for (let page = 1; ; page++) {
    const r = await client.api('GET', `${path}${sep}per_page=500&page=${page}`);
    assert.equal(r.status, 200, `${path}: ${r.text}`);
    items.push(...r.json.items);
    if (items.length >= r.json.total || !r.json.items.length) return { items, total: r.json.total };
  }
}

/** Units by id with their parent, and the ids at or below a unit. */
export async function unitTree(client) {
  const r = await client.api('GET', '/api/v1/unit');
  assert.equal(r.status, 200);
  const units = r.json.items;
  const below = (id) => {
    const out = new Set([id]);
    let grown = true;
    while (grown) {
      grown = false;
      for (const u of units) if (out.has(u.parent_id) && !out.has(u.id)) { out.add(u.id); grown = true; }
    }
    return out;
  };
  return { units, byCode: (c) => units.find((u) => u.code === c), below };
}

/** Employee id -> employee, for the unit of a row. */
export async function employeesById(client) {
  const { items } = await allItems(client, '/api/v1/pegawai');
  return new Map(items.map((e) => [e.id, e]));
}

/** Binary GET as `client` (cookies): { status, type, bytes, text }. */
export async function download(client, url) {
  const res = await fetch(new URL(url, client.baseUrl), { headers: { Cookie: client.cookieHeader() } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type') || '', bytes, text: bytes.toString('utf8') };
}

/** ASCII lower case, as employees.name_key keeps names. */
export const nameKey = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Byte order of UTF-8 strings (SQLite's and the C.UTF-8 collation's). */
export const bytesCmp = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export const PRED_RANK = { sangat_kurang: 0, kurang: 1, butuh_perbaikan: 2, baik: 3, sangat_baik: 4 };
export const SKP_STATE_RANK = { draft: 0, diajukan: 1, disetujui: 2, dikembalikan: 3 };
export const OBJ_STATE_RANK = { diajukan: 0, penjelasan_diminta: 1, dijelaskan: 2, diputus: 3 };

/**
 * Asserts `items` are in the documented order of `key` (a function giving
 * the sort value, compared with `by`) in direction `desc`, then NIP and id
 * ascending.
 */
export function assertOrdered(items, key, desc, by = cmp, what = '') {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1], b = items[i];
    let c = by(key(a), key(b));
    if (desc) c = -c;
    if (c === 0) c = bytesCmp(a.nip, b.nip) || cmp(a.id, b.id);
    assert.ok(c < 0, `${what}: rows ${i - 1} and ${i} out of order (${JSON.stringify(key(a))} / ${a.nip} / ${a.id} then ${JSON.stringify(key(b))} / ${b.nip} / ${b.id})`);
  }
}

/** Compares arrays of sort values element by element. */
export function tupleCmp(x, y) {
  for (let i = 0; i < x.length; i++) {
    const c = typeof x[i] === 'string' ? bytesCmp(x[i], y[i]) : cmp(x[i], y[i]);
    if (c) return c;
  }
  return 0;
}

/** "19660801 198803 1 001" */
export const spaced = (nip) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
