// Who may use which route: a table of role x route x expected status, one
// test per route (every role asked).  Roles: anon (not logged in) and the
// demo accounts: pegawai (a pelaksana in Seksi Pelayanan), pejabat (her
// Kepala Seksi), camat (head of the kecamatan), pengelola (scope: the whole
// kecamatan ASM), auditor, admin.
//
// State-changing routes are sent bodies that the handler refuses (422, 409),
// so a role that passes the access check shows it by reaching the handler
// while the database stays as it was; the last test checks that it did.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, loginAs, startServer } from './harness.mjs';
import { accessTests, roleClients, row, sendAs } from './access_table.mjs';
import { assertUnchanged, employeeByNip, freshNip, positionByCode, snapshot, tokenFor } from './util.mjs';

let server;
const clients = {};
const ids = {};
let before0;

before(async () => {
  server = await startServer();
  Object.assign(clients, await roleClients(server));
  const admin = clients.admin;
  ids.self = (await employeeByNip(admin, server.accounts.pegawai.login)).id;
  ids.peer = (await employeeByNip(admin, '198803022014112370')).id;   // another pelaksana of Seksi Pelayanan
  ids.camat = (await employeeByNip(admin, server.accounts.camat.login)).id;
  // an employee of the city (unit SBY), outside the pengelola's scope ASM
  const out = await admin.api('POST', '/api/v1/pegawai',
    { nip: freshNip(1, 3), nama: 'Staf Kota Di Luar Kecamatan', kode_unit: 'SBY' });
  assert.equal(out.status, 201, out.text);
  ids.outside = out.json.id;
  ids.position = (await positionByCode(admin, 'ASM-YAN-P01')).id;
  before0 = await snapshot(admin);
});

after(async () => {
  await server?.stop();
});

// Shorthands for the usual levels of a page (anonymous -> 303 to /masuk).
const PAGE_LOGIN = row(303, 200, 200, 200, 200, 200, 200);
const PAGE_READ_ALL = row(303, 403, 403, 403, 200, 200, 200);
const PAGE_MANAGE = row(303, 403, 403, 403, 200, 403, 200);
const PAGE_ADMIN = row(303, 403, 403, 403, 403, 403, 200);

// [method, path, expected, body, options]; {self}, {peer}, {camat}, {outside}
// and {position} are replaced by ids.  body: an object is sent as a form to
// pages and as JSON to the API; `csv` sends text/csv.
const TABLE = [
  ['GET', '/healthz', row(200, 200, 200, 200, 200, 200, 200)],
  ['GET', '/static/app.css', row(200, 200, 200, 200, 200, 200, 200)],
  ['GET', '/masuk', row(200, 303, 303, 303, 303, 303, 303)],
  ['GET', '/', PAGE_LOGIN],
  ['GET', '/akun', PAGE_LOGIN],
  ['POST', '/akun/sandi', row(303, 422, 422, 422, 422, 422, 422), {}],
  ['POST', '/keluar', row(303, 303, 303, 303, 303, 303, 303), {}, { fresh: true }],
  ['GET', '/organisasi', PAGE_LOGIN],
  ['GET', '/organisasi/unit/baru', PAGE_ADMIN],
  ['POST', '/organisasi/unit', row(303, 403, 403, 403, 403, 403, 422), {}],
  ['GET', '/organisasi/jabatan/baru', PAGE_ADMIN],
  ['POST', '/organisasi/jabatan', row(303, 403, 403, 403, 403, 403, 422), {}],
  ['GET', '/organisasi/jabatan/{position}/ubah', PAGE_ADMIN],
  ['POST', '/organisasi/jabatan/{position}', row(303, 403, 403, 403, 403, 403, 422), {}],
  ['GET', '/audit', row(303, 403, 403, 403, 403, 200, 200)],
  ['GET', '/pegawai', PAGE_READ_ALL],
  ['GET', '/pegawai/ekspor.csv', PAGE_READ_ALL],
  ['GET', '/pegawai/baru', PAGE_MANAGE],
  ['POST', '/pegawai', row(303, 403, 403, 403, 422, 403, 422), {}],
  ['GET', '/pegawai/impor', PAGE_MANAGE],
  ['POST', '/pegawai/impor', row(303, 403, 403, 403, 422, 403, 422), {}],
  ['GET', '/pegawai/{self}', row(303, 200, 200, 200, 200, 200, 200)],
  ['GET', '/pegawai/{peer}', row(303, 403, 200, 200, 200, 200, 200)],
  ['GET', '/pegawai/{camat}', row(303, 403, 403, 200, 200, 200, 200)],
  ['GET', '/pegawai/{outside}', row(303, 403, 403, 403, 403, 200, 200)],
  ['GET', '/pegawai/{self}/ubah', PAGE_MANAGE],
  ['GET', '/pegawai/{outside}/ubah', row(303, 403, 403, 403, 403, 403, 200)],
  ['POST', '/pegawai/{self}', row(303, 403, 403, 403, 422, 403, 422), {}],
  ['POST', '/pegawai/{outside}', row(303, 403, 403, 403, 403, 403, 422), {}],
  ['POST', '/pegawai/{self}/nonaktif', row(303, 403, 403, 403, 409, 403, 409), { status: 'pindah', version: '0' }],
  ['POST', '/pegawai/{outside}/nonaktif', row(303, 403, 403, 403, 403, 403, 409), { status: 'pindah', version: '0' }],
  ['GET', '/pegawai/999999', row(303, 404, 404, 404, 404, 404, 404)],
  ['GET', '/tidak-ada', row(404, 404, 404, 404, 404, 404, 404)],

  ['GET', '/api/v1/me', row(401, 200, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/audit', row(401, 403, 403, 403, 403, 200, 200)],
  ['GET', '/api/v1/unit', row(401, 200, 200, 200, 200, 200, 200)],
  ['POST', '/api/v1/unit', row(401, 403, 403, 403, 403, 403, 422), {}],
  ['GET', '/api/v1/jabatan', row(401, 200, 200, 200, 200, 200, 200)],
  ['POST', '/api/v1/jabatan', row(401, 403, 403, 403, 403, 403, 422), {}],
  ['PUT', '/api/v1/jabatan/{position}', row(401, 403, 403, 403, 403, 403, 422), { kind: 'bukan-jenis' }],
  ['GET', '/api/v1/pegawai', row(401, 403, 403, 403, 200, 200, 200)],
  ['GET', '/api/v1/pegawai/ekspor', row(401, 403, 403, 403, 200, 200, 200)],
  ['GET', '/api/v1/pegawai/{self}', row(401, 200, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/pegawai/{peer}', row(401, 403, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/pegawai/{camat}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/api/v1/pegawai/{outside}', row(401, 403, 403, 403, 403, 200, 200)],
  ['POST', '/api/v1/pegawai', row(401, 403, 403, 403, 422, 403, 422), {}],
  ['PUT', '/api/v1/pegawai/{self}', row(401, 403, 403, 403, 422, 403, 422), {}],
  ['PUT', '/api/v1/pegawai/{outside}', row(401, 403, 403, 403, 403, 403, 422), {}],
  ['POST', '/api/v1/pegawai/impor', row(401, 403, 403, 403, 422, 403, 422), undefined, { csv: '' }],
  ['DELETE', '/api/v1/pegawai/{self}', row(405, 405, 405, 405, 405, 405, 405)],
  ['GET', '/api/v1/tidak-ada', row(404, 404, 404, 404, 404, 404, 404)],
];

async function send(client, method, urlPath, body, opts) {
  if (opts.csv === undefined) return sendAs(client, method, urlPath, body);
  const headers = { 'Content-Type': 'text/csv' };
  if (client.cookies.size) headers['X-CSRF-Token'] = await client.csrfToken();
  return client.request(method, urlPath, { headers, body: opts.csv });
}

accessTests(TABLE, {
  path: (pattern) => pattern.replace(/\{(\w+)\}/g, (_, k) => String(ids[k])),
  client: (role, opts) => (opts.fresh && role !== 'anon' ? loginAs(server, role) : clients[role]),
  send,
});

test('none of the refused or invalid requests above changed the database', async () => {
  await assertUnchanged(clients.admin, before0, 'the access table');
});

test('a bearer token carries the role of its account: a pegawai token may not list employees', async () => {
  const token = await tokenFor(server, 'pegawai');
  const c = new Client(server.url);
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  assert.equal((await c.api('GET', `/api/v1/pegawai/${ids.self}`, undefined, auth)).status, 200);
  assert.equal((await c.api('GET', `/api/v1/pegawai/${ids.peer}`, undefined, auth)).status, 403);
  assert.equal((await c.api('GET', '/api/v1/pegawai', undefined, auth)).status, 403);
  const put = await c.api('PUT', `/api/v1/pegawai/${ids.self}`, { nama: 'Ganti Sendiri', version: 1 },
    { ...auth, csrf: false });
  assert.equal(put.status, 403);
});

test('the pengelola\'s employee list holds only their scope', async () => {
  const c = clients.pengelola;
  const all = await clients.admin.api('GET', '/api/v1/pegawai?per_page=500');
  const mine = await c.api('GET', '/api/v1/pegawai?per_page=500');
  assert.equal(mine.status, 200);
  assert.equal(mine.json.total, all.json.total - 1, 'everyone but the city employee');
  assert.ok(!mine.json.items.some((e) => e.id === ids.outside));
  const city = await c.api('GET', '/api/v1/pegawai?unit=1');
  assert.equal(city.status, 403);
  assert.equal(city.json.error.field, 'unit');
  const csv = await c.api('GET', '/api/v1/pegawai/ekspor');
  assert.equal(csv.status, 200);
  assert.ok(!csv.text.includes('Staf Kota Di Luar Kecamatan'), 'the export leaks an employee outside the scope');
});

