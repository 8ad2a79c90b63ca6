// Who sees which dashboard (/dasbor, /api/v1/dasbor): a table of role x
// request x expected status in the style of 87_access_monitoring (one test
// per row, every role asked), then the refusals the issue lists, each a
// 4xx naming the field and changing nothing, and what each role's default
// dashboard covers.
//
// Roles (access_table.mjs): pegawai (Dewi, pelaksana of Seksi Pelayanan:
// leads nothing, so her own dashboard only), pejabat (her Kepala Seksi:
// leads Seksi Pelayanan), camat (leads the kecamatan), pengelola (scope:
// the kecamatan), auditor and admin (everything).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { assertUnchanged, snapshot, unitList } from './util.mjs';

let server;
const clients = {};
const ids = {};
let before0;

before(async () => {
  server = await startServer();
  Object.assign(clients, await roleClients(server));
  const units = await unitList(clients.admin);
  for (const [k, code] of [['asm', 'ASM'], ['yan', 'ASM-YAN'], ['pem', 'ASM-PEM'], ['gkl', 'KEL-GKL'], ['tsr', 'KEL-TSR'], ['sby', 'SBY']]) {
    ids[k] = units.find((u) => u.code === code).id;
  }
  ids.period = (await clients.admin.api('GET', '/api/v1/periode')).json.items[0].id;
  before0 = await snapshot(clients.admin);
});

after(async () => {
  await server?.stop();
});

const API_ALL = row(401, 200, 200, 200, 200, 200, 200);
const PAGE_ALL = row(303, 200, 200, 200, 200, 200, 200);

// [method, path, expected]; {name} is replaced by ids[name]
const TABLE = [
  ['GET', '/api/v1/dasbor', API_ALL],
  ['GET', '/dasbor', PAGE_ALL],
  ['GET', '/api/v1/dasbor?saya=1', row(401, 200, 200, 200, 200, 403, 200)],
  ['GET', '/dasbor?saya=1', row(303, 200, 200, 200, 200, 403, 200)],
  // Seksi Pelayanan: the Kasi leads it, the Camat above it, HR's scope holds it
  ['GET', '/api/v1/dasbor?unit={yan}', row(401, 403, 200, 200, 200, 200, 200)],
  ['GET', '/dasbor?unit={yan}', row(303, 403, 200, 200, 200, 200, 200)],
  // Seksi Pemerintahan: not the Kasi's
  ['GET', '/api/v1/dasbor?unit={pem}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/dasbor?unit={pem}', row(303, 403, 403, 200, 200, 200, 200)],
  // the kecamatan, and the city above it (outside the Camat's and HR's)
  ['GET', '/api/v1/dasbor?unit={asm}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/api/v1/dasbor?unit={sby}', row(401, 403, 403, 403, 403, 200, 200)],
  ['GET', '/dasbor?unit={sby}', row(303, 403, 403, 403, 403, 200, 200)],
  // bad parameters: named, for everyone logged in
  ['GET', '/api/v1/dasbor?periode=999999', row(401, 404, 404, 404, 404, 404, 404)],
  ['GET', '/api/v1/dasbor?periode=satu', row(401, 422, 422, 422, 422, 422, 422)],
  ['GET', '/api/v1/dasbor?unit=999999', row(401, 403, 404, 404, 404, 404, 404)],
  ['GET', '/api/v1/dasbor?unit=-3', row(401, 422, 422, 422, 422, 422, 422)],
  ['GET', '/api/v1/dasbor?saya=1&unit={yan}', row(401, 422, 422, 422, 422, 422, 422)],
  ['GET', '/dasbor?periode=999999', row(303, 404, 404, 404, 404, 404, 404)],
];

accessTests(TABLE, {
  path: (p) => p.replace(/\{(\w+)\}/g, (_, k) => String(ids[k])),
  client: (role) => clients[role],
});

test('a pegawai asking for a unit\'s dashboard is refused 403 on "unit"', async () => {
  const r = await clients.pegawai.api('GET', `/api/v1/dasbor?unit=${ids.yan}`);
  assert.equal(r.status, 403);
  assert.equal(r.json.error.field, 'unit');
  assert.match(r.json.error.message, /pimpinan unit/);
});

test('a Lurah cannot filter to another kelurahan: 403 on "unit"; her own is fine', async () => {
  const { loginNip } = await import('./plan_util.mjs');
  const staff = (await clients.admin.api('GET', '/api/v1/pegawai?per_page=500')).json.items;
  const lurah = staff.find((e) => e.kode_unit === 'KEL-GKL' && /^Lurah /.test(e.nama_jabatan));
  const c = await loginNip(server, lurah.nip);
  const other = await c.api('GET', `/api/v1/dasbor?unit=${ids.tsr}`);
  assert.equal(other.status, 403, other.text);
  assert.equal(other.json.error.field, 'unit');
  const page = await c.get(`/dasbor?unit=${ids.tsr}`);
  assert.equal(page.status, 403);
  const own = await c.api('GET', `/api/v1/dasbor?unit=${ids.gkl}`);
  assert.equal(own.status, 200, own.text);
  assert.equal(own.json.cakupan.unit.kode, 'KEL-GKL');
});

test('unknown period and unit are 404 naming the field; a malformed one 422', async () => {
  const { admin } = clients;
  const p = await admin.api('GET', '/api/v1/dasbor?periode=999999');
  assert.deepEqual([p.status, p.json.error.code, p.json.error.field], [404, 'not_found', 'periode']);
  const u = await admin.api('GET', '/api/v1/dasbor?unit=999999');
  assert.deepEqual([u.status, u.json.error.field], [404, 'unit']);
  const bad = await admin.api('GET', '/api/v1/dasbor?periode=abc');
  assert.deepEqual([bad.status, bad.json.error.field], [422, 'periode']);
  const both = await admin.api('GET', `/api/v1/dasbor?saya=1&unit=${ids.yan}`);
  assert.deepEqual([both.status, both.json.error.field], [422, 'saya']);
  const page = await admin.get('/dasbor?unit=999999');
  assert.equal(page.status, 404);
  assert.match(page.text, /tidak ditemukan/);
});

test('each role\'s default dashboard covers what they read', async () => {
  const scope = async (role) => (await clients[role].api('GET', '/api/v1/dasbor')).json.cakupan;
  const own = await scope('pegawai');
  assert.deepEqual([own.jenis, own.unit, typeof own.pegawai_id], ['pegawai', null, 'number']);
  assert.equal((await scope('pejabat')).unit.kode, 'ASM-YAN');
  assert.equal((await scope('camat')).unit.kode, 'ASM');
  assert.equal((await scope('pengelola')).unit.kode, 'ASM');
  assert.deepEqual(await scope('auditor'), { jenis: 'unit', unit: null, pegawai_id: null }, 'the whole office');
  assert.deepEqual(await scope('admin'), { jenis: 'unit', unit: null, pegawai_id: null });
  const mine = (await clients.camat.api('GET', '/api/v1/dasbor?saya=1')).json;
  assert.equal(mine.cakupan.jenis, 'pegawai', 'a leader also has her own dashboard');
  assert.equal(mine.status.skp.total, 1);
});

test('a pegawai\'s own dashboard shows no one else: no unit figures, no other names', async () => {
  const d = (await clients.pegawai.api('GET', '/api/v1/dasbor')).json;
  assert.equal(d.distribusi, undefined);
  assert.equal(d.status.skp.total, 1);
  const page = await clients.pegawai.get('/dasbor');
  assert.doesNotMatch(page.text, /id="tabel-kurva"|id="perlu-perhatian"|Unduh rekap/);
  assert.match(page.text, /id="tabel-predikat"/);
});

test('looking at dashboards changes nothing', async () => {
  await assertUnchanged(clients.admin, before0, 'the dashboard requests');
});
