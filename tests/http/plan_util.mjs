// This file contains helpers shared by the performance-planning HTTP tests
// (8N_*.test.mjs): logging in as any demo employee, reading an SKP back,
// a snapshot of what a refused planning request must leave alone, workflow
// steps with the current version, and adding employees (and positions) the
// tests need beside the demo data.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';
import { Client, DEMO_PASSWORD, runCli } from './harness.mjs';
import { auditCount } from './util.mjs';

/** Logs in as the demo employee with this NIP (every demo employee has an account). */
export async function loginNip(server, nip, password = DEMO_PASSWORD) {
  const c = new Client(server.url);
  await c.login(nip, password);
  return c;
}

/** GET /api/v1/skp/{id} as `client`; asserts 200 and returns the JSON. */
export async function getSkp(client, id) {
  const r = await client.api('GET', `/api/v1/skp/${id}`);
  assert.equal(r.status, 200, `GET /api/v1/skp/${id}: ${r.text.slice(0, 300)}`);
  return r.json;
}

/** The SKP as stored, without what depends on who asks (aksi_tersedia). */
export async function storedSkp(admin, id) {
  const { aksi_tersedia: _ignored, ...rest } = await getSkp(admin, id);
  return rest;
}

/** The SKP's history (riwayat) items, oldest first. */
export async function history(client, id) {
  const r = await client.api('GET', `/api/v1/skp/${id}/riwayat`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

/**
 * What a refused request must not change: the audit trail's length, the
 * number of SKPs in the current period, and the named SKPs as stored (their
 * version, state, results, indicators, expectations and lampiran).
 */
export async function planSnapshot(admin, skpIds = []) {
  const list = await admin.api('GET', '/api/v1/skp?per_page=1');
  assert.equal(list.status, 200, list.text);
  const skps = {};
  for (const id of skpIds) skps[id] = await storedSkp(admin, id);
  return { audit: await auditCount(admin), skpTotal: list.json.total, skps };
}

/** Asserts that nothing in `before` (see planSnapshot) changed. */
export async function assertPlanUnchanged(admin, before, what = 'the refused request') {
  const after = await planSnapshot(admin, Object.keys(before.skps));
  assert.equal(after.audit, before.audit, `${what} added to the audit trail`);
  assert.equal(after.skpTotal, before.skpTotal, `${what} changed the number of SKPs`);
  for (const id of Object.keys(before.skps)) {
    assert.equal(after.skps[id].version, before.skps[id].version, `${what} changed the version of SKP ${id}`);
    assert.deepEqual(after.skps[id], before.skps[id], `${what} changed SKP ${id}`);
  }
}

/**
 * POST /api/v1/skp/{id}/aksi with the SKP's current version (read as
 * `reader`, by default `client` itself); resolves to the response.
 */
export async function act(client, id, aksi, catatan, reader = client) {
  const cur = await reader.api('GET', `/api/v1/skp/${id}`);
  assert.equal(cur.status, 200, `GET /api/v1/skp/${id} before ${aksi}: ${cur.text.slice(0, 300)}`);
  const body = { aksi, version: cur.json.version };
  if (catatan !== undefined) body.catatan = catatan;
  return client.api('POST', `/api/v1/skp/${id}/aksi`, body);
}

/** Like act, and asserts 200 with the expected state. */
export async function actOk(client, id, aksi, state, catatan) {
  const r = await act(client, id, aksi, catatan);
  assert.equal(r.status, 200, `${aksi} on SKP ${id}: ${r.text.slice(0, 500)}`);
  assert.equal(r.json.status, state, `${aksi} on SKP ${id} leads to ${state}`);
  return r.json;
}

/** The demo SKP of the employee with this NIP in the current period (as admin). */
export async function skpOfNip(admin, nip) {
  const emp = await admin.api('GET', `/api/v1/pegawai?q=${nip}`);
  assert.equal(emp.status, 200, emp.text);
  const e = emp.json.items.find((x) => x.nip === nip);
  assert.ok(e, `no employee ${nip}`);
  const r = await admin.api('GET', `/api/v1/skp?pegawai=${e.id}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.items.length, 1, `employee ${nip} has one SKP in the current period`);
  return { employee: e, skp: r.json.items[0] };
}

/** A new position under `parent` (codes), as admin; returns it. */
export async function addPosition(admin, code, name, kind, unitCode, parentCode) {
  const r = await admin.api('POST', '/api/v1/jabatan',
    { code, name, kind, unit_code: unitCode, parent_code: parentCode });
  assert.equal(r.status, 201, `POST /api/v1/jabatan ${code}: ${r.text}`);
  return r.json;
}

/**
 * A new active employee in position `jabatan` (a code, or '' for none) of
 * unit `unit`, with an account whose password is the demo one; returns
 * { employee, client } (client logged in as them).
 */
export async function addEmployee(server, admin, { nip, nama, unit, jabatan, golongan = 'II/c' }) {
  const body = { nip, nama, kode_unit: unit, golongan };
  if (jabatan) body.kode_jabatan = jabatan;
  const r = await admin.api('POST', '/api/v1/pegawai', body);
  assert.equal(r.status, 201, `POST /api/v1/pegawai ${nama}: ${r.text}`);
  const add = await runCli(['user', 'add', '--nip', nip, '--password-stdin'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir, input: `${DEMO_PASSWORD}\n` });
  assert.equal(add.code, 0, `kinerja user add --nip ${nip}: ${add.stderr}`);
  assert.equal(add.sanitizer, null, add.sanitizer || '');
  return { employee: r.json, client: await loginNip(server, nip) };
}

/** Strips tags and collapses blanks: the text of an HTML page as a person reads it. */
export function pageText(html) {
  return html.replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
