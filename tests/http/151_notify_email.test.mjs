// `kinerja notify send` against a local SMTP sink (159_notify_util.mjs):
// a dry run sends and records nothing; missing settings are refused
// naming the option; a run delivers one digest per user with pending
// items and an address (recipient, sender, headers, the subject as RFC
// 2047 words, every item's title and absolute link); a second run the
// same day repeats nothing, and a new item goes out alone; a user who
// turned e-mail off gets nothing; a server refusing one recipient (550 on
// RCPT) makes the command fail naming them, records nothing for them and
// still serves the others; an unreachable server stops the run.
//
// On the demo plans: the pejabat (Hosniyah) is given an address; guides
// published to Seksi Pelayanan give her, Dewi and Nur something to read.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { freePort, loginAs, runCli, startServer } from './harness.mjs';
import { loginNip } from './plan_util.mjs';
import { auditCount, sqlOn } from './util.mjs';
import { NUR, decodeHeader, ofKind, parseMessage, pending, smtpSink } from './159_notify_util.mjs';

const PUBLIC = 'http://kinerja.test';
const FROM = 'Kinerja Asemrowo <kinerja@asemrowo.test>';
const HOSNIYAH_MAIL = 'hosniyah@asemrowo.test';
const DEWI_MAIL = 'dewi.handayani@surabaya.go.id.example';
const NUR_MAIL = 'nur.retno.astuti@surabaya.go.id.example';

let server;
let sink;
const c = {};
const ids = {};

/** kinerja notify send with the sink's settings (extra args after them). */
async function send(args = [], { url = sink.url, publicUrl = `${PUBLIC}/` } = {}) {
  const full = ['notify', 'send', '--smtp-from', FROM];
  if (url) full.push('--smtp-url', url);
  if (publicUrl) full.push('--public-url', publicUrl);
  return cli([...full, ...args]);
}

/** kinerja ARGS on the test database; no sanitizer report, whatever the exit code. */
async function cli(args) {
  const r = await runCli(args, { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  return r;
}

/** Publishes a guide to Seksi Pelayanan as HR; returns its id. */
async function guide(judul) {
  const g = await c.pengelola.api('POST', '/api/v1/sosialisasi', { judul, isi: 'Isi panduan.', unit_id: ids.yan });
  assert.equal(g.status, 201, g.text);
  const p = await c.pengelola.api('POST', `/api/v1/sosialisasi/${g.json.id}/terbitkan`, { version: g.json.version });
  assert.equal(p.status, 200, p.text);
  return g.json.id;
}

const sentRows = (where) => Number(sqlOn(server, `SELECT COUNT(*) FROM notify_sent WHERE ${where}`));
const to = (addr) => sink.messages.filter((m) => m.to.includes(addr));

before(async () => {
  server = await startServer();
  sink = await smtpSink();
  for (const role of ['admin', 'pengelola', 'pejabat', 'pegawai']) c[role] = await loginAs(server, role);
  c.nur = await loginNip(server, NUR);
  const me = (await c.admin.api('GET', `/api/v1/pegawai?q=${server.accounts.pejabat.login}`)).json.items[0];
  const cur = await c.admin.api('GET', `/api/v1/pegawai/${me.id}`);
  const put = await c.admin.api('PUT', `/api/v1/pegawai/${me.id}`, { email: HOSNIYAH_MAIL, version: cur.json.version });
  assert.equal(put.status, 200, put.text);
  ids.yan = (await c.admin.api('GET', '/api/v1/unit')).json.items.find((u) => u.code === 'ASM-YAN').id;
  ids.g1 = await guide('Pedoman penilaian 2026');
});

after(async () => {
  await sink?.close();
  await server?.stop();
});

test('notify list shows what waits on one user, as the API does; an unknown user is named', async () => {
  const mine = await pending(c.pejabat);
  const r = await cli(['notify', 'list', '--user', server.accounts.pejabat.login, '--public-url', PUBLIC]);
  assert.equal(r.code, 0, r.stderr);
  for (const it of mine.items) {
    assert.ok(r.stdout.includes(it.judul), `lists ${it.judul}`);
    assert.ok(r.stdout.includes(`${PUBLIC}${it.tautan}`), `links ${it.tautan}`);
  }
  assert.match(r.stdout, new RegExp(`${mine.jumlah} pekerjaan menunggu ${server.accounts.pejabat.login}`));
  const none = await cli(['notify', 'list', '--user', 'tidak.ada']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /--user.*tidak\.ada/);
  assert.equal((await cli(['notify', 'list'])).code, 2, 'list needs --user');
});

test('a dry run prints the digests and sends and records nothing', async () => {
  const audit0 = await auditCount(c.admin);
  const r = await send(['--dry-run'], { url: null });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  assert.match(r.stdout, new RegExp(`Akan dikirim kepada Hosniyah Pratiwi, S\\.Sos\\. <${HOSNIYAH_MAIL}>`));
  assert.ok(r.stdout.includes(`${PUBLIC}/sosialisasi/${ids.g1}`), 'absolute links, no double slash');
  assert.equal(sink.messages.length, 0);
  assert.equal(sentRows('1 = 1'), 0);
  assert.equal(await auditCount(c.admin), audit0);
});

test('missing or malformed settings are refused, naming the option, before anything is sent', async () => {
  let r = await send([], { publicUrl: null });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--public-url/);
  r = await send([], { url: null });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--smtp-url/);
  r = await send([], { url: 'http://127.0.0.1:25' });
  assert.equal(r.code, 2, 'a bad setting is a usage error');
  assert.match(r.stderr, /smtp_url.*smtp:\/\//);
  r = await cli(['notify', 'send', '--smtp-url', sink.url, '--smtp-from', 'Kinerja <tanpa-domain>', '--public-url', PUBLIC]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--smtp-from/);
  r = await cli(['notify', 'list', '--dry-run']);
  assert.equal(r.code, 2);
  assert.equal(sink.messages.length, 0);
  assert.equal(sentRows('1 = 1'), 0);
});

test('a run sends each user with an address one digest of what waits on them, with absolute links', async () => {
  const audit0 = await auditCount(c.admin);
  const r = await send();
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  const delivered = (r.stdout.match(/^Terkirim kepada /gm) || []).length;
  assert.equal(delivered, sink.messages.length, 'each delivery is printed');
  const addrs = sink.messages.map((m) => m.to.join(','));
  assert.equal(new Set(addrs).size, addrs.length, 'one message per address');
  assert.ok(sink.messages.every((m) => m.to.length === 1 && m.from === 'kinerja@asemrowo.test'));
  assert.equal(await auditCount(c.admin), audit0 + delivered, 'one audit row per e-mail');

  const mine = await pending(c.pejabat);
  assert.ok(mine.jumlah >= 2, 'the SKP to approve and the guide');
  const [m] = to(HOSNIYAH_MAIL);
  assert.ok(m, 'the pejabat got hers');
  const { headers, body } = parseMessage(m.data);
  assert.match(headers.to, new RegExp(`<${HOSNIYAH_MAIL}>`));
  assert.match(headers.from, /"Kinerja Asemrowo" <kinerja@asemrowo\.test>/);
  assert.match(headers.subject, /^=\?UTF-8\?B\?/, 'a subject with an em dash is encoded');
  assert.equal(decodeHeader(headers.subject), `kinerja \u2014 ${mine.jumlah} pekerjaan menunggu tindakan Anda`);
  assert.match(headers.date, /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
  assert.match(headers['message-id'], /^<[^@\s]+@asemrowo\.test>$/);
  assert.equal(headers['mime-version'], '1.0');
  assert.match(headers['content-type'], /text\/plain; charset=UTF-8/i);
  for (const it of mine.items) {
    assert.ok(body.includes(it.judul), `the body names: ${it.judul}`);
    assert.ok(body.includes(`${PUBLIC}${it.tautan}\n`), `the body links ${it.tautan}`);
  }
  assert.match(body, /^Yth\. Hosniyah Pratiwi, S\.Sos\.,/);
  assert.ok(body.includes(`${PUBLIC}/notifikasi`));

  const dewi = to(DEWI_MAIL);
  assert.equal(dewi.length, 1, 'Dewi has the guide to read');
  assert.ok(parseMessage(dewi[0].data).body.includes(`${PUBLIC}/sosialisasi/${ids.g1}`));
  assert.equal(sentRows(`item_key = 'sosialisasi:${ids.g1}:1'`) >= 3, true, 'recorded per user');
});

test('a second run the same day repeats nothing; a new item goes out alone', async () => {
  const before1 = sink.messages.length;
  const r = await send();
  assert.equal(r.code, 0, r.stderr);
  assert.equal(sink.messages.length, before1, 'nothing sent twice in a day');
  assert.match(r.stdout, /Selesai: 0 e-mail terkirim/);
  ids.g2 = await guide('Tata cara keberatan');
  const r2 = await send();
  assert.equal(r2.code, 0, r2.stderr);
  const [m] = to(DEWI_MAIL).slice(1);
  assert.ok(m, 'Dewi gets the new guide');
  const { headers, body } = parseMessage(m.data);
  assert.equal(decodeHeader(headers.subject), 'kinerja \u2014 1 pekerjaan menunggu tindakan Anda');
  assert.ok(body.includes(`${PUBLIC}/sosialisasi/${ids.g2}`));
  assert.ok(!body.includes(`${PUBLIC}/sosialisasi/${ids.g1}`), 'not the one sent earlier today');
});

test('a user who turned e-mail off gets nothing', async () => {
  const off = await c.nur.api('PUT', '/api/v1/notifikasi/pengaturan', { email: false });
  assert.equal(off.status, 200, off.text);
  assert.equal(off.json.email, false);
  const nurBefore = to(NUR_MAIL).length;
  ids.g3 = await guide('Kode etik');
  assert.equal(ofKind(await pending(c.nur), 'sosialisasi', ids.g3).length, 1, 'it still waits on her in the app');
  const r = await send();
  assert.equal(r.code, 0, r.stderr);
  assert.equal(to(NUR_MAIL).length, nurBefore, 'no e-mail for Nur');
  assert.equal(sentRows(`item_key = 'sosialisasi:${ids.g3}:1' AND user_id = (SELECT id FROM users WHERE login = '${NUR}')`), 0);
  assert.ok(to(DEWI_MAIL).some((m) => parseMessage(m.data).body.includes(`/sosialisasi/${ids.g3}`)), 'Dewi still gets hers');
});

test('a server that refuses a recipient fails the command naming it, records nothing for them, serves the others', async () => {
  ids.g4 = await guide('Pengisian realisasi');
  sink.refuse.add(DEWI_MAIL);
  const dewiBefore = to(DEWI_MAIL).length;
  const audit0 = await auditCount(c.admin);
  const r = await send();
  assert.equal(r.code, 1, 'the command fails');
  assert.match(r.stderr, new RegExp(`${DEWI_MAIL.replace(/\./g, '\\.')}.*550`));
  assert.equal(to(DEWI_MAIL).length, dewiBefore, 'nothing delivered to Dewi');
  const dewiUser = `(SELECT id FROM users WHERE login = '${server.accounts.pegawai.login}')`;
  assert.equal(sentRows(`item_key = 'sosialisasi:${ids.g4}:1' AND user_id = ${dewiUser}`), 0, 'nothing recorded for Dewi');
  assert.ok(to(HOSNIYAH_MAIL).some((m) => parseMessage(m.data).body.includes(`/sosialisasi/${ids.g4}`)), 'the pejabat got hers');
  const delivered = (r.stdout.match(/^Terkirim kepada /gm) || []).length;
  assert.ok(delivered >= 1 && !/^Terkirim kepada .*dewi/m.test(r.stdout));
  assert.equal(await auditCount(c.admin), audit0 + delivered, 'only the delivered e-mails are recorded');

  sink.refuse.clear();
  const again = await send();
  assert.equal(again.code, 0, again.stderr);
  assert.ok(to(DEWI_MAIL).slice(dewiBefore).some((m) => parseMessage(m.data).body.includes(`/sosialisasi/${ids.g4}`)),
    'the next run delivers what failed');
});

test('an SMTP server that cannot be reached stops the run with a clear message', async () => {
  await guide('Panduan baru');
  const port = await freePort();
  const rows0 = sentRows('1 = 1');
  const r = await send([], { url: `smtp://127.0.0.1:${port}` });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /tidak dapat dihubungi/);
  assert.equal(sentRows('1 = 1'), rows0, 'nothing recorded');
});
