// This file contains helpers shared by the monitoring HTTP tests
// (9N_realisasi*.test.mjs): small real files to upload (a PDF, a PNG),
// downloading raw bytes, reading an SKP's realisasi view and finding its
// checkpoints and indicators, recording a realisasi, and a snapshot of
// what a refused request must leave alone.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { auditCount } from './util.mjs';

/** A small valid PDF (libmagic names it application/pdf). */
export function pdfBytes(text = 'Bukti dukung') {
  return Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid 1x1 grey PNG. */
export function pngBytes() {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** GET with the client's cookies, the body as raw bytes: { status, headers, bytes }. */
export async function download(client, urlPath) {
  const res = await fetch(new URL(urlPath, client.baseUrl), {
    headers: client.cookies.size ? { Cookie: client.cookieHeader() } : {},
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** GET /api/v1/skp/{id}/realisasi as `client`; asserts 200. */
export async function monitorView(client, skpId) {
  const r = await client.api('GET', `/api/v1/skp/${skpId}/realisasi`);
  assert.equal(r.status, 200, `GET /api/v1/skp/${skpId}/realisasi: ${r.text.slice(0, 300)}`);
  return r.json;
}

/** The checkpoint with this name ("Triwulan I") in a realisasi view. */
export function checkpointNamed(view, name) {
  const c = view.titik_periksa.find((t) => t.nama === name);
  assert.ok(c, `no checkpoint ${name} in SKP ${view.skp_id}`);
  return c;
}

/** Every IKI of a checkpoint of a realisasi view, with its RHK. */
export function ikiList(checkpoint) {
  return checkpoint.hasil_kerja.flatMap((rhk) => rhk.iki.map((iki) => ({ ...iki, rhk })));
}

/** The IKI with this id at a checkpoint. */
export function ikiAt(checkpoint, ikiId) {
  const k = ikiList(checkpoint).find((i) => i.id === ikiId);
  assert.ok(k, `no IKI ${ikiId} at ${checkpoint.nama}`);
  return k;
}

/** PUT /api/v1/realisasi; resolves to the response. */
export function putRealisasi(client, body) {
  return client.api('PUT', '/api/v1/realisasi', body);
}

/** PUT /api/v1/realisasi with the current version (read as `client`); asserts 200/201. */
export async function record(client, skpId, checkpointName, ikiId, fields) {
  const cp = checkpointNamed(await monitorView(client, skpId), checkpointName);
  const cur = ikiAt(cp, ikiId).realisasi;
  const r = await putRealisasi(client, {
    iki_id: ikiId, titik_periksa_id: cp.id, version: cur ? cur.version : 0, ...fields,
  });
  assert.ok(r.status === 200 || r.status === 201, `PUT realisasi IKI ${ikiId}: ${r.status} ${r.text}`);
  return r.json;
}

/** What a refused monitoring request must not change: the audit trail's
 *  length and the named SKPs' realisasi views as an administrator reads them. */
export async function monitorSnapshot(admin, skpIds) {
  const views = {};
  for (const id of skpIds) views[id] = await monitorView(admin, id);
  return { audit: await auditCount(admin), views };
}

/** Asserts nothing in `before` (see monitorSnapshot) changed. */
export async function assertMonitorUnchanged(admin, before, what) {
  const after = await monitorSnapshot(admin, Object.keys(before.views));
  assert.equal(after.audit, before.audit, `${what} added to the audit trail`);
  for (const id of Object.keys(before.views)) {
    assert.deepEqual(after.views[id], before.views[id], `${what} changed the realisasi of SKP ${id}`);
  }
}

/** Asserts an API error with this status and field. */
export function assertRefused(r, status, field, what) {
  assert.equal(r.status, status, `${what}: expected ${status}, got ${r.status} ${r.text.slice(0, 300)}`);
  assert.ok(r.json?.error, `${what}: no error body`);
  assert.equal(r.json.error.field, field, `${what}: field (${r.json.error.message})`);
  assert.ok(r.json.error.message.length > 10, `${what}: a message`);
}
