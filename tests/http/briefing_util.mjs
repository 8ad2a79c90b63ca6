// This file contains helpers shared by the briefing (sosialisasi) HTTP
// tests (12N_briefing*.test.mjs): making and publishing a guide through
// the API, reading a guide, its coverage and the caller's own list, the
// rows of the briefing tables as stored, and the demo's people and units.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';
import { sqlOn } from './util.mjs';

export const NUR = '198803022014112370';     // ASM-YAN, Dewi's colleague
export const SUKRI = '199001122012051154';   // ASM-PEM, Seksi Pemerintahan

/** A three-question quiz; `answers` picks the right choice of each. */
export const QUIZ = [
  { pertanyaan: 'Berapa hari batas pengajuan keberatan?', pilihan: ['7 hari', '14 hari', '30 hari'], jawaban: 1 },
  { pertanyaan: 'Siapa pejabat penilai?', pilihan: ['Atasan langsung', 'Camat selalu'], jawaban: 0 },
  { pertanyaan: 'Predikat Sesuai/Sesuai adalah?', pilihan: ['Sangat Baik', 'Baik', 'Kurang'], jawaban: 1 },
];
export const RIGHT = QUIZ.map((q) => q.jawaban);

/** Creates a draft as `client` (201) and returns it. */
export async function createGuide(client, body) {
  const r = await client.api('POST', '/api/v1/sosialisasi', {
    judul: 'Panduan uji', isi: '# Pokok\nIsi panduan.', ...body,
  });
  assert.equal(r.status, 201, `POST /api/v1/sosialisasi: ${r.text}`);
  return r.json;
}

/** Creates and publishes a guide as `client`; returns it published. */
export async function publishGuide(client, body) {
  const g = await createGuide(client, body);
  const r = await client.api('POST', `/api/v1/sosialisasi/${g.id}/terbitkan`, { version: g.version });
  assert.equal(r.status, 200, `publish: ${r.text}`);
  assert.equal(r.json.status, 'terbit');
  return r.json;
}

/** GET /api/v1/sosialisasi/{id} as `client`, asserting `status`. */
export async function readGuide(client, id, status = 200) {
  const r = await client.api('GET', `/api/v1/sosialisasi/${id}`);
  assert.equal(r.status, status, `GET guide ${id}: ${r.text.slice(0, 300)}`);
  return r.json;
}

/** The ids of the guides on the caller's own list. */
export async function myGuideIds(client) {
  const r = await client.api('GET', '/api/v1/sosialisasi');
  assert.equal(r.status, 200, r.text);
  return r.json.items.map((g) => g.id);
}

/** The coverage of a guide as `client` (HR). */
export async function coverage(client, id, query = '') {
  const r = await client.api('GET', `/api/v1/sosialisasi/${id}/cakupan${query}`);
  assert.equal(r.status, 200, `coverage ${id}: ${r.text.slice(0, 300)}`);
  return r.json;
}

/** Active employees of a unit and the units below it, as the employee API counts them. */
export async function activeIn(admin, unitId) {
  const q = unitId ? `&unit=${unitId}` : '';
  const r = await admin.api('GET', `/api/v1/pegawai?per_page=1&status=aktif${q}`);
  assert.equal(r.status, 200, r.text);
  return r.json.total;
}

/** How many rows a briefing table holds for a guide (straight from the database). */
export function rowsOf(server, table, guideId, extra = '') {
  return Number(sqlOn(server, `SELECT COUNT(*) FROM ${table} WHERE guide_id = ${Number(guideId)}${extra}`));
}

/** Unit ids by code. */
export async function unitIds(admin) {
  const r = await admin.api('GET', '/api/v1/unit');
  assert.equal(r.status, 200, r.text);
  return Object.fromEntries(r.json.items.map((u) => [u.code, u.id]));
}
