// Who may use the notification routes (ui_notify.c, api_notify.c), in the
// style of 87_access_monitoring: every logged-in user reads their own list
// and keeps their own e-mail preference, anonymous callers are sent to the
// login page (pages) or refused 401 (API); a refused change writes nothing.
// Then: a user sees only their own items (no parameter names anyone else);
// the e-mail preference on the page and through the API, its refusals
// (each naming the field, nothing written) and its audit row; the
// /notifikasi page grouped with links, the home page card with the count,
// and the navigation link on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';
import { auditCount } from './util.mjs';
import { pageText, skpOfNip } from './plan_util.mjs';
import { ACHMAD, one, pending } from './159_notify_util.mjs';

let server;
let clients = {};
const ids = {};
let audit0;

before(async () => {
  server = await startServer();
  clients = await roleClients(server);
  ids.achmadSkp = (await skpOfNip(clients.admin, ACHMAD)).skp.id;
  ids.pejabat = (await skpOfNip(clients.admin, server.accounts.pejabat.login)).employee.id;
  audit0 = await auditCount(clients.admin);
});

after(async () => {
  await server?.stop();
});

const table = [
  ['GET', '/notifikasi', row(303, 200, 200, 200, 200, 200, 200)],
  ['POST', '/notifikasi/pengaturan', row(303, 422, 422, 422, 422, 422, 422), { email: 'kadang' }],
  ['GET', '/api/v1/notifikasi', row(401, 200, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/notifikasi/pengaturan', row(401, 200, 200, 200, 200, 200, 200)],
  ['PUT', '/api/v1/notifikasi/pengaturan', row(401, 422, 422, 422, 422, 422, 422), { email: 'ya' }],
];

accessTests(table, { path: (p) => p, client: (role) => clients[role] });

test('the refused requests of the table wrote nothing', async () => {
  assert.equal(await auditCount(clients.admin), audit0);
});

test('every route of the notification tables is in the access table', () => {
  for (const file of ['src/web/ui_notify.c', 'src/api/api_notify.c']) {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    for (const m of text.matchAll(/\{ "(GET|POST|PUT|DELETE)", "([^"]+)"/g)) {
      assert.ok(table.some(([method, p]) => method === m[1] && p === m[2]), `${m[1]} ${m[2]} of ${file} is in the table`);
    }
  }
});

test('a user sees only their own items, whatever the query asks', async () => {
  const boss = await pending(clients.pejabat);
  one(boss, 'skp_persetujuan', ids.achmadSkp, 'the pejabat');
  for (const role of ['pegawai', 'camat', 'pengelola', 'auditor', 'admin']) {
    for (const q of ['', `?pegawai=${ids.pejabat}`, `?user=${server.accounts.pejabat.login}`]) {
      const r = await clients[role].api('GET', `/api/v1/notifikasi${q}`);
      assert.equal(r.status, 200);
      assert.ok(!r.json.items.some((i) => i.kunci === `skp_persetujuan:${ids.achmadSkp}`), `${role}${q}: not the pejabat's`);
    }
    const page = await clients[role].get(`/notifikasi?pegawai=${ids.pejabat}`);
    assert.ok(!page.text.includes(`href="/skp/${ids.achmadSkp}"`), `${role}: not on the page either`);
  }
});

test('the page lists the items grouped, each a link, with the count; the home page has a card', async () => {
  const list = await pending(clients.pejabat);
  const page = await clients.pejabat.get('/notifikasi');
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, new RegExp(`${list.jumlah} pekerjaan menunggu tindakan Anda`));
  assert.ok(page.text.includes('id="kelompok-skp"'), 'the SKP group');
  for (const it of list.items) assert.ok(page.text.includes(`href="${it.tautan.replace(/&/g, '&amp;')}"`), `a link to ${it.tautan}`);
  assert.ok(text.includes('Terlambat'), 'the SKP due date has passed in the demo year');
  assert.ok(page.text.includes('aria-current="page">Notifikasi</a>'), 'the navigation marks the page');

  const home = await clients.pejabat.get('/');
  assert.ok(home.text.includes('id="notifikasi-beranda"'), 'the home card');
  assert.match(pageText(home.text), new RegExp(`${list.jumlah} pekerjaan menunggu tindakan Anda`));
  assert.ok(home.text.includes(`href="/skp/${ids.achmadSkp}"`), 'the most pressing item on the card');
  assert.ok(home.text.includes('href="/notifikasi"'));

  const quiet = await clients.auditor.get('/notifikasi');
  assert.match(pageText(quiet.text), /Tidak ada pekerjaan yang menunggu tindakan Anda/);
  assert.match(pageText(quiet.text), /Alamat e-mail Anda belum tercatat/);
  assert.ok(!(await clients.auditor.get('/')).text.includes('id="notifikasi-beranda"'), 'no card when nothing waits');
  for (const p of ['/skp', '/penilaian', '/akun']) {
    assert.ok((await clients.pegawai.get(p)).text.includes('href="/notifikasi"'), `the navigation link on ${p}`);
  }
  assert.ok(!(await clients.anon.get('/masuk')).text.includes('href="/notifikasi"'), 'not before logging in');
});

test('the e-mail preference through the API: off, off again (nothing written), refusals naming the field', async () => {
  const dewi = clients.pegawai;
  let r = await dewi.api('GET', '/api/v1/notifikasi/pengaturan');
  assert.deepEqual(r.json, { email: true, alamat: 'dewi.handayani@surabaya.go.id.example' });
  const a0 = await auditCount(clients.admin);
  r = await dewi.api('PUT', '/api/v1/notifikasi/pengaturan', { email: false });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.email, false);
  assert.equal(await auditCount(clients.admin), a0 + 1, 'the change is in the audit trail');
  const [entry] = (await clients.admin.api('GET', '/api/v1/audit?per_page=1')).json.items;
  assert.equal(entry.entitas, 'notifikasi');
  assert.equal(entry.aksi, 'pengaturan');
  r = await dewi.api('PUT', '/api/v1/notifikasi/pengaturan', { email: false });
  assert.equal(r.status, 200);
  assert.equal(await auditCount(clients.admin), a0 + 1, 'the same choice again writes nothing');
  for (const [body, status, field] of [
    [{ email: 'ya' }, 422, 'email'], [{ email: 1 }, 422, 'email'], [{ email: null }, 422, 'email'],
    [{}, 422, 'email'], [{ email: true, lain: 1 }, 422, 'lain'], ['{bukan json', 400, undefined],
  ]) {
    const x = await dewi.api('PUT', '/api/v1/notifikasi/pengaturan', body);
    assert.equal(x.status, status, `${JSON.stringify(body)}: ${x.text}`);
    if (field) assert.equal(x.json.error.field, field, `${JSON.stringify(body)} names the field`);
    assert.ok(x.json.error.message.length > 0);
  }
  assert.equal(await auditCount(clients.admin), a0 + 1, 'refusals wrote nothing');
  assert.equal((await dewi.api('GET', '/api/v1/notifikasi/pengaturan')).json.email, false);
  assert.equal((await clients.pejabat.api('GET', '/api/v1/notifikasi/pengaturan')).json.email, true, 'another user is untouched');
});

test('the e-mail preference on the page: a refused choice is named, a saved one is shown', async () => {
  const c = clients.camat;
  const a0 = await auditCount(clients.admin);
  const bad = await c.postForm('/notifikasi/pengaturan', {});
  assert.equal(bad.status, 422);
  assert.ok(bad.text.includes('id="email-err"'), 'the field says what is wrong');
  assert.match(pageText(bad.text), /Pilih apakah Anda ingin menerima e-mail/);
  assert.equal(await auditCount(clients.admin), a0);
  const ok = await c.postForm('/notifikasi/pengaturan', { email: 'mati' });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, '/notifikasi?pesan=notifikasi_disimpan');
  const page = await c.get(ok.location);
  assert.match(pageText(page.text), /Pengaturan e-mail notifikasi telah disimpan/);
  assert.ok(/id="email-mati" value="mati" checked/.test(page.text), 'off is chosen');
  assert.equal(await auditCount(clients.admin), a0 + 1);
  assert.equal((await c.api('GET', '/api/v1/notifikasi/pengaturan')).json.email, false);
  const noCsrf = await c.postForm('/notifikasi/pengaturan', { email: 'aktif' }, { csrf: false });
  assert.equal(noCsrf.status, 403, 'a form without its token is refused');
  assert.equal((await c.api('GET', '/api/v1/notifikasi/pengaturan')).json.email, false);
});
