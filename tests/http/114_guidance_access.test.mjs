// Who may use which guidance (pembinaan) route: a table of role x route x
// expected status in the style of 87_access_monitoring.test.mjs (one test
// per route, every role asked), for the route tables of ui_guidance.c and
// api_guidance.c; a test at the end reads those C tables and checks that
// every route is in this table.
//
// Roles: anon and the demo accounts: pegawai (Dewi Handayani, whose
// records these are), pejabat (her Kepala Seksi and pejabat penilai),
// camat (above the Kasi), pengelola (HR, scope: the whole kecamatan),
// auditor (reads everything, changes nothing), admin.  Those who lead Dewi
// (pejabat, camat, pengelola, admin) record sessions and fill her
// improvement plan; Dewi reads, responds to sessions and keeps her
// development plan with them.  The records of Sukri (Seksi Pemerintahan)
// are neither Dewi's nor her Kasi's.
//
// The objects are made in before(): Dewi's improvement plan (her Kasi
// finalises a Butuh Perbaikan), a session with her, an item of her
// development plan.  State-changing requests are sent bodies the handler
// refuses (422) or a stale version (409), so a role that passes the access
// checks shows it by reaching the handler while the database stays as it
// was; the last tests check that it did.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row, sendAs } from './access_table.mjs';
import { skpOfNip } from './plan_util.mjs';
import { rateFinal } from './objection_util.mjs';
import { SUKRI, guidanceSnapshot, readPlan, records, wibDate } from './guidance_util.mjs';

let server;
const clients = {};
const ids = {};
let state0;

before(async () => {
  server = await startServer();
  Object.assign(clients, await roleClients(server));
  const { admin, pejabat, pegawai } = clients;
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.dewi = own.employee.id;
  ids.dewiNip = own.employee.nip;
  ids.sukri = (await skpOfNip(admin, SUKRI)).employee.id;
  const tw1 = (await admin.api('GET', `/api/v1/periode/${own.skp.periode_id}`)).json.checkpoint[0].id;
  await rateFinal(pejabat, own.skp.id, `jenis=periodik&titik=${tw1}`, 'di_bawah', 'sesuai');
  ids.plan = (await records(admin, ids.dewi)).rencana_perbaikan[0].id;
  ids.cp = (await readPlan(admin, ids.plan)).titik[0].id;
  const s = await pejabat.api('POST', '/api/v1/pembinaan/sesi',
    { pegawai_id: ids.dewi, jenis: 'dialog_kinerja', tanggal: wibDate(-1), topik: 'Capaian triwulan I' });
  assert.equal(s.status, 201, s.text);
  ids.session = s.json.id;
  const d = await pegawai.api('POST', '/api/v1/pembinaan/pengembangan',
    { pegawai_id: ids.dewi, kompetensi: 'Komunikasi layanan', kegiatan: 'Pelatihan', target: wibDate(30) });
  assert.equal(d.status, 201, d.text);
  ids.item = d.json.id;
  state0 = await guidanceSnapshot(server, admin);
});

after(async () => {
  await server?.stop();
});

const API_LOGIN = row(401, 200, 200, 200, 200, 200, 200);
const PAGE_LOGIN = row(303, 200, 200, 200, 200, 200, 200);
// Sukri's: not Dewi's, not her Kasi's
const API_OTHER = row(401, 403, 403, 200, 200, 200, 200);
const PAGE_OTHER = row(303, 403, 403, 200, 200, 200, 200);
const API_404 = row(401, 404, 404, 404, 404, 404, 404);
// those who lead Dewi reach the handler
const API_LEAD = (s) => row(401, 403, s, s, s, 403, s);
const PAGE_LEAD = (s) => row(303, 403, s, s, s, 403, s);
// Dewi and those who lead her
const API_KEEP = (s) => row(401, s, s, s, s, 403, s);
const PAGE_KEEP = (s) => row(303, s, s, s, s, 403, s);
const only = (anon, who, s) => ({ ...row(anon, 403, 403, 403, 403, 403, 403), [who]: s });

const TABLE = [
  ['GET', '/api/v1/pembinaan', API_LOGIN],
  ['GET', '/api/v1/pembinaan/terlambat', API_LOGIN],
  ['GET', '/api/v1/pembinaan/pegawai/{dewi}', API_LOGIN],
  ['GET', '/api/v1/pembinaan/pegawai/{sukri}', API_OTHER],
  ['GET', '/api/v1/pembinaan/pegawai/999999', API_404],
  ['POST', '/api/v1/pembinaan/sesi', API_LEAD(422), { pegawai_id: '{dewi}' }],
  ['GET', '/api/v1/pembinaan/sesi/{session}', API_LOGIN],
  ['GET', '/api/v1/pembinaan/sesi/999999', API_404],
  ['PUT', '/api/v1/pembinaan/sesi/{session}', API_LEAD(422), {}],
  ['DELETE', '/api/v1/pembinaan/sesi/{session}?version=999', API_LEAD(409)],
  ['POST', '/api/v1/pembinaan/sesi/{session}/tanggapan', only(401, 'pegawai', 422), {}],
  ['GET', '/api/v1/pembinaan/rencana-perbaikan/{plan}', API_LOGIN],
  ['GET', '/api/v1/pembinaan/rencana-perbaikan/999999', API_404],
  ['PUT', '/api/v1/pembinaan/rencana-perbaikan/{plan}', API_LEAD(422), {}],
  ['POST', '/api/v1/pembinaan/rencana-perbaikan/{plan}/hasil', API_LEAD(422), {}],
  ['PUT', '/api/v1/pembinaan/titik/{cp}', API_LEAD(422), {}],
  ['POST', '/api/v1/pembinaan/pengembangan', API_KEEP(422), { pegawai_id: '{dewi}' }],
  ['GET', '/api/v1/pembinaan/pengembangan/{item}', API_LOGIN],
  ['PUT', '/api/v1/pembinaan/pengembangan/{item}', API_KEEP(422), {}],
  ['DELETE', '/api/v1/pembinaan/pengembangan/{item}?version=999', API_KEEP(409)],

  ['GET', '/pembinaan', PAGE_LOGIN],
  ['GET', '/pembinaan/cari?nip={dewiNip}', row(303, 303, 303, 303, 303, 303, 303)],
  ['GET', '/pembinaan/pegawai/{dewi}', PAGE_LOGIN],
  ['GET', '/pembinaan/pegawai/{sukri}', PAGE_OTHER],
  ['GET', '/pembinaan/sesi/baru?pegawai={dewi}', PAGE_LEAD(200)],
  ['POST', '/pembinaan/sesi', PAGE_LEAD(422), { pegawai: '{dewi}' }],
  ['GET', '/pembinaan/sesi/{session}', PAGE_LOGIN],
  ['POST', '/pembinaan/sesi/{session}', PAGE_LEAD(422), {}],
  ['POST', '/pembinaan/sesi/{session}/tanggapan', only(303, 'pegawai', 422), { tanggapan: 'x'.repeat(4001) }],
  ['POST', '/pembinaan/sesi/{session}/hapus', PAGE_LEAD(409), { version: '999' }],
  ['GET', '/pembinaan/rencana/{plan}', PAGE_LOGIN],
  ['POST', '/pembinaan/rencana/{plan}', PAGE_LEAD(422), {}],
  ['POST', '/pembinaan/rencana/{plan}/hasil', PAGE_LEAD(422), {}],
  ['POST', '/pembinaan/titik/{cp}', PAGE_LEAD(422), {}],
  ['GET', '/pembinaan/pengembangan/baru?pegawai={dewi}', PAGE_KEEP(200)],
  ['POST', '/pembinaan/pengembangan', PAGE_KEEP(422), { pegawai: '{dewi}' }],
  ['GET', '/pembinaan/pengembangan/{item}', PAGE_LOGIN],
  ['POST', '/pembinaan/pengembangan/{item}', PAGE_KEEP(422), {}],
  ['POST', '/pembinaan/pengembangan/{item}/hapus', PAGE_KEEP(409), { version: '999' }],
];

function fill(v) {
  if (typeof v !== 'string') return v;
  const get = (k) => {
    assert.ok(ids[k] !== undefined, `unknown id ${k}`);
    return ids[k];
  };
  const m = /^\{(\w+)\}$/.exec(v);
  return m ? get(m[1]) : v.replace(/\{(\w+)\}/g, (_, k) => String(get(k)));
}

accessTests(TABLE, {
  path: fill,
  client: (role) => clients[role],
  send: (client, method, urlPath, body) => {
    if (!body) return sendAs(client, method, urlPath, body);
    const filled = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v)]));
    // a page form sends text
    if (!urlPath.startsWith('/api/')) for (const k of Object.keys(filled)) filled[k] = String(filled[k]);
    return sendAs(client, method, urlPath, filled);
  },
});

test('none of the refused or invalid requests above changed the database', async () => {
  const now = await guidanceSnapshot(server, clients.admin);
  assert.equal(now.audit, state0.audit, 'the audit trail grew');
  assert.deepEqual(now.rows, state0.rows, 'a guidance table changed');
});

test('every route of the guidance route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_guidance.c', 'src/api/api_guidance.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 30, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) =>
    `${method} ${p.replace(/\?.*$/, '').replace(/\{\w+\}/g, '{id}').replace(/\/999999(?=\/|$)/g, '/{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
