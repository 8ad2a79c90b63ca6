// Briefing (sosialisasi) for a pengelola whose scope is one kelurahan
// (Kelurahan Asemrowo, KEL-ASM, and its seksi): they write guides only for
// units within it, not for the whole office; they see and count only what
// lies in their scope, and remind only those.  And `kinerja briefing`:
// list, coverage (per unit and who has not acknowledged, of one unit with
// --unit) and remind (all, or --nip), with mistakes exiting 2 and refusals
// exiting 1, writing nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { auditCount, auditLatest, sqlOn } from './util.mjs';
import { loginNip } from './plan_util.mjs';
import { activeIn, coverage, createGuide, publishGuide, readGuide, unitIds } from './briefing_util.mjs';

let server;
let admin;
let hr;
let dewi;
let kelHr;
let units;
let opts;
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  dewi = await loginAs(server, 'pegawai');
  units = await unitIds(admin);
  opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  // an employee of the Sekretariat Kelurahan Asemrowo becomes HR for the kelurahan
  const list = await admin.api('GET', `/api/v1/pegawai?unit=${units['KEL-ASM-SEK']}&status=aktif`);
  const nip = list.json.items[0].nip;
  const role = await runCli(['user', 'role', nip, 'pengelola', '--unit', 'KEL-ASM'], opts);
  assert.equal(role.code, 0, role.stderr);
  kelHr = await loginNip(server, nip);
  ids.yan = (await publishGuide(hr, { judul: 'Untuk Seksi Pelayanan', unit_id: units['ASM-YAN'] })).id;
  ids.office = (await publishGuide(admin, { judul: 'Untuk seluruh kantor' })).id;
});

after(async () => {
  await server?.stop();
});

test('a kelurahan pengelola writes guides only for units within the kelurahan', async () => {
  const audit0 = await auditCount(admin);
  const yan = await kelHr.api('POST', '/api/v1/sosialisasi', { judul: 'x', isi: 'y', unit_id: units['ASM-YAN'] });
  assert.equal(yan.status, 403);
  assert.equal(yan.json.error.field, 'unit_id');
  const all = await kelHr.api('POST', '/api/v1/sosialisasi', { judul: 'x', isi: 'y' });
  assert.equal(all.status, 403);
  assert.match(all.json.error.message, /seluruh kantor menjangkau \d+ pegawai di luar cakupan Anda/);
  assert.equal(await auditCount(admin), audit0, 'nothing written');
  const own = await createGuide(kelHr, { judul: 'Untuk Seksi Pemerintahan Kelurahan', unit_id: units['KEL-ASM-PEM'] });
  assert.equal(own.status, 'draf');
  const edit = await kelHr.api('PUT', `/api/v1/sosialisasi/${ids.office}`, { judul: 'x', isi: 'y' });
  assert.equal(edit.status, 403, 'the whole-office guide is not theirs to change');
});

test('they see and count only their scope, and remind only those', async () => {
  const listed = (await kelHr.api('GET', '/api/v1/sosialisasi/kelola')).json.items.map((g) => g.id);
  assert.ok(listed.includes(ids.office), 'the whole-office guide reaches their scope');
  assert.ok(!listed.includes(ids.yan), 'the Seksi Pelayanan guide does not');
  assert.equal((await kelHr.api('GET', `/api/v1/sosialisasi/${ids.yan}`)).status, 403);
  const inScope = await activeIn(admin, units['KEL-ASM']);
  const c = await coverage(kelHr, ids.office);
  assert.equal(c.jumlah.dituju, inScope);
  assert.ok(c.per_unit.every((u) => u.kode.startsWith('KEL-ASM')), 'only kelurahan units');
  const all = await coverage(admin, ids.office);
  assert.equal(all.jumlah.dituju, await activeIn(admin, 0));
  const rem = await kelHr.api('POST', `/api/v1/sosialisasi/${ids.office}/pengingat`, {});
  assert.equal(rem.status, 200, rem.text);
  assert.equal(rem.json.diingatkan, inScope);
  assert.equal(Number(sqlOn(server, `SELECT COUNT(*) FROM guide_reader WHERE guide_id = ${ids.office} AND reminders = 1`)), inScope);
  const dewiId = (await dewi.api('GET', '/api/v1/me')).json.employee_id;
  const outside = await kelHr.api('POST', `/api/v1/sosialisasi/${ids.office}/pengingat`, { pegawai_id: dewiId });
  assert.equal(outside.status, 422, 'Dewi is outside their scope');
  assert.equal(outside.json.error.field, 'pegawai_id');
});

async function cli(args, code = 0) {
  const r = await runCli(args, opts);
  assert.equal(r.code, code, `kinerja ${args.join(' ')}: ${r.stdout}\n${r.stderr}`);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  return r;
}

test('kinerja briefing list and coverage print the figures the API gives', async () => {
  await readGuide(dewi, ids.yan);
  await dewi.api('POST', `/api/v1/sosialisasi/${ids.yan}/ketahui`, {});
  const yan = await activeIn(admin, units['ASM-YAN']);
  const list = await cli(['briefing', 'list']);
  const line = list.stdout.split('\n').find((l) => l.startsWith(`${ids.yan} `));
  assert.ok(line, list.stdout);
  const pct = String(Math.round(1000 / yan) / 10).replace('.', ',');
  assert.match(line, new RegExp(`terbit\\s+panduan\\s+1\\s+${yan}\\s+1\\s+1\\s+${pct}%\\s+Seksi Pelayanan`));
  const cov = await cli(['briefing', 'coverage', String(ids.yan)]);
  assert.match(cov.stdout, new RegExp(`\\s${yan}\\s+1\\s+1\\s+${pct}%\\s+JUMLAH`));
  assert.match(cov.stdout, new RegExp(`Belum menyatakan paham: ${yan - 1} pegawai`));
  assert.ok(!cov.stdout.includes(server.accounts.pegawai.login), 'Dewi acknowledged');
  const one = await cli(['briefing', 'coverage', String(ids.office), '--unit', 'ASM-YAN']);
  assert.match(one.stdout, new RegExp(`Belum menyatakan paham: ${yan} pegawai`));
});

test('kinerja briefing remind records reminders as the actor cli', async () => {
  const yan = await activeIn(admin, units['ASM-YAN']);
  const r = await cli(['briefing', 'remind', String(ids.yan)]);
  assert.match(r.stdout, new RegExp(`^${yan - 1} pegawai yang belum menyatakan paham diingatkan`));
  const [last] = await auditLatest(admin, '&entitas=panduan', 1);
  assert.equal(last.login, 'cli');
  assert.equal(last.aksi, 'pengingat');
  const audit0 = await auditCount(admin);
  const acked = await cli(['briefing', 'remind', String(ids.yan), '--nip', server.accounts.pegawai.login], 1);
  assert.match(acked.stderr, /sudah menyatakan memahami/);
  await cli(['briefing', 'remind', '999999'], 1);
  await cli(['briefing', 'coverage', 'abc'], 2);
  await cli(['briefing', 'coverage', String(ids.yan), '--unit', 'TIDAK-ADA'], 1);
  await cli(['briefing', 'remind', String(ids.yan), '--unit', 'ASM'], 2);
  await cli(['briefing'], 2);
  const draft = await createGuide(hr, { judul: 'Draf' });
  const d = await cli(['briefing', 'remind', String(draft.id)], 1);
  assert.match(d.stderr, /belum terbit/);
  assert.equal(await auditCount(admin), audit0 + 1, 'only the draft was written (by the API)');
});
