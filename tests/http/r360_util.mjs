// This file contains helpers shared by the 360-degree feedback HTTP tests
// (94_360*.test.mjs, 95_360*.test.mjs): the demo people of Seksi Pelayanan
// who rate each other, building an answer body, opening a round as HR,
// finding a rater's form, and scanning a response for a person's
// identifiers.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';

/** Seksi Pelayanan of the demo office: the Kepala Seksi and her six staff. */
export const YAN = {
  hosniyah: '198602122010092031',   // ASM-YAN-KA, the pejabat penilai (demo "pejabat")
  dewi: '199702082020092397',       // ASM-YAN-P01 (demo "pegawai")
  nur: '198803022014112370',        // P02
  achmad: '198502022007101388',     // P03
  siti: '198008022003042083',       // P04
  halimah: '197601011997022192',    // P05
  samsul: '198003202022091236',     // P06
};
/** Seksi Pemerintahan staff: nobody Dewi rates, added by HR as her extra peer. */
export const SUKRI = '199001122012051154';
/** The Camat: Hosniyah's pejabat penilai. */
export const CAMAT = '197202282000022302';

export const VALUE_CODES = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis',
  'loyal', 'adaptif', 'kolaboratif'];

/** {nilai: {...}} with the seven scores (one number for all, or an array). */
export function answerBody(scores, komentar) {
  const list = Array.isArray(scores) ? scores : VALUE_CODES.map(() => scores);
  const nilai = Object.fromEntries(VALUE_CODES.map((c, i) => [c, list[i]]));
  return komentar === undefined ? { nilai } : { nilai, komentar };
}

/** The checkpoints of the demo period, by name ("Triwulan IV-Akhir" ...). */
export async function checkpoints(client) {
  const periods = await client.api('GET', '/api/v1/periode');
  assert.equal(periods.status, 200, periods.text);
  const p = await client.api('GET', `/api/v1/periode/${periods.json.items[0].id}`);
  assert.equal(p.status, 200, p.text);
  return Object.fromEntries(p.json.checkpoint.map((c) => [c.nama, c.id]));
}

/** YYYY-MM-DD in WIB, `days` from today. */
export function dayFromToday(days) {
  const t = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  return t.toISOString().slice(0, 10);
}

/** Opens a round as `hr` for checkpoint id `cp`; asserts 201 and returns it. */
export async function openRound(hr, cp, days = 14) {
  const r = await hr.api('POST', '/api/v1/360/putaran', { checkpoint_id: cp, tutup_pada: dayFromToday(days) });
  assert.equal(r.status, 201, `open a round: ${r.text}`);
  return r.json;
}

/** The rater list of one person rated, as HR sees it. */
export async function raterList(hr, roundId, employeeId) {
  const r = await hr.api('GET', `/api/v1/360/putaran/${roundId}/penilai?pegawai=${employeeId}`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

/** The form of `rater` (a client) for the person with this employee id in a round. */
export async function taskFor(rater, roundId, rateeId) {
  const r = await rater.api('GET', '/api/v1/360/tugas');
  assert.equal(r.status, 200, r.text);
  const t = r.json.items.find((x) => x.putaran.id === roundId && x.pegawai.id === rateeId);
  assert.ok(t, `no form for employee ${rateeId} in round ${roundId}`);
  return t;
}

/** NIP grouped as the pages show it: "19660801 198803 1 001". */
export function nipGrouped(nip) {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * The identifiers of a person found in `text` (none is the wanted answer):
 * name, NIP (raw and grouped; the NIP is also the login), and their
 * employee id in the shapes a page or the API carries one.
 */
export function leaks(text, person) {
  const found = [];
  for (const n of [person.nama, person.nip, nipGrouped(person.nip)]) {
    if (text.includes(n)) found.push(n);
  }
  const id = person.id;
  const idPatterns = [
    new RegExp(`"pegawai":\\s*\\{"id":\\s*${id}\\b`), new RegExp(`"penilai(_id)?":`),
    new RegExp(`pegawai=${id}\\b`), new RegExp(`/pegawai/${id}\\b`),
    new RegExp(`_id":\\s*${id}\\b`),
  ];
  for (const re of idPatterns) if (re.test(text)) found.push(re.source);
  return found;
}
