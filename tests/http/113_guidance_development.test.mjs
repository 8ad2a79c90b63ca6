// The development plan (Rencana Pengembangan) on the demo office: Dewi (the
// demo pegawai) adds an item for herself; her Kasi (role "pejabat") changes
// it; HR reads it; Nur (her colleague) and the auditor may not touch it;
// bad input (a target that is not a date, an unknown status, a blank
// competency) names the field and writes nothing; an item past its target
// shows as overdue; Dewi deletes it.  Pages: the form keeps what was typed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { NUR, records, refusedWith, unchangedBy, wibDate } from './guidance_util.mjs';

let server;
const c = {};
const ids = {};
const url = () => `/api/v1/pembinaan/pengembangan/${ids.item}`;

before(async () => {
  server = await startServer();
  for (const role of ['admin', 'pejabat', 'pegawai', 'pengelola', 'auditor']) c[role] = await loginAs(server, role);
  c.nur = await loginNip(server, NUR);
  ids.dewi = (await skpOfNip(c.admin, server.accounts.pegawai.login)).employee.id;
});

after(async () => {
  await server?.stop();
});

const item = (extra = {}) => ({
  pegawai_id: ids.dewi, kompetensi: 'Pelayanan perizinan daring', kegiatan: 'Pelatihan OSS RBA dua hari',
  target: wibDate(60), ...extra,
});

test('Dewi adds an item to her own development plan', async () => {
  const r = await c.pegawai.api('POST', '/api/v1/pembinaan/pengembangan', item());
  assert.equal(r.status, 201, r.text);
  ids.item = r.json.id;
  assert.equal(r.json.status, 'direncanakan');
  assert.equal(r.json.target, wibDate(60));
  assert.equal(r.json.terlambat, false);
  assert.deepEqual(r.json.aksi_tersedia, ['ubah', 'hapus']);
  assert.deepEqual((await records(c.pengelola, ids.dewi)).pengembangan.map((d) => d.id), [ids.item]);
});

test('bad input names the field and writes nothing', async () => {
  const cases = [
    [{ target: '2026-06-31' }, 'target', 'a day June lacks'], [{ target: '' }, 'target', 'no target'],
    [{ status: 'tertunda' }, 'status', 'an unknown status'], [{ kompetensi: ' ' }, 'kompetensi', 'a blank competency'],
    [{ kegiatan: '' }, 'kegiatan', 'no activity'], [{ pegawai_id: 'satu' }, 'pegawai_id', 'an id that is not a number'],
  ];
  for (const [extra, field, what] of cases) {
    await unchangedBy(server, c.admin, what, async () => {
      refusedWith(await c.pegawai.api('POST', '/api/v1/pembinaan/pengembangan', item(extra)), 422, field, what);
    });
  }
});

test('Nur and the auditor may not add to or change Dewi\'s plan', async () => {
  for (const who of ['nur', 'auditor']) {
    await unchangedBy(server, c.admin, `${who} on Dewi's plan`, async () => {
      assert.equal((await c[who].api('POST', '/api/v1/pembinaan/pengembangan', item())).status, 403, who);
      assert.equal((await c[who].api('PUT', url(), item())).status, 403, who);
      assert.equal((await c[who].api('DELETE', url())).status, 403, who);
    });
  }
  assert.equal((await c.nur.api('GET', url())).status, 403);
  assert.equal((await c.auditor.api('GET', url())).status, 200);
});

test('her Kasi changes it; past its target it is overdue', async () => {
  const cur = (await c.pejabat.api('GET', url())).json;
  const { pegawai_id: _p, ...rest } = item();
  const r = await c.pejabat.api('PUT', url(), { ...rest, target: wibDate(-1), status: 'berjalan', version: cur.version });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'berjalan');
  assert.equal(r.json.terlambat, true);
  const done = await c.pegawai.api('PUT', url(), { ...rest, target: wibDate(-1), status: 'selesai' });
  assert.equal(done.status, 200, done.text);
  assert.equal(done.json.terlambat, false, 'a finished item is not overdue');
});

test('the form page keeps what was typed and names the field', async () => {
  await unchangedBy(server, c.admin, 'a refused form', async () => {
    const r = await c.pegawai.postForm('/pembinaan/pengembangan', {
      pegawai: String(ids.dewi), kompetensi: 'Analisis data layanan', kegiatan: 'Kursus daring', target: '31-12-2026', status: 'direncanakan',
    });
    assert.equal(r.status, 422);
    assert.match(r.text, /id="f-target"[^>]*is-invalid/);
    assert.ok(r.text.includes('value="Analisis data layanan"'));
  });
  const page = await c.pegawai.get(`/pembinaan/pegawai/${ids.dewi}`);
  assert.equal(page.status, 200);
  assert.match(pageText(page.text), /Pelayanan perizinan daring/);
});

test('Dewi deletes the item', async () => {
  const r = await c.pegawai.api('DELETE', url());
  assert.equal(r.status, 200, r.text);
  assert.equal((await c.admin.api('GET', url())).status, 404);
});
