// Who may use which allowance (TPP) route: a table of role x route x
// expected status in the style of 87_access_monitoring.test.mjs (one test
// per route, every role asked), for the route tables of ui_tpp.c and
// api_tpp.c; a test at the end reads those tables and checks that every
// route is in this one.
//
// Roles: anon and the demo accounts: pegawai (Dewi, pelaksana of Seksi
// Pelayanan), pejabat (her Kepala Seksi), camat, pengelola (HR; scope: the
// kecamatan ASM), auditor (no employee), admin.  An employee sees only
// their own amounts: Dewi reads her item, her Kasi and the Camat do not
// (no superior reads a subordinate's allowance); HR reads the runs of its
// scope (not the city-wide run of the instansi SBY above it), auditors
// and administrators everything; only an administrator keeps rule sets.
//
// Objects, made in before(): a rule set; attendance for Triwulan I; a
// draft run for ASM, an approved run for ASM (both by HR), and a draft run
// for the whole instansi by the administrator.  State-changing rows send
// bodies the handler refuses (422) or aim at the approved run (409), so a
// role that passes the access checks reaches the handler and nothing
// changes; the last test checks that nothing did.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { auditCount } from './util.mjs';
import {
  attendanceCsv, checkpointIds, createRun, fullMonths, importAttendance, itemOf, rulesBody, setRules,
  tppCounts,
} from './100_tpp_util.mjs';

const NUR = '198803022014112370';   // ASM-YAN-P02, Dewi's colleague

let server;
const clients = {};
const ids = {};
let counts0;
let audit0;

before(async () => {
  server = await startServer();
  Object.assign(clients, await roleClients(server));
  const { admin, pengelola } = clients;
  ids.rules = (await setRules(admin)).id;
  const cps = await checkpointIds(admin);
  const imp = await importAttendance(pengelola, attendanceCsv(fullMonths(
    [server.accounts.pegawai.login, NUR, server.accounts.pejabat.login], [1, 2, 3])));
  assert.equal(imp.status, 201, imp.text);
  ids.draft = (await createRun(pengelola, { jenis: 'triwulan', titik_periksa_id: cps['Triwulan I'] })).id;
  ids.done = (await createRun(pengelola, { jenis: 'bulanan', tahun: 2026, bulan: 1 })).id;
  const ok = await pengelola.api('POST', `/api/v1/tpp/perhitungan/${ids.done}/setujui`);
  assert.equal(ok.status, 200, ok.text);
  ids.city = (await createRun(admin, { jenis: 'bulanan', tahun: 2026, bulan: 2 })).id;
  ids.dewiItem = (await itemOf(admin, ids.draft, server.accounts.pegawai.login)).id;
  ids.nurItem = (await itemOf(admin, ids.draft, NUR)).id;
  counts0 = tppCounts(server);
  audit0 = await auditCount(admin);
});

after(async () => {
  await server?.stop();
});

const fill = (p) => p.replace('{draft}', ids.draft).replace('{done}', ids.done)
  .replace('{city}', ids.city).replace('{rules}', ids.rules).replace('{dewi}', ids.dewiItem)
  .replace('{nur}', ids.nurItem);

const BAD_CSV = 'nip,tahun,bulan,hari_kerja\r\n199001152015019999,2026,1,22\r\n';
const BAD_RULES = rulesBody({ porsi_disiplin: 10 });

//            anon pegawai pejabat camat pengelola auditor admin
const readAll = row(401, 403, 403, 403, 200, 200, 200);
const readAllPage = row(303, 403, 403, 403, 200, 200, 200);

const TABLE = [
  ['GET', '/tpp', row(303, 200, 200, 200, 200, 200, 200)],
  ['GET', '/tpp/aturan', readAllPage],
  ['POST', '/tpp/aturan', row(303, 403, 403, 403, 403, 403, 422), { tahun: 2026, dasar: 'jabatan', porsi_kinerja: 50, porsi_disiplin: 40 }],
  ['GET', '/tpp/aturan/{rules}', readAllPage],
  ['GET', '/tpp/kehadiran', readAllPage],
  ['POST', '/tpp/kehadiran', row(303, 403, 403, 403, 422, 403, 422), {}],
  ['POST', '/tpp/perhitungan', row(303, 403, 403, 403, 422, 403, 422), { jenis: 'tahunan' }],
  ['GET', '/tpp/perhitungan/{draft}', readAllPage],
  ['GET', '/tpp/perhitungan/{city}', row(303, 403, 403, 403, 403, 200, 200)],
  ['POST', '/tpp/perhitungan/{done}/hitung-ulang', row(303, 403, 403, 403, 409, 403, 409), {}],
  ['POST', '/tpp/perhitungan/{done}/setujui', row(303, 403, 403, 403, 409, 403, 409), {}],
  ['POST', '/tpp/perhitungan/{city}/setujui', row(303, 403, 403, 403, 403, 403, 422), { version: 'x' }],
  ['GET', '/tpp/perhitungan/{draft}/banding?dengan={done}', readAllPage],
  ['GET', '/tpp/perhitungan/{draft}/ekspor.csv', readAllPage],
  ['GET', '/tpp/perhitungan/{draft}/ekspor.xlsx', readAllPage],
  ['GET', '/tpp/rincian/{dewi}', row(303, 200, 403, 403, 200, 200, 200)],
  ['GET', '/tpp/rincian/{nur}', row(303, 403, 403, 403, 200, 200, 200)],
  ['GET', '/api/v1/tpp/aturan?tahun=2026', readAll],
  ['POST', '/api/v1/tpp/aturan', row(401, 403, 403, 403, 403, 403, 422), BAD_RULES],
  ['GET', '/api/v1/tpp/aturan/{rules}', readAll],
  ['GET', '/api/v1/tpp/kehadiran?tahun=2026', readAll],
  ['POST', '/api/v1/tpp/kehadiran', row(401, 403, 403, 403, 422, 403, 422), BAD_CSV],
  ['GET', '/api/v1/tpp/perhitungan', readAll],
  ['POST', '/api/v1/tpp/perhitungan', row(401, 403, 403, 403, 422, 403, 422), { jenis: 'tahunan' }],
  ['GET', '/api/v1/tpp/perhitungan/{draft}', readAll],
  ['GET', '/api/v1/tpp/perhitungan/{city}', row(401, 403, 403, 403, 403, 200, 200)],
  ['POST', '/api/v1/tpp/perhitungan/{done}/hitung-ulang', row(401, 403, 403, 403, 409, 403, 409), {}],
  ['POST', '/api/v1/tpp/perhitungan/{done}/setujui', row(401, 403, 403, 403, 409, 403, 409), {}],
  ['GET', '/api/v1/tpp/perhitungan/{draft}/banding?dengan={done}', readAll],
  ['GET', '/api/v1/tpp/perhitungan/{draft}/ekspor?format=xlsx', readAll],
  ['GET', '/api/v1/tpp/rincian/{dewi}', row(401, 200, 403, 403, 200, 200, 200)],
  ['GET', '/api/v1/tpp/rincian/{nur}', row(401, 403, 403, 403, 200, 200, 200)],
  ['GET', '/api/v1/tpp/saya', row(401, 200, 200, 200, 200, 200, 200)],
];

accessTests(TABLE, {
  path: fill,
  client: (role) => clients[role],
});

test('the list of runs holds only the runs a reader may open', async () => {
  const hr = await clients.pengelola.api('GET', '/api/v1/tpp/perhitungan');
  assert.deepEqual(hr.json.items.map((r) => r.id).sort(), [ids.draft, ids.done].sort());
  const all = await clients.auditor.api('GET', '/api/v1/tpp/perhitungan');
  assert.equal(all.json.items.length, 3);
  const mine = await clients.pejabat.api('GET', '/api/v1/tpp/saya');
  assert.ok(mine.json.items.every((i) => i.nip === server.accounts.pejabat.login), 'only their own items');
  assert.equal(mine.json.items.length, 3, 'the Kasi\'s own item in each run');
});

test('none of the refused requests above changed the database', async () => {
  assert.deepEqual(tppCounts(server), counts0);
  assert.equal(await auditCount(clients.admin), audit0);
});

test('every route of the TPP route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_tpp.c', 'src/api/api_tpp.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 28, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) =>
    `${method} ${p.replace(/\?.*$/, '').replace(/\{\w+\}/g, '{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
