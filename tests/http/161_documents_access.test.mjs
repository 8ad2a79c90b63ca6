// Who may download which official document: a table of role x route x
// expected status in the style of 87_access_monitoring.test.mjs (one test
// per route, every role asked), for the routes of web/ui_document.c and
// api/api_document.c, on the demo year (startServer({ demo: 'lengkap' })).
//
// Roles: anon and the demo accounts: pegawai (Dewi Handayani, Seksi
// Pelayanan), pejabat (her Kepala Seksi and pejabat penilai, also Nur's
// and Siti's), camat (atasan pejabat penilai of them all), pengelola
// (scope: the whole kecamatan), auditor, admin.  Objects: Dewi's SKP, her
// Triwulan II assessment and her TPP items; the same of Nur (ASM-YAN-P02,
// Dewi's colleague under the same pejabat); Sri Dewi's SKP and assessment
// (ASM-PEM-P02, Seksi Pemerintahan: neither Dewi's nor the pejabat's); a
// draft the pejabat keeps of Dewi's annual assessment (only she sees it);
// the demo's objection (Siti's, decided in before()).  Every document is
// readable by exactly those who read the page of its object: the expected
// rows are those of 87_access_monitoring for the SKP, the assessment and
// the objection; the TPP breakdown of tpp_access.h (the employee, HR,
// auditors, administrators: not the superiors); the credit statement and
// the certificate give, role by role, what their own routes give.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row, ROLES, sendAs } from './access_table.mjs';
import { auditCount, sqlOn } from './util.mjs';
import { skpOfNip } from './plan_util.mjs';

const NUR = '198803022014112370';     // ASM-YAN-P02, Dewi's colleague
const SRI = '199307182021022126';     // ASM-PEM-P01, Seksi Pemerintahan

let server;
const clients = {};
const ids = {};
let audit0;

async function twoAssessment(admin, skp) {
  const x = (await admin.api('GET', `/api/v1/skp/${skp}/penjelasan`)).json;
  const a = x.penilaian.find((p) => p.jenis === 'periodik' && p.titik.nama === 'Triwulan II');
  assert.ok(a && a.status === 'ditetapkan', `SKP ${skp} is rated for Triwulan II`);
  return a.id;
}

/** The item of employee `nip` in TPP run `run`, from the run's list. */
async function tppItem(admin, run, nip) {
  const r = await admin.api('GET', `/api/v1/tpp/perhitungan/${run}?q=${nip}`);
  assert.equal(r.status, 200, r.text);
  const hit = r.json.rincian_pegawai.items.find((i) => i.nip === nip);
  assert.ok(hit, `${nip} is in run ${run}: ${r.text.slice(0, 300)}`);
  return hit.id;
}

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  Object.assign(clients, await roleClients(server));
  const { admin, pejabat, camat } = clients;
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.own = own.skp.id;
  ids.self = own.employee.id;
  ids.period = own.skp.periode_id;
  ids.peer = (await skpOfNip(admin, NUR)).skp.id;
  ids.other = (await skpOfNip(admin, SRI)).skp.id;
  ids.ownA = await twoAssessment(admin, ids.own);
  ids.peerA = await twoAssessment(admin, ids.peer);
  ids.otherA = await twoAssessment(admin, ids.other);
  // a draft of Dewi's annual assessment, the pejabat's alone
  const draft = await pejabat.api('PUT', `/api/v1/skp/${ids.own}/penilaian?jenis=tahunan`, {
    hasil_kerja: 'sesuai', alasan_hasil_kerja: 'Draf', perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Draf', version: 0,
  });
  assert.equal(draft.status, 200, draft.text);
  assert.equal(draft.json.status, 'draft');
  ids.draft = draft.json.id;
  // the demo's objection, explained and decided
  ids.case = Number(sqlOn(server, 'SELECT id FROM objection ORDER BY id LIMIT 1'));
  const k = (await admin.api('GET', `/api/v1/keberatan/${ids.case}`)).json;
  const ex = await pejabat.api('POST', `/api/v1/keberatan/${ids.case}/penjelasan`, { penjelasan: 'Penjelasan.', version: k.version });
  assert.equal(ex.status, 200, ex.text);
  const dec = await camat.api('POST', `/api/v1/keberatan/${ids.case}/putusan`,
    { putusan: 'tetap', alasan_putusan: 'Penilaian sudah tepat.', version: ex.json.version });
  assert.equal(dec.status, 200, dec.text);
  // TPP: the latest run's items of Dewi and Nur
  ids.run = Number(sqlOn(server, 'SELECT MAX(id) FROM tpp_run'));
  ids.ownTpp = await tppItem(admin, ids.run, server.accounts.pegawai.login);
  ids.peerTpp = await tppItem(admin, ids.run, NUR);
  ids.nom = Number(sqlOn(server, "SELECT id FROM recognition_nomination WHERE state = 'disetujui' ORDER BY id LIMIT 1"));
  // the routes the twins stand for: the status each role gets there
  ids.creditRow = {};
  ids.certRow = {};
  for (const role of ROLES) {
    const cl = clients[role];
    ids.creditRow[role] = (await sendAs(cl, 'GET', `/api/v1/angka-kredit/pegawai/${ids.self}/pdf?periode=${ids.period}`)).status;
    ids.certRow[role] = (await sendAs(cl, 'GET', `/api/v1/penghargaan/usulan/${ids.nom}/piagam`)).status;
  }
  audit0 = await auditCount(admin);
});

after(async () => {
  await server?.stop();
});

const PAGE_LOGIN = row(303, 200, 200, 200, 200, 200, 200);
const API_LOGIN = row(401, 200, 200, 200, 200, 200, 200);
const PAGE_PEER = row(303, 403, 200, 200, 200, 200, 200);
const API_PEER = row(401, 403, 200, 200, 200, 200, 200);
const PAGE_OTHER = row(303, 403, 403, 200, 200, 200, 200);
const API_OTHER = row(401, 403, 403, 200, 200, 200, 200);
const PAGE_404 = row(303, 404, 404, 404, 404, 404, 404);
const API_404 = row(401, 404, 404, 404, 404, 404, 404);
// a draft: its pejabat penilai alone; for anybody else there is none
const PAGE_DRAFT = row(303, 404, 200, 404, 404, 404, 404);
const API_DRAFT = row(401, 404, 200, 404, 404, 404, 404);
// the TPP of one employee: the employee and those who read the whole run
const PAGE_TPP_OWN = row(303, 200, 403, 403, 200, 200, 200);
const API_TPP_OWN = row(401, 200, 403, 403, 200, 200, 200);
const PAGE_TPP_PEER = row(303, 403, 403, 403, 200, 200, 200);
const API_TPP_PEER = row(401, 403, 403, 403, 200, 200, 200);
// Siti's case: the pejabat explains, the Camat decides, HR, auditors and administrators read
const PAGE_CASE = row(303, 403, 200, 200, 200, 200, 200);
const API_CASE = row(401, 403, 200, 200, 200, 200, 200);
const PAGE_ADMIN = (s) => row(303, 403, 403, 403, 403, 403, s);
const API_ADMIN = (s) => row(401, 403, 403, 403, 403, 403, s);

const TABLE = [
  ['GET', '/skp/{own}/pdf', PAGE_LOGIN],
  ['GET', '/skp/{peer}/pdf', PAGE_PEER],
  ['GET', '/skp/{other}/pdf', PAGE_OTHER],
  ['GET', '/skp/999999/pdf', PAGE_404],
  ['GET', '/penilaian/{ownA}/pdf', PAGE_LOGIN],
  ['GET', '/penilaian/{peerA}/pdf', PAGE_PEER],
  ['GET', '/penilaian/{otherA}/pdf', PAGE_OTHER],
  ['GET', '/penilaian/{draft}/pdf', PAGE_DRAFT],
  ['GET', '/penilaian/999999/pdf', PAGE_404],
  ['GET', '/keberatan/{case}/pdf', PAGE_CASE],
  ['GET', '/keberatan/999999/pdf', PAGE_404],
  ['GET', '/tpp/rincian/{ownTpp}/pdf', PAGE_TPP_OWN],
  ['GET', '/tpp/rincian/{peerTpp}/pdf', PAGE_TPP_PEER],
  ['GET', '/tpp/rincian/999999/pdf', PAGE_404],
  ['GET', '/dokumen/logo', PAGE_404],
  ['GET', '/dokumen/pengaturan', PAGE_ADMIN(200)],
  // a form without a file: the administrator hears what is missing, nothing is stored
  ['POST', '/dokumen/pengaturan', PAGE_ADMIN(422), {}],
  ['POST', '/dokumen/pengaturan/hapus', PAGE_ADMIN(404), {}],
  ['GET', '/api/v1/dokumen/skp/{own}', API_LOGIN],
  ['GET', '/api/v1/dokumen/skp/{peer}', API_PEER],
  ['GET', '/api/v1/dokumen/skp/{other}', API_OTHER],
  ['GET', '/api/v1/dokumen/skp/999999', API_404],
  ['GET', '/api/v1/dokumen/penilaian/{ownA}', API_LOGIN],
  ['GET', '/api/v1/dokumen/penilaian/{peerA}', API_PEER],
  ['GET', '/api/v1/dokumen/penilaian/{otherA}', API_OTHER],
  ['GET', '/api/v1/dokumen/penilaian/{draft}', API_DRAFT],
  ['GET', '/api/v1/dokumen/keberatan/{case}', API_CASE],
  ['GET', '/api/v1/dokumen/tpp/{ownTpp}', API_TPP_OWN],
  ['GET', '/api/v1/dokumen/tpp/{peerTpp}', API_TPP_PEER],
  ['GET', '/api/v1/dokumen/tpp/999999', API_404],
  ['GET', '/api/v1/dokumen/pengaturan', API_ADMIN(200)],
  ['GET', '/api/v1/dokumen/logo', API_404],
  ['POST', '/api/v1/dokumen/logo', API_ADMIN(422), {}],
  ['DELETE', '/api/v1/dokumen/logo', API_ADMIN(404)],
];

function fill(v) {
  return v.replace(/\{(\w+)\}/g, (_, k) => {
    assert.ok(ids[k] !== undefined, `unknown id ${k}`);
    return String(ids[k]);
  });
}

accessTests(TABLE, { path: fill, client: (role) => clients[role] });

// the credit statement and the certificate: role by role what their own routes give
const TWINS = [
  ['GET', '/api/v1/dokumen/kredit/{self}?periode={period}', 'creditRow'],
  ['GET', '/api/v1/dokumen/piagam/{nom}', 'certRow'],
];

for (const [method, pattern, key] of TWINS) {
  test(`${method} ${pattern}: as its own route for every role`, async () => {
    const got = {};
    for (const role of ROLES) got[role] = (await sendAs(clients[role], method, fill(pattern))).status;
    assert.deepEqual(got, ids[key]);
  });
}

test('the twins stand for routes that refuse someone', () => {
  assert.ok(Object.values(ids.creditRow).includes(200), 'someone reads the credit statement');
  assert.ok(Object.values(ids.certRow).includes(403), 'the certificate is not for everyone');
  assert.equal(ids.creditRow.pegawai, 200, 'Dewi reads her own statement');
  assert.equal(ids.creditRow.anon, 401);
});

test('none of the requests above wrote anything', async () => {
  assert.equal(await auditCount(clients.admin), audit0, 'the audit trail is as it was');
  assert.equal(sqlOn(server, 'SELECT COUNT(*) FROM document_logo'), '0', 'no logo stored');
});

test('every route of the document route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_document.c', 'src/api/api_document.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    for (const m of text.matchAll(/\{ "(GET|POST|PUT|DELETE)", "([^"]+)"/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 18, `routes read: ${routes.length}`);
  const covered = new Set([...TABLE, ...TWINS].map(([m, p]) => `${m} ${p.split('?')[0].replace(/\{\w+\}|\d{6}/g, '{id}')}`));
  const missing = routes.filter((r) => !covered.has(r.replace(/\{id\}/g, '{id}')));
  assert.deepEqual(missing, [], 'routes without a row');
});
