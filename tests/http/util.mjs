// This file contains helpers shared by the HTTP test files (on top of
// harness.mjs): SQL straight on the test database (to expire sessions),
// counts read back through the API, a snapshot of everything a refused
// request must leave alone, CSV building, and small lookups in the demo data.
//
// Only Node's own modules are used.

import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { runCli, testDbKind } from './harness.mjs';

/* ---------------------------------------------------------------- SQL */

/**
 * Runs SQL on the server's database with the sqlite3 or psql command line;
 * returns its output (rows separated by newlines, columns by '|').
 */
export function sqlOn(server, sql) {
  const url = server.dbUrl;
  let r;
  if (url.startsWith('sqlite:')) {
    r = spawnSync('sqlite3', ['-batch', url.slice('sqlite:'.length), sql], {
      encoding: 'utf8', timeout: 30_000,
    });
  } else {
    const bin = process.env.KINERJA_TEST_PSQL || 'psql';
    r = spawnSync(bin, ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', url, '-c', sql], {
      encoding: 'utf8', timeout: 30_000,
    });
  }
  if (r.error) throw new Error(`SQL on ${url}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`SQL on ${url} failed: ${sql}\n${r.stderr}`);
  return r.stdout.trim();
}

/** Ends every session in the database, as if their time had run out. */
export function expireAllSessions(server) {
  sqlOn(server, 'UPDATE sessions SET expires_at = 0');
}

/* ---------------------------------------------------------------- reading back */

/** Number of employees, as the API's list total (as `client`, an admin). */
export async function employeeCount(client, query = '') {
  const r = await client.api('GET', `/api/v1/pegawai?per_page=1${query}`);
  assert.equal(r.status, 200, `GET /api/v1/pegawai: ${r.text}`);
  return r.json.total;
}

/** Number of entries in the audit trail (as an admin or auditor). */
export async function auditCount(client, query = '') {
  const r = await client.api('GET', `/api/v1/audit?per_page=1${query}`);
  assert.equal(r.status, 200, `GET /api/v1/audit: ${r.text}`);
  return r.json.total;
}

/** The newest audit entries (as an admin or auditor). */
export async function auditLatest(client, query = '', perPage = 5) {
  const r = await client.api('GET', `/api/v1/audit?per_page=${perPage}${query}`);
  assert.equal(r.status, 200, `GET /api/v1/audit: ${r.text}`);
  return r.json.items;
}

/** The CSV export of employees or positions (jenis) through the API. */
export async function exportCsv(client, jenis = 'pegawai') {
  const r = await client.api('GET', `/api/v1/pegawai/ekspor?jenis=${jenis}`);
  assert.equal(r.status, 200, `export ${jenis}: ${r.text.slice(0, 500)}`);
  return r.text;
}

/** Units as the API lists them. */
export async function unitList(client) {
  const r = await client.api('GET', '/api/v1/unit');
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

/**
 * What a refused request must not change: the number of employees, the
 * number of audit entries, and both exports (every stored field of every
 * employee and position).  `admin` is a logged-in administrator client.
 */
export async function snapshot(admin) {
  return {
    employees: await employeeCount(admin),
    audit: await auditCount(admin),
    pegawai: await exportCsv(admin, 'pegawai'),
    jabatan: await exportCsv(admin, 'jabatan'),
  };
}

/** Asserts the database reads back as in `before` (see snapshot). */
export async function assertUnchanged(admin, before, what = 'the refused request') {
  const after = await snapshot(admin);
  assert.equal(after.employees, before.employees, `${what} changed the number of employees`);
  assert.equal(after.audit, before.audit, `${what} added to the audit trail`);
  assert.equal(after.pegawai, before.pegawai, `${what} changed the employees`);
  assert.equal(after.jabatan, before.jabatan, `${what} changed the positions`);
}

/* ---------------------------------------------------------------- demo data */

/** The employee record of a NIP through the API (as a reader of everything). */
export async function employeeByNip(client, nip) {
  const r = await client.api('GET', `/api/v1/pegawai?q=${encodeURIComponent(nip)}`);
  assert.equal(r.status, 200, r.text);
  const hit = r.json.items.find((e) => e.nip === nip);
  assert.ok(hit, `no employee with NIP ${nip} in the list`);
  return hit;
}

/** The position with this code, from GET /api/v1/jabatan. */
export async function positionByCode(client, code) {
  const r = await client.api('GET', '/api/v1/jabatan');
  assert.equal(r.status, 200, r.text);
  const hit = r.json.items.find((p) => p.code === code);
  assert.ok(hit, `no position ${code}`);
  return hit;
}

/** A bearer token for the demo account of `role`, made with `kinerja user token`. */
export async function tokenFor(server, role) {
  const login = server.accounts[role].login;
  const r = await runCli(['user', 'token', login, '--name', `test-${role}`], {
    dbUrl: server.dbUrl, dataDir: server.dataDir,
  });
  assert.equal(r.code, 0, `kinerja user token: ${r.stderr}`);
  const m = /^([0-9a-f]{64})$/m.exec(r.stdout);
  assert.ok(m, `no token in: ${r.stdout}`);
  return m[1];
}

/* ---------------------------------------------------------------- NIPs and CSV */

/**
 * A valid PNS NIP that the demo data does not use: birth date in 1990,
 * appointed 2015-MM, sex digit 1, sequence `seq` (1..999); `month` (1..12)
 * varies the birth month so that different callers do not collide.
 */
export function freshNip(seq, month = 1) {
  const mm = String(month).padStart(2, '0');
  return `1990${mm}15` + `2015${mm}` + '1' + String(seq).padStart(3, '0');
}

/** The NIP grouped as people type it: "19900115 201501 1 001". */
export function spacedNip(nip) {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

export const EMPLOYEE_COLUMNS = ['nip', 'jenis_nip', 'nama', 'gelar_depan', 'gelar_belakang',
  'golongan', 'kode_jabatan', 'kode_unit', 'status', 'email'];

/** A CSV text (CRLF) from a header array and row arrays; cells quoted when needed. */
export function csv(header, rows) {
  const cell = (v) => {
    const s = String(v ?? '');
    return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Parses a CSV export (comma, quotes, CRLF) into arrays of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') {
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Objects keyed by the header of a parsed CSV. */
export function csvObjects(text) {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** True when the tests run on PostgreSQL. */
export const onPostgres = () => testDbKind() === 'postgres';
