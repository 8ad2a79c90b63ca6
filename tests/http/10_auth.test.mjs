// Logging in and out, sessions (expiry, logout, CSRF), login throttling,
// bearer tokens, disabled accounts and changing one's password.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO_PASSWORD, loginAs, runCli, scrapeCsrf, startServer } from './harness.mjs';
import { expireAllSessions, sqlOn, tokenFor } from './util.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

/** POSTs the login form as a browser would (GET /masuk first for the token). */
async function submitLogin(client, login, password, extra = {}) {
  const page = await client.get('/masuk');
  assert.equal(page.status, 200);
  return client.postForm('/masuk', { login, password, _csrf: scrapeCsrf(page.text), ...extra });
}

function sessionCookie(res) {
  return res.headers.getSetCookie().find((c) => c.startsWith('kinerja_sesi='));
}

test('logging in with NIP and password greets the user by name and sets an HttpOnly session cookie', async () => {
  const c = new Client(server.url);
  const acct = server.accounts.admin;
  const r = await submitLogin(c, acct.login, DEMO_PASSWORD);
  assert.equal(r.status, 303);
  assert.equal(r.location, '/');
  const cookie = sessionCookie(r);
  assert.match(cookie, /^kinerja_sesi=[0-9a-f]{64};/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.match(cookie, /Max-Age=28800/);
  const home = await c.get('/');
  assert.equal(home.status, 200);
  assert.match(home.text, /Selamat datang, Tri Yuli Kartika/);
  const me = await c.api('GET', '/api/v1/me');
  assert.equal(me.status, 200);
  assert.equal(me.json.login, acct.login);
  assert.equal(me.json.role, 'admin');
});

test('a NIP typed in groups with spaces logs in as the same account', async () => {
  const c = new Client(server.url);
  const nip = server.accounts.pegawai.login;
  const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
  const r = await submitLogin(c, spaced, DEMO_PASSWORD);
  assert.equal(r.status, 303);
  const me = await c.api('GET', '/api/v1/me');
  assert.equal(me.json.login, nip);
  assert.equal(me.json.role, 'pegawai');
});

test('a wrong password is refused with 401, a message, and no session', async () => {
  const c = new Client(server.url);
  const r = await submitLogin(c, server.accounts.auditor.login, 'salah-sekali-123');
  assert.equal(r.status, 401);
  assert.match(r.text, /NIP\/login atau kata sandi salah/);
  assert.equal(sessionCookie(r), undefined);
  assert.equal((await c.api('GET', '/api/v1/me')).status, 401);
});

test('an unknown NIP gets exactly the answer a wrong password gets', async () => {
  const c = new Client(server.url);
  const r = await submitLogin(c, '199001152015011999', 'apa-saja-123');
  assert.equal(r.status, 401);
  assert.match(r.text, /NIP\/login atau kata sandi salah/);
  assert.equal(sessionCookie(r), undefined);
});

test('the login form without its CSRF token is refused with 403 and logs nobody in', async () => {
  const c = new Client(server.url);
  await c.get('/masuk');
  const r = await c.postForm('/masuk', { login: server.accounts.admin.login, password: DEMO_PASSWORD },
    { csrf: false });
  assert.equal(r.status, 403);
  assert.match(r.text, /Token keamanan/);
  assert.equal(sessionCookie(r), undefined);
});

test('a page opened before login, with its search, is where the browser lands after logging in', async () => {
  const c = new Client(server.url);
  const first = await c.get('/pegawai?q=siti%20aminah&status=aktif');
  assert.equal(first.status, 303);
  assert.equal(first.location, '/masuk?lanjut=%2Fpegawai%3Fq%3Dsiti%2520aminah%26status%3Daktif');
  const page = await c.get(first.location);
  const lanjut = /name="lanjut" value="([^"]*)"/.exec(page.text)?.[1];
  assert.equal(lanjut, '/pegawai?q=siti%20aminah&amp;status=aktif');
  const r = await submitLogin(c, server.accounts.admin.login, DEMO_PASSWORD, { lanjut: '/pegawai?q=siti%20aminah&status=aktif' });
  assert.equal(r.status, 303);
  assert.equal(r.location, '/pegawai?q=siti%20aminah&status=aktif');
});

test('a "lanjut" that points at another site is ignored after login', async () => {
  for (const evil of ['//evil.example/', 'https://evil.example/', '/\\evil.example', '/x\r\nX-Evil 1']) {
    const c = new Client(server.url);
    const r = await submitLogin(c, server.accounts.admin.login, DEMO_PASSWORD, { lanjut: evil });
    assert.equal(r.status, 303);
    assert.equal(r.location, '/', `lanjut=${evil}`);
  }
});

test('an expired session sends pages to /masuk with habis=1 and makes the API answer 401', async () => {
  const c = await loginAs(server, 'pengelola');
  assert.equal((await c.get('/pegawai')).status, 200);
  expireAllSessions(server);
  const page = await c.get('/pegawai');
  assert.equal(page.status, 303);
  assert.equal(page.location, '/masuk?lanjut=%2Fpegawai&habis=1');
  const login = await c.get(page.location);
  assert.equal(login.status, 200);
  assert.match(login.text, /Sesi Anda telah berakhir/);
  const api = await c.api('GET', '/api/v1/me');
  assert.equal(api.status, 401);
  assert.equal(api.json.error.code, 'unauthorized');
});

test('logging out ends the session on the server, not only in the browser', async () => {
  const c = await loginAs(server, 'auditor');
  const stolen = new Client(server.url);
  stolen.cookies = new Map(c.cookies);
  assert.equal((await stolen.api('GET', '/api/v1/me')).status, 200);
  const r = await c.postForm('/keluar', {});
  assert.equal(r.status, 303);
  assert.equal(r.location, '/masuk?pesan=keluar');
  assert.match(sessionCookie(r), /Max-Age=0/);
  assert.equal((await stolen.api('GET', '/api/v1/me')).status, 401);
  const page = await stolen.get('/');
  assert.equal(page.status, 303);
  assert.match(page.location, /^\/masuk\?/);
});

test('logging out without the CSRF token is refused and the session stays open', async () => {
  const c = await loginAs(server, 'auditor');
  const r = await c.postForm('/keluar', {}, { csrf: false });
  assert.equal(r.status, 403);
  assert.equal((await c.api('GET', '/api/v1/me')).status, 200);
});

test('the CSRF token of one session is refused on another session', async () => {
  const a = await loginAs(server, 'admin');
  const b = await loginAs(server, 'admin');
  const tokenA = await a.csrfToken();
  assert.notEqual(tokenA, await b.csrfToken());
  const r = await b.api('POST', '/api/v1/unit', { code: 'X-CSRF', name: 'Uji', kind: 'seksi' },
    { headers: { 'X-CSRF-Token': tokenA } });
  assert.equal(r.status, 403);
  assert.equal(r.json.error.field, '_csrf');
  const units = await b.api('GET', '/api/v1/unit');
  assert.ok(!units.json.items.some((u) => u.code === 'X-CSRF'), 'the unit was created');
});

test('five wrong passwords lock the account: then even the right password gets 429', async () => {
  const login = server.accounts.pejabat.login;
  for (let i = 1; i <= 5; i++) {
    const r = await submitLogin(new Client(server.url), login, `salah-${i}-xyz`);
    assert.equal(r.status, 401, `failure ${i}`);
  }
  const c = new Client(server.url);
  const locked = await submitLogin(c, login, DEMO_PASSWORD);
  assert.equal(locked.status, 429);
  assert.match(locked.text, /Terlalu banyak percobaan masuk yang gagal/);
  assert.equal(sessionCookie(locked), undefined);
  assert.equal((await c.api('GET', '/api/v1/me')).status, 401);
  // another account is not locked with it
  const other = await submitLogin(new Client(server.url), server.accounts.camat.login, DEMO_PASSWORD);
  assert.equal(other.status, 303);
});

test('a successful login resets the count of failures, so four more do not lock', async () => {
  const login = server.accounts.camat.login;
  for (let round = 0; round < 2; round++) {
    for (let i = 1; i <= 4; i++) {
      const r = await submitLogin(new Client(server.url), login, `keliru-${round}-${i}`);
      assert.equal(r.status, 401, `round ${round}, failure ${i}`);
    }
    const ok = await submitLogin(new Client(server.url), login, DEMO_PASSWORD);
    assert.equal(ok.status, 303, `round ${round}: the right password after four failures`);
  }
});

test('a bearer token from `kinerja user token` works without CSRF; a wrong one gets 401', async () => {
  const token = await tokenFor(server, 'admin');
  const c = new Client(server.url);
  const me = await c.api('GET', '/api/v1/me', undefined, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(me.status, 200);
  assert.equal(me.json.login, server.accounts.admin.login);
  assert.equal(me.json.csrf, '');
  const created = await c.api('POST', '/api/v1/unit',
    { code: 'ASM-TOKEN', name: 'Unit dari token', kind: 'lainnya', parent_code: 'ASM' },
    { csrf: false, headers: { Authorization: `Bearer ${token}` } });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.json.parent_code, 'ASM');
  const wrong = await c.api('GET', '/api/v1/me', undefined,
    { headers: { Authorization: `Bearer ${'0'.repeat(64)}` } });
  assert.equal(wrong.status, 401);
});

test('disabling an account ends its open sessions and refuses its next login', async () => {
  const acct = server.accounts.pegawai;
  const c = await loginAs(server, 'pegawai');
  const opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  const off = await runCli(['user', 'disable', acct.login], opts);
  assert.equal(off.code, 0, off.stderr);
  try {
    assert.equal((await c.api('GET', '/api/v1/me')).status, 401);
    const r = await submitLogin(new Client(server.url), acct.login, DEMO_PASSWORD);
    assert.equal(r.status, 403);
    assert.match(r.text, /dinonaktifkan/);
  } finally {
    const on = await runCli(['user', 'enable', acct.login], opts);
    assert.equal(on.code, 0, on.stderr);
  }
  const again = await submitLogin(new Client(server.url), acct.login, DEMO_PASSWORD);
  assert.equal(again.status, 303);
});

test('changing one\'s password needs the current one; afterwards only the new one works', async () => {
  const opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  const add = await runCli(['user', 'add', '--login', 'uji.sandi', '--name', 'Uji Sandi', '--role',
    'auditor', '--password-stdin'], { ...opts, input: 'Sandi-Lama-2026\n' });
  assert.equal(add.code, 0, add.stderr);
  const c = new Client(server.url);
  await c.login('uji.sandi', 'Sandi-Lama-2026');
  await c.get('/akun');
  const wrong = await c.postForm('/akun/sandi', { lama: 'bukan-ini-123', baru: 'Sandi-Baru-2026', ulang: 'Sandi-Baru-2026' });
  assert.equal(wrong.status, 422);
  assert.match(wrong.text, /Kata sandi sekarang salah/);
  const mismatch = await c.postForm('/akun/sandi', { lama: 'Sandi-Lama-2026', baru: 'Sandi-Baru-2026', ulang: 'Sandi-Lain-2026' });
  assert.equal(mismatch.status, 422);
  assert.match(mismatch.text, /Kedua kata sandi baru tidak sama/);
  const ok = await c.postForm('/akun/sandi', { lama: 'Sandi-Lama-2026', baru: 'Sandi-Baru-2026', ulang: 'Sandi-Baru-2026' });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, '/akun?pesan=sandi_diganti');
  const old = await submitLogin(new Client(server.url), 'uji.sandi', 'Sandi-Lama-2026');
  assert.equal(old.status, 401);
  const fresh = await submitLogin(new Client(server.url), 'uji.sandi', 'Sandi-Baru-2026');
  assert.equal(fresh.status, 303);
});

// Last in this file: it locks the address every other test logs in from.
test('thirty failed logins from one address lock that address, whatever the account', async () => {
  const row = sqlOn(server, "SELECT failures FROM login_throttle WHERE key = 'ip:127.0.0.1'");
  const done = Number(row || 0);
  assert.ok(done < 30, `already ${done} failures from this address`);
  for (let i = done + 1; i <= 30; i++) {
    const r = await submitLogin(new Client(server.url), `1990011520150110${String(i).padStart(2, '0')}`, 'tebak-tebakan');
    assert.equal(r.status, 401, `failure ${i} from this address`);
  }
  const locked = await submitLogin(new Client(server.url), server.accounts.admin.login, DEMO_PASSWORD);
  assert.equal(locked.status, 429);
  assert.match(locked.text, /Coba lagi dalam 15 menit/);
});
