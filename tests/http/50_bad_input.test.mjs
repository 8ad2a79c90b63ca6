// Bad input gets a clear error and changes nothing.  Every test sends
// something wrong, checks the status and that the answer names what is wrong
// (the field, the line, the column), then reads the database back: the
// employee count, both exports and the audit trail are as they were.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, loginAs, scrapeCsrf, startServer } from './harness.mjs';
import {
  assertUnchanged, csv, EMPLOYEE_COLUMNS, employeeByNip, expireAllSessions, freshNip,
  positionByCode, snapshot, spacedNip,
} from './util.mjs';

let server;
let admin;
let pengelola;
let snap;
let dewi;      // the pegawai's own record
let peer;      // another pelaksana in her seksi

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pengelola = await loginAs(server, 'pengelola');
  dewi = await employeeByNip(admin, server.accounts.pegawai.login);
  peer = await employeeByNip(admin, '198803022014112370');
});

beforeEach(async () => {
  snap = await snapshot(admin);
});

after(async () => {
  await server?.stop();
});

const unchanged = (what) => assertUnchanged(admin, snap, what);

/** Checks an API error: status, code, field, and a message matching `msg`. */
function assertApiError(r, status, field, msg) {
  assert.equal(r.status, status, r.text.slice(0, 500));
  assert.ok(r.json?.error, `no error object in ${r.text.slice(0, 200)}`);
  if (field !== undefined) assert.equal(r.json.error.field, field);
  if (msg) assert.match(r.json.error.message, msg);
}

/** The form of a new employee, as the page posts it. */
function employeeForm(fields) {
  return {
    nip: '', nip_kind: 'pns', front_title: '', name: 'Uji Masukan', back_title: '', golongan: '',
    email: '', unit_code: 'ASM-PEM', position_code: '', status: 'aktif', ...fields,
  };
}

/** A form page refused on `field`: the alert and the input marked invalid. */
function assertFormError(r, status, field, msg) {
  assert.equal(r.status, status, r.text.slice(0, 300));
  assert.match(r.text, new RegExp(`id="f-${field}"[^>]*is-invalid`), `input ${field} marked invalid`);
  if (msg) assert.match(r.text, msg);
}

async function importCsv(client, body, query = '') {
  return client.request('POST', `/api/v1/pegawai/impor${query}`, {
    headers: { 'Content-Type': 'text/csv', Accept: 'application/json', 'X-CSRF-Token': await client.csrfToken() },
    body,
  });
}

const row = (o) => EMPLOYEE_COLUMNS.map((c) => o[c] ?? '');

/* ---------------------------------------------------------------- NIP */

test('an invalid NIP is refused with 422 on "nip", through the API and the form', async () => {
  const month13 = await admin.api('POST', '/api/v1/pegawai', { nip: '199013152015011001', nama: 'Bulan Tiga Belas', kode_unit: 'ASM-PEM' });
  assertApiError(month13, 422, 'nip', /tanggal lahir 19901315/);
  const letters = await admin.api('POST', '/api/v1/pegawai', { nip: '19900115 2015O1 1 001', nama: 'Huruf O', kode_unit: 'ASM-PEM' });
  assertApiError(letters, 422, 'nip', /NIP harus 18 digit angka/);
  const sex = await admin.api('POST', '/api/v1/pegawai', { nip: '199001152015013001', nama: 'Digit Kelamin', kode_unit: 'ASM-PEM' });
  assertApiError(sex, 422, 'nip', /jenis kelamin/);
  await admin.get('/pegawai/baru');
  const form = await admin.postForm('/pegawai', employeeForm({ nip: '1990 0115' }));
  assertFormError(form, 422, 'nip', /Periksa isian \u201cNIP\u201d/);
  assert.match(form.text, /value="1990 0115"|value="19900115"/, 'the typed NIP is shown again');
  await unchanged('invalid NIPs');
});

test('a NIP already registered is refused with 409 on "nip", also typed with spaces', async () => {
  const api = await admin.api('POST', '/api/v1/pegawai', { nip: spacedNip(dewi.nip), nama: 'Kembaran Dewi', kode_unit: 'ASM-YAN' });
  assertApiError(api, 409, 'nip', /NIP sudah terdaftar/);
  const form = await admin.postForm('/pegawai', employeeForm({ nip: dewi.nip, name: 'Kembaran Dewi' }));
  assertFormError(form, 409, 'nip', /NIP sudah terdaftar/);
  const put = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, { nip: dewi.nip, version: peer.version });
  assertApiError(put, 409, 'nip', /NIP sudah terdaftar/);
  const dup = csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(1, 10), nama: 'Pertama', kode_unit: 'ASM-PEM' }),
    row({ nip: spacedNip(freshNip(1, 10)), nama: 'Kedua', kode_unit: 'ASM-PEM' }),
  ]);
  const file = await importCsv(admin, dup);
  assert.equal(file.status, 422);
  assert.deepEqual(file.json.issues.map((i) => [i.line, i.column]), [[3, 'nip']]);
  assert.match(file.json.issues[0].reason, /sudah dipakai di baris 2/);
  await unchanged('duplicate NIPs');
});

/* ---------------------------------------------------------------- organisation */

test('a position whose parent chain would loop is refused with 422 on the parent', async () => {
  const camat = await positionByCode(admin, 'ASM-CAMAT');
  const below = await admin.api('PUT', `/api/v1/jabatan/${camat.id}`, { parent_code: 'ASM-YAN-P01' });
  assertApiError(below, 422, 'parent_code', /loop|lingkaran|di bawah/i);
  const itself = await admin.api('PUT', `/api/v1/jabatan/${camat.id}`, { parent_code: 'ASM-CAMAT' });
  assertApiError(itself, 422, 'parent_code');
  await admin.get(`/organisasi/jabatan/${camat.id}/ubah`);
  const form = await admin.postForm(`/organisasi/jabatan/${camat.id}`, {
    name: camat.name, kind: camat.kind, unit_code: camat.unit_code, parent_code: 'ASM-YAN-KA', plt_nip: '',
  });
  assertFormError(form, 422, 'parent_code');
  await unchanged('looping parents');
});

test('a positions file whose parents loop, in the file or with the database, is refused whole', async () => {
  const header = 'kode,nama,jenis,kode_unit,kode_atasan\r\n';
  const inFile = await importCsv(admin, header +
    'ASM-UJI-A,Uji A,pelaksana,ASM-YAN,ASM-UJI-B\r\nASM-UJI-B,Uji B,pelaksana,ASM-YAN,ASM-UJI-A\r\n', '?jenis=jabatan');
  assert.equal(inFile.status, 422, inFile.text);
  assert.ok(inFile.json.issues.some((i) => i.column === 'kode_atasan' && /lingkaran/.test(i.reason)),
    JSON.stringify(inFile.json.issues));
  // the camat's post placed under a seksi head that sits under the camat
  const withDb = await importCsv(admin, `${header}ASM-CAMAT,Camat Asemrowo,administrator,ASM,ASM-YAN-KA\r\n`, '?jenis=jabatan');
  assert.equal(withDb.status, 422, withDb.text);
  assert.match(JSON.stringify(withDb.json), /lingkaran|loop/i);
  await unchanged('looping positions files');
});

test('an unknown unit is refused with 422 naming the unit field, in the API, the form and a file', async () => {
  const api = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(2, 10), nama: 'Unit Hilang', kode_unit: 'ASM-XX' });
  assertApiError(api, 422, 'kode_unit', /ASM-XX/);
  const put = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, { kode_unit: 'ASM-XX', version: peer.version });
  assertApiError(put, 422, 'kode_unit', /ASM-XX/);
  const form = await admin.postForm('/pegawai', employeeForm({ nip: freshNip(2, 10), unit_code: 'ASM-XX' }));
  assertFormError(form, 422, 'unit_code', /Periksa isian \u201cUnit kerja\u201d/);
  const file = await importCsv(admin, csv(EMPLOYEE_COLUMNS, [row({ nip: freshNip(2, 10), nama: 'Unit Hilang', kode_unit: 'ASM-XX' })]));
  assert.equal(file.status, 422);
  assert.deepEqual(file.json.issues.map((i) => [i.line, i.column]), [[2, 'kode_unit']]);
  const unit = await admin.api('POST', '/api/v1/unit', { code: 'ASM-BARU', name: 'Baru', kind: 'seksi', parent_code: 'ASM-XX' });
  assertApiError(unit, 422, 'parent_code', /ASM-XX/);
  await unchanged('unknown units');
});

test('the employee list filtered by a unit that does not exist says so, not "outside your scope"', async () => {
  const r = await admin.get('/pegawai?unit=9999');
  assert.equal(r.status, 422);
  assert.match(r.text, /Unit kerja 9999 tidak ada/);
  const mine = await pengelola.get('/pegawai?unit=1');
  assert.equal(mine.status, 403);
  assert.match(mine.text, /di luar unit yang dapat Anda lihat/);
  await unchanged('list filters');
});

test('an unknown position, or one held by someone else, is refused naming kode_jabatan', async () => {
  const unknown = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(3, 10), nama: 'Jabatan Hilang', kode_unit: 'ASM-YAN', kode_jabatan: 'ASM-YAN-P77' });
  assertApiError(unknown, 422, 'kode_jabatan', /ASM-YAN-P77/);
  const held = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(3, 10), nama: 'Rebut Jabatan', kode_unit: 'ASM-YAN', kode_jabatan: 'ASM-YAN-P01' });
  assertApiError(held, 409, 'kode_jabatan', /sudah dipegang oleh Dewi Handayani/);
  await unchanged('unknown or held positions');
});

test('a golongan of the wrong kind, a bad email or an over-long name is refused on that field', async () => {
  const gol = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(4, 10), nama: 'Golongan PPPK', golongan: 'XVII', kode_unit: 'ASM-YAN' });
  assertApiError(gol, 422, 'golongan', /XVII/);
  const mail = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(4, 10), nama: 'Email Buruk', email: 'bukan email', kode_unit: 'ASM-YAN' });
  assertApiError(mail, 422, 'email', /email/i);
  const long = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(4, 10), nama: 'N'.repeat(201), kode_unit: 'ASM-YAN' });
  assertApiError(long, 422, 'nama', /200/);
  const status = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, { status: 'cuti', version: peer.version });
  assertApiError(status, 422, 'status', /aktif, pindah, atau pensiun/);
  await unchanged('bad field values');
});

test('a name or title on two lines is refused on that field by the API and the form', async () => {
  const api = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(17, 10), nama: 'Baris\nKedua', kode_unit: 'ASM-YAN' });
  assertApiError(api, 422, 'nama', /baris baru/);
  const title = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, { gelar_belakang: 'S.E.\r\nM.M.', version: peer.version });
  assertApiError(title, 422, 'gelar_belakang', /baris baru/);
  const form = await admin.postForm('/pegawai', employeeForm({ nip: freshNip(17, 10), name: 'Baris\nKedua' }));
  assertFormError(form, 422, 'name', /baris baru/);
  await unchanged('names on two lines');
});

test('a CSV value longer than the record holds is refused naming the column, not cut', async () => {
  const accented = 'Nama '.concat('\u00e9'.repeat(150));          // 155 characters, 305 bytes
  const r = await importCsv(admin, csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(18, 10), nama: accented, kode_unit: 'ASM-YAN' }),
    row({ nip: freshNip(19, 10), nama: 'Gelar Panjang', gelar_depan: '\u00c4'.repeat(30), kode_unit: 'ASM-YAN' }),
    row({ nip: freshNip(20, 10), nama: 'Email Panjang', email: `${'a'.repeat(170)}@surabaya.go.id`, kode_unit: 'ASM-YAN' }),
  ]));
  assert.equal(r.status, 422, r.text.slice(0, 300));
  assert.deepEqual(r.json.issues.map((i) => [i.line, i.column]), [[2, 'nama'], [3, 'gelar_depan'], [4, 'email']]);
  assert.match(r.json.issues[0].reason, /terlalu panjang/);
  await unchanged('over-long CSV values');
});

test('a duplicate unit code is refused with 409 on "code"', async () => {
  const r = await admin.api('POST', '/api/v1/unit', { code: 'ASM-YAN', name: 'Seksi Pelayanan Kedua', kind: 'seksi', parent_code: 'ASM' });
  assertApiError(r, 409, 'code', /ASM-YAN/);
  await unchanged('a duplicate unit');
});

/* ---------------------------------------------------------------- JSON bodies */

test('malformed JSON is refused with 400 saying where it breaks', async () => {
  const r = await admin.api('POST', '/api/v1/pegawai', '{"nip": "199001152015011001", "nama": ');
  assertApiError(r, 400, '', /JSON tidak sah \(baris 1, kolom \d+\)/);
  const arr = await admin.api('POST', '/api/v1/pegawai', '[1, 2]');
  assertApiError(arr, 400, '', /objek JSON/);
  const put = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, '{version: 1}');
  assertApiError(put, 400, '', /JSON tidak sah/);
  const empty = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, '');
  assert.equal(empty.status, 400);
  await unchanged('malformed JSON');
});

test('a JSON field of the wrong type is refused with 422 naming the field', async () => {
  const nama = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(5, 10), nama: 123, kode_unit: 'ASM-YAN' });
  assertApiError(nama, 422, 'nama', /Kolom 'nama' harus berupa teks/);
  const version = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, { nama: 'Versi Teks', version: String(peer.version) });
  assertApiError(version, 422, 'version', /bilangan bulat/);
  const noVersion = await admin.api('PUT', `/api/v1/pegawai/${peer.id}`, { nama: 'Tanpa Versi' });
  assertApiError(noVersion, 422, 'version', /wajib/);
  const plt = await admin.api('PUT', `/api/v1/jabatan/${(await positionByCode(admin, 'ASM-YAN-KA')).id}`, { plt_id: 'dua' });
  assertApiError(plt, 422, 'plt_id', /bilangan bulat/);
  const unknownKey = await admin.api('POST', '/api/v1/pegawai', { nip: freshNip(5, 10), nama: 'Kunci Asing', kode_unit: 'ASM-YAN', gaji: 1 });
  assertApiError(unknownKey, 422, 'gaji', /Kolom 'gaji' tidak dikenal/);
  await unchanged('wrongly typed JSON');
});

test('a JSON body over 1 MiB is refused with 413, and so is a form over 1 MiB', async () => {
  const big = JSON.stringify({ nip: freshNip(6, 10), nama: 'x'.repeat(1100 * 1024), kode_unit: 'ASM-YAN' });
  const r = await admin.api('POST', '/api/v1/pegawai', big);
  assertApiError(r, 413, undefined, /terlalu besar/);
  assert.equal(r.json.error.code, 'too_large');
  const form = await admin.postForm('/pegawai', employeeForm({ nip: freshNip(6, 10), name: 'y'.repeat(1100 * 1024) }));
  assert.equal(form.status, 413);
  await unchanged('oversized bodies');
});

test('text that is not UTF-8 is refused with 400: in JSON, in a form field, in a query', async () => {
  const latin1 = Buffer.concat([Buffer.from('{"nip":"' + freshNip(7, 10) + '","nama":"Jos'), Buffer.from([0xe9]),
    Buffer.from('","kode_unit":"ASM-YAN"}')]);
  const json = await admin.request('POST', '/api/v1/pegawai', {
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': await admin.csrfToken() },
    body: latin1,
  });
  assertApiError(json, 400, '', /JSON tidak sah/);
  const nul = await admin.api('POST', '/api/v1/pegawai', `{"nip":"${freshNip(7, 10)}","nama":"A\\u0000B","kode_unit":"ASM-YAN"}`);
  assert.equal(nul.status, 400);
  await admin.get('/pegawai/baru');
  const body = Buffer.concat([Buffer.from(`_csrf=${encodeURIComponent(await admin.csrfToken())}&nip=${freshNip(7, 10)}&unit_code=ASM-YAN&name=Jos`),
    Buffer.from('%E9')]);
  const form = await admin.request('POST', '/pegawai', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body,
  });
  assert.equal(form.status, 400);
  assert.match(form.text, /Isian &#39;name&#39; bukan teks UTF-8|Isian 'name' bukan teks UTF-8|name/);
  const query = await admin.api('GET', '/api/v1/pegawai?q=Jos%E9');
  assertApiError(query, 400, 'q', /UTF-8/);
  await unchanged('text that is not UTF-8');
});

/* ---------------------------------------------------------------- CSV files */

test('a CSV without a required column is refused naming the column, nothing written', async () => {
  const text = `nip,nama,golongan\r\n${freshNip(8, 10)},Tanpa Unit,III/a\r\n`;
  const r = await importCsv(admin, text);
  assert.equal(r.status, 422, r.text);
  assert.match(r.json.error.message, /baris judul/);
  assert.equal(r.json.written, 0);
  assert.ok(r.json.issues.some((i) => i.line === 1 && /kode_unit/.test(i.column + i.reason)),
    JSON.stringify(r.json.issues));
  await unchanged('a file without kode_unit');
});

test('a CSV with a quote left open is refused naming the line where it opened', async () => {
  const text = `nip,nama,kode_unit\r\n${freshNip(9, 10)},Baik,ASM-YAN\r\n${freshNip(10, 10)},"Kutip Terbuka,ASM-YAN\r\n` +
    `${freshNip(11, 10)},Lain,ASM-YAN\r\n`;
  const r = await importCsv(admin, text);
  assertApiError(r, 422, 'file', /baris 3/);
  await unchanged('an unclosed quote');
});

test('a CSV row with the wrong number of cells, or bytes that are not UTF-8, is refused naming the line', async () => {
  const cells = await importCsv(admin, `nip,nama,kode_unit\r\n${freshNip(12, 10)},Baik,ASM-YAN\r\n${freshNip(13, 10)},Kurang\r\n`);
  assertApiError(cells, 422, 'file', /Baris 3 berisi 2 kolom/);
  const latin1 = Buffer.concat([Buffer.from(`nip,nama,kode_unit\r\n${freshNip(12, 10)},Jos`), Buffer.from([0xe9]), Buffer.from(',ASM-YAN\r\n')]);
  const enc = await importCsv(admin, latin1);
  assertApiError(enc, 422, 'file', /UTF-8.*baris 2/);
  const empty = await importCsv(admin, '');
  assertApiError(empty, 422, 'file', /kosong/);
  await unchanged('malformed CSV files');
});

test('a CSV whose later row takes a post already held is refused whole, naming that line', async () => {
  const r = await importCsv(admin, csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(21, 10), nama: 'Baris Baik', kode_unit: 'ASM-YAN' }),
    row({ nip: freshNip(22, 10), nama: 'Rebut Pos', kode_unit: 'ASM-YAN', kode_jabatan: 'ASM-YAN-P01' }),
  ]));
  assert.ok(r.status === 409 || r.status === 422, `status ${r.status}: ${r.text.slice(0, 300)}`);
  assert.match(JSON.stringify(r.json), /Baris 3|"line":3/);
  assert.match(JSON.stringify(r.json), /kode_jabatan/);
  await unchanged('an import that failed while writing');
});

test('a CSV of 10,000 bad rows is refused with every problem counted and nothing written', async () => {
  const lines = ['nip,nama,kode_unit'];
  for (let i = 0; i < 10000; i++) lines.push(`1990011520150110${String(i % 100).padStart(2, '0')}X,Baris ${i},ASM-YAN`);
  const r = await importCsv(admin, lines.join('\r\n') + '\r\n');
  assert.equal(r.status, 422);
  assert.equal(r.json.written, 0);
  assert.equal(r.json.skipped, 10000);
  assert.equal(r.json.issues_total, 10000);
  assert.equal(r.json.issues.length, 1000);
  assert.deepEqual([r.json.issues[0].line, r.json.issues[0].column], [2, 'nip']);
  await unchanged('10,000 bad rows');
  const page = await admin.postMultipart('/pegawai/impor', { jenis: 'pegawai' },
    { berkas: { name: 'buruk.csv', type: 'text/csv', content: lines.join('\r\n') } });
  assert.equal(page.status, 422);
  assert.match(page.text, /10000 dari 10000 baris bermasalah/);
  assert.match(page.text, /Ditampilkan 1000 dari 10000 masalah/);
  await unchanged('10,000 bad rows through the page');
});

/* ---------------------------------------------------------------- who is asking */

test('a wrong password logs nobody in and changes nothing', async () => {
  const c = new Client(server.url);
  const page = await c.get('/masuk');
  const r = await c.postForm('/masuk', { login: server.accounts.admin.login, password: 'Demo-Test-2025!', _csrf: scrapeCsrf(page.text) });
  assert.equal(r.status, 401);
  assert.match(r.text, /NIP\/login atau kata sandi salah/);
  assert.equal((await c.api('GET', '/api/v1/me')).status, 401);
  await unchanged('a wrong password');
});

test('a change sent with an expired session is refused (401, or back to /masuk) and not made', async () => {
  const c = await loginAs(server, 'pengelola');
  const token = await c.csrfToken();
  expireAllSessions(server);
  const put = await c.api('PUT', `/api/v1/pegawai/${peer.id}`, { nama: 'Setelah Habis', version: peer.version },
    { headers: { 'X-CSRF-Token': token } });
  assertApiError(put, 401, '', /masuk/);
  const form = await c.postForm('/pegawai', employeeForm({ nip: freshNip(14, 10) }), { headers: {} });
  assert.equal(form.status, 303);
  assert.equal(form.location, '/masuk?lanjut=%2Fpegawai&habis=1');
  admin = await loginAs(server, 'admin');
  pengelola = await loginAs(server, 'pengelola');
  await unchanged('changes with an expired session');
});

test('a change without the CSRF token is refused with 403 on "_csrf" and not made', async () => {
  const put = await pengelola.api('PUT', `/api/v1/pegawai/${peer.id}`, { nama: 'Tanpa Token', version: peer.version }, { csrf: false });
  assertApiError(put, 403, '_csrf', /CSRF/);
  const wrong = await pengelola.api('PUT', `/api/v1/pegawai/${peer.id}`, { nama: 'Token Palsu', version: peer.version },
    { headers: { 'X-CSRF-Token': 'a'.repeat(40) } });
  assertApiError(wrong, 403, '_csrf');
  const form = await pengelola.postForm('/pegawai', employeeForm({ nip: freshNip(15, 10) }), { csrf: false });
  assert.equal(form.status, 403);
  assert.match(form.text, /Token keamanan \(CSRF\)/);
  const upload = await pengelola.postMultipart('/pegawai/impor', { jenis: 'pegawai' },
    { berkas: { name: 'p.csv', type: 'text/csv', content: csv(EMPLOYEE_COLUMNS, [row({ nip: freshNip(15, 10), nama: 'Unggah', kode_unit: 'ASM-YAN' })]) } },
    { csrf: false });
  assert.equal(upload.status, 403);
  await unchanged('changes without a CSRF token');
});

test('a pegawai asking for another employee\'s data gets 403, and may not change even her own', async () => {
  const c = await loginAs(server, 'pegawai');
  const other = await c.api('GET', `/api/v1/pegawai/${peer.id}`);
  assertApiError(other, 403, '', /tidak berhak/);
  const page = await c.get(`/pegawai/${peer.id}`);
  assert.equal(page.status, 403);
  assert.doesNotMatch(page.text, new RegExp(peer.nama));
  assert.equal((await c.api('GET', '/api/v1/pegawai')).status, 403);
  assert.equal((await c.api('GET', '/api/v1/pegawai/ekspor')).status, 403);
  assert.equal((await c.get('/pegawai/ekspor.csv')).status, 403);
  const mine = await c.api('PUT', `/api/v1/pegawai/${dewi.id}`, { golongan: 'IV/e', version: dewi.version });
  assertApiError(mine, 403);
  const own = await c.api('GET', `/api/v1/pegawai/${dewi.id}`);
  assert.equal(own.status, 200);
  assert.equal(own.json.nama, 'Dewi Handayani');
  await unchanged('the pegawai\'s requests');
});

test('a change to an employee who does not exist gets 404', async () => {
  const r = await admin.api('PUT', '/api/v1/pegawai/999999', { nama: 'Hantu', version: 1 });
  assertApiError(r, 404);
  const page = await admin.postForm('/pegawai/999999', employeeForm({ nip: freshNip(16, 10), version: '1' }));
  assert.equal(page.status, 404);
  await unchanged('changes to nobody');
});
