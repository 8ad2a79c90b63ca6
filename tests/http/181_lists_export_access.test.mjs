// The lists' exports, refusals and scope (issue 6, item 5) on the demo
// year: the CSV (BOM, CRLF) and the Excel workbook (typed cells, frozen
// header, autofilter) hold exactly the filtered rows; an unknown filter
// value, sort key or page is refused naming the parameter and nothing is
// written; a Lurah's SKP list holds only their kelurahan and a filter to
// another unit is 403; and who may open which list (a role table).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startServer, loginAs } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { assertUnchanged, parseCsv, snapshot } from './util.mjs';
import { loginNip } from './plan_util.mjs';
import { allItems, download, employeesById, unitTree } from './180_lists_util.mjs';

let server;
let admin;
let tree;
let people;
const clients = {};
const ids = {};

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  Object.assign(clients, await roleClients(server));
  tree = await unitTree(admin);
  people = await employeesById(admin);
  ids.kel = tree.byCode('KEL-ASM').id;
  ids.yan = tree.byCode('ASM-YAN').id;
  ids.asm = tree.byCode('ASM').id;
  ids.tsr = tree.byCode('KEL-TSR').id;
});

after(() => server?.stop());

test('the CSV export holds the filtered SKPs, with a BOM and CRLF line ends', async () => {
  const inKel = tree.below(ids.kel);
  const want = (await allItems(admin, '/api/v1/skp?status=disetujui')).items
    .filter((s) => inKel.has(people.get(s.pegawai_id).unit_id));
  assert.ok(want.length > 3);
  const r = await download(admin, `/skp/daftar?format=csv&status=disetujui&unit=${ids.kel}&urut=nip&arah=turun`);
  assert.equal(r.status, 200);
  assert.match(r.type, /^text\/csv/);
  assert.deepEqual([...r.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  assert.ok(!/[^\r]\n/.test(r.text), 'every line ends in CRLF');
  const [header, ...rows] = parseCsv(r.text);
  assert.deepEqual(header.slice(0, 2), ['NIP', 'Nama']);
  assert.deepEqual(rows.map((x) => x[0]), want.map((s) => s.nip).sort().reverse(), 'the filtered rows, in the chosen order');
  assert.ok(rows.every((x) => x[header.indexOf('Status')] === 'Disetujui'));
});

test('the Excel export of assessments has typed cells, a frozen header and an autofilter', async () => {
  const want = (await allItems(admin, '/api/v1/penilaian?predikat=baik&jenis=periodik')).items;
  assert.ok(want.length > 5);
  const r = await download(admin, '/penilaian/daftar?format=xlsx&predikat=baik&jenis=periodik');
  assert.equal(r.status, 200);
  assert.match(r.type, /spreadsheetml/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.bytes);
  const ws = wb.worksheets[0];
  const header = ws.getRow(1).values.slice(1);
  assert.deepEqual(header.slice(0, 3), ['NIP', 'Nama', 'Unit kerja']);
  assert.equal(ws.rowCount - 1, want.length, 'one row per assessment');
  assert.equal(ws.views[0].state, 'frozen');
  assert.equal(ws.views[0].ySplit, 1);
  assert.ok(ws.autoFilter, 'an autofilter over the table');
  const col = (name) => header.indexOf(name) + 1;
  const nips = [];
  for (let i = 2; i <= ws.rowCount; i++) {
    const row = ws.getRow(i);
    assert.equal(typeof row.getCell(col('NIP')).value, 'string', 'the NIP is text');
    assert.ok(row.getCell(col('Ditetapkan')).value instanceof Date, 'the time is a date');
    assert.equal(row.getCell(col('Predikat')).value, 'Baik');
    nips.push(row.getCell(col('NIP')).value);
  }
  assert.deepEqual(nips.sort(), want.map((a) => a.nip).sort());
  const emp = await download(admin, `/pegawai?format=xlsx&unit=${ids.yan}`);
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.load(emp.bytes);
  const inYan = [...people.values()].filter((e) => tree.below(ids.yan).has(e.unit_id));
  assert.equal(wb2.worksheets[0].rowCount - 1, inYan.length, 'the employee export holds the unit');
  const obj = await download(admin, '/keberatan?format=csv');
  assert.equal(parseCsv(obj.text).length - 1, (await admin.api('GET', '/api/v1/keberatan')).json.total);
});

test('unknown filter values, sort keys and pages are refused, naming the parameter, and nothing is written', async () => {
  const before0 = await snapshot(admin);
  const bad = [
    ['status=xyz', 'status', /tidak dikenal; pilihan: /], ['predikat=hebat', 'predikat', /sangat_baik/],
    ['unit=999999', 'unit', /tidak ada/], ['periode=abc', 'periode', /bilangan bulat/],
    ['periode=999999', 'periode', /tidak ada/], ['urut=password_hash', 'urut', /pilihan/],
    ['arah=miring', 'arah', /naik atau turun/], ['page=-1', 'page', /1 sampai/],
    ['page=abc', 'page', /bilangan bulat/], ['titik=999999', 'titik', /tidak ada/],
    ['jenis=bulanan', 'jenis', /periodik/], ['format=pdf', 'format', /csv atau xlsx/],
  ];
  const lists = [['/api/v1/penilaian', '/penilaian/daftar'], ['/api/v1/skp', '/skp/daftar'],
    ['/api/v1/keberatan', '/keberatan'], ['/api/v1/pegawai', '/pegawai']];
  for (const [q, field, msg] of bad) {
    for (const [api, page] of lists) {
      const takes = { titik: api === '/api/v1/penilaian', jenis: api === '/api/v1/penilaian',
        predikat: /penilaian|keberatan/.test(api), periode: api !== '/api/v1/pegawai',
        format: false };
      if (field in takes && !takes[field]) continue;
      if (field === 'status' && api === '/api/v1/pegawai') continue;
      const r = await admin.api('GET', `${api}?${q}`);
      assert.equal(r.status, 422, `${api}?${q}: ${r.text}`);
      assert.equal(r.json.error.field, field, `${api}?${q}`);
      assert.match(r.json.error.message, msg, `${api}?${q}`);
      const p = await admin.get(`${page}?${q}`);
      assert.equal(p.status, 422, `${page}?${q}`);
    }
  }
  for (const page of ['/skp/daftar', '/penilaian/daftar', '/keberatan', '/pegawai']) {
    const r = await admin.get(`${page}?format=pdf`);
    assert.equal(r.status, 422, `${page}?format=pdf`);
  }
  const status = await admin.api('GET', '/api/v1/pegawai?status=xyz');
  assert.equal(status.status, 422);
  assert.equal(status.json.error.field, 'status');
  const perPage = await admin.api('GET', '/api/v1/skp?per_page=501');
  assert.equal(perPage.json.error.field, 'per_page');
  await assertUnchanged(admin, before0, 'the refused list requests');
});

test('a Lurah sees only the SKPs of their kelurahan; another unit is 403', async () => {
  const lurah = [...people.values()].find((e) => e.kode_unit === 'KEL-ASM' && /^Lurah/.test(e.nama_jabatan));
  assert.ok(lurah, 'the demo has a Lurah of Asemrowo');
  const c = await loginNip(server, lurah.nip);
  const inKel = tree.below(ids.kel);
  const mine = await allItems(c, `/api/v1/skp?unit=${ids.kel}`);
  const want = (await allItems(admin, `/api/v1/skp?unit=${ids.kel}`)).items;
  assert.equal(mine.total, want.length);
  assert.ok(mine.items.every((s) => inKel.has(people.get(s.pegawai_id).unit_id)));
  const page = await c.get('/skp/daftar');
  assert.equal(page.status, 200);
  const nips = [...page.text.matchAll(/<td class="text-nowrap">(\d{8} \d{6} \d \d{3})<\/td>/g)].map((m) => m[1].replace(/ /g, ''));
  assert.ok(nips.length > 0);
  const inside = new Set(want.map((s) => s.nip));
  assert.ok(nips.every((n) => inside.has(n)), 'the page lists only the kelurahan');
  const pen = await allItems(c, '/api/v1/penilaian');
  assert.ok(pen.items.every((a) => inKel.has(people.get(a.pegawai_id).unit_id)), 'assessments too');
  for (const url of [`/api/v1/skp?unit=${ids.yan}`, `/api/v1/penilaian?unit=${ids.tsr}`, `/api/v1/keberatan?unit=${ids.yan}`]) {
    const r = await c.api('GET', url);
    assert.equal(r.status, 403, url);
    assert.equal(r.json.error.field, 'unit');
  }
  assert.equal((await c.get(`/skp/daftar?unit=${ids.yan}`)).status, 403);
});

test('a pegawai\'s lists hold only their own rows', async () => {
  const me = clients.pegawai;
  const self = [...people.values()].find((e) => e.nip === server.accounts.pegawai.login);
  for (const path of ['/api/v1/penilaian', '/api/v1/keberatan', '/api/v1/skp']) {
    const r = await allItems(me, path);
    assert.ok(r.items.every((x) => x.pegawai_id === self.id), `${path}: only her own`);
  }
  const pen = await allItems(me, '/api/v1/penilaian');
  const hers = (await allItems(admin, `/api/v1/penilaian?q=${self.nip}`)).items.filter((a) => a.status === 'ditetapkan');
  assert.equal(pen.total, hers.length, 'her final assessments');
});

const fill = (p) => p.replace('{kel}', ids.kel).replace('{yan}', ids.yan).replace('{tsr}', ids.tsr);
const LOGIN_PAGE = row(303, 200, 200, 200, 200, 200, 200);
const LOGIN_API = row(401, 200, 200, 200, 200, 200, 200);
const TABLE = [
  ['GET', '/skp/daftar', LOGIN_PAGE],
  ['GET', '/penilaian/daftar', LOGIN_PAGE],
  ['GET', '/keberatan', LOGIN_PAGE],
  ['GET', '/pegawai', row(303, 403, 403, 403, 200, 200, 200)],
  ['GET', '/api/v1/penilaian', LOGIN_API],
  ['GET', '/api/v1/keberatan', LOGIN_API],
  ['GET', '/api/v1/pegawai', row(401, 403, 403, 403, 200, 200, 200)],
  // a unit filter: the Kepala Seksi Pelayanan leads ASM-YAN only, the Camat all;
  // the pegawai (of ASM-YAN) may filter to her own unit and sees her own rows
  ['GET', '/skp/daftar?unit={kel}', row(303, 403, 403, 200, 200, 200, 200)],
  ['GET', '/penilaian/daftar?unit={yan}', LOGIN_PAGE],
  ['GET', '/api/v1/skp?unit={kel}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/api/v1/penilaian?unit={yan}', LOGIN_API],
  ['GET', '/api/v1/keberatan?unit={kel}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/penilaian/daftar?format=xlsx&unit={tsr}', row(303, 403, 403, 200, 200, 200, 200)],
];
accessTests(TABLE, { path: fill, client: (role) => clients[role] });
