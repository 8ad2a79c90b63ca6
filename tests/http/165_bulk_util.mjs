// This file contains the helpers of the bulk-document tests
// (165_bulk_flow, 166_bulk_refusals, 167_bulk_access): asking for a job
// through the API, polling it to the end, downloading its file, reading a
// ZIP back with the `unzip` command and a PDF with poppler's pdftotext and
// pdfinfo, and the expectations computed from other API routes (the
// employees of a unit, their SKPs, their assessments), never from the
// bulk routes themselves.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { download } from './monitor_util.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** code -> id of every unit. */
export async function unitIds(client) {
  const r = await client.api('GET', '/api/v1/unit');
  assert.equal(r.status, 200, r.text);
  return Object.fromEntries(r.json.items.map((u) => [u.code ?? u.kode, u.id]));
}

/** The demo period (the first listed): id, year, name and its checkpoints by name. */
export async function demoPeriod(client) {
  const list = await client.api('GET', '/api/v1/periode');
  assert.equal(list.status, 200, list.text);
  const p = await client.api('GET', `/api/v1/periode/${list.json.items[0].id}`);
  assert.equal(p.status, 200, p.text);
  return {
    id: p.json.id, year: p.json.tahun, name: p.json.nama,
    checkpoints: Object.fromEntries(p.json.checkpoint.map((c) => [c.nama, c.id])),
  };
}

/** POST /api/v1/laporan/massal as `client`: the response. */
export function askBulk(client, body) {
  return client.api('POST', '/api/v1/laporan/massal', body);
}

/** Asks and asserts 202; returns the job. */
export async function askOk(client, body) {
  const r = await askBulk(client, body);
  assert.equal(r.status, 202, `POST /api/v1/laporan/massal ${JSON.stringify(body)}: ${r.text}`);
  return r.json;
}

/**
 * Polls GET /api/v1/laporan/massal/{id} until the job is selesai or gagal;
 * returns { job, seen } where seen lists every (status, done) observed.
 * Asserts that done never goes back and never passes the total.
 */
export async function waitJob(client, id, timeoutMs = 90_000) {
  const seen = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.api('GET', `/api/v1/laporan/massal/${id}`);
    assert.equal(r.status, 200, r.text);
    const j = r.json;
    const last = seen[seen.length - 1];
    if (last) assert.ok(j.dokumen_selesai >= last.done, `progress went back: ${JSON.stringify(seen)} then ${j.dokumen_selesai}`);
    assert.ok(j.dokumen_selesai <= j.dokumen_total, `done ${j.dokumen_selesai} over total ${j.dokumen_total}`);
    seen.push({ status: j.status, done: j.dokumen_selesai });
    if (j.status === 'selesai' || j.status === 'gagal') return { job: j, seen };
    if (Date.now() > deadline) throw new Error(`job ${id} still ${j.status} after ${timeoutMs} ms`);
    await sleep(150);
  }
}

/** The job's file through the API: { status, type, bytes, name }. */
export async function jobFile(client, id, urlPath = `/api/v1/laporan/massal/${id}/berkas`) {
  const r = await download(client, urlPath);
  const disp = r.headers.get('content-disposition') || '';
  return { status: r.status, type: r.headers.get('content-type'), bytes: r.bytes, name: /filename="([^"]*)"/.exec(disp)?.[1] };
}

function withTemp(fn) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-bulk-'));
  try { return fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { maxBuffer: 256 << 20 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  assert.equal(r.status, 0, `${what}: ${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The entries of a ZIP (name -> Buffer), read with the unzip command. */
export function unzipEntries(bytes) {
  return withTemp((dir) => {
    const file = path.join(dir, 'a.zip');
    writeFileSync(file, bytes);
    run('unzip', ['-tq', file], 'the ZIP tests as whole');
    const names = run('unzip', ['-Z1', file], 'listing the ZIP').toString('utf8').split('\n').filter(Boolean);
    const out = new Map();
    for (const n of names) out.set(n, run('unzip', ['-p', file, n], `entry ${n}`));
    return out;
  });
}

/** The text of a PDF (pdftotext, layout kept), its blanks collapsed. */
export function pdfText(bytes) {
  return withTemp((dir) => {
    const file = path.join(dir, 'a.pdf');
    writeFileSync(file, bytes);
    run('pdftotext', ['-layout', file, path.join(dir, 'a.txt')], 'pdftotext');
    return readFileSync(path.join(dir, 'a.txt'), 'utf8');
  });
}

/** The page count of a PDF (pdfinfo). */
export function pdfPages(bytes) {
  return withTemp((dir) => {
    const file = path.join(dir, 'a.pdf');
    writeFileSync(file, bytes);
    const info = run('pdfinfo', [file], 'pdfinfo').toString('utf8');
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  });
}

/** The text with blanks removed, so a NIP grouped "19800622 200403 2 246" is found whole. */
export const squeeze = (s) => s.replace(/\s+/g, '');

/** The active employees of a unit and the units below it (as admin). */
export async function activeEmployees(admin, unitId) {
  const r = await admin.api('GET', `/api/v1/pegawai?unit=${unitId}&status=aktif&per_page=500`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

/** The SKPs of the period of employees of a unit and the units below it (as admin). */
export async function unitSkps(admin, unitId, periodId) {
  const r = await admin.api('GET', `/api/v1/skp?unit=${unitId}&periode=${periodId}&per_page=500`);
  assert.equal(r.status, 200, r.text);
  return r.json.items.filter((s) => s.id);
}

/** The SKPs of the list whose periodik assessment at checkpoint `cp` is ditetapkan. */
export async function finalAt(admin, skps, cp) {
  const out = [];
  for (const s of skps) {
    const r = await admin.api('GET', `/api/v1/skp/${s.id}/penilaian?jenis=periodik&titik=${cp}`);
    assert.equal(r.status, 200, r.text);
    if (r.json.status === 'ditetapkan') out.push(s);
  }
  return out;
}
