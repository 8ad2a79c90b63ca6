// This file contains helpers shared by the objection (keberatan) HTTP tests
// (99_objection*.test.mjs): a final assessment by the pejabat penilai, the
// last day to object as the server counts it (WIB calendar days), moving
// an assessment's finalisation back in time on the test database (as
// util.mjs's expireAllSessions does for sessions: the server has no clock
// to shift), and the refusal checks.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';
import { auditCount, sqlOn } from './util.mjs';

export const DAY = 86400;

/** The pejabat penilai rates and finalises; returns the assessment JSON. */
export async function rateFinal(client, skp, query, hasil, perilaku) {
  const u = `/api/v1/skp/${skp}/penilaian?${query}`;
  const cur = await client.api('GET', u);
  assert.equal(cur.status, 200, cur.text);
  const r = await client.api('PUT', u, {
    hasil_kerja: hasil, alasan_hasil_kerja: `Alasan hasil kerja ${query}`,
    perilaku_kerja: perilaku, alasan_perilaku_kerja: `Alasan perilaku kerja ${query}`,
    version: cur.json.version, tetapkan: true,
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'ditetapkan');
  return r.json;
}

/** finalised_at of an assessment as stored (unix seconds). */
export function finalisedAt(server, assessmentId) {
  return Number(sqlOn(server, `SELECT finalised_at FROM assessment WHERE id = ${Number(assessmentId)}`));
}

/** Moves an assessment's finalisation `days` days back. */
export function backdate(server, assessmentId, days) {
  sqlOn(server, `UPDATE assessment SET finalised_at = finalised_at - ${days * DAY} ` +
    `WHERE id = ${Number(assessmentId)}`);
}

/** The last day to object (finalised day in WIB + days) as [DD-MM-YYYY, YYYY-MM-DD]. */
export function lastDay(finalised, days) {
  const day = Math.floor((finalised + 7 * 3600) / DAY) + days;
  const iso = new Date(day * DAY * 1000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return [`${d}-${m}-${y}`, iso];
}

/** Asserts a refusal with this status and field, and a message. */
export function refused(r, status, field, what) {
  assert.equal(r.status, status, `${what}: ${r.text.slice(0, 400)}`);
  assert.ok(r.json && r.json.error, `${what}: a JSON error`);
  assert.equal(r.json.error.field, field, `${what} names the field: ${r.text}`);
  assert.ok(r.json.error.message.length > 0, `${what} says why`);
}

/**
 * Runs `fn` and asserts nothing was written: `read()` (the case or the
 * assessment as an admin reads it) and the audit trail's length stay.
 */
export async function unchanged(admin, what, read, fn) {
  const before = { state: await read(), audit: await auditCount(admin) };
  await fn();
  assert.deepEqual(await read(), before.state, `${what} changed what is stored`);
  assert.equal(await auditCount(admin), before.audit, `${what} added to the audit trail`);
}
