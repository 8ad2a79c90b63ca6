// Who may use which evaluation route: a table of role x route x expected
// status in the style of 87_access_monitoring.test.mjs (one test per
// route, every role asked), for the route tables of src/web/ui_evaluation.c
// and src/api/api_evaluation.c; a test at the end reads those tables and
// checks every route is in this one.
//
// Roles: anon and the demo accounts: pegawai (Dewi, Seksi Pelayanan
// ASM-YAN), pejabat (her Kasi, who leads ASM-YAN), camat (leads the
// kecamatan ASM, placed in ASM itself), pengelola (HR, scope: the whole
// kecamatan; placed in the Subbagian Umum), auditor (no employee), admin
// (an employee of the Subbagian Umum).
//
// Objects made in before(): `draft`, a draft for Seksi Pemerintahan;
// `open`, an open survey for the whole office; `pem`, an open survey for
// Seksi Pemerintahan (ASM-PEM); `yan`, a survey for ASM-YAN answered by
// five of its people and closed.  State-changing routes are sent bodies
// the handler refuses (422) or aimed at a survey in a state that refuses
// them (409): a role that passes the access checks shows it by reaching
// the handler while the database stays as it was; the last tests check
// that it did.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row, sendAs } from './access_table.mjs';
import { assertUnchanged, snapshot } from './util.mjs';
import { answerAs, createSurvey, employeesOf, periodId, step, surveyRows, unitIds } from './140_evaluation_util.mjs';

let server;
let clients;
const ids = {};
let before0;
let rows0;

before(async () => {
  server = await startServer();
  clients = await roleClients(server);
  const { admin, pengelola: hr } = clients;
  const units = await unitIds(admin);
  ids.pemUnit = units['ASM-PEM'];
  const periode_id = await periodId(admin);
  ids.draft = (await createSurvey(hr, { judul: 'Draf', periode_id, unit_id: units['ASM-PEM'] })).id;
  ids.open = (await step(admin, (await createSurvey(admin, { judul: 'Kantor', periode_id })).id, 'buka')).id;
  ids.pem = (await step(hr, (await createSurvey(hr, { judul: 'PEM', periode_id, unit_id: units['ASM-PEM'] })).id, 'buka')).id;
  const yan = await step(hr, (await createSurvey(hr, { judul: 'YAN', periode_id, unit_id: units['ASM-YAN'] })).id, 'buka');
  const full = (await hr.api('GET', `/api/v1/evaluasi/survei/${yan.id}`)).json;
  for (const e of (await employeesOf(admin, units, 'ASM-YAN')).slice(0, 5)) {
    assert.equal((await answerAs(server, e.nip, full, [4])).status, 201);
  }
  await step(hr, yan.id, 'tutup');
  ids.yan = yan.id;
  before0 = await snapshot(admin);
  rows0 = surveyRows(server);
});

after(async () => {
  await server?.stop();
});

const API_LOGIN = row(401, 200, 200, 200, 200, 200, 200);
const PAGE_LOGIN = row(303, 200, 200, 200, 200, 200, 200);
// drafts: HR, auditors and administrators only (leaders and employees: hidden)
const API_DRAFT = row(401, 404, 404, 404, 200, 200, 200);
const PAGE_DRAFT = row(303, 404, 404, 404, 200, 200, 200);
// a survey for ASM-PEM: its readers (the Camat leads ASM above it) and HR
const API_PEM = row(401, 403, 403, 200, 200, 200, 200);
const PAGE_PEM = row(303, 403, 403, 200, 200, 200, 200);
// results of the ASM-YAN survey: its leader (pejabat), the Camat, HR, auditors, admins
const API_RESULTS = row(401, 403, 200, 200, 200, 200, 200);
const PAGE_RESULTS = row(303, 403, 200, 200, 200, 200, 200);
// figures: readers only (the pejabat reads ASM-YAN, which is the default unit for him)
const API_FIGURES = row(401, 403, 200, 200, 200, 200, 200);
const API_MANAGE = (s) => row(401, 403, 403, 403, s, 403, s);
const PAGE_MANAGE = (s) => row(303, 403, 403, 403, s, 403, s);
const API_ADMIN = (s) => row(401, 403, 403, 403, 403, 403, s);
const PAGE_ADMIN = (s) => row(303, 403, 403, 403, 403, 403, s);
// answering the office survey with no answers: every employee reaches the
// store's check (422); the auditor is not an employee
const API_ANSWER = row(401, 422, 422, 422, 422, 403, 422);
const PAGE_ANSWER = row(303, 422, 422, 422, 422, 403, 422);

// [method, path, expected, body]; {name} is replaced by ids[name].
const TABLE = [
  /* ---- API: surveys ------------------------------------------------------------------ */
  ['GET', '/api/v1/evaluasi/survei', API_LOGIN],
  ['POST', '/api/v1/evaluasi/survei', API_MANAGE(422), {}],
  ['GET', '/api/v1/evaluasi/survei/{draft}', API_DRAFT],
  ['GET', '/api/v1/evaluasi/survei/{open}', API_LOGIN],
  ['GET', '/api/v1/evaluasi/survei/{pem}', API_PEM],
  ['GET', '/api/v1/evaluasi/survei/999999', row(401, 404, 404, 404, 404, 404, 404)],
  ['PUT', '/api/v1/evaluasi/survei/{draft}', API_MANAGE(422), {}],
  ['POST', '/api/v1/evaluasi/survei/{open}/buka', API_MANAGE(409), {}],
  ['POST', '/api/v1/evaluasi/survei/{draft}/tutup', API_MANAGE(409), {}],
  ['POST', '/api/v1/evaluasi/survei/{open}/jawaban', API_ANSWER, { jawaban: [] }],
  ['POST', '/api/v1/evaluasi/survei/{pem}/jawaban', row(401, 403, 403, 403, 403, 403, 403), { jawaban: [] }],
  ['GET', '/api/v1/evaluasi/survei/{yan}/hasil', API_RESULTS],
  ['GET', '/api/v1/evaluasi/survei/{open}/hasil', row(401, 403, 409, 409, 409, 409, 409)],
  /* ---- API: figures and the setting ---------------------------------------------------- */
  ['GET', '/api/v1/evaluasi/angka', API_FIGURES],
  ['GET', '/api/v1/evaluasi/angka?unit={pemUnit}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/api/v1/evaluasi/perbandingan', API_FIGURES],
  ['GET', '/api/v1/evaluasi/pengaturan', API_LOGIN],
  ['PUT', '/api/v1/evaluasi/pengaturan', API_ADMIN(422), { ambang: 4 }],
  /* ---- pages ------------------------------------------------------------------------------ */
  ['GET', '/evaluasi', PAGE_LOGIN],
  ['POST', '/evaluasi/pengaturan', PAGE_ADMIN(422), { ambang: '3' }],
  ['GET', '/evaluasi/survei/baru', PAGE_MANAGE(200)],
  ['POST', '/evaluasi/survei', PAGE_MANAGE(422), {}],
  ['GET', '/evaluasi/survei/{draft}', PAGE_DRAFT],
  ['GET', '/evaluasi/survei/{pem}', PAGE_PEM],
  ['GET', '/evaluasi/survei/{draft}/ubah', PAGE_MANAGE(200)],
  ['POST', '/evaluasi/survei/{draft}/ubah', PAGE_MANAGE(422), {}],
  ['POST', '/evaluasi/survei/{open}/buka', PAGE_MANAGE(409), {}],
  ['POST', '/evaluasi/survei/{draft}/tutup', PAGE_MANAGE(409), {}],
  ['POST', '/evaluasi/survei/{open}/jawab', PAGE_ANSWER, {}],
  ['GET', '/evaluasi/survei/{yan}/hasil', PAGE_RESULTS],
];

function fill(v) {
  if (typeof v !== 'string') return v;
  return v.replace(/\{(\w+)\}/g, (_, k) => {
    assert.ok(ids[k] !== undefined, `unknown id ${k}`);
    return String(ids[k]);
  });
}

accessTests(TABLE, {
  path: fill,
  client: (role) => clients[role],
  send: (client, method, urlPath, body) => sendAs(client, method, urlPath, body),
});

test('none of the refused or invalid requests above changed the database', async () => {
  await assertUnchanged(clients.admin, before0, 'the evaluation access table');
  assert.equal(surveyRows(server), rows0, 'the survey tables hold the same rows');
});

test('every route of the evaluation route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_evaluation.c', 'src/api/api_evaluation.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 20, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) =>
    `${method} ${p.replace(/\?.*$/, '').replace(/\{\w+\}/g, '{id}').replace(/\/999999(?=\/|$)/g, '/{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
