// This file contains helpers shared by the evaluation HTTP tests
// (14N_evaluation*.test.mjs): WIB dates, the demo's units and active
// employees per unit, making, opening and closing a survey through the
// API, answering it as an employee, the stored survey rows, and the
// column names of a table on either database.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';
import { loginNip } from './plan_util.mjs';
import { onPostgres, sqlOn } from './util.mjs';

/** Today (plus `days`) in WIB as YYYY-MM-DD. */
export function wibDate(days = 0) {
  return new Date(Date.now() + 7 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
}

/** Unit code -> id, as GET /api/v1/unit lists them. */
export async function unitIds(client) {
  const r = await client.api('GET', '/api/v1/unit');
  assert.equal(r.status, 200, r.text);
  return Object.fromEntries(r.json.items.map((u) => [u.code ?? u.kode, u.id]));
}

/** The period the demo works in (the first listed). */
export async function periodId(client) {
  const r = await client.api('GET', '/api/v1/periode');
  assert.equal(r.status, 200, r.text);
  return r.json.items[0].id;
}

/** The active employees whose own unit is `code` (not those below it). */
export async function employeesOf(admin, units, code) {
  const r = await admin.api('GET', `/api/v1/pegawai?unit=${units[code]}&status=aktif&per_page=200`);
  assert.equal(r.status, 200, r.text);
  return r.json.items.filter((e) => e.kode_unit === code);
}

/** Creates a draft as `client` (asserting 201) and returns it. */
export async function createSurvey(client, body) {
  const r = await client.api('POST', '/api/v1/evaluasi/survei', {
    judul: 'Survei uji', dibuka: wibDate(0), ditutup: wibDate(14), ...body,
  });
  assert.equal(r.status, 201, `POST /api/v1/evaluasi/survei: ${r.text}`);
  return r.json;
}

/** Runs step 'buka' or 'tutup' as `client`, asserting 200. */
export async function step(client, id, aksi) {
  const r = await client.api('POST', `/api/v1/evaluasi/survei/${id}/${aksi}`, {});
  assert.equal(r.status, 200, `${aksi} survey ${id}: ${r.text}`);
  return r.json;
}

/** The answers body: scaled questions get `values` in turn, text ones `text`. */
export function answersFor(survey, values, text = '') {
  let k = 0;
  return {
    jawaban: survey.pertanyaan.map((q) => (q.jenis === 'skala'
      ? { pertanyaan_id: q.id, nilai: values[k++ % values.length] }
      : { pertanyaan_id: q.id, teks: text })),
  };
}

/** Logs in as NIP and answers; returns the response. */
export async function answerAs(server, nip, survey, values, text = '') {
  const c = await loginNip(server, nip);
  return c.api('POST', `/api/v1/evaluasi/survei/${survey.id}/jawaban`, answersFor(survey, values, text));
}

/** The column names of a table, on SQLite or PostgreSQL. */
export function columnsOf(server, table) {
  const sql = onPostgres()
    ? `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`
    : `SELECT name FROM pragma_table_info('${table}') ORDER BY cid`;
  return sqlOn(server, sql).split('\n').filter(Boolean);
}

/** The survey tables as stored (counts), to compare around a refusal. */
export function surveyRows(server) {
  return ['survey', 'survey_question', 'survey_group', 'survey_respondent', 'survey_text']
    .map((t) => `${t}:${sqlOn(server, `SELECT COUNT(*) FROM ${t}`)}`)
    .concat(`tally:${sqlOn(server, 'SELECT COALESCE(SUM(count), 0) FROM survey_tally')}`,
      `rev:${sqlOn(server, 'SELECT COALESCE(SUM(rev), 0) FROM survey')}`)
    .join(' ');
}
