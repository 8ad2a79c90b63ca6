// A big instance may let a unit dashboard be a little stale
// (`kinerja serve --dashboard-max-stale SECONDS`): where some change is
// made every second, a dashboard that must be recomputed after every
// change is recomputed on nearly every request.  With the allowance a kept
// dashboard answers for that many seconds whatever changed, and says when
// it was computed; a second server on the same database without the
// allowance shows the change at once, so the figure is the allowance's
// doing, not a lost write.  An employee's own dashboard is never kept.
// The setting takes 0-3600 seconds; anything else stops the server with
// a message naming it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { skpOfNip } from './plan_util.mjs';
import { checkpointNamed, ikiList, monitorView, record } from './monitor_util.mjs';

let server;
let fresh;
const c = {};
const ids = {};

async function dash(client, query = '') {
  const r = await client.api('GET', `/api/v1/dasbor${query}`);
  assert.equal(r.status, 200, r.text.slice(0, 400));
  return r.json;
}

before(async () => {
  server = await startServer({ args: ['--dashboard-max-stale', '3600'] });
  fresh = await startServer({ dbUrl: server.dbUrl, dataDir: server.dataDir, skipInit: true });
  for (const role of ['admin', 'camat', 'pegawai']) c[role] = await loginAs(server, role);
  c.freshCamat = await loginAs(fresh, 'camat');
  ids.skp = (await skpOfNip(c.admin, server.accounts.pegawai.login)).skp.id;
});

after(async () => {
  await fresh?.stop();
  await server?.stop();
});

test('with an allowance, a kept unit dashboard answers after a change and says when it was computed', async () => {
  const before = await dash(c.camat);
  assert.match(before.dihitung_pada, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const view = await monitorView(c.pegawai, ids.skp);
  const k = ikiList(checkpointNamed(view, 'Triwulan I'))
    .find((x) => x.rhk.jenis === 'utama' && x.target_max === '' && Number(x.target_min) > 0 && !x.realisasi);
  assert.ok(k, 'an IKI to record');
  await record(c.pegawai, ids.skp, 'Triwulan I', k.id, { nilai: String(k.target_min) });
  const stale = await dash(c.camat);
  assert.equal(stale.dihitung_pada, before.dihitung_pada, 'the kept dashboard answered');
  assert.deepEqual(stale.status, before.status, 'with the figures as they were');
  const page = await c.camat.get('/dasbor');
  assert.match(page.text, /id="angka-per">Angka per \d\d\.\d\d WIB/, 'the page says when they were computed');
  const now = await dash(c.freshCamat);
  assert.equal(now.status.realisasi.terisi, before.status.realisasi.terisi + 1,
    'a server without the allowance shows the new realisasi at once');
});

test('an employee\'s own dashboard is never kept', async () => {
  const own = await dash(c.pegawai);
  assert.equal(own.cakupan.jenis, 'pegawai');
  assert.equal(own.dihitung_pada, undefined);
});

test('the allowance takes 0 to 3600 seconds; anything else stops the server naming it', async () => {
  for (const bad of ['x', '-1', '3601']) {
    const r = await runCli(['serve', '--dashboard-max-stale', bad, '--listen', '127.0.0.1:1'],
      { dbUrl: server.dbUrl, dataDir: server.dataDir });
    assert.equal(r.code, 2, `${bad}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`dashboard_max_stale harus bilangan 0-3600, bukan '${bad}'`));
  }
});
