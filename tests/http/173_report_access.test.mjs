// Who may see which report, and every refusal of a report request, on the
// demo plans (`startServer()`).  Roles (access_table.mjs): pegawai (Dewi,
// a pelaksana of Seksi Pelayanan ASM-YAN, leads nothing), pejabat (her
// Kepala Seksi: leads ASM-YAN only), camat (leads the whole kecamatan ASM),
// pengelola (scope: ASM), auditor, admin.  The city (SBY, the top unit)
// has no head in the system: only auditors and administrators see it.
// Reports show a leader no TPP (http/report_access.h); a pegawai who leads
// nothing is refused every unit report.  A test at the end reads the C
// route tables of the reports and checks every route is in the table.
// Refusals: an unknown unit, period or checkpoint is a 404 naming the
// parameter; a malformed one a 422 naming it; nothing is written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { auditCount } from './util.mjs';
import { download, unitByCode } from './170_report_util.mjs';

let server;
let clients;
const ids = {};

before(async () => {
  server = await startServer();
  clients = await roleClients(server);
  for (const [k, code] of [['asm', 'ASM'], ['yan', 'ASM-YAN'], ['sby', 'SBY']]) {
    ids[k] = (await unitByCode(clients.admin, code)).id;
  }
});

after(() => server?.stop());

const page = (ok) => row(303, ok[0], ok[1], ok[2], ok[3], ok[4], ok[5]);
const api = (ok) => row(401, ok[0], ok[1], ok[2], ok[3], ok[4], ok[5]);
const KEC = [403, 403, 200, 200, 200, 200];    // the whole kecamatan
const SEKSI = [403, 200, 200, 200, 200, 200];  // Seksi Pelayanan
const CITY = [403, 403, 403, 403, 200, 200];   // the top unit
const OWN = [403, 200, 200, 200, 200, 200];    // no unit named: the caller's own

const table = [
  ['GET', '/laporan', page([200, 200, 200, 200, 200, 200])],
  ['GET', '/laporan/rekap?unit={asm}', page(KEC)],
  ['GET', '/laporan/rekap?unit={yan}', page(SEKSI)],
  ['GET', '/laporan/rekap?unit={sby}', page(CITY)],
  ['GET', '/laporan/rekap', page(OWN)],
  ['GET', '/laporan/rekap.xlsx?unit={asm}', page(KEC)],
  ['GET', '/laporan/rekap.csv?unit={yan}', page(SEKSI)],
  ['GET', '/laporan/kontribusi?unit={asm}', page(KEC)],
  ['GET', '/laporan/kontribusi?unit={yan}', page(SEKSI)],
  ['GET', '/laporan/kontribusi.xlsx?unit={sby}', page(CITY)],
  ['GET', '/laporan/kontribusi.csv?unit={asm}', page(KEC)],
  ['GET', '/api/v1/laporan/rekap?unit={asm}', api(KEC)],
  ['GET', '/api/v1/laporan/rekap?unit={yan}', api(SEKSI)],
  ['GET', '/api/v1/laporan/rekap?unit={sby}', api(CITY)],
  ['GET', '/api/v1/laporan/rekap', api(OWN)],
  ['GET', '/api/v1/laporan/kontribusi?unit={asm}', api(KEC)],
  ['GET', '/api/v1/laporan/kontribusi?unit={yan}', api(SEKSI)],
  ['GET', '/api/v1/laporan/kontribusi', api(OWN)],
];

accessTests(table, {
  path: (p) => p.replace(/\{(\w+)\}/g, (m, k) => ids[k]),
  client: (role) => clients[role],
});

test('every report route is in the access table', () => {
  const routes = [];
  for (const f of ['src/web/ui_report.c', 'src/api/api_report.c']) {
    const src = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    for (const m of src.matchAll(/\{ "(GET|POST)", "([^"]+)"/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 9, routes.join(', '));
  const covered = new Set(table.map(([m, p]) => `${m} ${p.split('?')[0]}`));
  assert.deepEqual(routes.filter((r) => !covered.has(r)), []);
});

test('the TPP column is there for HR, auditors and administrators, never for leaders', async () => {
  const want = { pejabat: false, camat: false, pengelola: true, auditor: true, admin: true };
  for (const [role, withTpp] of Object.entries(want)) {
    const unit = role === 'pejabat' ? ids.yan : ids.asm;
    const r = await clients[role].api('GET', `/api/v1/laporan/rekap?unit=${unit}`);
    assert.equal(r.status, 200, role);
    assert.equal(r.json.dengan_tpp, withTpp, role);
    assert.equal(r.json.pegawai.every((p) => 'tpp' in p), withTpp, `${role}: the key itself`);
  }
});

test('the hub shows the unit reports to leaders and the own documents to an employee', async () => {
  const own = await clients.pegawai.get('/laporan');
  assert.equal(own.status, 200);
  assert.ok(!own.text.includes('id="kartu-rekap"'), 'a pegawai gets no unit recap card');
  assert.match(own.text, /href="\/skp\/\d+\/pdf"/, 'her SKP as PDF');
  assert.match(own.text, /href="\/dasbor"/);
  const lead = await clients.pejabat.get('/laporan');
  assert.match(lead.text, /id="kartu-rekap"[\s\S]*href="\/laporan\/rekap"/);
  assert.match(lead.text, /href="\/laporan\/kontribusi"/);
  assert.match(lead.text, /href="\/laporan\/massal"/);
  const auditor = await clients.auditor.get('/laporan');
  assert.match(auditor.text, /id="kartu-kontribusi"/);
  assert.ok(!/style="/.test(own.text + lead.text), 'no inline styles');
});

const refusals = [
  ['unit=999999', 404, 'unit'],
  ['unit=abc', 422, 'unit'],
  ['unit={asm}&periode=999', 404, 'periode'],
  ['unit={asm}&periode=x', 422, 'periode'],
  ['unit={asm}&titik=999999', 404, 'titik'],
  ['unit={asm}&titik=0', 422, 'titik'],
  ['unit={asm}&jenis=bulanan', 422, 'jenis'],
  ['unit={asm}&dasar=minggu', 422, 'dasar'],
];

for (const [query, status, field] of refusals) {
  test(`?${query}: ${status} naming "${field}", on every report route, nothing written`, async () => {
    const q = query.replace('{asm}', ids.asm);
    const before0 = await auditCount(clients.admin);
    for (const p of ['rekap', 'kontribusi']) {
      const r = await clients.admin.api('GET', `/api/v1/laporan/${p}?${q}`);
      assert.equal(r.status, status, `${p}: ${r.text}`);
      assert.equal(r.json.error.field, field, p);
      assert.ok(r.json.error.message.length > 5);
      for (const suffix of ['', '.xlsx', '.csv']) {
        const d = await download(server, clients.admin, `/laporan/${p}${suffix}?${q}`);
        assert.equal(d.status, status, `/laporan/${p}${suffix}`);
        assert.match(d.type, /text\/html/, 'an error page, not a file');
      }
    }
    assert.equal(await auditCount(clients.admin), before0);
  });
}
