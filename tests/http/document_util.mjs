// This file contains helpers shared by the official-document tests
// (160_documents*.test.mjs ... 163_*): downloading a PDF and checking it is
// one (status, type, attachment name), its text through poppler-utils'
// pdftotext, its page count and images through pdfinfo and pdfimages, and
// rupiah and percentages written the way the documents write them.
//
// Only Node's own modules and poppler-utils are used.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { download } from './monitor_util.mjs';

/** Runs a poppler tool on the PDF bytes; returns its stdout. */
function poppler(tool, bytes, args = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    writeFileSync(file, bytes);
    const r = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])],
      { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, `${tool}: ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (pdftotext -layout), blanks and line breaks as one space. */
export function pdfText(bytes) {
  return poppler('pdftotext', bytes, ['-layout']).replace(/\s+/g, ' ');
}

/** The number of pages (pdfinfo). */
export function pdfPages(bytes) {
  const m = /^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', bytes));
  assert.ok(m, 'pdfinfo gives the page count');
  return Number(m[1]);
}

/** The images of a PDF (pdfimages -list): [{ page, width, height, type }]. */
export function pdfImages(bytes) {
  return poppler('pdfimages', bytes, ['-list']).split('\n').slice(2).filter((l) => l.trim())
    .map((l) => {
      const f = l.trim().split(/\s+/);
      return { page: Number(f[0]), type: f[2], width: Number(f[3]), height: Number(f[4]) };
    });
}

/**
 * GETs a document as `client` and checks it is a PDF download: 200,
 * application/pdf, Content-Disposition attachment with a filename.
 * Returns { bytes, text, filename }.
 */
export async function getPdf(client, urlPath) {
  const r = await download(client, urlPath);
  assert.equal(r.status, 200, `GET ${urlPath}: ${r.bytes.toString('utf8').slice(0, 300)}`);
  assert.match(r.headers.get('content-type'), /^application\/pdf/, `${urlPath}: type`);
  const disp = r.headers.get('content-disposition') || '';
  assert.match(disp, /^attachment;/, `${urlPath}: an attachment`);
  const m = /filename="([^"]+)"/.exec(disp);
  assert.ok(m, `${urlPath}: a file name in ${disp}`);
  assert.equal(r.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `${urlPath}: PDF bytes`);
  return { bytes: r.bytes, text: pdfText(r.bytes), filename: m[1] };
}

/** Asserts every page carries "Halaman k dari n" of its own document. */
export function assertPageNumbers(doc, what) {
  const n = pdfPages(doc.bytes);
  for (let k = 1; k <= n; k++) assert.ok(doc.text.includes(`Halaman ${k} dari ${n}`), `${what}: page ${k} of ${n}`);
}

/** "Rp 16.187.000", "-Rp 30.600" (domain/tpp.c's tpp_rupiah). */
export function rupiah(n) {
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}Rp ${digits}`;
}

/**
 * The ways a percentage the API rounds to two decimals (98.75) may read
 * with one decimal and a comma in a document that rounds the unrounded
 * value: ["98,7%", "98,8%"] (one of them when both agree).
 */
export function pct1(v) {
  const one = (x) => `${(Math.round(x * 10) / 10).toFixed(1).replace('.', ',')}%`;
  return [...new Set([one(v - 0.005), one(v + 0.005)])];
}

/** Asserts one of the readings of pct1(v) is in the text. */
export function assertPct(doc, v, what) {
  const ways = pct1(v);
  assert.ok(ways.some((w) => doc.text.includes(w)), `${what}: ${ways.join(' or ')} in the PDF`);
}

/** "19970208 202009 2 397" for an 18-digit NIP. */
export function nipSpaced(nip) {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/** Asserts that each string of `needles` is in the document's text. */
export function assertHas(doc, needles, what) {
  const missing = needles.filter((s) => !doc.text.includes(s));
  assert.deepEqual(missing, [], `${what}: missing from the PDF text`);
}
