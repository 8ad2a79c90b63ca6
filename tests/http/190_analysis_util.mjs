// This file contains helpers shared by the rater-analysis HTTP tests
// (190_analysis*.test.mjs ... 193_analysis*.test.mjs): the raters the demo
// plants (docs/api-analysis.md), a small 360 round the test itself opens,
// answers with known scores and closes, and an independent recomputation
// in JavaScript of the figures the analysis documents (raterstats.h):
// leniency (difference from the others' mean of the same ratees, its
// standard error, z, 95% interval), halo (mean within-form population sd),
// central tendency (share of middle scores) and ICC(1) per value.
//
// Only Node's own modules and the test helpers are used.

import assert from 'node:assert/strict';
import { loginAs } from './harness.mjs';
import { loginNip } from './plan_util.mjs';
import { YAN, answerBody, checkpoints, openRound, taskFor } from './r360_util.mjs';
import { employeeByNip } from './util.mjs';

/** The raters the full demo plants in its 360 answers. */
export const PLANTED = {
  lenient: { nip: '199008132015091314', nama: 'Ilham Bakri' },          // ASM-SEK-UMUM-P03
  severe: { nip: '198502022007101388', nama: 'Achmad Priyo Zainuddin' }, // ASM-YAN-P03
};

/** The 97.5% quantile of Student's t with df degrees of freedom (tables). */
export const T975 = { 1: 12.706205, 2: 4.302653, 3: 3.182446, 4: 2.776445, 5: 2.570582, 6: 2.446912 };

/**
 * The controlled round: Seksi Pelayanan's six staff rate each other (rekan)
 * and their Kepala Seksi (as bawahan), and she rates them (atasan: one
 * answer, a group the results hide).  A rater's score of a ratee is
 * base[ratee] + offset[rater] (kept in 1..3), with value i of the form
 * varied by VARY[i] for some raters so forms are not all flat.
 */
export const STAFF = ['dewi', 'nur', 'achmad', 'siti', 'halimah', 'samsul'];
const BASE = { dewi: 2, nur: 3, achmad: 2, siti: 2, halimah: 3, samsul: 1, hosniyah: 2 };
const OFFSET = { dewi: 0, nur: 0, achmad: 1, siti: 0, halimah: -1, samsul: 0, hosniyah: 0 };
const VARY = [0, 1, 0, -1, 0, 1, 0];
const FLAT = new Set(['achmad']);   // rates every value the same: halo

export function scoresOf(rater, ratee) {
  return VARY.map((v) => {
    const s = BASE[ratee] + OFFSET[rater] + (FLAT.has(rater) ? 0 : v);
    return Math.min(3, Math.max(1, s));
  });
}

/** Opens a Triwulan I round as HR, has everyone answer, closes it.
 *  Returns { round, answers: [{rater, ratee, grp, scores}], ids } (ids: name -> employee id). */
export async function controlledRound(server) {
  const hr = await loginAs(server, 'admin');
  const cps = await checkpoints(hr);
  const round = await openRound(hr, cps['Triwulan I']);
  const ids = {};
  const clients = {};
  for (const name of [...STAFF, 'hosniyah']) {
    ids[name] = (await employeeByNip(hr, YAN[name])).id;
    clients[name] = await loginNip(server, YAN[name]);
  }
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  const answers = [];
  for (const rater of [...STAFF, 'hosniyah']) {
    const tasks = await clients[rater].api('GET', '/api/v1/360/tugas');
    assert.equal(tasks.status, 200, tasks.text);
    for (const t of tasks.json.items.filter((x) => x.putaran.id === round.id)) {
      const ratee = byId[t.pegawai.id];
      if (!ratee || ratee === rater) continue;   // outside the section, or the self-assessment
      const scores = scoresOf(rater, ratee);
      const r = await clients[rater].api('POST', `/api/v1/360/tugas/${t.id}/jawab`, answerBody(scores));
      assert.equal(r.status, 200, `${rater} -> ${ratee}: ${r.text}`);
      answers.push({ rater, ratee, grp: t.kelompok, scores });
    }
  }
  const closed = await hr.api('POST', `/api/v1/360/putaran/${round.id}/tutup`);
  assert.equal(closed.status, 200, closed.text);
  return { round, answers, ids, hr };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The figures of rater `r` recomputed from `answers` (one form per pair). */
export function raterFigures(answers, r, scale = 3) {
  const mine = answers.filter((a) => a.rater === r);
  const diffs = [];
  for (const a of mine) {
    const others = answers.filter((b) => b.ratee === a.ratee && b.rater !== r).flatMap((b) => b.scores);
    if (others.length) diffs.push(mean(a.scores) - mean(others));
  }
  const n = diffs.length;
  const diff = n ? mean(diffs) : null;
  const sd = n > 1 ? Math.sqrt(diffs.reduce((s, d) => s + (d - diff) ** 2, 0) / (n - 1)) : null;
  const se = sd === null ? null : sd / Math.sqrt(n);
  const formSd = mean(mine.map((a) => {
    const m = mean(a.scores);
    return Math.sqrt(a.scores.reduce((s, x) => s + (x - m) ** 2, 0) / a.scores.length);
  }));
  const all = mine.flatMap((a) => a.scores);
  const middle = (scale + 1) / 2;
  return {
    n, diff, se, z: se ? diff / se : null,
    ciHalf: se === null ? null : T975[n - 1] * se,
    formSd, shareMiddle: all.filter((x) => x === middle).length / all.length,
    mean: mean(all), nScores: all.length, nForms: mine.length,
  };
}

/** ICC(1) of value i over the ratees with at least two scores of it. */
export function icc(answers, i) {
  const groups = new Map();
  for (const a of answers) {
    if (!groups.has(a.ratee)) groups.set(a.ratee, []);
    groups.get(a.ratee).push(a.scores[i]);
  }
  const gs = [...groups.values()].filter((g) => g.length >= 2);
  const N = gs.reduce((s, g) => s + g.length, 0);
  const grand = gs.flat().reduce((a, b) => a + b, 0) / N;
  const ssb = gs.reduce((s, g) => s + g.length * (mean(g) - grand) ** 2, 0);
  const ssw = gs.reduce((s, g) => s + g.reduce((t, x) => t + (x - mean(g)) ** 2, 0), 0);
  const msb = ssb / (gs.length - 1);
  const msw = ssw / (N - gs.length);
  const k0 = (N - gs.reduce((s, g) => s + g.length ** 2, 0) / N) / (gs.length - 1);
  return { icc: (msb - msw) / (msb + (k0 - 1) * msw), nRatees: gs.length, nRatings: N };
}

/** Asserts |a - b| < tol with a message. */
export function near(a, b, tol, what) {
  assert.ok(a !== null && b !== null && Math.abs(a - b) < tol, `${what}: got ${a}, expected ${b}`);
}
