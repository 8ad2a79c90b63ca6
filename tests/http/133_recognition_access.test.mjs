// Who may use which recognition and credit-point route: a table of role x
// route x expected status in the style of 87_access_monitoring (one test
// per route, every role asked) for the route tables of ui_recognition.c
// and api_recognition.c; a test at the end reads those tables and checks
// every route has a row.
//
// Roles: anon and the demo accounts: pegawai (Dewi Handayani, Seksi
// Pelayanan), pejabat (Hosniyah Pratiwi, her Kepala Seksi: leads Seksi
// Pelayanan), camat (leads the whole kecamatan), pengelola (Budi Wahyudi,
// Subbagian Umum, leads nothing; HR with scope the kecamatan), auditor (no
// employee), admin (Tri Yuli Kartika, the demo's one functional employee,
// Pranata Komputer Ahli Pertama).  In before(): the pejabat rates Dewi at
// Triwulan I and nominates her (the nomination stays diajukan).
//
// State-changing routes get bodies the handler refuses (422, or 409 for a
// second nomination of Dewi), so a role that passes the access checks
// shows it by reaching the handler while nothing is written; the last
// test checks that (the audit trail and the nominations).  The
// certificate of the nomination is 409 for every reader: it is not
// approved.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { auditCount, employeeByNip } from './util.mjs';
import { skpOfNip } from './plan_util.mjs';
import { rateFinal } from './objection_util.mjs';

const DEWI = '199702082020092397';
const TRI = '199204282017102031';

let server;
let clients = {};
const ids = {};
let before0;

const fill = (s) => (typeof s === 'string'
  ? s.replace('{nom}', ids.nom).replace('{dewi}', ids.dewi).replace('{tri}', ids.tri)
    .replace('{period}', ids.period)
  : s);

async function nominationsNow() {
  const r = await clients.admin.api('GET', `/api/v1/penghargaan/usulan?periode=${ids.period}`);
  return r.json.items;
}

before(async () => {
  server = await startServer();
  clients = await roleClients(server);
  const admin = clients.admin;
  ids.period = (await admin.api('GET', '/api/v1/periode')).json.items[0].id;
  const tw1 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[0].id;
  const { skp, employee } = await skpOfNip(admin, DEWI);
  ids.dewi = employee.id;
  ids.tri = (await employeeByNip(admin, TRI)).id;
  await rateFinal(clients.pejabat, skp.id, `jenis=periodik&titik=${tw1}`, 'di_atas', 'di_atas');
  const r = await clients.pejabat.api('POST', '/api/v1/penghargaan/usulan',
    { periode_id: ids.period, pegawai_id: ids.dewi, alasan: 'Pelayanan perizinan tercepat.' });
  assert.equal(r.status, 201, r.text);
  ids.nom = r.json.id;
  before0 = { audit: await auditCount(admin), noms: await nominationsNow() };
});

after(async () => { await server?.stop(); });

//        anon pegawai pejabat camat pengelola auditor admin
const TABLE = [
  ['GET', '/penghargaan', row(303, 200, 200, 200, 200, 200, 200)],
  ['GET', '/penghargaan/pengaturan', row(303, 403, 403, 403, 403, 403, 200)],
  ['POST', '/penghargaan/pengaturan', row(303, 403, 403, 403, 403, 403, 422), { urutan1: 'gaji' }],
  ['GET', '/penghargaan/usulan/baru?periode={period}&pegawai={dewi}', row(303, 403, 200, 200, 403, 403, 200)],
  ['POST', '/penghargaan/usulan', row(303, 403, 409, 409, 403, 403, 409),
    { periode: '{period}', pegawai: '{dewi}', alasan: '' }],
  ['GET', '/penghargaan/usulan/{nom}', row(303, 200, 200, 200, 200, 200, 200)],
  ['POST', '/penghargaan/usulan/{nom}/putusan', row(303, 403, 403, 403, 422, 403, 422), { putusan: 'x' }],
  ['GET', '/penghargaan/usulan/{nom}/piagam', row(303, 409, 409, 409, 409, 409, 409)],
  ['GET', '/angka-kredit', row(303, 303, 303, 303, 200, 200, 200)],
  ['GET', '/angka-kredit/tabel', row(303, 200, 200, 200, 200, 200, 200)],
  ['POST', '/angka-kredit/tabel', row(303, 403, 403, 403, 403, 403, 422), { 'persentase.baik': 'x' }],
  ['GET', '/angka-kredit/pegawai/{tri}', row(303, 403, 403, 200, 200, 200, 200)],
  ['GET', '/angka-kredit/pegawai/{tri}/pdf', row(303, 403, 403, 200, 200, 200, 200)],
  ['GET', '/api/v1/penghargaan/peringkat', row(401, 403, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/penghargaan/saya', row(401, 200, 200, 200, 200, 404, 200)],
  ['GET', '/api/v1/penghargaan/pengaturan', row(401, 200, 200, 200, 200, 200, 200)],
  ['PUT', '/api/v1/penghargaan/pengaturan', row(401, 403, 403, 403, 403, 403, 422), { urutan: ['gaji'] }],
  ['GET', '/api/v1/penghargaan/usulan', row(401, 200, 200, 200, 200, 200, 200)],
  ['POST', '/api/v1/penghargaan/usulan', row(401, 403, 409, 409, 403, 403, 409),
    { periode_id: '{period}', pegawai_id: '{dewi}', alasan: '' }],
  ['GET', '/api/v1/penghargaan/usulan/{nom}', row(401, 200, 200, 200, 200, 200, 200)],
  ['POST', '/api/v1/penghargaan/usulan/{nom}/putusan', row(401, 403, 403, 403, 422, 403, 422), { putusan: 'x' }],
  ['GET', '/api/v1/penghargaan/usulan/{nom}/piagam', row(401, 409, 409, 409, 409, 409, 409)],
  ['GET', '/api/v1/angka-kredit', row(401, 403, 403, 403, 200, 200, 200)],
  ['GET', '/api/v1/angka-kredit/tabel', row(401, 200, 200, 200, 200, 200, 200)],
  ['PUT', '/api/v1/angka-kredit/tabel', row(401, 403, 403, 403, 403, 403, 422), { persentase: { baik: -1 } }],
  ['GET', '/api/v1/angka-kredit/pegawai/{tri}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/api/v1/angka-kredit/pegawai/{tri}/pdf', row(401, 403, 403, 200, 200, 200, 200)],
];

/** Fills ids into a body (numbers where the API wants numbers). */
function fillBody(body) {
  if (!body) return body;
  return Object.fromEntries(Object.entries(body).map(([k, v]) => {
    const f = fill(v);
    return [k, typeof v === 'string' && /_id$/.test(k) ? Number(f) : f];
  }));
}

accessTests(TABLE, {
  path: fill,
  client: (role) => clients[role],
  send: async (client, method, urlPath, body) => {
    const anon = !client.cookies.size;
    if (urlPath.startsWith('/api/')) {
      return client.api(method, urlPath, method === 'GET' ? undefined : fillBody(body), { csrf: !anon });
    }
    if (method === 'GET') return client.get(urlPath);
    return client.postForm(urlPath, fillBody(body) || {}, { csrf: !anon });
  },
});

test('none of the refused requests above wrote anything', async () => {
  assert.equal(await auditCount(clients.admin), before0.audit);
  assert.deepEqual(await nominationsNow(), before0.noms);
});

test('every route of the recognition route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_recognition.c', 'src/api/api_recognition.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 27, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) =>
    `${method} ${p.replace(/\?.*$/, '').replace(/\{\w+\}/g, '{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
