// This file contains helpers shared by the allowance (TPP) HTTP tests
// (100_tpp*.test.mjs .. 103_*): a rule set body, attendance CSV text and
// its import as text/csv, the checkpoint ids of the demo period, a run,
// and reading TPP state back for "nothing was written" checks.
//
// Only Node's own modules and the test helpers are used.

import assert from 'node:assert/strict';
import { csv, sqlOn } from './util.mjs';

export const ATT_COLUMNS = ['nip', 'tahun', 'bulan', 'hari_kerja', 'hari_kerja_bulan',
  'tanpa_keterangan', 'izin', 'sakit', 'cuti', 'terlambat_menit'];

/**
 * A rule set by position kind (jabatan): pelaksana Rp 4.000.000, the
 * others more; 60/40; the default-like multipliers and deductions;
 * rounded to Rp 1.000 half up.  `over` replaces top-level keys.
 */
export function rulesBody(over = {}) {
  return {
    tahun: 2026,
    dasar: 'jabatan',
    besaran: {
      jpt_pratama: 12000000, administrator: 9000000, pengawas: 7000000,
      fungsional: 5000000, pelaksana: 4000000,
    },
    porsi_kinerja: 60,
    porsi_disiplin: 40,
    pengali_predikat: { sangat_baik: 120, baik: 100, butuh_perbaikan: 75, kurang: 50, sangat_kurang: 25, tanpa_penilaian: 0 },
    potongan_per_hari: { tanpa_keterangan: 3, izin: 1, sakit: '0,5', cuti: 0 },
    terlambat: { menit_per_blok: 30, persen_per_blok: 0.5, batas_persen: 10 },
    batas_potongan: 100,
    pembulatan: { satuan: 1000, cara: 'setengah_ke_atas' },
    catatan: 'Aturan uji',
    ...over,
  };
}

/** The multiplier (percent) of a predicate in rulesBody(). */
export const MULT = { sangat_baik: 120, baik: 100, butuh_perbaikan: 75, kurang: 50, sangat_kurang: 25, tanpa_penilaian: 0 };

/** Stores a rule set version as `client` (an admin); returns it. */
export async function setRules(client, body = rulesBody()) {
  const r = await client.api('POST', '/api/v1/tpp/aturan', body);
  assert.equal(r.status, 201, `POST /api/v1/tpp/aturan: ${r.text.slice(0, 400)}`);
  return r.json;
}

/** Attendance CSV from row objects keyed by ATT_COLUMNS. */
export function attendanceCsv(rows) {
  return csv(ATT_COLUMNS, rows.map((o) => ATT_COLUMNS.map((c) => o[c] ?? '')));
}

/** A full month (22 of 22 days, nothing missed) for each NIP and month. */
export function fullMonths(nips, months, year = 2026) {
  const rows = [];
  for (const nip of nips) for (const bulan of months) rows.push({ nip, tahun: year, bulan, hari_kerja: 22, hari_kerja_bulan: 22 });
  return rows;
}

/** POSTs attendance CSV text to the API as text/csv. */
export async function importAttendance(client, text) {
  return client.request('POST', '/api/v1/tpp/kehadiran', {
    headers: { 'Content-Type': 'text/csv', Accept: 'application/json', 'X-CSRF-Token': await client.csrfToken() },
    body: text,
  });
}

/** The checkpoint ids of the demo period by name. */
export async function checkpointIds(client) {
  const periods = await client.api('GET', '/api/v1/periode');
  assert.equal(periods.status, 200, periods.text);
  const p = await client.api('GET', `/api/v1/periode/${periods.json.items[0].id}`);
  assert.equal(p.status, 200, p.text);
  return Object.fromEntries(p.json.checkpoint.map((c) => [c.nama, c.id]));
}

/** Creates a run as `client`; returns it (with the first page of items). */
export async function createRun(client, body) {
  const r = await client.api('POST', '/api/v1/tpp/perhitungan', body);
  assert.equal(r.status, 201, `POST /api/v1/tpp/perhitungan: ${r.text.slice(0, 400)}`);
  return r.json;
}

/** All items of a run (as a reader). */
export async function runItems(client, id) {
  const r = await client.api('GET', `/api/v1/tpp/perhitungan/${id}?per_page=1000`);
  assert.equal(r.status, 200, r.text);
  return r.json.rincian_pegawai.items;
}

/** The item of a NIP in a run. */
export async function itemOf(client, runId, nip) {
  const hit = (await runItems(client, runId)).find((i) => i.nip === nip);
  assert.ok(hit, `no item for ${nip} in run ${runId}`);
  return hit;
}

/** Counts of TPP rows straight from the database (rule sets, attendance, runs, items). */
export function tppCounts(server) {
  const one = (sql) => Number(sqlOn(server, sql));
  return {
    rulesets: one('SELECT COUNT(*) FROM tpp_ruleset'),
    attendance: one('SELECT COUNT(*) FROM tpp_attendance'),
    attendanceSum: one('SELECT COALESCE(SUM(work_days * 100 + tanpa_keterangan + late_minutes), 0) FROM tpp_attendance'),
    runs: one('SELECT COUNT(*) FROM tpp_run'),
    items: one('SELECT COUNT(*) FROM tpp_run_item'),
    runVersions: one('SELECT COALESCE(SUM(version), 0) FROM tpp_run'),
    approved: one("SELECT COUNT(*) FROM tpp_run WHERE state = 'disetujui'"),
    amounts: one('SELECT COALESCE(SUM(amount), 0) FROM tpp_run_item'),
  };
}
