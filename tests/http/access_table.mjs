// This file contains the runner shared by the route access tables
// (20_access_table, 83_skp_access, 87_access_monitoring): the roles of the
// demo, an expected status per role, and one test per table row that asks
// every role and checks each status (and, for a refusal, that anonymous
// pages redirect to the login page and API errors carry the right code).
//
// Only Node's own modules and the harness are used.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, loginAs } from './harness.mjs';

export const ROLES = ['anon', 'pegawai', 'pejabat', 'camat', 'pengelola', 'auditor', 'admin'];

/** Expected status per role, in ROLES order. */
export const row = (anon, pegawai, pejabat, camat, pengelola, auditor, admin) =>
  ({ anon, pegawai, pejabat, camat, pengelola, auditor, admin });

/** A client for every role of the demo, logged in (anon: none). */
export async function roleClients(server) {
  const clients = {};
  for (const role of ROLES) clients[role] = role === 'anon' ? new Client(server.url) : await loginAs(server, role);
  return clients;
}

/** "200 for pegawai, admin; 403 for ..." */
function describe(expected) {
  const by = new Map();
  for (const role of ROLES) {
    const s = expected[role];
    if (!by.has(s)) by.set(s, []);
    by.get(s).push(role);
  }
  return [...by].map(([s, roles]) => `${s} for ${roles.join(', ')}`).join('; ');
}

/** The usual request of a row: JSON to the API, a form to a page, with the
 *  CSRF token for a logged-in client. */
export function sendAs(client, method, urlPath, body) {
  const anon = !client.cookies.size;
  if (urlPath.startsWith('/api/')) return client.api(method, urlPath, method === 'GET' ? undefined : body, { csrf: !anon });
  if (method === 'GET') return client.get(urlPath);
  return client.postForm(urlPath, body || {}, { csrf: !anon });
}

/**
 * One test per row [method, pattern, expected, body, opts] of `table`:
 * `path(pattern)` gives the URL, `client(role, opts)` the client (it may
 * be async), `send(client, method, urlPath, body, opts)` the request
 * (default sendAs).
 */
export function accessTests(table, { path, client, send = sendAs }) {
  for (const [method, pattern, expected, body, opts = {}] of table) {
    test(`${method} ${pattern}: ${describe(expected)}`, async () => {
      const urlPath = path(pattern);
      const wrong = [];
      for (const role of ROLES) {
        const r = await send(await client(role, opts), method, urlPath, body, opts);
        if (r.status !== expected[role]) {
          wrong.push(`${role}: got ${r.status}, expected ${expected[role]} ` +
            `(${(r.json?.error?.message || r.location || '').slice(0, 120)})`);
          continue;
        }
        if (r.status === 303 && role === 'anon') assert.match(r.location, /^\/masuk\?lanjut=/, `${role}: redirect to the login page`);
        if (urlPath.startsWith('/api/') && r.status === 403) assert.equal(r.json?.error?.code, 'forbidden', `${role}: error code of a 403`);
        if (urlPath.startsWith('/api/') && r.status === 401) assert.equal(r.json?.error?.code, 'unauthorized', `${role}: error code of a 401`);
      }
      assert.deepEqual(wrong, [], `${method} ${urlPath}:\n  ${wrong.join('\n  ')}`);
    });
  }
}
