// Two `kinerja serve` processes on one PostgreSQL, as behind a load
// balancer: sessions, CSRF tokens and the login throttle are shared, and
// concurrent edits never lose a write (optimistic locking on "version").
// PostgreSQL only: on SQLite every test is skipped with the reason.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, createPgDatabase, dropPgDatabase, loginAs, scrapeCsrf, startServer } from './harness.mjs';
import { auditCount, employeeByNip, expireAllSessions, freshNip, onPostgres, sqlOn } from './util.mjs';

const skip = onPostgres() ? false
  : 'needs PostgreSQL: several servers share one database only there (run with KINERJA_TEST_DB=postgres)';

let a;          // server A
let b;          // server B, on A's database
let adminA;

before(async () => {
  if (skip) return;
  a = await startServer();
  b = await startServer({ dbUrl: a.dbUrl, dataDir: a.dataDir, skipInit: true });
  adminA = await loginAs(a, 'admin');
});

after(async () => {
  await b?.stop();
  await a?.stop();
});

/** A client for server `to` holding the cookies (the session) of `from`. */
function sameSession(from, to) {
  const c = new Client(to.url);
  c.cookies = new Map(from.cookies);
  c.csrf = from.csrf;
  return c;
}

/** A fresh employee to edit, created through server A. */
async function newEmployee(seq, nama) {
  const r = await adminA.api('POST', '/api/v1/pegawai', { nip: freshNip(seq, 11), nama, golongan: 'III/a', kode_unit: 'ASM-PEM' });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

test('a session made on one server works on the other, CSRF token included', { skip }, async () => {
  const onA = await loginAs(a, 'pengelola');
  const onB = sameSession(onA, b);
  const me = await onB.api('GET', '/api/v1/me');
  assert.equal(me.status, 200);
  assert.equal(me.json.login, a.accounts.pengelola.login);
  const page = await onB.get('/pegawai');
  assert.equal(page.status, 200);
  assert.match(page.text, /Daftar Pegawai/);
  const e = await newEmployee(1, 'Lintas Server');
  const put = await onB.api('PUT', `/api/v1/pegawai/${e.id}`, { nama: 'Diubah di B', version: e.version },
    { headers: { 'X-CSRF-Token': await onA.csrfToken() } });
  assert.equal(put.status, 200, put.text);
  const back = await onA.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(back.json.nama, 'Diubah di B');
});

test('logging out on one server ends the session on the other', { skip }, async () => {
  const onA = await loginAs(a, 'auditor');
  const onB = sameSession(onA, b);
  assert.equal((await onB.api('GET', '/api/v1/me')).status, 200);
  const out = await onA.postForm('/keluar', {});
  assert.equal(out.status, 303);
  assert.equal((await onB.api('GET', '/api/v1/me')).status, 401);
  const page = await onB.get('/audit');
  assert.equal(page.status, 303);
  assert.match(page.location, /^\/masuk\?lanjut=%2Faudit/);
});

test('an expired session is refused by both servers', { skip }, async () => {
  const onA = await loginAs(a, 'camat');
  const onB = sameSession(onA, b);
  expireAllSessions(a);
  assert.equal((await onA.api('GET', '/api/v1/me')).status, 401);
  const page = await onB.get('/');
  assert.equal(page.status, 303);
  assert.equal(page.location, '/masuk?lanjut=%2F&habis=1');
  adminA = await loginAs(a, 'admin');
});

test('of two concurrent edits from one version exactly one wins; the row holds the winner\'s data', { skip }, async () => {
  const onA = await loginAs(a, 'admin');
  const onB = sameSession(onA, b);
  const e = await newEmployee(2, 'Rebutan');
  let version = e.version;
  for (let round = 1; round <= 10; round++) {
    const audits = await auditCount(onA, `&entitas=employee&id=${e.id}`);
    const edits = [
      { client: onA, body: { nama: `Versi A ${round}`, golongan: 'III/b', version } },
      { client: onB, body: { nama: `Versi B ${round}`, golongan: 'III/c', version } },
    ];
    const res = await Promise.all(edits.map(({ client, body }) => client.api('PUT', `/api/v1/pegawai/${e.id}`, body)));
    const statuses = res.map((r) => r.status);
    assert.deepEqual([...statuses].sort(), [200, 409], `round ${round}: ${res.map((r) => r.text.slice(0, 200)).join(' | ')}`);
    const lost = res.find((r) => r.status === 409);
    assert.equal(lost.json.error.field, 'version');
    const winner = edits[statuses.indexOf(200)].body;
    const now = await onA.api('GET', `/api/v1/pegawai/${e.id}`);
    assert.equal(now.json.nama, winner.nama, `round ${round}`);
    assert.equal(now.json.golongan, winner.golongan, `round ${round}`);
    assert.equal(now.json.version, version + 1, `round ${round}`);
    assert.equal(await auditCount(onA, `&entitas=employee&id=${e.id}`), audits + 1, `round ${round}: one audit entry`);
    version = now.json.version;
  }
});

test('sequential edits from both servers, each from a fresh version, all land', { skip }, async () => {
  const onA = await loginAs(a, 'pengelola');
  const onB = sameSession(onA, b);
  const e = await newEmployee(3, 'Bergantian');
  const audits = await auditCount(adminA, `&entitas=employee&id=${e.id}`);
  const emails = [];
  for (let i = 1; i <= 10; i++) {
    const client = i % 2 ? onA : onB;
    const cur = await client.api('GET', `/api/v1/pegawai/${e.id}`);
    const email = `ubah${i}@surabaya.go.id`;
    emails.push(email);
    const r = await client.api('PUT', `/api/v1/pegawai/${e.id}`, { email, version: cur.json.version });
    assert.equal(r.status, 200, `edit ${i} through ${i % 2 ? 'A' : 'B'}: ${r.text}`);
  }
  const now = await onB.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(now.json.email, emails.at(-1));
  assert.equal(now.json.version, e.version + 10);
  assert.equal(await auditCount(adminA, `&entitas=employee&id=${e.id}`), audits + 10);
  const trail = await adminA.api('GET', `/api/v1/audit?entitas=employee&id=${e.id}&per_page=10`);
  assert.deepEqual(trail.json.items.map((x) => x.sesudah.email).reverse(), emails);
});

test('failed logins count together: three on one server and two on the other lock the account on both', { skip }, async () => {
  const login = a.accounts.pejabat.login;
  const attempt = async (server, password) => {
    const c = new Client(server.url);
    const page = await c.get('/masuk');
    return c.postForm('/masuk', { login, password, _csrf: scrapeCsrf(page.text) });
  };
  for (const [i, server] of [a, a, a, b, b].entries()) {
    assert.equal((await attempt(server, `salah-${i}-abc`)).status, 401, `failure ${i + 1}`);
  }
  const onA = await attempt(a, a.accounts.pejabat.password);
  const onB = await attempt(b, a.accounts.pejabat.password);
  assert.equal(onA.status, 429);
  assert.equal(onB.status, 429);
  assert.match(onB.text, /Terlalu banyak percobaan masuk yang gagal/);
});

test('one NIP created on both servers at once: one 201, the other 409 on "nip"', { skip }, async () => {
  const onB = sameSession(adminA, b);
  for (let round = 1; round <= 5; round++) {
    const nip = freshNip(10 + round, 11);
    const res = await Promise.all([adminA, onB].map((c, i) =>
      c.api('POST', '/api/v1/pegawai', { nip, nama: `Kembar ${round}${'AB'[i]}`, kode_unit: 'ASM-PEM' })));
    assert.deepEqual(res.map((r) => r.status).sort(), [201, 409], `round ${round}: ${res.map((r) => r.text.slice(0, 200)).join(' | ')}`);
    const lost = res.find((r) => r.status === 409);
    assert.equal(lost.json.error.field, 'nip', `round ${round}: ${lost.text}`);
    const list = await adminA.api('GET', `/api/v1/pegawai?q=${nip}`);
    assert.equal(list.json.total, 1);
  }
});

test('one vacant post filled from both servers at once: one wins, the other gets 409 on kode_jabatan', { skip }, async () => {
  const onB = sameSession(adminA, b);
  const created = await adminA.api('POST', '/api/v1/jabatan', { code: 'ASM-PEM-P90', name: 'Pengadministrasi Uji', kind: 'pelaksana', unit_code: 'ASM-PEM', parent_code: 'ASM-PEM-KA' });
  assert.equal(created.status, 201, created.text);
  const x = await newEmployee(20, 'Calon Satu');
  const y = await newEmployee(21, 'Calon Dua');
  const res = await Promise.all([[adminA, x], [onB, y]].map(([c, e]) =>
    c.api('PUT', `/api/v1/pegawai/${e.id}`, { kode_jabatan: 'ASM-PEM-P90', version: e.version })));
  assert.deepEqual(res.map((r) => r.status).sort(), [200, 409], res.map((r) => r.text.slice(0, 200)).join(' | '));
  const lost = res.find((r) => r.status === 409);
  assert.equal(lost.json.error.field, 'kode_jabatan', lost.text);
  const holders = await Promise.all([x, y].map((e) => adminA.api('GET', `/api/v1/pegawai/${e.id}`)));
  assert.deepEqual(holders.map((h) => h.json.kode_jabatan).sort(), ['', 'ASM-PEM-P90']);
  const sanity = await employeeByNip(adminA, x.nip);
  assert.ok(sanity);
});

test('two servers starting at once on an empty database apply the schema once and both serve', { skip }, async () => {
  const db = createPgDatabase();
  const servers = [];
  try {
    const started = await Promise.allSettled([0, 1].map(() => startServer({ dbUrl: db.url, skipInit: true })));
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    assert.deepEqual(started.map((s) => s.status), ['fulfilled', 'fulfilled'],
      started.filter((s) => s.status === 'rejected').map((s) => s.reason.message).join('\n'));
    const versions = sqlOn({ dbUrl: db.url }, 'SELECT version FROM schema_version ORDER BY version');
    assert.equal(versions.split('\n').length, new Set(versions.split('\n')).size, `schema versions applied twice: ${versions}`);
    for (const s of servers) assert.equal((await new Client(s.url).get('/healthz')).status, 200);
  } finally {
    for (const s of servers) await s.stop();
    dropPgDatabase(db.name);
  }
});
