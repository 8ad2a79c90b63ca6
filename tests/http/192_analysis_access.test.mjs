// Who may use which rater-analysis route: a table of role x route x
// expected status (access_table.mjs; one test per route, every role
// asked) over the route tables of ui_analysis.c and api_analysis.c, on
// the full demo year.  A test at the end reads those C tables and checks
// every route is in this table.
//
// Roles: anon; pegawai (Dewi Handayani, rated by the planted severe rater
// Achmad); pejabat (Hosniyah Pratiwi, Kepala Seksi Pelayanan: Achmad's
// superior, a leader who is not HR); camat (leads the whole office, not
// HR); pengelola (scope: the whole kecamatan); auditor (no employee);
// admin.  The rater figures are HR's (pengelola, auditor, admin); every
// logged-in user has the hub, their own nudge (404 for an account without
// an employee) and the adjusted view of whom they may see; only the
// administrator changes the thresholds.  The changing requests are sent
// bodies the handler refuses (422), so nothing is stored: the last test
// checks the thresholds are still the defaults.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { employeeByNip } from './util.mjs';
import { PLANTED } from './190_analysis_util.mjs';

let server;
let clients;
const ids = {};

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  clients = await roleClients(server);
  ids.rater = (await employeeByNip(clients.admin, PLANTED.severe.nip)).id;
});
after(() => server?.stop());

const HR = row(401, 403, 403, 403, 200, 200, 200);
const HR_PAGE = row(303, 403, 403, 403, 200, 200, 200);

const TABLE = [
  ['GET', '/analisis', row(303, 200, 200, 200, 200, 200, 200)],
  ['GET', '/analisis/penilai', HR_PAGE],
  ['GET', '/analisis/penilai/{rater}', HR_PAGE],
  ['GET', '/analisis/kesepakatan', HR_PAGE],
  ['GET', '/analisis/keadilan', HR_PAGE],
  ['GET', '/analisis/pengaturan', HR_PAGE],
  ['POST', '/analisis/pengaturan', row(303, 403, 403, 403, 403, 403, 422), { skala: '3', z_flag: 'x' }],
  ['GET', '/api/v1/analisis/penilai', HR],
  ['GET', '/api/v1/analisis/penilai/{rater}', HR],
  ['GET', '/api/v1/analisis/kesepakatan', HR],
  ['GET', '/api/v1/analisis/keadilan', HR],
  ['GET', '/api/v1/analisis/disesuaikan', row(401, 200, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/analisis/pengaturan', HR],
  ['PUT', '/api/v1/analisis/pengaturan', row(401, 403, 403, 403, 403, 403, 422), { z_flag: 99 }],
  ['GET', '/api/v1/analisis/saya', row(401, 200, 200, 200, 200, 404, 200)],
];

accessTests(TABLE, {
  path: (p) => p.replace('{rater}', String(ids.rater)),
  client: (role) => clients[role],
});

test('the refused threshold changes stored nothing', async () => {
  const r = await clients.admin.api('GET', '/api/v1/analisis/pengaturan');
  assert.equal(r.status, 200);
  for (const k of ['min_ratees', 'z_flag', 'min_effect', 'min_forms', 'halo_sd', 'central_share', 'shrink']) {
    assert.equal(r.json[k], r.json.bawaan[k], k);
  }
});

test('every route of the rater-analysis route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_analysis.c', 'src/api/api_analysis.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 15, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) => `${method} ${p.replace(/\{\w+\}/g, '{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
