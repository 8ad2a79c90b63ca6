// The command line: `kinerja import`, `export`, `user` and `init`, their
// exit codes (0 done, 1 refused or failed, 2 wrong usage) and messages.  A
// CSV problem is printed as FILE:LINE: kolom COLUMN: REASON.  A refused
// command must leave the database as it was (read back through the API of a
// server running on the same database).
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, loginAs, runCli, startServer } from './harness.mjs';
import {
  assertUnchanged, csv, EMPLOYEE_COLUMNS, employeeByNip, employeeCount, exportCsv, freshNip,
  onPostgres, snapshot,
} from './util.mjs';

let server;
let admin;
let dir;
let snap;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-'));
});

beforeEach(async () => {
  snap = await snapshot(admin);
});

after(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await server?.stop();
});

/** Runs `kinerja ARGS` on the server's database; fails the test on a sanitizer report. */
async function cli(args, opts = {}) {
  const r = await runCli(args, { dbUrl: server.dbUrl, dataDir: server.dataDir, ...opts });
  assert.equal(r.sanitizer, null, `sanitizer report from kinerja ${args.join(' ')}:\n${r.sanitizer}`);
  return r;
}

function file(name, content) {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const row = (o) => EMPLOYEE_COLUMNS.map((c) => o[c] ?? '');
const unchanged = (what) => assertUnchanged(admin, snap, what);

/* ---------------------------------------------------------------- import */

test('import of a file with bad rows prints FILE:LINE: kolom COLUMN: reason, exits 1 and writes nothing', async () => {
  const p = file('buruk.csv', csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(1, 12), nama: 'Baik', kode_unit: 'ASM-PEM' }),
    row({ nip: '19900115201501100', nama: 'NIP Pendek', kode_unit: 'ASM-PEM' }),
    row({ nip: freshNip(3, 12), nama: 'Unit Salah', kode_unit: 'ASM-ZZ' }),
  ]));
  const r = await cli(['import', 'employees', p]);
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.match(lines[0], new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: kolom nip: NIP harus 18 digit angka, yang diisi 17 digit$`));
  assert.match(lines[1], /:4: kolom kode_unit: .*ASM-ZZ/);
  assert.match(r.stderr, /Tidak ada data yang disimpan: 2 baris bermasalah/);
  assert.equal(r.stdout, '');
  await unchanged('the refused CLI import');
});

test('import of a good file exits 0, says how many rows, and the rows are there', async () => {
  const p = file('baik.csv', csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(4, 12), nama: 'Citra Kirana', golongan: 'III/a', kode_unit: 'KEL-GKL-PEM' }),
    row({ nip: freshNip(5, 12), nama: 'Doni Saputra', kode_unit: 'KEL-GKL-PEM', status: 'pindah' }),
  ]));
  const r = await cli(['import', 'pegawai', p]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), '2 baris disimpan');
  assert.equal(await employeeCount(admin), snap.employees + 2);
  const e = await employeeByNip(admin, freshNip(5, 12));
  assert.equal(e.status, 'pindah');
  const [entry] = (await admin.api('GET', '/api/v1/audit?per_page=1')).json.items;
  assert.equal(entry.login, 'cli');
  assert.equal(entry.aksi, 'import');
  assert.deepEqual(entry.sesudah, { rows: 2, created: 2, updated: 0 });
});

test('import --skip-invalid writes the good rows, reports the bad ones, and exits 0', async () => {
  const p = file('campur.csv', csv(EMPLOYEE_COLUMNS, [
    row({ nip: freshNip(6, 12), nama: 'Eka Putri', kode_unit: 'ASM-YAN' }),
    row({ nip: freshNip(7, 12), nama: 'Golongan Aneh', golongan: 'III/z', kode_unit: 'ASM-YAN' }),
  ]));
  const r = await cli(['import', 'employees', p, '--skip-invalid']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), '1 baris disimpan, 1 baris bermasalah dilewati');
  assert.match(r.stderr, /:3: kolom golongan: .*III\/z/);
  assert.equal(await employeeCount(admin), snap.employees + 1);
});

test('import reads standard input with "-" and names it <stdin> in messages', async () => {
  const text = csv(EMPLOYEE_COLUMNS, [row({ nip: freshNip(8, 12), nama: '', kode_unit: 'ASM-YAN' })]);
  const r = await cli(['import', 'employees', '-'], { input: text });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^<stdin>:2: kolom nama: Nama wajib diisi$/m);
  await unchanged('the refused import from stdin');
});

test('import of a file without a required column names the column and the header line', async () => {
  const p = file('kolom.csv', `nip,nama\r\n${freshNip(9, 12)},Tanpa Unit\r\n`);
  const r = await cli(['import', 'employees', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /kolom\.csv:1: .*kode_unit/);
  assert.match(r.stderr, /baris judul \(header\) bermasalah/);
  await unchanged('an import without kode_unit');
});

test('import of a file with a quote left open names the line, exits 1', async () => {
  const p = file('kutip.csv', `nip,nama,kode_unit\r\n${freshNip(10, 12)},"Kutip Terbuka,ASM-YAN\r\n`);
  const r = await cli(['import', 'employees', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /kutip\.csv: Tanda kutip \(\"\) yang dibuka di baris 2 tidak pernah ditutup/);
  await unchanged('an import with an open quote');
});

test('import of 10,000 bad rows prints the first 1000 problems and counts the rest', async () => {
  const lines = ['nip,nama,kode_unit'];
  for (let i = 0; i < 10000; i++) lines.push(`${freshNip(11, 12)},Baris ${i},ASM-YAN`);
  const p = file('banyak.csv', lines.join('\n') + '\n');
  const r = await cli(['import', 'employees', p]);
  assert.equal(r.code, 1);
  const problems = r.stderr.split('\n').filter((l) => l.startsWith(`${p}:`));
  assert.equal(problems.length, 1000);
  assert.match(problems[0], /:3: kolom nip: NIP \d+ sudah dipakai di baris 2$/);
  assert.match(r.stderr, /\.\.\. dan 8999 masalah lain/);
  assert.match(r.stderr, /Tidak ada data yang disimpan: 9999 baris bermasalah/);
  await unchanged('an import of 10,000 bad rows');
});

test('import of a file that does not exist, or with wrong arguments, says so', async () => {
  const missing = await cli(['import', 'employees', path.join(dir, 'tidak-ada.csv')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /tidak-ada\.csv: tidak dapat dibuka: berkas tidak ada/);
  const kind = await cli(['import', 'karyawan', 'x.csv']);
  assert.equal(kind.code, 2);
  assert.match(kind.stderr, /jenis data harus employees atau positions: karyawan/);
  const none = await cli(['import']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /perlu jenis data/);
  const opt = await cli(['import', 'employees', 'x.csv', '--lewati']);
  assert.equal(opt.code, 2);
  assert.match(opt.stderr, /opsi tidak dikenal: --lewati/);
  await unchanged('import usage errors');
});

test('import of a positions file whose parents loop names the line and column', async () => {
  const p = file('loop.csv', 'kode,nama,jenis,kode_unit,kode_atasan\r\n' +
    'ASM-UJI-X,Uji X,pelaksana,ASM-YAN,ASM-UJI-Y\r\nASM-UJI-Y,Uji Y,pelaksana,ASM-YAN,ASM-UJI-X\r\n');
  const r = await cli(['import', 'positions', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /loop\.csv:2: kolom kode_atasan: .*lingkaran/);
  await unchanged('a looping positions import');
});

/* ---------------------------------------------------------------- export */

test('export to standard output is the same CSV as the API\'s export', async () => {
  const r = await cli(['export', 'employees']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, await exportCsv(admin, 'pegawai'));
  const jab = await cli(['export', 'jabatan']);
  assert.equal(jab.code, 0);
  assert.equal(jab.stdout, await exportCsv(admin, 'jabatan'));
});

test('export to a file writes it readable by the owner only, and it imports back unchanged', async () => {
  const p = path.join(dir, 'pegawai-ekspor.csv');
  const r = await cli(['export', 'employees', p]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(statSync(p).mode & 0o777, 0o600);
  assert.ok(!existsSync(`${p}.tmp`));
  const before = readFileSync(p, 'utf8');
  const back = await cli(['import', 'employees', p]);
  assert.equal(back.code, 0, back.stderr);
  assert.equal(back.stdout.trim(), `${before.trim().split('\n').length - 1} baris disimpan`);
  assert.equal((await cli(['export', 'employees'])).stdout, before);
});

test('export into a directory that does not exist fails with exit 1 and leaves no file', async () => {
  const p = path.join(dir, 'tidak', 'ada', 'pegawai.csv');
  const r = await cli(['export', 'employees', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /gagal ditulis: direktori tidak ada/);
  assert.ok(!existsSync(path.join(dir, 'tidak')));
  const usage = await cli(['export', 'karyawan']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /jenis data harus employees atau positions/);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

/* ---------------------------------------------------------------- user */

test('user add for a NIP nobody holds, or a pegawai without a NIP, is refused with exit 1', async () => {
  const nobody = await cli(['user', 'add', '--nip', freshNip(12, 12)]);
  assert.equal(nobody.code, 1);
  assert.match(nobody.stderr, new RegExp(`Tidak ada pegawai dengan NIP ${freshNip(12, 12)}`));
  const badNip = await cli(['user', 'add', '--nip', '1234']);
  assert.equal(badNip.code, 1);
  assert.match(badNip.stderr, /nip: NIP harus 18 digit angka/);
  const login = await cli(['user', 'add', '--login', 'bukan.nip']);
  assert.equal(login.code, 1);
  assert.match(login.stderr, /harus memakai NIP pegawai/);
  const dup = await cli(['user', 'add', '--nip', server.accounts.pegawai.login]);
  assert.equal(dup.code, 1);
  assert.match(dup.stderr, new RegExp(`^kinerja user: login: Login ${server.accounts.pegawai.login} sudah dipakai$`, 'm'));
  await unchanged('refused user add');
});

test('user commands used wrongly exit 2 and say how to use them', async () => {
  const noUnit = await cli(['user', 'role', server.accounts.pegawai.login, 'pengelola']);
  assert.equal(noUnit.code, 2);
  assert.match(noUnit.stderr, /wajib disertai --unit/);
  const role = await cli(['user', 'role', server.accounts.pegawai.login, 'raja']);
  assert.equal(role.code, 2);
  assert.match(role.stderr, /Peran 'raja' tidak dikenal/);
  const sub = await cli(['user', 'hapus', 'x']);
  assert.equal(sub.code, 2);
  assert.match(sub.stderr, /sub-perintah tidak dikenal: hapus/);
  const extra = await cli(['user', 'disable']);
  assert.equal(extra.code, 2);
  assert.match(extra.stderr, /pemakaian: kinerja user disable LOGIN/);
  const opt = await cli(['user', 'list', '--unit', 'ASM']);
  assert.equal(opt.code, 2);
  assert.match(opt.stderr, /opsi --unit tidak berlaku untuk 'user list'/);
  await unchanged('user usage errors');
});

test('user passwd refuses a short password and an unknown login, and keeps the old password', async () => {
  const acct = server.accounts.auditor;
  const short = await cli(['user', 'passwd', acct.login, '--password-stdin'], { input: 'pendek\n' });
  assert.equal(short.code, 1);
  assert.match(short.stderr, /password: Kata sandi minimal 8 karakter/);
  const nobody = await cli(['user', 'passwd', 'tidak.ada', '--password-stdin'], { input: 'Panjang-Sekali-1\n' });
  assert.equal(nobody.code, 1);
  assert.match(nobody.stderr, /^kinerja user: login: Pengguna tidak ditemukan$/m);
  const c = new Client(server.url);
  await c.login(acct.login, acct.password);
  await unchanged('refused password changes');
});

test('user role gives a pengelola a smaller scope, which the API then enforces', async () => {
  const acct = server.accounts.pengelola;
  const r = await cli(['user', 'role', acct.login, 'pengelola', '--unit', 'KEL-TSR']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /pengelola, unit KEL-TSR/);
  try {
    const c = await loginAs(server, 'pengelola');
    const me = await c.api('GET', '/api/v1/me');
    const unit = (await c.api('GET', '/api/v1/unit')).json.items.find((u) => u.code === 'KEL-TSR');
    assert.equal(me.json.scope_unit_id, unit.id);
    const list = await c.api('GET', '/api/v1/pegawai?per_page=500');
    assert.ok(list.json.total > 0);
    assert.ok(list.json.items.every((e) => e.kode_unit.startsWith('KEL-TSR')), 'only Tambak Sarioso');
    const dewi = await employeeByNip(admin, server.accounts.pegawai.login);
    assert.equal((await c.api('GET', `/api/v1/pegawai/${dewi.id}`)).status, 403);
  } finally {
    const back = await cli(['user', 'role', acct.login, 'pengelola', '--unit', 'ASM']);
    assert.equal(back.code, 0, back.stderr);
  }
});

test('user list shows every account with its role and scope', async () => {
  const r = await cli(['user', 'list']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^LOGIN\s+PERAN\s+LINGKUP\s+STATUS\s+NAMA$/m);
  assert.match(r.stdout, new RegExp(`^${server.accounts.pengelola.login}\\s+pengelola\\s+ASM\\s+aktif\\s+Budi Wahyudi`, 'm'));
  assert.match(r.stdout, /^auditor\.inspektorat\s+auditor\s+-\s+aktif/m);
  const n = Number(/^(\d+) akun\.$/m.exec(r.stdout)?.[1]);
  assert.equal(r.stdout.trim().split('\n').length, n + 2);
});

/* ---------------------------------------------------------------- init and the rest */

test('init --demo on a database that holds data refuses with exit 1 and changes nothing', async () => {
  const r = await cli(['init', '--demo']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Basis data sudah berisi data; demo tidak dibuat/);
  const again = await cli(['init']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /Basis data siap: .* \(skema versi \d+\)/);
  const usage = await cli(['init', '--contoh']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /opsi tidak dikenal: --contoh/);
  await unchanged('init on a full database');
});

test('a database URL of an unknown kind, or a database that is not there, is reported with exit 1', async () => {
  const kind = await runCli(['export', 'employees'], { dbUrl: 'mysql://localhost/kinerja', dataDir: dir });
  assert.equal(kind.code, 1);
  assert.match(kind.stderr, /^kinerja export: db: Alamat basis data tidak dikenal: gunakan sqlite:PATH atau postgresql/m);
  assert.equal(kind.stdout, '');
  // a mistyped SQLite path must not quietly become a new, empty database
  const typo = path.join(dir, 'kinerj.db');
  const missing = await runCli(['export', 'employees'], { dbUrl: `sqlite:${typo}`, dataDir: dir });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Basis data SQLite .*kinerj\.db tidak ada; buat dahulu dengan 'kinerja init'/);
  assert.equal(missing.stdout, '');
  assert.ok(!existsSync(typo), 'export created a database file');
  const list = await runCli(['user', 'list'], { dbUrl: `sqlite:${typo}`, dataDir: dir });
  assert.equal(list.code, 1);
  assert.ok(!existsSync(typo), 'user list created a database file');
  if (onPostgres()) {
    const down = await runCli(['export', 'employees'], { dbUrl: 'postgresql://kinerja@127.0.0.1:1/kinerja', dataDir: dir });
    assert.equal(down.code, 1);
    assert.match(down.stderr, /^kinerja export: db: Tidak dapat terhubung ke PostgreSQL/m);
  }
});

test('init creates a new SQLite database readable by its owner only', async () => {
  const db = path.join(dir, 'baru', 'kinerja.db');
  const r = await runCli(['init'], { dbUrl: `sqlite:${db}`, dataDir: path.join(dir, 'data-baru') });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(statSync(db).mode & 0o777, 0o600);
  const list = await runCli(['user', 'list'], { dbUrl: `sqlite:${db}`, dataDir: dir });
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /^0 akun\.$/m);
});

test('an unknown command exits 2 and lists the commands', async () => {
  const r = await runCli(['hapus-semua']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /perintah 'hapus-semua' tidak dikenal/);
  assert.match(r.stderr, /import\s+mengimpor pegawai/);
});
