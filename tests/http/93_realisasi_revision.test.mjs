// A perubahan SKP must not take recorded results along: once a realisasi is
// recorded for an indicator, the owner who reopens the approved SKP for a
// revision can still change the plan, but deleting that IKI, or the RHK
// holding it, answers 409 saying why, and the realisasi with its
// evidence stays as it was.  An IKI with no realisasi can still go.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { actOk, getSkp, skpOfNip } from './plan_util.mjs';
import {
  assertMonitorUnchanged, assertRefused, checkpointNamed, ikiList, monitorSnapshot, monitorView,
  record,
} from './monitor_util.mjs';

let server;
let admin;
let pegawai;
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pegawai = await loginAs(server, 'pegawai');
  ids.skp = (await skpOfNip(admin, server.accounts.pegawai.login)).skp.id;
  const t1 = checkpointNamed(await monitorView(pegawai, ids.skp), 'Triwulan I');
  const iki = ikiList(t1);
  ids.recorded = iki[0];
  await record(pegawai, ids.skp, 'Triwulan I', ids.recorded.id, { nilai: '3', catatan: 'Triwulan I' });
  await actOk(pegawai, ids.skp, 'ubah', 'draft');
});

after(async () => {
  await server?.stop();
});

test('deleting an IKI that has a realisasi is refused (409); the realisasi stays', async () => {
  const before = await monitorSnapshot(admin, [ids.skp]);
  const r = await pegawai.api('DELETE', `/api/v1/iki/${ids.recorded.id}`);
  // the IKI is the object in the path, not a body field: the API names no field
  assertRefused(r, 409, '', 'DELETE an IKI with a realisasi');
  assert.match(r.json.error.message, /realisasi/);
  await assertMonitorUnchanged(admin, before, 'the refused IKI delete');
});

test('deleting the RHK that holds it is refused too (409)', async () => {
  const before = await monitorSnapshot(admin, [ids.skp]);
  const r = await pegawai.api('DELETE', `/api/v1/rhk/${ids.recorded.rhk.id}`);
  assertRefused(r, 409, '', 'DELETE an RHK with a realisasi');
  assert.match(r.json.error.message, /RHK ini/);
  await assertMonitorUnchanged(admin, before, 'the refused RHK delete');
});

test('an IKI without any realisasi can still be deleted in the revision', async () => {
  const skp = await getSkp(pegawai, ids.skp);
  const rhk = skp.hasil_kerja.find((h) => h.id === ids.recorded.rhk.id);
  const added = await pegawai.api('POST', `/api/v1/rhk/${rhk.id}/iki`, {
    teks: 'Indikator tambahan sementara', aspek: 'kuantitas', target_min: '1', satuan: 'dokumen',
  });
  assert.equal(added.status, 201, added.text);
  const del = await pegawai.api('DELETE', `/api/v1/iki/${added.json.id}`);
  assert.ok(del.status === 200 || del.status === 204, `DELETE a fresh IKI: ${del.status} ${del.text}`);
});
