// Who may use which briefing (sosialisasi) route: a table of role x route
// x expected status in the style of 87_access_monitoring.test.mjs (one
// test per route, every role asked), for the route tables of
// src/web/ui_briefing.c and src/api/api_briefing.c; a test at the end
// reads those tables and checks every route is in this one.
//
// Roles: anon and the demo accounts: pegawai (Dewi, Seksi Pelayanan
// ASM-YAN), pejabat (her Kasi, in ASM-YAN too), camat (placed in the
// kecamatan unit ASM itself, not below ASM-YAN), pengelola (HR, scope: the
// whole kecamatan; placed in the Subbagian Umum), auditor (no employee),
// admin (an employee of the Subbagian Umum).
//
// Objects made in before(): `yan`, a published guide for ASM-YAN with a
// PDF (`att`); `quiz`, a published guide for ASM-YAN with a quiz nobody
// has passed; `pem`, a published guide for Seksi Pemerintahan; `draft`, a
// draft for ASM-YAN; `gone`, a withdrawn guide with an attachment
// (`goneAtt`); `office`, a published guide for the whole office.  Every
// addressed reader opens every guide first, so that reading them again
// writes nothing.  State-changing routes are sent bodies the handler
// refuses (422) or aimed at an object in a state that refuses them (409):
// a role that passes the access checks shows it by reaching the handler
// while the database stays as it was; the last tests check that it did.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row, sendAs } from './access_table.mjs';
import { assertUnchanged, snapshot, sqlOn } from './util.mjs';
import { QUIZ, publishGuide, createGuide, unitIds } from './briefing_util.mjs';

let server;
let clients;
const ids = {};
let before0;
let rows0;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

async function attach(client, id, name) {
  const r = await client.postMultipart(`/api/v1/sosialisasi/${id}/lampiran`, {},
    { berkas: { name, type: 'application/pdf', content: PDF } });
  assert.equal(r.status, 201, r.text);
  return r.json.id;
}

/** The briefing rows as stored, to compare before and after the table. */
function storedRows() {
  const tables = ['guide', 'guide_question', 'guide_attachment', 'guide_reader', 'guide_ack', 'guide_attempt'];
  return [...tables.map((t) => `${t}:${sqlOn(server, `SELECT COUNT(*) FROM ${t}`)}`),
    `rev:${sqlOn(server, 'SELECT SUM(rev) FROM guide')}`,
    `reminders:${sqlOn(server, 'SELECT COALESCE(SUM(reminders), 0) FROM guide_reader')}`,
    `settings:${sqlOn(server, "SELECT COUNT(*) FROM settings WHERE key = 'panduan_kriteria'")}`].join(' ');
}

before(async () => {
  server = await startServer();
  clients = await roleClients(server);
  const { admin, pengelola: hr } = clients;
  const units = await unitIds(admin);
  ids.yan = (await publishGuide(hr, { judul: 'Untuk Seksi Pelayanan', unit_id: units['ASM-YAN'] })).id;
  ids.att = await attach(hr, ids.yan, 'juknis.pdf');
  ids.quiz = (await publishGuide(hr, { judul: 'Dengan kuis', unit_id: units['ASM-YAN'], kuis: QUIZ })).id;
  ids.pem = (await publishGuide(hr, { judul: 'Untuk Seksi Pemerintahan', unit_id: units['ASM-PEM'] })).id;
  ids.draft = (await createGuide(hr, { judul: 'Draf', unit_id: units['ASM-YAN'] })).id;
  ids.gone = (await publishGuide(hr, { judul: 'Ditarik', unit_id: units['ASM-YAN'] })).id;
  ids.goneAtt = await attach(hr, ids.gone, 'lama.pdf');
  assert.equal((await hr.api('POST', `/api/v1/sosialisasi/${ids.gone}/tarik`, {})).status, 200);
  ids.office = (await publishGuide(admin, { judul: 'Untuk seluruh kantor' })).id;
  // every reader opens every guide once (an opening is written the first time)
  for (const role of ['pegawai', 'pejabat', 'camat', 'pengelola', 'auditor', 'admin']) {
    for (const g of ['yan', 'quiz', 'pem', 'draft', 'gone', 'office']) {
      await clients[role].api('GET', `/api/v1/sosialisasi/${ids[g]}`);
    }
  }
  before0 = await snapshot(admin);
  rows0 = storedRows();
});

after(async () => {
  await server?.stop();
});

// the employees of ASM-YAN (pegawai, pejabat) are addressed; HR, auditors and
// administrators read every guide; the Camat sits above ASM-YAN, not in it
const API_YAN = row(401, 200, 200, 403, 200, 200, 200);
const PAGE_YAN = row(303, 200, 200, 403, 200, 200, 200);
const API_PEM = row(401, 403, 403, 403, 200, 200, 200);
const PAGE_PEM = row(303, 403, 403, 403, 200, 200, 200);
const API_DRAFT = row(401, 404, 404, 404, 200, 200, 200);
const PAGE_DRAFT = row(303, 404, 404, 404, 200, 200, 200);
const API_LOGIN = row(401, 200, 200, 200, 200, 200, 200);
const PAGE_LOGIN = row(303, 200, 200, 200, 200, 200, 200);
const API_READ_ALL = row(401, 403, 403, 403, 200, 200, 200);
const PAGE_READ_ALL = row(303, 403, 403, 403, 200, 200, 200);
const API_MANAGE = (s) => row(401, 403, 403, 403, s, 403, s);
const PAGE_MANAGE = (s) => row(303, 403, 403, 403, s, 403, s);
const API_ADMIN = (s) => row(401, 403, 403, 403, 403, 403, s);
const PAGE_ADMIN = (s) => row(303, 403, 403, 403, 403, 403, s);

// [method, path, expected, body]; {name} is replaced by ids[name].
const TABLE = [
  /* ---- API: lists and reading ------------------------------------------------------ */
  ['GET', '/api/v1/sosialisasi', API_LOGIN],
  ['GET', '/api/v1/sosialisasi/kelola', API_READ_ALL],
  ['GET', '/api/v1/sosialisasi/kriteria', API_LOGIN],
  ['PUT', '/api/v1/sosialisasi/kriteria', API_ADMIN(422), {}],
  ['GET', '/api/v1/sosialisasi/{yan}', API_YAN],
  ['GET', '/api/v1/sosialisasi/{pem}', API_PEM],
  ['GET', '/api/v1/sosialisasi/{draft}', API_DRAFT],
  ['GET', '/api/v1/sosialisasi/{office}', API_LOGIN],
  ['GET', '/api/v1/sosialisasi/999999', row(401, 404, 404, 404, 404, 404, 404)],
  ['GET', '/api/v1/sosialisasi-lampiran/{att}', API_YAN],
  /* ---- API: HR's changes ------------------------------------------------------------- */
  ['POST', '/api/v1/sosialisasi', API_MANAGE(422), {}],
  ['PUT', '/api/v1/sosialisasi/{yan}', API_MANAGE(422), {}],
  ['POST', '/api/v1/sosialisasi/{yan}/terbitkan', API_MANAGE(409), {}],
  ['POST', '/api/v1/sosialisasi/{gone}/tarik', API_MANAGE(409), {}],
  ['POST', '/api/v1/sosialisasi/{yan}/lampiran', API_MANAGE(422), {}],
  ['DELETE', '/api/v1/sosialisasi-lampiran/{goneAtt}', API_MANAGE(409)],
  /* ---- API: the employee's steps: addressed employees reach the store's refusal ---------- */
  // nobody passed the quiz: acknowledging is refused (409); HR reads it but is not addressed (403)
  ['POST', '/api/v1/sosialisasi/{quiz}/ketahui', row(401, 409, 409, 403, 403, 403, 403), {}],
  ['POST', '/api/v1/sosialisasi/{pem}/ketahui', row(401, 403, 403, 403, 403, 403, 403), {}],
  ['POST', '/api/v1/sosialisasi/{draft}/ketahui', row(401, 404, 404, 404, 409, 409, 409), {}],
  ['POST', '/api/v1/sosialisasi/{quiz}/kuis', row(401, 422, 422, 403, 403, 403, 403), { jawaban: [] }],
  /* ---- API: coverage and reminders ---------------------------------------------------- */
  ['GET', '/api/v1/sosialisasi/{yan}/cakupan', API_READ_ALL],
  ['GET', '/api/v1/sosialisasi/{office}/cakupan', API_READ_ALL],
  ['POST', '/api/v1/sosialisasi/{draft}/pengingat', API_MANAGE(409), {}],
  /* ---- pages ---------------------------------------------------------------------------- */
  ['GET', '/sosialisasi', PAGE_LOGIN],
  ['POST', '/sosialisasi', PAGE_MANAGE(422), {}],
  ['GET', '/sosialisasi/baru', PAGE_MANAGE(200)],
  ['POST', '/sosialisasi/kriteria', PAGE_ADMIN(422), {}],
  ['GET', '/sosialisasi/{yan}', PAGE_YAN],
  ['GET', '/sosialisasi/{pem}', PAGE_PEM],
  ['GET', '/sosialisasi/{draft}', PAGE_DRAFT],
  ['GET', '/sosialisasi/{gone}', PAGE_YAN],
  ['GET', '/sosialisasi/{yan}/ubah', PAGE_MANAGE(200)],
  ['GET', '/sosialisasi/{gone}/ubah', PAGE_MANAGE(409)],
  ['POST', '/sosialisasi/{yan}/ubah', PAGE_MANAGE(422), {}],
  ['POST', '/sosialisasi/{yan}/terbitkan', PAGE_MANAGE(409), {}],
  ['POST', '/sosialisasi/{gone}/tarik', PAGE_MANAGE(409), {}],
  ['POST', '/sosialisasi/{yan}/lampiran', PAGE_MANAGE(422), {}],
  ['POST', '/sosialisasi/{quiz}/ketahui', row(303, 422, 422, 403, 403, 403, 403), {}],
  ['POST', '/sosialisasi/{pem}/ketahui', row(303, 403, 403, 403, 403, 403, 403), {}],
  ['GET', '/sosialisasi/{yan}/cakupan', PAGE_READ_ALL],
  ['POST', '/sosialisasi/{draft}/pengingat', PAGE_MANAGE(409), {}],
  ['GET', '/sosialisasi-lampiran/{att}', PAGE_YAN],
  ['POST', '/sosialisasi-lampiran/{goneAtt}/hapus', PAGE_MANAGE(409), {}],
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
  await assertUnchanged(clients.admin, before0, 'the briefing access table');
  assert.equal(storedRows(), rows0, 'the briefing tables hold the same rows');
});

test('every route of the briefing route tables is in the table', () => {
  const routes = [];
  for (const f of ['src/web/ui_briefing.c', 'src/api/api_briefing.c']) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 30, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) =>
    `${method} ${p.replace(/\{\w+\}/g, '{id}').replace(/\/999999(?=\/|$)/g, '/{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
