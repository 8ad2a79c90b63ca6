// Who may do what in calibration, on the demo year
// (`startServer({ demo: 'lengkap' })`): a table of route x role x expected
// status in the style of 87_access_monitoring (one test per row, every role
// asked), then a Lurah (only her kelurahan), the assessor (decides only
// proposals on assessments she rated), and the command line
// (`kinerja analyze calibration list|table`) against the API.
//
// Roles (access_table.mjs): pegawai (Dewi, pelaksana of Seksi Pelayanan:
// leads nothing), pejabat (her Kepala Seksi: leads Seksi Pelayanan and
// rated Dewi), camat (leads the kecamatan), pengelola (scope: the
// kecamatan), auditor (reads all, changes nothing), admin.  A waiting
// proposal on Dewi's Triwulan III assessment, made by the Camat, is the
// object of the per-proposal rows; the requests that would change it are
// sent so that the one allowed past the access check is refused by the
// data (a blank note, a stale version, a second proposal), so the table
// runs without changing what the other rows read.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loginAs, runCli, startServer } from './harness.mjs';
import { accessTests, roleClients, row, sendAs } from './access_table.mjs';
import { loginNip } from './plan_util.mjs';
import { parseCsv } from './util.mjs';
import { calibTable, demoIds, nipOf, otherRating, propose, rowOf } from './196_calibration_util.mjs';

let server;
const clients = {};
let ids;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  Object.assign(clients, await roleClients(server));
  ids = await demoIds(clients.admin);
  const t = await calibTable(clients.camat, `periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`);
  const dewi = rowOf(t, nipOf(server, 'pegawai'));
  ids.assessment = dewi.penilaian_id;
  const p = await propose(clients.camat, { penilaian_id: dewi.penilaian_id,
    hasil_kerja: otherRating(dewi.hasil_kerja), alasan: 'Untuk tabel akses' });
  assert.equal(p.status, 201, p.text);
  ids.prop = p.json.id;
});

after(() => server?.stop());

const API_LOGIN = row(401, 200, 200, 200, 200, 200, 200);
const YAN = row(401, 403, 200, 200, 200, 200, 200);
const PEM = row(401, 403, 403, 200, 200, 200, 200);
const PAGE = (r) => ({ ...r, anon: 303 });

// [method, path, expected, body]; {name} is replaced by ids[name]
const TABLE = [
  ['GET', '/api/v1/kalibrasi', YAN],
  ['GET', '/api/v1/kalibrasi?unit={yan}&titik={tw3}', YAN],
  ['GET', '/api/v1/kalibrasi?unit={pem}&titik={tw3}', PEM],
  ['GET', '/api/v1/kalibrasi?unit={asm}&titik={tw3}&format=csv', PEM],
  ['GET', '/kalibrasi?unit={yan}&titik={tw3}', PAGE(YAN)],
  ['GET', '/kalibrasi?unit={pem}&titik={tw3}', PAGE(PEM)],
  ['GET', '/api/v1/kalibrasi/usulan', API_LOGIN],
  ['GET', '/api/v1/kalibrasi/usulan?unit={pem}', PEM],
  ['GET', '/api/v1/kalibrasi/usulan/{prop}', YAN],
  ['GET', '/kalibrasi/usulan/{prop}', PAGE(YAN)],
  ['GET', '/kalibrasi/usul?penilaian={assessment}', row(303, 403, 200, 200, 200, 403, 200)],
  // proposing again while one waits: past the access check it is the data's 409
  ['POST', '/api/v1/kalibrasi/usulan', row(401, 403, 409, 409, 409, 403, 409),
    { penilaian_id: '{assessment}', hasil_kerja: 'di_atas', alasan: 'Lagi' }],
  ['POST', '/kalibrasi/usulan', row(303, 403, 409, 409, 409, 403, 409),
    { penilaian: '{assessment}', hasil_kerja: 'di_atas', alasan: 'Lagi' }],
  // only the assessor who rated decides; only the proposer (or an administrator) withdraws
  ['POST', '/api/v1/kalibrasi/usulan/{prop}/tolak', row(401, 403, 422, 403, 403, 403, 403), { catatan: '' }],
  ['POST', '/api/v1/kalibrasi/usulan/{prop}/terima', row(401, 403, 409, 403, 403, 403, 403), { version: 999 }],
  ['POST', '/api/v1/kalibrasi/usulan/{prop}/tarik', row(401, 403, 403, 409, 403, 403, 409), { version: 999 }],
  ['POST', '/kalibrasi/usulan/{prop}/tolak', row(303, 403, 422, 403, 403, 403, 403), { catatan: '' }],
];

const fill = (s) => s.replace(/\{(\w+)\}/g, (_, k) => String(ids[k]));

/** A body's {name} placeholders filled: numbers for the API, text for a form. */
const resolve = (body, urlPath) => body && Object.fromEntries(Object.entries(body).map(([k, v]) => {
  const f = typeof v === 'string' ? fill(v) : v;
  return [k, urlPath.startsWith('/api/') && /^\{\w+\}$/.test(v) ? Number(f) : f];
}));

accessTests(TABLE, {
  path: fill,
  client: (role) => clients[role],
  send: (client, method, urlPath, body) => sendAs(client, method, urlPath, resolve(body, urlPath)),
});

test('the table holds only the people of the unit asked, and the proposal is still waiting', async () => {
  const t = await calibTable(clients.pejabat, `unit=${ids.yan}&titik=${ids.tw3}`);
  assert.ok(t.pegawai.every((p) => p.unit.kode === 'ASM-YAN'), 'Seksi Pelayanan only');
  const p = await clients.admin.api('GET', `/api/v1/kalibrasi/usulan/${ids.prop}`);
  assert.equal(p.json.status, 'diajukan', 'the access table changed nothing');
});

test('a Lurah sees and proposes only for her kelurahan', async () => {
  const staff = (await clients.admin.api('GET', '/api/v1/pegawai?per_page=500')).json.items;
  const lurah = await loginNip(server, staff.find((e) => e.kode_unit === 'KEL-GKL' && /^Lurah /.test(e.nama_jabatan)).nip);
  const own = await calibTable(lurah, `unit=${ids.gkl}&titik=${ids.tw3}`);
  assert.ok(own.pegawai.length >= 5);
  assert.ok(own.pegawai.every((p) => p.unit.kode.startsWith('KEL-GKL')));
  const other = await lurah.api('GET', `/api/v1/kalibrasi?unit=${ids.tsr}&titik=${ids.tw3}`);
  assert.deepEqual([other.status, other.json.error.field], [403, 'unit']);
  const up = await lurah.api('GET', `/api/v1/kalibrasi?unit=${ids.asm}&titik=${ids.tw3}`);
  assert.equal(up.status, 403, 'not the kecamatan above her');
  const mine = own.pegawai.find((p) => p.boleh_usul);
  const ok = await propose(lurah, { penilaian_id: mine.penilaian_id, perilaku_kerja: otherRating(mine.perilaku_kerja),
    alasan: 'Rapat kalibrasi kelurahan' });
  assert.equal(ok.status, 201, ok.text);
  const tsr = await calibTable(clients.admin, `unit=${ids.tsr}&titik=${ids.tw3}`);
  const theirs = tsr.pegawai.find((p) => p.boleh_usul);
  const no = await propose(lurah, { penilaian_id: theirs.penilaian_id, hasil_kerja: otherRating(theirs.hasil_kerja),
    alasan: 'x' });
  assert.deepEqual([no.status, no.json.error.field], [403, 'penilaian_id']);
  assert.equal((await lurah.api('GET', `/api/v1/kalibrasi/usulan/${ids.prop}`)).status, 403, 'not a proposal of the kecamatan\'s seksi');
  const decide = await lurah.api('POST', `/api/v1/kalibrasi/usulan/${ok.json.id}/terima`, {});
  const assessor = ok.json.pejabat_penilai.pegawai_id;
  assert.ok(assessor, 'rated by someone in the system');
  assert.equal(decide.status, 403, 'the Lurah did not rate this one herself');
});

test('the command line lists the proposals and writes the table as the API has it', async () => {
  const list = await runCli(['analyze', 'calibration', 'list', '--period', '2026', '--unit', 'ASM'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`^${ids.prop}\\s+diajukan`, 'm'));
  const api = (await clients.admin.api('GET', `/api/v1/kalibrasi/usulan?periode=${ids.period}&unit=${ids.asm}`)).json.items;
  assert.match(list.stdout, new RegExp(`${api.length} usulan kalibrasi`));
  const out = path.join(server.dataDir, 'kalibrasi.csv');
  const table = await runCli(['analyze', 'calibration', 'table', '--period', '2026', '--unit', 'ASM-YAN',
    '--checkpoint', 'Triwulan III', '--sort', 'predikat', '--order', 'turun', '--format', 'csv', '--out', out],
  { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(table.code, 0, table.stderr);
  const rows = parseCsv(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
  const t = await calibTable(clients.admin, `unit=${ids.yan}&titik=${ids.tw3}&urut=predikat&arah=turun`);
  const nip = rows[0].indexOf('nip');
  assert.deepEqual(rows.slice(1).map((r) => r[nip]), t.pegawai.map((p) => p.nip), 'same rows, same order');
  const bad = await runCli(['analyze', 'calibration', 'table', '--unit', 'NOPE'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--unit/);
});
