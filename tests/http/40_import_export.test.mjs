// CSV export and import of employees and positions, through the API and the
// import page: the export's shape, export -> import round trips (into the
// same database and into a fresh one), and files with bad rows that must
// leave the database as it was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, loginAs, runCli, startServer } from './harness.mjs';
import {
  assertUnchanged, auditCount, csv, csvObjects, EMPLOYEE_COLUMNS, employeeByNip, employeeCount,
  exportCsv, freshNip, parseCsv, snapshot, unitList,
} from './util.mjs';

let server;
let admin;
let pengelola;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pengelola = await loginAs(server, 'pengelola');
});

after(async () => {
  await server?.stop();
});

/** POST /api/v1/pegawai/impor with a CSV body. */
async function importCsv(client, text, query = '') {
  return client.request('POST', `/api/v1/pegawai/impor${query}`, {
    headers: { 'Content-Type': 'text/csv', Accept: 'application/json', 'X-CSRF-Token': await client.csrfToken() },
    body: text,
  });
}

const row = (o) => EMPLOYEE_COLUMNS.map((c) => o[c] ?? '');

test('the API export is a CSV download of every employee in the import columns', async () => {
  const r = await admin.api('GET', '/api/v1/pegawai/ekspor');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/csv; charset=utf-8/);
  assert.equal(r.headers.get('content-disposition'), 'attachment; filename="pegawai.csv"; filename*=UTF-8\'\'pegawai.csv');
  const rows = parseCsv(r.text);
  assert.deepEqual(rows[0], EMPLOYEE_COLUMNS);
  assert.equal(rows.length - 1, await employeeCount(admin));
  const dewi = csvObjects(r.text).find((e) => e.nip === server.accounts.pegawai.login);
  assert.deepEqual({ ...dewi }, {
    nip: '199702082020092397', jenis_nip: 'pns', nama: 'Dewi Handayani', gelar_depan: '',
    gelar_belakang: 'S.Sos.', golongan: dewi.golongan, kode_jabatan: 'ASM-YAN-P01',
    kode_unit: 'ASM-YAN', status: 'aktif', email: dewi.email,
  });
  assert.match(dewi.golongan, /^(II|III)\/[a-d]$/);
});

test('the export page gives the same rows with a byte-order mark for Excel', async () => {
  const page = await admin.get('/pegawai/ekspor.csv');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-disposition'), 'attachment; filename="pegawai.csv"; filename*=UTF-8\'\'pegawai.csv');
  const raw = Buffer.from(await (await fetch(new URL('/pegawai/ekspor.csv', server.url),
    { headers: { Cookie: admin.cookieHeader() } })).arrayBuffer());
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(page.text.replace(/^\uFEFF/, ''), await exportCsv(admin));
});

test('the positions export lists every position with its parent code', async () => {
  const text = await exportCsv(admin, 'jabatan');
  const rows = csvObjects(text);
  assert.deepEqual(parseCsv(text)[0], ['kode', 'nama', 'jenis', 'kode_unit', 'kode_atasan']);
  const jab = await admin.api('GET', '/api/v1/jabatan');
  assert.equal(rows.length, jab.json.total);
  const ka = rows.find((p) => p.kode === 'ASM-YAN-KA');
  assert.deepEqual({ ...ka }, { kode: 'ASM-YAN-KA', nama: 'Kepala Seksi Pelayanan', jenis: 'pengawas', kode_unit: 'ASM-YAN', kode_atasan: 'ASM-CAMAT' });
});

test('importing the export back writes every row and the next export is identical', async () => {
  // awkward values first: separators, quotes, non-ASCII, something like a formula
  for (const [i, nama] of ['Siti "Ani" Rahayu, S.Pd', 'Ni Luh Putu Ayu Déwi', 'Ahmad; Fauzi',
    '=HYPERLINK("http://evil.example")', '@Rizky', '-Bayu Aji'].entries()) {
    const r = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(i + 1, 2), nama, kode_unit: 'ASM-KESRA' });
    assert.equal(r.status, 201, r.text);
  }
  const first = await exportCsv(admin);
  assert.match(first, /'=HYPERLINK/, 'a formula-like name is written with a leading apostrophe');
  const audits = await auditCount(admin);
  const r = await importCsv(admin, first);
  assert.equal(r.status, 200, r.text.slice(0, 1000));
  assert.equal(r.json.written, parseCsv(first).length - 1);
  assert.equal(r.json.skipped, 0);
  assert.deepEqual(r.json.issues, []);
  assert.equal(await auditCount(admin), audits + 1, 'one audit entry for the import');
  const second = await exportCsv(admin);
  assert.equal(second, first);
  const e = await employeeByNip(admin, freshNip(4, 2));
  assert.equal(e.nama, '=HYPERLINK("http://evil.example")', 'the name read back after the round trip');
});

test('an edited export imported back changes exactly the edited rows', async () => {
  const rows = parseCsv(await exportCsv(admin));
  const header = rows[0];
  const col = (n) => header.indexOf(n);
  const target = rows.find((r) => r[col('nip')] === server.accounts.pegawai.login);
  const before = await employeeByNip(admin, target[col('nip')]);
  target[col('golongan')] = 'III/d';
  target[col('email')] = 'dewi.baru@surabaya.go.id';
  const r = await importCsv(admin, csv(header, [target]));
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.written, 1);
  const after = await employeeByNip(admin, target[col('nip')]);
  assert.equal(after.golongan, 'III/d');
  assert.equal(after.email, 'dewi.baru@surabaya.go.id');
  assert.equal(after.nama, before.nama);
  assert.equal(after.kode_jabatan, before.kode_jabatan);
  assert.equal(after.version, before.version + 1);
});

test('a file with one bad row is refused whole: 422 names its line and column, nothing is written', async () => {
  const before = await snapshot(admin);
  const text = csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(1, 4), nama: 'Baik Satu', kode_unit: 'ASM-PEM' }),
    row({ nip: freshNip(2, 4), nama: 'Golongan Salah', golongan: 'V/z', kode_unit: 'ASM-PEM' }),
    row({ nip: freshNip(3, 4), nama: 'Baik Tiga', kode_unit: 'ASM-PEM' }),
  ]);
  const r = await importCsv(admin, text);
  assert.equal(r.status, 422);
  assert.equal(r.json.error.field, 'file');
  assert.match(r.json.error.message, /Tidak ada data yang disimpan: 1 baris bermasalah/);
  assert.equal(r.json.written, 0);
  assert.equal(r.json.issues_total, 1);
  assert.equal(r.json.issues[0].line, 3);
  assert.equal(r.json.issues[0].column, 'golongan');
  assert.match(r.json.issues[0].reason, /V\/z/);
  await assertUnchanged(admin, before, 'the refused import');
});

test('with lewati_salah=1 the good rows are written and the bad ones reported', async () => {
  const employees = await employeeCount(admin);
  const text = csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(1, 5), nama: 'Lewat Satu', kode_unit: 'ASM-PEM' }),
    row({ nip: freshNip(2, 5), nama: 'Unit Hilang', kode_unit: 'ASM-TIDAK-ADA' }),
    row({ nip: freshNip(3, 5), nama: 'Lewat Tiga', kode_unit: 'ASM-PEM' }),
  ]);
  const r = await importCsv(admin, text, '?lewati_salah=1');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.written, 2);
  assert.equal(r.json.skipped, 1);
  assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[3, 'kode_unit']]);
  assert.equal(await employeeCount(admin), employees + 2);
  assert.equal((await admin.api('GET', `/api/v1/pegawai?q=${freshNip(2, 5)}`)).json.total, 0);
});

test('the import page lists every problem of a bad upload and stores nothing', async () => {
  const before = await snapshot(admin);
  await admin.get('/pegawai/impor');
  const text = csv(EMPLOYEE_COLUMNS, [
    row({ nip: '12345', nama: 'NIP Pendek', kode_unit: 'ASM-PEM' }),
    row({ nip: freshNip(2, 6), nama: '', kode_unit: 'ASM-PEM' }),
  ]);
  const r = await admin.postMultipart('/pegawai/impor', { jenis: 'pegawai' },
    { berkas: { name: 'pegawai.csv', type: 'text/csv', content: text } });
  assert.equal(r.status, 422);
  assert.match(r.text, /Tidak ada data yang disimpan/);
  assert.match(r.text, /2 dari 2 baris bermasalah/);
  assert.match(r.text, /<tr><td>2<\/td><td>nip<\/td><td>[^<]*5 digit/);
  assert.match(r.text, /<tr><td>3<\/td><td>nama<\/td><td>Nama wajib diisi/);
  await assertUnchanged(admin, before, 'the refused upload');
});

test('the import page stores a good upload and says how many rows', async () => {
  const employees = await employeeCount(admin);
  const text = csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(1, 7), nama: 'Unggah Satu', golongan: 'II/a', kode_unit: 'KEL-TSR-PEM' }),
    row({ nip: freshNip(2, 7), nama: 'Unggah Dua', kode_unit: 'KEL-TSR-PEM', status: 'Aktif' }),
  ]);
  const r = await admin.postMultipart('/pegawai/impor', { jenis: 'pegawai' },
    { berkas: { name: 'pegawai.csv', type: 'text/csv', content: text } });
  assert.equal(r.status, 200, r.text.slice(0, 500));
  assert.match(r.text, /2 baris disimpan, 0 baris dilewati/);
  assert.equal(await employeeCount(admin), employees + 2);
  const e = await employeeByNip(admin, freshNip(1, 7));
  assert.equal(e.nama_unit, 'Seksi Pemerintahan dan Pelayanan Publik Kelurahan Tambak Sarioso');
  assert.equal(e.pangkat, 'Pengatur Muda');
});

test('an imported employee who has moved away or retired holds no position, as when edited', async () => {
  const jab = await admin.api('POST', '/api/v1/jabatan', { code: 'ASM-PEM-P80', name: 'Pengadministrasi Arsip', kind: 'pelaksana', unit_code: 'ASM-PEM', parent_code: 'ASM-PEM-KA' });
  assert.equal(jab.status, 201, jab.text);
  const r = await importCsv(admin, csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(1, 11), nama: 'Purna Tugas', kode_unit: 'ASM-PEM', kode_jabatan: 'ASM-PEM-P80', status: 'pensiun' }),
  ]));
  assert.equal(r.status, 200, r.text);
  const e = await employeeByNip(admin, freshNip(1, 11));
  assert.equal(e.status, 'pensiun');
  assert.equal(e.kode_jabatan, '', 'a retired employee still holds a post');
  const post = (await admin.api('GET', '/api/v1/jabatan')).json.items.find((p) => p.code === 'ASM-PEM-P80');
  assert.equal(post.holder_id, null);
});

test('a file saved by Excel in the Indonesian locale (sep=;, semicolons, BOM) imports', async () => {
  const text = '\uFEFFsep=;\r\nnip;nama;kode_unit;golongan\r\n' +
    `${freshNip(1, 8)};"Wulan; Sari";ASM-YAN;III/a\r\n`;
  const r = await importCsv(admin, text);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.written, 1);
  const e = await employeeByNip(admin, freshNip(1, 8));
  assert.equal(e.nama, 'Wulan; Sari');
  assert.equal(e.golongan, 'III/a');
});

test('a pengelola\'s import of a row outside their scope is refused naming kode_unit', async () => {
  const before = await snapshot(admin);
  const text = csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(1, 9), nama: 'Dalam Lingkup', kode_unit: 'ASM-PEM' }),
    row({ nip: freshNip(2, 9), nama: 'Luar Lingkup', kode_unit: 'SBY' }),
  ]);
  const r = await importCsv(pengelola, text);
  assert.equal(r.status, 422, r.text);
  assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[3, 'kode_unit']]);
  await assertUnchanged(admin, before, 'the pengelola\'s refused import');
});

test('a pengelola\'s import may not change an employee outside their scope, nor give a post outside it', async () => {
  const city = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(3, 9), nama: 'Pegawai Kota', kode_unit: 'SBY' });
  assert.equal(city.status, 201, city.text);
  const pos = await admin.api('POST', '/api/v1/jabatan', { code: 'SBY-STAF-02', name: 'Staf Kota', kind: 'pelaksana', unit_code: 'SBY' });
  assert.equal(pos.status, 201, pos.text);
  const before = await snapshot(admin);
  const moveIn = await importCsv(pengelola, csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(3, 9), nama: 'Pegawai Kota Diambil', kode_unit: 'ASM-PEM' }),
  ]));
  assert.equal(moveIn.status, 422, moveIn.text);
  assert.deepEqual(moveIn.json.issues.map((i) => [i.line, i.column]), [[2, 'nip']]);
  const post = await importCsv(pengelola, csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(4, 9), nama: 'Jabatan Kota', kode_unit: 'ASM-PEM', kode_jabatan: 'SBY-STAF-02' }),
  ]));
  assert.equal(post.status, 422, `a post outside the scope: ${post.text.slice(0, 300)}`);
  assert.deepEqual(post.json.issues.map((i) => [i.line, i.column]), [[2, 'kode_jabatan']]);
  await assertUnchanged(admin, before, 'the pengelola\'s imports outside the scope');
});

test('only an administrator may import positions', async () => {
  const text = 'kode,nama,jenis,kode_unit,kode_atasan\r\nASM-YAN-P99,Uji,pelaksana,ASM-YAN,ASM-YAN-KA\r\n';
  const before = await snapshot(admin);
  const refused = await importCsv(pengelola, text, '?jenis=jabatan');
  assert.equal(refused.status, 403);
  assert.equal(refused.json.error.field, 'jenis');
  await assertUnchanged(admin, before, 'the pengelola\'s positions import');
  const ok = await importCsv(admin, text, '?jenis=jabatan');
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.written, 1);
  const jab = await admin.api('GET', '/api/v1/jabatan');
  const p = jab.json.items.find((x) => x.code === 'ASM-YAN-P99');
  assert.equal(p.parent_code, 'ASM-YAN-KA');
  assert.equal(p.unit_code, 'ASM-YAN');
});

test('export -> import into a fresh database reproduces the positions and the employees', async () => {
  const units = await unitList(admin);
  const positions = await exportCsv(admin, 'jabatan');
  const employees = await exportCsv(admin, 'pegawai');
  const fresh = await startServer({ demo: false });
  try {
    const add = await runCli(['user', 'add', '--login', 'admin.baru', '--name', 'Admin Baru', '--role',
      'admin', '--password-stdin'], { dbUrl: fresh.dbUrl, dataDir: fresh.dataDir, input: 'Admin-Baru-2026\n' });
    assert.equal(add.code, 0, add.stderr);
    const c = new Client(fresh.url);
    await c.login('admin.baru', 'Admin-Baru-2026');
    for (const u of [...units].sort((a, b) => a.id - b.id)) {
      const r = await c.api('POST', '/api/v1/unit', { code: u.code, name: u.name, kind: u.kind, parent_code: u.parent_code });
      assert.equal(r.status, 201, `unit ${u.code}: ${r.text}`);
    }
    const p = await importCsv(c, positions, '?jenis=jabatan');
    assert.equal(p.status, 200, p.text.slice(0, 1000));
    const e = await importCsv(c, employees);
    assert.equal(e.status, 200, e.text.slice(0, 1000));
    assert.equal(e.json.written, parseCsv(employees).length - 1);
    assert.equal(await exportCsv(c, 'jabatan'), positions);
    assert.equal(await exportCsv(c, 'pegawai'), employees);
  } finally {
    await fresh.stop();
  }
});
