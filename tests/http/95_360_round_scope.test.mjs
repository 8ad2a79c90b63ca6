// A 360 round assigns every employee of the instansi, so only an
// administrator, or a pengelola whose scope holds every active employee,
// opens, changes or closes one.  A pengelola scoped to one kelurahan
// (KEL-ASM) is refused all three (403, nothing written) and sees no form
// for them, but still sends reminders and manages the rater lists inside
// their scope.  The demo pengelola, scoped to the whole kecamatan, opens
// rounds (94_360 and 95_360_settings).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { auditCount } from './util.mjs';
import { checkpoints, dayFromToday, openRound } from './r360_util.mjs';

let server;
let admin;
let hr;
let round;
let cps;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  const opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  const role = await runCli(['user', 'role', server.accounts.pengelola.login, 'pengelola', '--unit', 'KEL-ASM'], opts);
  assert.equal(role.code, 0, role.stderr);
  hr = await loginAs(server, 'pengelola');
  cps = await checkpoints(admin);
  round = await openRound(admin, cps['Triwulan I']);
});

after(async () => {
  await server?.stop();
});

test('a pengelola of one kelurahan may not open, change or close a round', async () => {
  const audit0 = await auditCount(admin);
  const open = await hr.api('POST', '/api/v1/360/putaran', { checkpoint_id: cps['Triwulan II'], tutup_pada: dayFromToday(7) });
  assert.equal(open.status, 403, open.text);
  assert.equal(open.json.error.field, 'putaran');
  assert.match(open.json.error.message, /di luar cakupan Anda/);
  const change = await hr.api('PUT', `/api/v1/360/putaran/${round.id}`, { tutup_pada: dayFromToday(3) });
  assert.equal(change.status, 403, change.text);
  const close = await hr.api('POST', `/api/v1/360/putaran/${round.id}/tutup`);
  assert.equal(close.status, 403, close.text);
  const page = await hr.postForm(`/360/putaran/${round.id}/tutup`, {});
  assert.equal(page.status, 403, page.text.slice(0, 200));
  assert.equal(await auditCount(admin), audit0, 'a refused round change was written');
  const still = await admin.api('GET', `/api/v1/360/putaran/${round.id}`);
  assert.equal(still.json.status, 'terbuka');
  assert.equal(still.json.tutup_pada, round.tutup_pada);
  const rounds = (await admin.api('GET', '/api/v1/360/putaran')).json.items;
  assert.equal(rounds.length, 1, 'a round was opened');
});

test('their pages offer no round forms, but reminders still work within their scope', async () => {
  const list = await hr.get('/360/putaran');
  assert.equal(list.status, 200);
  assert.doesNotMatch(list.text, /Buka putaran/);
  const one = await hr.get(`/360/putaran/${round.id}`);
  assert.equal(one.status, 200);
  assert.doesNotMatch(one.text, /Tutup putaran/);
  assert.match(one.text, /Kirim pengingat/);
  const remind = await hr.api('POST', `/api/v1/360/putaran/${round.id}/pengingat`);
  assert.equal(remind.status, 200, remind.text);
  assert.ok(remind.json.diingatkan > 0, 'nobody in the kelurahan was reminded');
});

test('an administrator opens and closes rounds', async () => {
  const r = await openRound(admin, cps['Triwulan II']);
  const close = await admin.api('POST', `/api/v1/360/putaran/${r.id}/tutup`);
  assert.equal(close.status, 200, close.text);
});
