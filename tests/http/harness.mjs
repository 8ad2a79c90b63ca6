// This file contains the helpers that the HTTP and browser tests use: start a
// real `kinerja serve` on a fresh database and a free loopback port, talk to it
// as a logged-in user (cookies, CSRF tokens), and run the CLI.
//
// Environment:
//   KINERJA_BIN           the program to test (default: build-asan/kinerja, then
//                         build-werror/kinerja, then build/kinerja in the repo)
//   KINERJA_TEST_DB       sqlite (default) or postgres
//   KINERJA_TEST_PG_URL   for postgres: a URL whose role may CREATE DATABASE
//                         (scripts/pg-test-server.sh prints one)
//   KINERJA_TEST_PSQL     psql to use (default: psql on PATH)
//
// Only Node's own modules are used (Node 18+).

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { cacheKey, cachedInit, copyDataDir } from './demo_cache.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..');

/** Password that `kinerja init --demo` gives every demo account in tests. */
export const DEMO_PASSWORD = 'Demo-Test-2026!';

const HEALTH_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const CLI_TIMEOUT_MS = 120_000;
const OUTPUT_CAP = 1 << 20;

/** Path of the kinerja binary under test; throws a clear error if it is missing. */
export function kinerjaBin() {
  const fromEnv = process.env.KINERJA_BIN;
  if (fromEnv) {
    const bin = path.resolve(fromEnv);
    if (!existsSync(bin)) {
      throw new Error(`KINERJA_BIN=${fromEnv}: no such file. Build first: meson setup build && meson compile -C build`);
    }
    return bin;
  }
  const candidates = ['build-asan', 'build-werror', 'build'].map((d) => path.join(REPO_ROOT, d, 'kinerja'));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`kinerja binary not found (looked for ${candidates.join(', ')}). ` +
      'Build it (make build, or scripts/test.sh) or set KINERJA_BIN.');
  }
  return found;
}

/** Which database the tests run on: 'sqlite' or 'postgres'. */
export function testDbKind() {
  const kind = (process.env.KINERJA_TEST_DB || 'sqlite').toLowerCase();
  if (kind === 'pg' || kind === 'postgresql') return 'postgres';
  if (kind !== 'sqlite' && kind !== 'postgres') {
    throw new Error(`KINERJA_TEST_DB=${kind}: expected sqlite or postgres`);
  }
  return kind;
}

/* ---------------------------------------------------------------- psql */

function psql(url, sql) {
  const bin = process.env.KINERJA_TEST_PSQL || 'psql';
  const r = spawnSync(bin, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-c', sql], {
    encoding: 'utf8', timeout: 60_000,
  });
  if (r.error) throw new Error(`${bin}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${bin} -c "${sql}" failed: ${r.stderr.trim()}`);
  return r.stdout;
}

function pgBaseUrl() {
  const url = process.env.KINERJA_TEST_PG_URL;
  if (!url) {
    throw new Error('KINERJA_TEST_DB=postgres needs KINERJA_TEST_PG_URL ' +
      '(start a server with: scripts/pg-test-server.sh start DIR)');
  }
  return url;
}

/** URL of database `name` on the test server. */
function pgDatabaseUrl(name) {
  const u = new URL(pgBaseUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates a fresh PostgreSQL database, empty or a copy of `template`; returns { name, url }. */
export function createPgDatabase(template) {
  const name = `k_${randomBytes(6).toString('hex')}`;
  psql(pgBaseUrl(), `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return { name, url: pgDatabaseUrl(name) };
}

/** Drops a database made by createPgDatabase, even while clients are connected. */
export function dropPgDatabase(name) {
  if (!/^k_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  psql(pgBaseUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/* ---------------------------------------------------------------- helpers */

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function collect(stream, sink) {
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    if (sink.text.length < OUTPUT_CAP) sink.text += chunk;
  });
}

const SANITIZER_RE = /(ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|ThreadSanitizer|SUMMARY: UndefinedBehaviorSanitizer)/;

/** Sanitizer report found in a process's stderr, or null. */
export function sanitizerReport(stderr) {
  const m = SANITIZER_RE.exec(stderr || '');
  if (!m) return null;
  return stderr.slice(Math.max(0, m.index - 200), m.index + 4000);
}

/** Parses DIR/demo-accounts.tsv: header peran, login, kata_sandi, nama. */
export function readAccounts(dataDir) {
  const file = path.join(dataDir, 'demo-accounts.tsv');
  if (!existsSync(file)) return { byRole: {}, list: [] };
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift().split('\t').map((h) => h.trim());
  const col = (n) => header.indexOf(n);
  const [iRole, iLogin, iPass, iName] = ['peran', 'login', 'kata_sandi', 'nama'].map(col);
  if (iRole < 0 || iLogin < 0 || iPass < 0) {
    throw new Error(`${file}: unexpected header: ${header.join(' | ')}`);
  }
  const list = lines.map((l) => {
    const f = l.split('\t');
    return { role: f[iRole], login: f[iLogin], password: f[iPass], name: iName >= 0 ? f[iName] : '' };
  });
  const byRole = {};
  for (const a of list) if (!(a.role in byRole)) byRole[a.role] = a;
  return { byRole, list };
}

/* ---------------------------------------------------------------- servers */

// Everything still alive when the test process exits is cleaned up here, so a
// forgotten stop() does not leave servers, databases or temp dirs behind.
const live = new Set();
process.on('exit', () => {
  for (const s of live) {
    try { s.proc.kill('SIGKILL'); } catch { /* gone */ }
    if (s.ownsDb && s.pgName) {
      try { dropPgDatabase(s.pgName); } catch { /* best effort */ }
    }
    if (s.ownsDir) rmSync(s.dataDir, { recursive: true, force: true });
  }
});
// Killed from outside (a suite timeout, Ctrl-C): still run the cleanup above.
for (const [sig, num] of [['SIGINT', 2], ['SIGTERM', 15]]) {
  process.once(sig, () => process.exit(128 + num));
}

/**
 * Starts `kinerja serve` on a fresh database: a copy of one that `kinerja init`
 * made once per test run for the same options (demo_cache.mjs).
 *
 *   startServer()                      fresh database, demo plans (--demo=rencana), demo accounts
 *   startServer({ demo: 'lengkap' })   the whole demo year through Triwulan III
 *   startServer({ demo: false })       fresh, empty (but initialised) database
 *   startServer({ dbUrl, dataDir, skipInit: true })
 *                                      second server on an existing database
 *   extra options: env (added to the server's environment), args (added to serve)
 *
 * Returns { url, port, dbUrl, dataDir, proc, accounts, accountList, output, stop() }:
 * accounts maps each role (admin, pengelola, auditor, camat, pejabat, pegawai) to
 * its first { role, login, password, name }; accountList has every row.
 * output.stdout / output.stderr hold what the server printed so far.
 * stop() sends SIGTERM, waits, drops the database and removes the data dir
 * that startServer created (not those passed in), and throws if the server's
 * stderr has a sanitizer report.
 */
/** The `kinerja init` words for a demo option: false (none), true or
 * 'rencana' (the plans only, a clean Triwulan I), 'lengkap' (through
 * Triwulan III). */
function demoArgs(demo) {
  if (!demo) return [];
  if (demo === true || demo === 'rencana') return ['--demo=rencana'];
  if (demo === 'lengkap') return ['--demo'];
  throw new Error(`startServer: unknown demo level ${demo}`);
}

/* Runs `kinerja init` on dbUrl; throws with its output when it fails. */
async function initDatabase(bin, demo, dbUrl, dataDir, childEnv) {
  const initArgs = ['init', ...demoArgs(demo), '--db', dbUrl, '--data-dir', dataDir];
  const r = await runProcess(bin, initArgs, { env: childEnv });
  if (r.code !== 0) {
    throw new Error(`kinerja ${initArgs.join(' ')} exited ${r.code}\n` +
      `--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  }
}

/* Gives server `s` a copy of an initialised database of its kind (see
 * demo_cache.mjs): on PostgreSQL a new database from the cached template, on
 * SQLite the cached data directory's files. */
async function initFromCache(bin, demo, env, childEnv, s) {
  const dbKind = testDbKind();
  const pgBase = dbKind === 'postgres' ? pgBaseUrl() : '';
  const key = cacheKey({ bin, initArgs: demoArgs(demo), dbKind, pgBase, env });
  const template = `kt_${key}`;
  const cached = await cachedInit(key, async (dataDir) => {
    if (dbKind === 'postgres') {
      psql(pgBase, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      psql(pgBase, `CREATE DATABASE ${template}`);
      await initDatabase(bin, demo, pgDatabaseUrl(template), dataDir, childEnv);
    } else {
      await initDatabase(bin, demo, `sqlite:${path.join(dataDir, 'kinerja.db')}`, dataDir, childEnv);
    }
  });
  if (dbKind === 'postgres') {
    const db = createPgDatabase(template);
    s.pgName = db.name;
    s.dbUrl = db.url;
  }
  copyDataDir(cached.dataDir, s.dataDir);
}

export async function startServer(opts = {}) {
  const { demo = true, skipInit = false, env = {}, args = [] } = opts;
  const bin = kinerjaBin();
  const s = { ownsDir: false, ownsDb: false, pgName: null, dataDir: opts.dataDir, dbUrl: opts.dbUrl };

  if (!s.dataDir) {
    s.dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-test-'));
    s.ownsDir = true;
  }
  if (!s.dbUrl) {
    if (skipInit) throw new Error('startServer: skipInit needs dbUrl');
    if (testDbKind() === 'postgres') {
      s.ownsDb = true; // created below, from the cache's template
    } else {
      s.dbUrl = `sqlite:${path.join(s.dataDir, 'kinerja.db')}`;
    }
  }
  const fromCache = !skipInit && (s.ownsDb || (s.ownsDir && !opts.dbUrl));
  const cleanup = () => {
    if (s.ownsDb) { try { dropPgDatabase(s.pgName); } catch { /* best effort */ } }
    if (s.ownsDir) rmSync(s.dataDir, { recursive: true, force: true });
  };
  const childEnv = { ...process.env, KINERJA_DEMO_PASSWORD: DEMO_PASSWORD, ...env };

  try {
    if (fromCache) {
      await initFromCache(bin, demo, env, childEnv, s);
    } else if (!skipInit) {
      await initDatabase(bin, demo, s.dbUrl, s.dataDir, childEnv);
    }
    const { byRole, list } = readAccounts(s.dataDir);

    let lastErr;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      try {
        const srv = await spawnServer(bin, port, s, childEnv, args);
        const server = {
          url: `http://127.0.0.1:${port}`,
          port,
          dbUrl: s.dbUrl,
          dataDir: s.dataDir,
          proc: srv.proc,
          output: srv.output,
          accounts: byRole,
          accountList: list,
          stop: () => stopServer(srv, s, cleanup),
        };
        return server;
      } catch (e) {
        lastErr = e;
        if (!e.mayRetry) break; // only retry a lost race for the port
      }
    }
    throw lastErr;
  } catch (e) {
    cleanup();
    throw e;
  }
}

async function spawnServer(bin, port, s, env, extraArgs) {
  const args = ['serve', '--listen', `127.0.0.1:${port}`, '--db', s.dbUrl, '--data-dir', s.dataDir, ...extraArgs];
  const proc = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: { text: '' }, stderr: { text: '' } };
  collect(proc.stdout, output.stdout);
  collect(proc.stderr, output.stderr);
  const out = {
    get stdout() { return output.stdout.text; },
    get stderr() { return output.stderr.text; },
  };
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    proc.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); });
    proc.on('error', (err) => { exited = { code: -1, signal: null, err }; resolve(exited); });
  });
  // Do not let a forgotten server keep the test process alive.
  proc.unref();
  proc.stdout.unref?.();
  proc.stderr.unref?.();

  const entry = { proc, output: out, exitPromise, exited: () => exited };
  const record = { proc, ownsDb: s.ownsDb, pgName: s.pgName, ownsDir: s.ownsDir, dataDir: s.dataDir };
  live.add(record);
  entry.record = record;

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      live.delete(record);
      const err = new Error(`kinerja ${args.join(' ')} exited early ` +
        `(code ${exited.code}, signal ${exited.signal}${exited.err ? ', ' + exited.err.message : ''})\n` +
        `--- stderr ---\n${out.stderr}\n--- stdout ---\n${out.stdout}`);
      err.mayRetry = /address already in use|EADDRINUSE|bind/i.test(out.stderr);
      throw err;
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return entry;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  proc.kill('SIGKILL');
  await exitPromise;
  live.delete(record);
  throw new Error(`kinerja serve did not answer GET /healthz with 200 within ${HEALTH_TIMEOUT_MS / 1000} s\n` +
    `--- stderr ---\n${out.stderr}\n--- stdout ---\n${out.stdout}`);
}

async function stopServer(srv, s, cleanup) {
  if (!srv.exited()) {
    srv.proc.kill('SIGTERM');
    let timer;
    const timeout = new Promise((r) => { timer = setTimeout(() => r('timeout'), STOP_TIMEOUT_MS); });
    const first = await Promise.race([srv.exitPromise, timeout]);
    clearTimeout(timer);
    if (first === 'timeout') {
      srv.proc.kill('SIGKILL');
      await srv.exitPromise;
    }
  }
  live.delete(srv.record);
  cleanup();
  const report = sanitizerReport(srv.output.stderr);
  if (report) throw new Error(`kinerja serve reported a sanitizer error:\n${report}`);
  return srv.exited();
}

/* ---------------------------------------------------------------- CLI */

function runProcess(bin, args, { env, input, timeout = CLI_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const proc = spawn(bin, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = { text: '' };
    const err = { text: '' };
    collect(proc.stdout, out);
    collect(proc.stderr, err);
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeout);
    proc.on('error', (e) => { err.text += `\n${e.message}`; });
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : -1), signal, stdout: out.text, stderr: err.text });
    });
    proc.stdin.on('error', () => { /* program did not read its input */ });
    if (input !== undefined) proc.stdin.end(input);
    else proc.stdin.end();
  });
}

/**
 * Runs `kinerja ARGS...` and resolves to { code, signal, stdout, stderr }.
 * `--db URL --data-dir DIR` are inserted right after the sub-command name
 * (args[0]) when given; input (string or Buffer) is written to stdin.
 * `sanitizer` is the sanitizer report found in stderr, or null.
 */
export async function runCli(args, { dbUrl, dataDir, input, env = {}, timeout } = {}) {
  const bin = kinerjaBin();
  const extra = [];
  if (dbUrl) extra.push('--db', dbUrl);
  if (dataDir) extra.push('--data-dir', dataDir);
  const full = args.length ? [args[0], ...extra, ...args.slice(1)] : extra;
  const r = await runProcess(bin, full, {
    env: { ...process.env, KINERJA_DEMO_PASSWORD: DEMO_PASSWORD, ...env }, input, timeout,
  });
  r.sanitizer = sanitizerReport(r.stderr);
  return r;
}

/* ---------------------------------------------------------------- client */

function splitSetCookie(headers) {
  if (typeof headers.getSetCookie === 'function') return headers.getSetCookie();
  const raw = headers.get('set-cookie');
  if (!raw) return [];
  return raw.split(/,(?=\s*[A-Za-z0-9_.!#$%&'*+^`|~-]+=)/);
}

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|#39);/gi, (m, e) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
    return String.fromCodePoint(parseInt(l.slice(1), 10));
  });
}

/** Value of the hidden `_csrf` input (or a csrf-token meta tag) in an HTML page. */
export function scrapeCsrf(html) {
  for (const m of html.matchAll(/<input\b[^>]*>/gi)) {
    const tag = m[0];
    if (/\bname\s*=\s*["']?_csrf["'\s>/]/i.test(tag)) {
      const v = /\bvalue\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      if (v) return decodeEntities(v[1] ?? v[2] ?? v[3]);
    }
  }
  const meta = /<meta\b[^>]*\bname\s*=\s*["']csrf-token["'][^>]*>/i.exec(html);
  if (meta) {
    const v = /\bcontent\s*=\s*"([^"]*)"/i.exec(meta[0]);
    if (v) return decodeEntities(v[1]);
  }
  return null;
}

/**
 * An HTTP client with a cookie jar and CSRF handling.  Redirects are never
 * followed automatically.  Every method resolves to
 * { status, headers, text, json, location } (json is null unless the body is JSON).
 */
export class Client {
  constructor(baseUrl) {
    this.baseUrl = typeof baseUrl === 'string' ? baseUrl : baseUrl.url;
    this.cookies = new Map();
    this.csrf = null;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  storeCookies(headers) {
    for (const line of splitSetCookie(headers)) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let expired = value === '';
      for (const a of attrs) {
        const [k, v = ''] = a.split('=').map((x) => x.trim());
        if (/^max-age$/i.test(k) && Number(v) <= 0) expired = true;
        if (/^expires$/i.test(k) && Date.parse(v) < Date.now()) expired = true;
      }
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** Low-level request; body may be a string, URLSearchParams, FormData or Buffer. */
  async request(method, urlPath, { headers = {}, body } = {}) {
    const h = { ...headers };
    if (this.cookies.size && !('cookie' in h) && !('Cookie' in h)) h.Cookie = this.cookieHeader();
    const res = await fetch(new URL(urlPath, this.baseUrl), {
      method, headers: h, body, redirect: 'manual',
    });
    this.storeCookies(res.headers);
    const text = await res.text();
    const type = res.headers.get('content-type') || '';
    let json = null;
    if (/json/i.test(type)) {
      try { json = JSON.parse(text); } catch { json = null; }
    }
    if (/text\/html/i.test(type)) {
      const token = scrapeCsrf(text);
      if (token) this.csrf = token;
    } else if (json && typeof json === 'object' && typeof json.csrf === 'string') {
      this.csrf = json.csrf;
    }
    return { status: res.status, headers: res.headers, text, json, location: res.headers.get('location') };
  }

  get(urlPath, headers = {}) {
    return this.request('GET', urlPath, { headers });
  }

  /** Current CSRF token: the last one seen, else from GET /api/v1/me. */
  async csrfToken() {
    if (!this.csrf) {
      const r = await this.request('GET', '/api/v1/me', { headers: { Accept: 'application/json' } });
      if (!this.csrf) throw new Error(`no CSRF token: GET /api/v1/me gave ${r.status}`);
    }
    return this.csrf;
  }

  /**
   * POSTs an urlencoded form.  `_csrf` is added unless fields has one or
   * opts.csrf === false (to test that the server rejects it).
   */
  async postForm(urlPath, fields = {}, opts = {}) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) {
      if (Array.isArray(v)) v.forEach((x) => params.append(k, String(x)));
      else if (v !== undefined && v !== null) params.append(k, String(v));
    }
    if (opts.csrf !== false && !params.has('_csrf')) params.append('_csrf', await this.csrfToken());
    return this.request('POST', urlPath, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(opts.headers || {}) },
      body: params.toString(),
    });
  }

  /**
   * POSTs multipart/form-data.  files: { field: { name, type, content } }
   * (content a string or Buffer).  `_csrf` is added as for postForm.
   */
  async postMultipart(urlPath, fields = {}, files = {}, opts = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
    if (opts.csrf !== false && !form.has('_csrf')) form.append('_csrf', await this.csrfToken());
    for (const [k, f] of Object.entries(files)) {
      form.append(k, new Blob([f.content], { type: f.type || 'application/octet-stream' }), f.name || k);
    }
    return this.request('POST', urlPath, { body: form, headers: opts.headers || {} });
  }

  /**
   * JSON API call: sends jsonBody (if given) as JSON and, for anything but
   * GET/HEAD, the X-CSRF-Token header (opts.csrf === false leaves it out).
   */
  async api(method, urlPath, jsonBody, opts = {}) {
    const m = method.toUpperCase();
    const headers = { Accept: 'application/json', ...(opts.headers || {}) };
    let body;
    if (jsonBody !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = typeof jsonBody === 'string' ? jsonBody : JSON.stringify(jsonBody);
    }
    if (m !== 'GET' && m !== 'HEAD' && opts.csrf !== false && !('X-CSRF-Token' in headers)) {
      headers['X-CSRF-Token'] = await this.csrfToken();
    }
    return this.request(m, urlPath, { headers, body });
  }

  /**
   * Logs in through the login page as a person would: GET /masuk, POST the
   * form, follow the redirect.  Throws unless the server redirects away from
   * /masuk and sets a cookie.  Resolves to the page redirected to.
   */
  async login(login, password) {
    if (login && typeof login === 'object') ({ login, password } = login);
    const page = await this.get('/masuk');
    if (page.status !== 200) throw new Error(`GET /masuk gave ${page.status}`);
    const token = scrapeCsrf(page.text);
    if (!token) throw new Error('GET /masuk: no hidden _csrf input in the page');
    const r = await this.postForm('/masuk', { login, password, _csrf: token });
    if (r.status < 300 || r.status >= 400 || !r.location) {
      throw new Error(`login as ${login} failed: POST /masuk gave ${r.status} (expected a redirect)\n${r.text.slice(0, 2000)}`);
    }
    const target = new URL(r.location, this.baseUrl);
    if (target.pathname === '/masuk') throw new Error(`login as ${login} failed: redirected back to /masuk`);
    if (!this.cookies.size) throw new Error(`login as ${login}: no session cookie was set`);
    this.csrf = null; // the session (and so its token) changed at login
    return this.get(target.pathname + target.search);
  }
}

/** A new Client for `server`, logged in as the demo account of `role`. */
export async function loginAs(server, role) {
  const acct = server.accounts[role];
  if (!acct) throw new Error(`no demo account for role ${role} (have: ${Object.keys(server.accounts).join(', ')})`);
  const c = new Client(server.url);
  await c.login(acct.login, acct.password);
  return c;
}
