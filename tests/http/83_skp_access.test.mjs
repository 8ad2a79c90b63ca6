// Who may use which planning route: a table of role x route x expected
// status in the style of 20_access_table.test.mjs (one test per route,
// every role asked), then the rules behind it one by one: a pegawai sees
// and edits only their own SKP (also through the ids of someone else's RHK,
// IKI and lampiran); the pejabat penilai sees their subordinates' SKPs and
// may approve, return and set expectations but not edit the content; a
// pengelola (HR) sees the SKPs of their unit; an auditor reads everything
// and changes nothing.
//
// Roles: anon and the demo accounts: pegawai (Dewi Handayani, pelaksana of
// Seksi Pelayanan, approved SKP), pejabat (Hosniyah Pratiwi, her Kepala
// Seksi), camat, pengelola (scope: the whole kecamatan ASM), auditor, admin.
// State-changing routes get bodies the handler refuses (or an object in a
// state that refuses them), so a role that passes the access check shows it
// by reaching the handler (409, 422) while the database stays as it was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { assertUnchanged, snapshot } from './util.mjs';
import { assertPlanUnchanged, getSkp, loginNip, planSnapshot, skpOfNip } from './plan_util.mjs';

const ACHMAD = '198502022007101388';      // ASM-YAN-P03, SKP waiting for the pejabat
const NUR = '198803022014112370';         // ASM-YAN-P02, the pegawai's colleague
const SUKRI = '199001122012051154';       // ASM-PEM-P02, Seksi Pemerintahan (returned SKP)
const BAMBANG = '199906132022021244';     // KEL-ASM-PEM-P02, Kelurahan Asemrowo (waiting SKP)

let server;
const clients = {};
const ids = {};
let before0;
let plan0;

before(async () => {
  server = await startServer();
  Object.assign(clients, await roleClients(server));
  const admin = clients.admin;
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.own = own.skp.id;
  ids.self = own.employee.id;
  const ownFull = await getSkp(admin, ids.own);
  ids.ownRhk = ownFull.hasil_kerja[0].id;
  ids.ownIki = ownFull.hasil_kerja[0].iki[0].id;
  const peer = await skpOfNip(admin, NUR);
  ids.peer = peer.skp.id;
  ids.peerEmployee = peer.employee.id;
  const peerFull = await getSkp(admin, ids.peer);
  ids.peerRhk = peerFull.hasil_kerja[0].id;
  ids.peerIki = peerFull.hasil_kerja[0].iki[0].id;
  ids.waiting = (await skpOfNip(admin, ACHMAD)).skp.id;
  const other = await skpOfNip(admin, SUKRI);
  ids.other = other.skp.id;
  ids.otherEmployee = other.employee.id;
  ids.kel = (await skpOfNip(admin, BAMBANG)).skp.id;
  const boss = await getSkp(admin, (await skpOfNip(admin, server.accounts.pejabat.login)).skp.id);
  ids.bossSkp = boss.id;
  ids.bossRhk = boss.hasil_kerja[0].id;
  ids.bossLamp = Object.values(boss.lampiran).flat()[0].id;
  ids.period = (await admin.api('GET', '/api/v1/periode')).json.items[0].id;
  before0 = await snapshot(admin);
  plan0 = await planSnapshot(admin, [ids.own, ids.peer, ids.waiting, ids.other, ids.bossSkp]);
});

after(async () => {
  await server?.stop();
});

const API_LOGIN = row(401, 200, 200, 200, 200, 200, 200);
const API_ADMIN_422 = row(401, 403, 403, 403, 403, 403, 422);
const API_NOBODY = row(401, 403, 403, 403, 403, 403, 403);
const PAGE_LOGIN = row(303, 200, 200, 200, 200, 200, 200);
const PAGE_NOBODY = row(303, 403, 403, 403, 403, 403, 403);
// read access to the pegawai's own SKP
const READ_OWN = row(401, 200, 200, 200, 200, 200, 200);
// a colleague's: the pejabat's subordinate, not the pegawai's
const READ_PEER = row(401, 403, 200, 200, 200, 200, 200);
// an SKP of Seksi Pemerintahan: not the pegawai's, not the pejabat's subordinate
const READ_OTHER = row(401, 403, 403, 200, 200, 200, 200);

// [method, path, expected, body]; {name} is replaced by ids[name].  Pages
// get the body as a form, the API as JSON.
const TABLE = [
  ['GET', '/api/v1/periode', API_LOGIN],
  ['GET', '/api/v1/periode/{period}', API_LOGIN],
  ['POST', '/api/v1/periode', API_ADMIN_422, {}],
  ['POST', '/api/v1/periode/{period}/aksi', row(401, 403, 403, 403, 403, 403, 409), { aksi: 'buka' }],
  ['PUT', '/api/v1/periode/{period}/kalender', API_ADMIN_422, { kalender: 'mingguan' }],
  ['GET', '/api/v1/periode/{period}/sasaran', API_LOGIN],
  ['POST', '/api/v1/periode/{period}/sasaran', API_ADMIN_422, {}],
  ['GET', '/api/v1/skp', API_LOGIN],
  // every employee already has an SKP for the whole period; the auditor is no employee
  ['POST', '/api/v1/skp', row(401, 409, 409, 409, 409, 403, 409), {}],
  ['GET', '/api/v1/skp/masuk', row(401, 200, 200, 200, 200, 403, 200)],
  ['GET', '/api/v1/skp/{own}', READ_OWN],
  ['GET', '/api/v1/skp/{peer}', READ_PEER],
  ['GET', '/skp/{peer}', row(303, 403, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/skp/{other}', READ_OTHER],
  ['GET', '/api/v1/skp/{other}/riwayat', READ_OTHER],
  ['GET', '/api/v1/skp/{own}/riwayat', READ_OWN],
  ['GET', '/api/v1/skp/999999', row(401, 404, 404, 404, 404, 404, 404)],
  ['PUT', '/api/v1/skp/{own}', row(401, 409, 403, 403, 403, 403, 403), { version: 1 }],
  ['PUT', '/api/v1/skp/{peer}', API_NOBODY, { version: 1 }],
  ['POST', '/api/v1/skp/{own}/rhk', row(401, 409, 403, 403, 403, 403, 403), { teks: 'RHK baru' }],
  ['POST', '/api/v1/skp/{peer}/rhk', API_NOBODY, { teks: 'RHK baru' }],
  ['PUT', '/api/v1/skp/{waiting}/ekspektasi', row(401, 403, 422, 403, 403, 403, 403), { kode: 'jujur' }],
  ['POST', '/api/v1/skp/{own}/lampiran', row(401, 409, 403, 403, 403, 403, 403), { jenis: 'konsekuensi', teks: 'Teguran' }],
  ['POST', '/api/v1/skp/{peer}/lampiran', API_NOBODY, { jenis: 'konsekuensi', teks: 'Teguran' }],
  ['POST', '/api/v1/skp/{waiting}/aksi', row(401, 403, 409, 403, 403, 403, 403), { aksi: 'setujui', version: 1 }],
  ['POST', '/api/v1/skp/{own}/aksi', row(401, 409, 403, 403, 403, 403, 403), { aksi: 'ajukan', version: 1 }],
  ['PUT', '/api/v1/rhk/{ownRhk}', row(401, 409, 403, 403, 403, 403, 403), { teks: 'Diubah' }],
  ['PUT', '/api/v1/rhk/{peerRhk}', API_NOBODY, { teks: 'Diubah' }],
  ['DELETE', '/api/v1/rhk/{peerRhk}', API_NOBODY],
  ['PUT', '/api/v1/rhk/999999', row(401, 404, 404, 404, 404, 404, 404), { teks: 'Diubah' }],
  ['POST', '/api/v1/rhk/{peerRhk}/iki', API_NOBODY, { teks: 'IKI', target_min: 1 }],
  ['POST', '/api/v1/rhk/{bossRhk}/turunkan', row(401, 403, 422, 403, 403, 403, 403), { pegawai: [] }],
  ['POST', '/api/v1/rhk/{peerRhk}/turunkan', API_NOBODY, { pegawai: [] }],
  ['PUT', '/api/v1/iki/{ownIki}', row(401, 409, 403, 403, 403, 403, 403), { target_min: 5 }],
  ['PUT', '/api/v1/iki/{peerIki}', API_NOBODY, { target_min: 5 }],
  ['DELETE', '/api/v1/iki/{peerIki}', API_NOBODY],
  ['DELETE', '/api/v1/lampiran/{bossLamp}', row(401, 403, 409, 403, 403, 403, 403)],
  ['GET', '/api/v1/kaskade', API_LOGIN],

  ['GET', '/periode', PAGE_LOGIN],
  ['GET', '/periode/{period}', PAGE_LOGIN],
  ['POST', '/periode', row(303, 403, 403, 403, 403, 403, 422), {}],
  ['POST', '/periode/{period}/aksi', row(303, 403, 403, 403, 403, 403, 409), { aksi: 'buka' }],
  ['POST', '/periode/{period}/kalender', row(303, 403, 403, 403, 403, 403, 422), { cadence: 'mingguan' }],
  ['POST', '/periode/{period}/sasaran', row(303, 403, 403, 403, 403, 403, 422), {}],
  ['GET', '/kaskade', PAGE_LOGIN],
  ['GET', '/skp', PAGE_LOGIN],
  ['GET', '/skp/masuk', row(303, 200, 200, 200, 200, 403, 200)],
  ['GET', '/skp/{own}', PAGE_LOGIN],
  ['GET', '/skp/{other}', row(303, 403, 403, 200, 200, 200, 200)],
  ['GET', '/skp/{own}/cetak', PAGE_LOGIN],
  ['GET', '/skp/{other}/cetak', row(303, 403, 403, 200, 200, 200, 200)],
  ['GET', '/skp/999999', row(303, 404, 404, 404, 404, 404, 404)],
  ['POST', '/skp/{own}/header', row(303, 409, 403, 403, 403, 403, 403), { month_from: 1, month_to: 12, approach: 'kuantitatif', version: 1 }],
  ['POST', '/skp/{own}/rhk', row(303, 409, 403, 403, 403, 403, 403), { text: 'RHK baru', kind: 'utama' }],
  ['POST', '/skp/{peer}/rhk', PAGE_NOBODY, { text: 'RHK baru', kind: 'utama' }],
  ['POST', '/skp/{waiting}/ekspektasi', row(303, 403, 422, 403, 403, 403, 403), { nilai: '9', text: 'x' }],
  ['POST', '/skp/{peer}/lampiran', PAGE_NOBODY, { jenis: 'konsekuensi', text: 'Teguran' }],
  ['POST', '/skp/{waiting}/aksi', row(303, 403, 409, 403, 403, 403, 403), { aksi: 'setujui', version: 1 }],
  ['POST', '/skp/rhk/{peerRhk}', PAGE_NOBODY, { text: 'Diubah', kind: 'utama' }],
  ['POST', '/skp/rhk/{peerRhk}/hapus', PAGE_NOBODY, {}],
  ['POST', '/skp/rhk/{peerRhk}/iki', PAGE_NOBODY, { text: 'IKI', target_min: '1' }],
  ['POST', '/skp/rhk/{bossRhk}/turunkan', row(303, 403, 422, 403, 403, 403, 403), {}],
  ['POST', '/skp/iki/{peerIki}', PAGE_NOBODY, { text: 'IKI', target_min: '1' }],
  ['POST', '/skp/iki/{peerIki}/hapus', PAGE_NOBODY, {}],
  ['POST', '/skp/lampiran/{bossLamp}/hapus', row(303, 403, 409, 403, 403, 403, 403), {}],
];

accessTests(TABLE, {
  path: (pattern) => pattern.replace(/\{(\w+)\}/g, (_, k) => {
    assert.ok(ids[k] !== undefined, `unknown id ${k}`);
    return String(ids[k]);
  }),
  client: (role) => clients[role],
});

test('none of the refused or invalid requests above changed the database', async () => {
  await assertUnchanged(clients.admin, before0, 'the planning access table');
  await assertPlanUnchanged(clients.admin, plan0, 'the planning access table');
});

test('a pegawai lists only their own SKP, whatever they ask for', async () => {
  const c = clients.pegawai;
  for (const q of ['', '?unit=10', `?pegawai=${ids.self}`, '?status=disetujui']) {
    const r = await c.api('GET', `/api/v1/skp${q}`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.items.map((i) => i.id), [ids.own], `GET /api/v1/skp${q}`);
  }
  for (const q of [`?pegawai=${ids.peerEmployee}`, '?bawahan=1']) {
    const r = await c.api('GET', `/api/v1/skp${q}`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.items, [], `GET /api/v1/skp${q} shows nobody else's`);
  }
  const inbox = await c.api('GET', '/api/v1/skp/masuk');
  assert.deepEqual(inbox.json.items, [], 'a pelaksana has no subordinates');
});

test('the pegawai is refused every change through the ids of a colleague\'s RHK, IKI and lampiran', async () => {
  const c = clients.pegawai;
  const before1 = await planSnapshot(clients.admin, [ids.peer, ids.bossSkp]);
  const tries = [
    ['PUT', `/api/v1/rhk/${ids.peerRhk}`, { teks: 'Diambil alih' }],
    ['DELETE', `/api/v1/rhk/${ids.peerRhk}`],
    ['POST', `/api/v1/rhk/${ids.peerRhk}/iki`, { teks: 'IKI baru', target_min: 3 }],
    ['PUT', `/api/v1/iki/${ids.peerIki}`, { target_min: 1 }],
    ['DELETE', `/api/v1/iki/${ids.peerIki}`],
    ['DELETE', `/api/v1/lampiran/${ids.bossLamp}`],
    ['POST', `/api/v1/skp/${ids.peer}/rhk`, { teks: 'RHK titipan' }],
    ['GET', `/api/v1/skp/${ids.other}`],
  ];
  for (const [method, path, body] of tries) {
    const r = await c.api(method, path, body);
    assert.equal(r.status, 403, `${method} ${path}: ${r.text}`);
  }
  const page = await c.postForm(`/skp/rhk/${ids.peerRhk}/hapus`, {});
  assert.equal(page.status, 403);
  await assertPlanUnchanged(clients.admin, before1, 'a pegawai touching a colleague\'s SKP');
});

test('the pejabat penilai reads the subordinates\' SKPs, sets expectations, but does not edit the content', async () => {
  const c = clients.pejabat;
  const subs = await c.api('GET', '/api/v1/skp?bawahan=1');
  assert.equal(subs.status, 200);
  assert.equal(subs.json.total, 6, 'six direct subordinates in Seksi Pelayanan');
  assert.ok(subs.json.items.every((i) => i.unit === 'Seksi Pelayanan'));
  const one = await c.api('GET', `/api/v1/skp?pegawai=${ids.self}`);
  assert.deepEqual(one.json.items.map((i) => i.id), [ids.own]);
  const none = await c.api('GET', `/api/v1/skp?pegawai=${ids.otherEmployee}`);
  assert.deepEqual(none.json.items, [], 'not a subordinate');

  const exp = await c.api('PUT', `/api/v1/skp/${ids.waiting}/ekspektasi`,
    { kode: 'kompeten', teks: 'Mengikuti pelatihan analisis survei kepuasan masyarakat' });
  assert.equal(exp.status, 200, exp.text);
  assert.equal(exp.json.perilaku.find((p) => p.kode === 'kompeten').ekspektasi,
    'Mengikuti pelatihan analisis survei kepuasan masyarakat');
  const owner = await loginNip(server, ACHMAD);
  const byOwner = await owner.api('PUT', `/api/v1/skp/${ids.waiting}/ekspektasi`, { kode: 'kompeten', teks: 'Saya sendiri' });
  assert.equal(byOwner.status, 403, byOwner.text);

  const before1 = await planSnapshot(clients.admin, [ids.waiting]);
  const rhk = (await getSkp(c, ids.waiting)).hasil_kerja[0];
  for (const [method, path, body] of [
    ['POST', `/api/v1/skp/${ids.waiting}/rhk`, { teks: 'RHK dari atasan' }],
    ['PUT', `/api/v1/rhk/${rhk.id}`, { teks: 'Diubah atasan' }],
    ['POST', `/api/v1/rhk/${rhk.id}/iki`, { teks: 'IKI dari atasan', target_min: 1 }],
    ['PUT', `/api/v1/iki/${rhk.iki[0].id}`, { target_min: 1 }],
    ['PUT', `/api/v1/skp/${ids.waiting}`, { pendekatan: 'kualitatif', version: before1.skps[ids.waiting].version }],
  ]) {
    const r = await c.api(method, path, body);
    assert.equal(r.status, 403, `${method} ${path}: ${r.text}`);
    assert.match(r.json.error.message, /pemilik SKP/);
  }
  await assertPlanUnchanged(clients.admin, before1, 'the pejabat editing a subordinate\'s content');
});

test('a pengelola (HR) of one kelurahan sees that kelurahan\'s SKPs and no others', async () => {
  const set = await runCli(['user', 'role', server.accounts.pengelola.login, 'pengelola', '--unit', 'KEL-ASM'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(set.code, 0, set.stderr);
  const hr = await loginAs(server, 'pengelola');
  const all = await clients.admin.api('GET', '/api/v1/skp?per_page=500');
  const kelIds = all.json.items.filter((i) => i.unit.includes('Kelurahan Asemrowo')).map((i) => i.id);
  const mine = await hr.api('GET', '/api/v1/skp?per_page=500');
  assert.equal(mine.status, 200, mine.text);
  assert.ok(mine.json.total >= 10, `the kelurahan's staff: ${mine.json.total}`);
  assert.ok(mine.json.items.every((i) => i.unit.includes('Kelurahan Asemrowo')),
    mine.json.items.map((i) => i.unit).join(', '));
  assert.deepEqual(mine.json.items.map((i) => i.id).sort(), kelIds.sort());
  const outside = await hr.api('GET', '/api/v1/skp?unit=10');
  assert.equal(outside.status, 403, outside.text);
  assert.equal(outside.json.error.field, 'unit');
  assert.equal((await hr.api('GET', `/api/v1/skp/${ids.own}`)).status, 403);
  assert.equal((await hr.get(`/skp/${ids.own}/cetak`)).status, 403);
  assert.equal((await hr.api('GET', `/api/v1/skp/${ids.kel}`)).status, 200);
  const before1 = await planSnapshot(clients.admin, [ids.kel]);
  const version = before1.skps[ids.kel].version;
  const r = await hr.api('POST', `/api/v1/skp/${ids.kel}/aksi`, { aksi: 'setujui', version });
  assert.equal(r.status, 403, r.text);
  await assertPlanUnchanged(clients.admin, before1, 'a pengelola approving');
});

test('an auditor reads every SKP, its history and print view, and changes nothing', async () => {
  const c = clients.auditor;
  const list = await c.api('GET', '/api/v1/skp?per_page=500');
  assert.equal(list.status, 200);
  assert.equal(list.json.total, 80, 'every SKP of the demo office');
  for (const id of [ids.own, ids.other, ids.kel, ids.waiting]) {
    const s = await c.api('GET', `/api/v1/skp/${id}`);
    assert.equal(s.status, 200);
    assert.deepEqual(s.json.aksi_tersedia, [], 'an auditor has no action');
    assert.equal((await c.api('GET', `/api/v1/skp/${id}/riwayat`)).status, 200);
    assert.equal((await c.get(`/skp/${id}/cetak`)).status, 200);
  }
  const page = await c.get(`/skp/${ids.waiting}`);
  assert.equal(page.status, 200);
  assert.ok(!/action="\/skp\/\d+\/(aksi|rhk|ekspektasi|lampiran|header)"/.test(page.text),
    'the auditor\'s page offers no form that changes the SKP');
});
