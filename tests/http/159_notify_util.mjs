// This file contains helpers shared by the notification HTTP tests
// (15N_notify*.test.mjs): reading a user's waiting items through the API,
// picking items of one kind, the demo people the tests use, and a tiny
// SMTP sink that records what `kinerja notify send` delivers.
//
// Only Node's own modules are used.

import assert from 'node:assert/strict';
import net from 'node:net';

/** Demo people (NIPs) beside the demo accounts. */
export const NUR = '198803022014112370';        // ASM-YAN-P02, Dewi's colleague
export const ACHMAD = '198502022007101388';     // ASM-YAN-P03: his SKP waits on the pejabat
export const SUKRI = '199001122012051154';      // ASM-PEM-P02: his SKP was returned
export const SUKRI_BOSS = '197808212006081002'; // Kepala Seksi Pemerintahan

/** GET /api/v1/notifikasi as `client`: asserts 200 and returns the body. */
export async function pending(client) {
  const r = await client.api('GET', '/api/v1/notifikasi');
  assert.equal(r.status, 200, `GET /api/v1/notifikasi: ${r.text.slice(0, 300)}`);
  assert.equal(r.json.jumlah, r.json.items.length, 'jumlah counts the items');
  return r.json;
}

/** The items of one kind (jenis), optionally about one object (rujukan_id). */
export function ofKind(list, jenis, rujukan) {
  return list.items.filter((i) => i.jenis === jenis && (rujukan === undefined || i.rujukan_id === rujukan));
}

/** The one item of a kind about an object; asserts there is exactly one. */
export function one(list, jenis, rujukan, who = 'the user') {
  const hits = ofKind(list, jenis, rujukan);
  assert.equal(hits.length, 1, `${who} has one ${jenis} item about ${rujukan}: ` +
    JSON.stringify(list.items.map((i) => i.kunci)));
  return hits[0];
}

/** YYYY-MM-DD in WIB, `days` from today. */
export function wibDay(days = 0) {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/* ---------------------------------------------------------------- SMTP sink */

/**
 * A local SMTP server speaking just enough of the protocol (220, EHLO/HELO
 * 250, MAIL FROM, RCPT TO, DATA 354, '.' 250, RSET, NOOP, QUIT 221) and
 * recording each message delivered: { from, to: [..], data } (data with
 * the dot-stuffing undone).  `refuse` is a set of addresses whose RCPT TO
 * gets "550 5.1.1 mailbox unavailable".  Resolves to
 * { url, messages, refuse, close() }.
 */
export async function smtpSink() {
  const messages = [];
  const refuse = new Set();
  const sockets = new Set();
  const server = net.createServer((sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
    sock.on('error', () => {});
    let buf = '';
    let inData = false;
    let cur = { from: null, to: [], lines: [] };
    const reply = (line) => sock.write(`${line}\r\n`);
    reply('220 sink.test ESMTP uji');
    sock.on('data', (chunk) => {
      buf += chunk.toString('latin1');
      let i;
      while ((i = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push({ from: cur.from, to: cur.to, data: Buffer.from(cur.lines.join('\r\n'), 'latin1').toString('utf8') });
            cur = { from: null, to: [], lines: [] };
            reply('250 2.0.0 diterima');
          } else {
            cur.lines.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        const arg = /<([^>]*)>/.exec(line)?.[1] ?? '';
        if (verb === 'EHLO') sock.write('250-sink.test\r\n250 SIZE 10000000\r\n');
        else if (verb === 'HELO') reply('250 sink.test');
        else if (verb === 'MAIL') { cur = { from: arg, to: [], lines: [] }; reply('250 2.1.0 ok'); }
        else if (verb === 'RCPT') {
          if (refuse.has(arg)) reply('550 5.1.1 mailbox unavailable');
          else { cur.to.push(arg); reply('250 2.1.5 ok'); }
        } else if (verb === 'DATA') {
          if (!cur.to.length) reply('503 5.5.1 no recipients');
          else { inData = true; reply('354 end with <CRLF>.<CRLF>'); }
        } else if (verb === 'RSET') { cur = { from: null, to: [], lines: [] }; reply('250 ok'); }
        else if (verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') { reply('221 2.0.0 bye'); sock.end(); }
        else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuse,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(resolve);
    }),
  };
}

/** Decodes RFC 2047 encoded words (B and Q, UTF-8) in a header value. */
export function decodeHeader(v) {
  return v.replace(/\r\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (m, enc, text) => (enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (x, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')));
}

/** Splits a delivered message into { headers: {lower-case name: value}, body } (body QP-decoded). */
export function parseMessage(data) {
  const at = data.indexOf('\r\n\r\n');
  assert.ok(at > 0, 'the message has headers and a body');
  const headers = {};
  for (const h of data.slice(0, at).replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const c = h.indexOf(':');
    headers[h.slice(0, c).toLowerCase()] = h.slice(c + 1).trim();
  }
  let body = data.slice(at + 4);
  if (/quoted-printable/i.test(headers['content-transfer-encoding'] || '')) {
    const bytes = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g,
      (m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    body = bytes.toString('utf8').replace(/\r\n/g, '\n');
  }
  return { headers, body };
}
