// Privacy and refusals of the rater analysis on the full demo year:
// the planted severe rater (Achmad Priyo Zainuddin) sees his own flag as
// a private nudge (API, /analisis, /360); a colleague he rated (Dewi), his
// superior (Hosniyah, Kepala Seksi) and the Camat never see it; the
// adjusted view lists only people whose 360 results the caller may see.
// Settings: the administrator's changes are validated (422 naming the
// field, nothing stored), audited, and change the flags; the command line
// refuses the same values naming its option.  Bad query parameters are
// refused naming the parameter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { loginNip } from './plan_util.mjs';
import { YAN } from './r360_util.mjs';
import { employeeByNip } from './util.mjs';
import { PLANTED } from './190_analysis_util.mjs';

let server;
let admin;
const ids = {};

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  for (const [k, nip] of Object.entries({ achmad: PLANTED.severe.nip, ilham: PLANTED.lenient.nip, dewi: YAN.dewi, hosniyah: YAN.hosniyah })) {
    ids[k] = (await employeeByNip(admin, nip)).id;
  }
});
after(() => server?.stop());

test('the planted rater sees his own flag as a private nudge, and nothing about others', async () => {
  const achmad = await loginNip(server, PLANTED.severe.nip);
  const me = await achmad.api('GET', '/api/v1/analisis/saya');
  assert.equal(me.status, 200, me.text);
  assert.deepEqual(me.json.tanda, ['severe']);
  assert.match(me.json.pesan, /lebih rendah daripada rekan-rekan Anda untuk orang yang sama/);
  const hub = await achmad.get('/analisis');
  assert.match(hub.text, /id="pesan-penilai">Rata-rata nilai yang Anda berikan/);
  assert.ok(!hub.text.includes('/analisis/penilai'), 'no link to HR\'s figures');
  const r360 = await achmad.get('/360');
  assert.match(r360.text, /id="catatan-pribadi"/);
  assert.equal((await achmad.api('GET', '/api/v1/analisis/penilai')).status, 403);
});

test('a colleague he rated, his superior and the Camat never see his flag', async () => {
  for (const [who, client] of [['Dewi (rated by him)', await loginNip(server, YAN.dewi)],
    ['Hosniyah (his superior)', await loginNip(server, YAN.hosniyah)], ['the Camat', await loginAs(server, 'camat')]]) {
    for (const url of ['/api/v1/analisis/penilai', `/api/v1/analisis/penilai/${ids.achmad}`, '/api/v1/analisis/kesepakatan']) {
      const r = await client.api('GET', url);
      assert.equal(r.status, 403, `${who}: ${url}`);
    }
    const page = await client.get(`/analisis/penilai/${ids.achmad}`);
    assert.equal(page.status, 403, `${who}: the page`);
    const mine = await client.api('GET', '/api/v1/analisis/saya');
    assert.ok(!mine.json.tanda.includes('severe'), `${who}: only their own flags`);
    for (const url of ['/analisis', '/360']) {
      const p = await client.get(url);
      assert.ok(!p.text.includes(PLANTED.severe.nama) || !/Ketat/.test(p.text), `${who}: ${url} names no flagged rater`);
    }
  }
});

test('the adjusted view lists only people whose 360 results the caller may see', async () => {
  const dewi = await loginNip(server, YAN.dewi);
  const own = await dewi.api('GET', '/api/v1/analisis/disesuaikan');
  assert.equal(own.status, 200, own.text);
  assert.deepEqual(own.json.items.map((it) => it.pegawai.id), [ids.dewi]);
  const other = await dewi.api('GET', `/api/v1/analisis/disesuaikan?pegawai=${ids.ilham}`);
  assert.equal(other.status, 403);
  const kasi = await loginNip(server, YAN.hosniyah);
  const team = await kasi.api('GET', '/api/v1/analisis/disesuaikan');
  assert.ok(team.json.items.some((it) => it.pegawai.id === ids.dewi), 'her subordinate');
  assert.ok(!team.json.items.some((it) => it.pegawai.id === ids.ilham), 'not someone of another unit');
  const all = await admin.api('GET', '/api/v1/analisis/disesuaikan');
  assert.ok(all.json.items.length > team.json.items.length);
});

test('threshold changes are validated: 422 naming the field, nothing stored', async () => {
  const before0 = await admin.api('GET', '/api/v1/analisis/pengaturan');
  const audit0 = await admin.api('GET', '/api/v1/audit?per_page=1');
  for (const [body, field] of [[{ z_flag: 0.5 }, 'z_flag'], [{ z_flag: 'tiga' }, 'z_flag'],
    [{ min_ratees: 0 }, 'min_ratees'], [{ min_ratees: 2.5 }, 'min_ratees'], [{ central_share: 1.5 }, 'central_share'],
    [{ halo_sd: -1 }, 'halo_sd'], [{ min_effect: 2 }, 'min_effect'], [{ ambang: 3 }, 'ambang'], [{ skala: 4 }, 'skala']]) {
    const r = await admin.api('PUT', '/api/v1/analisis/pengaturan', body);
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  const page = await admin.postForm('/analisis/pengaturan', { skala: '3', min_ratees: '5', z_flag: '11',
    min_effect: '0.3', min_forms: '5', halo_sd: '0.2', central_share: '0.9', shrink: '2' });
  assert.equal(page.status, 422);
  assert.match(page.text, /is-invalid/);
  assert.deepEqual((await admin.api('GET', '/api/v1/analisis/pengaturan')).json, before0.json);
  assert.deepEqual((await admin.api('GET', '/api/v1/audit?per_page=1')).json.items, audit0.json.items);
  const cli = await runCli(['analyze', 'settings', '--z', '0.5'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(cli.code, 1);
  assert.match(cli.stderr, /--z/);
});

test('a valid change is stored, audited and changes the flags', async () => {
  const list0 = await admin.api('GET', '/api/v1/analisis/penilai');
  const ilham0 = list0.json.items.find((it) => it.pegawai.id === ids.ilham);
  assert.ok(ilham0.tanda.some((t) => t.kode === 'lenient'));
  const z = Math.ceil(ilham0.z) + 1;   // just above his evidence
  const r = await admin.api('PUT', '/api/v1/analisis/pengaturan', { z_flag: z });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.z_flag, z);
  const audit = await admin.api('GET', '/api/v1/audit?per_page=1');
  assert.equal(audit.json.items[0].entitas ?? audit.json.items[0].entity, 'pengaturan');
  const list1 = await admin.api('GET', '/api/v1/analisis/penilai');
  const ilham1 = list1.json.items.find((it) => it.pegawai.id === ids.ilham);
  assert.ok(!ilham1.tanda.some((t) => t.kode === 'lenient'), 'no longer lenient under the stricter z');
  const cli = await runCli(['analyze', 'settings', '--z', '3'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(cli.code, 0, cli.stderr);
  assert.equal((await admin.api('GET', '/api/v1/analisis/pengaturan')).json.z_flag, 3);
});

test('bad query parameters are refused naming the parameter', async () => {
  for (const [url, status, field] of [['/api/v1/analisis/penilai?periode=abc', 422, 'periode'],
    ['/api/v1/analisis/penilai?periode=999', 404, 'periode'], ['/api/v1/analisis/penilai?unit=999999', 422, 'unit'],
    ['/api/v1/analisis/penilai?urut=acak', 422, 'urut'], ['/api/v1/analisis/penilai?format=pdf', 422, 'format'],
    ['/api/v1/analisis/keadilan?titik=999999', 422, 'titik'], ['/api/v1/analisis/penilai/999999', 404, 'pegawai']]) {
    const r = await admin.api('GET', url);
    assert.equal(r.status, status, `${url}: ${r.text}`);
    assert.equal(r.json.error.field, field, url);
  }
});
