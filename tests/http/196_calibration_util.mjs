// This file contains helpers shared by the calibration (kalibrasi) HTTP
// tests (196_calibration_*.test.mjs ... 199_*): the predicate matrix as
// DOMAIN.md states it (so expectations never come from the program), the
// demo's units, period and Triwulan III, reading the table and one row,
// proposing, and reading an assessment back.
//
// Only Node's own modules and the other test helpers are used.

import assert from 'node:assert/strict';
import { unitByCode } from './170_report_util.mjs';

/** predicate of (hasil kerja, perilaku kerja), DOMAIN.md's matrix. */
const MATRIX = {
  di_atas: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'sangat_baik' },
  sesuai: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'baik' },
  di_bawah: { di_bawah: 'sangat_kurang', sesuai: 'butuh_perbaikan', di_atas: 'butuh_perbaikan' },
};
export const predicateOf = (hasil, perilaku) => MATRIX[hasil][perilaku];

/** A rating other than `r`: up when it can, else down. */
export const otherRating = (r) => (r === 'di_atas' ? 'sesuai' : r === 'sesuai' ? 'di_atas' : 'sesuai');

/** The period, Triwulan III and the demo's units by code. */
export async function demoIds(admin) {
  const period = (await admin.api('GET', '/api/v1/periode')).json.items[0];
  const cps = (await admin.api('GET', '/api/v1/skp/1/realisasi')).json.titik_periksa;
  const ids = { period: period.id, tw3: cps.find((c) => c.nama === 'Triwulan III').id,
    tw1: cps.find((c) => c.nama === 'Triwulan I').id };
  for (const [k, code] of [['asm', 'ASM'], ['yan', 'ASM-YAN'], ['pem', 'ASM-PEM'], ['gkl', 'KEL-GKL'],
    ['tsr', 'KEL-TSR']]) ids[k] = (await unitByCode(admin, code)).id;
  return ids;
}

/** GET /api/v1/kalibrasi with `query`, asserting 200. */
export async function calibTable(client, query) {
  const r = await client.api('GET', `/api/v1/kalibrasi?${query}`);
  assert.equal(r.status, 200, r.text.slice(0, 400));
  return r.json;
}

/** The row of the employee with this NIP. */
export function rowOf(table, nip) {
  const row = table.pegawai.find((p) => p.nip === nip);
  assert.ok(row, `${nip} is in the table of ${table.unit.kode}`);
  return row;
}

/** POST /api/v1/kalibrasi/usulan. */
export function propose(client, body) {
  return client.api('POST', '/api/v1/kalibrasi/usulan', body);
}

/** An assessment as the plain assessment route gives it (as admin). */
export async function readAssessment(admin, skpId, cp) {
  const r = await admin.api('GET', `/api/v1/skp/${skpId}/penilaian?jenis=periodik&titik=${cp}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

/** The employee whose login is the account of `role` (its NIP). */
export const nipOf = (server, role) => server.accounts[role].login.replace(/\s/g, '');
