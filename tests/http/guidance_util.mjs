// This file contains helpers shared by the guidance (pembinaan) HTTP tests
// (110_guidance*.test.mjs .. 114_*): the demo people they use, today and
// other days as the server counts them (WIB calendar days, YYYY-MM-DD), an
// employee's guidance records read back as an administrator, moving an
// improvement plan's dates on the test database (as objection_util.mjs
// moves a finalisation: the server has no clock to shift), and a snapshot
// of what a refused request must leave alone.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';
import { auditCount, sqlOn } from './util.mjs';

export const NUR = '198803022014112370';     // ASM-YAN-P02: Dewi's colleague, same Kasi
export const SUKRI = '199001122012051154';   // ASM-PEM-P02: Seksi Pemerintahan

const DAY_MS = 86400 * 1000;

/** Today in WIB plus `days`, as YYYY-MM-DD. */
export function wibDate(days = 0) {
  return new Date(Date.now() + 7 * 3600 * 1000 + days * DAY_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date `months` months after `iso`, the day clamped to the month's end. */
export function addMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${ny}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** One employee's guidance records as `client` reads them (asserts 200). */
export async function records(client, employeeId) {
  const r = await client.api('GET', `/api/v1/pembinaan/pegawai/${employeeId}`);
  assert.equal(r.status, 200, `GET /api/v1/pembinaan/pegawai/${employeeId}: ${r.text.slice(0, 300)}`);
  return r.json;
}

/** One improvement plan as `client` reads it (asserts 200), without what depends on who asks. */
export async function readPlan(client, id) {
  const r = await client.api('GET', `/api/v1/pembinaan/rencana-perbaikan/${id}`);
  assert.equal(r.status, 200, `GET plan ${id}: ${r.text.slice(0, 300)}`);
  const { aksi_tersedia: _ignored, ...rest } = r.json;
  return rest;
}

/** Sets dates of a plan and of its checkpoints (by urutan) straight in the database. */
export function setPlanDates(server, planId, { opened, due, checkpoints = {} }) {
  const id = Number(planId);
  if (opened) sqlOn(server, `UPDATE improvement_plan SET opened_on = '${opened}', due_on = '${due}' WHERE id = ${id}`);
  for (const [seq, date] of Object.entries(checkpoints)) {
    sqlOn(server, `UPDATE improvement_checkpoint SET due_on = '${date}' WHERE plan_id = ${id} AND seq = ${Number(seq)}`);
  }
}

/** Rows in a guidance table, counted in the database. */
export function countRows(server, table) {
  return Number(sqlOn(server, `SELECT COUNT(*) FROM ${table}`));
}

/** What a refused request must not change: the audit trail and every guidance table. */
export async function guidanceSnapshot(server, admin) {
  const tables = ['guidance_session', 'improvement_plan', 'improvement_trigger',
    'improvement_checkpoint', 'development_plan'];
  const rows = {};
  for (const t of tables) rows[t] = sqlOn(server, `SELECT * FROM ${t} ORDER BY id`);
  return { audit: await auditCount(admin), rows };
}

/** Runs fn and asserts nothing was written (audit trail and guidance tables). */
export async function unchangedBy(server, admin, what, fn) {
  const before = await guidanceSnapshot(server, admin);
  await fn();
  const after = await guidanceSnapshot(server, admin);
  assert.equal(after.audit, before.audit, `${what} added to the audit trail`);
  assert.deepEqual(after.rows, before.rows, `${what} changed a guidance table`);
}

/** Asserts a refusal with this status and field. */
export function refusedWith(r, status, field, what) {
  assert.equal(r.status, status, `${what}: ${r.text.slice(0, 400)}`);
  assert.ok(r.json?.error, `${what}: a JSON error`);
  assert.equal(r.json.error.field, field, `${what} names the field: ${r.text}`);
  assert.ok(r.json.error.message.length > 0, `${what} says why`);
}
