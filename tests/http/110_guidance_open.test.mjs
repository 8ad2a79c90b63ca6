// The improvement plan (Rencana Perbaikan Kinerja) opens by itself on the
// demo office: the demo Kepala Seksi Pelayanan (role "pejabat") finalises
// a Baik Triwulan I assessment of Nur (no plan), then a Butuh Perbaikan
// one of Dewi (the demo pegawai): her plan opens today with six monthly
// checkpoints and the assessment as its trigger, in the audit trail; a
// second low predicate (Triwulan II, Sangat Kurang) is added to the same
// plan, and changing a final assessment does not add it twice.  An
// objection decision that lowers Nur's predicate opens hers (the revise
// path).  The explanation page links to the plan, the employee finds it on
// /pembinaan and her Kasi among the subordinates'.  The tests run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditLatest } from './util.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { rateFinal } from './objection_util.mjs';
import { NUR, addMonths, countRows, readPlan, records, wibDate } from './guidance_util.mjs';

let server;
let admin;
let pejabat;
let pegawai;
let camat;
let nur;
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  camat = await loginAs(server, 'camat');
  nur = await loginNip(server, NUR);
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.skp = own.skp.id;
  ids.dewi = own.employee.id;
  const peer = await skpOfNip(admin, NUR);
  ids.nurSkp = peer.skp.id;
  ids.nur = peer.employee.id;
  const cps = (await admin.api('GET', `/api/v1/periode/${own.skp.periode_id}`)).json.checkpoint;
  ids.tw1 = cps[0].id;
  ids.tw2 = cps[1].id;
});

after(async () => {
  await server?.stop();
});

test('a Baik predicate opens no improvement plan', async () => {
  const a = await rateFinal(pejabat, ids.nurSkp, `jenis=periodik&titik=${ids.tw1}`, 'sesuai', 'sesuai');
  assert.equal(a.predikat, 'baik');
  ids.nurTw1 = a.id;
  assert.deepEqual((await records(admin, ids.nur)).rencana_perbaikan, []);
  assert.equal(countRows(server, 'improvement_plan'), 0);
});

test('finalising Butuh Perbaikan opens a plan: today, six monthly checkpoints, the assessment as trigger', async () => {
  const a = await rateFinal(pejabat, ids.skp, `jenis=periodik&titik=${ids.tw1}`, 'di_bawah', 'sesuai');
  assert.equal(a.predikat, 'butuh_perbaikan');
  ids.tw1Assessment = a.id;
  const plans = (await records(admin, ids.dewi)).rencana_perbaikan;
  assert.equal(plans.length, 1);
  ids.plan = plans[0].id;
  const p = await readPlan(admin, ids.plan);
  const today = wibDate(0);
  assert.equal(p.pegawai_id, ids.dewi);
  assert.equal(p.status, 'terbuka');
  assert.equal(p.dibuka, today);
  assert.equal(p.batas, addMonths(today, 6));
  assert.deepEqual(p.titik.map((t) => t.tanggal), [1, 2, 3, 4, 5, 6].map((m) => addMonths(today, m)));
  assert.ok(p.titik.every((t) => t.kemajuan === '' && !t.terlambat));
  assert.deepEqual(p.pemicu.map((t) => [t.penilaian_id, t.predikat]), [[a.id, 'butuh_perbaikan']]);
  assert.equal(p.terlambat, false);
  const audit = await auditLatest(admin, '&entitas=improvement_plan', 10);
  assert.ok(audit.some((e) => e.aksi === 'create' && e.entitas_id === ids.plan), 'the opening is audited');
});

test('a second low predicate is added to the open plan; no second plan opens', async () => {
  const a = await rateFinal(pejabat, ids.skp, `jenis=periodik&titik=${ids.tw2}`, 'di_bawah', 'di_bawah');
  assert.equal(a.predikat, 'sangat_kurang');
  const plans = (await records(admin, ids.dewi)).rencana_perbaikan;
  assert.equal(plans.length, 1, 'still one plan');
  assert.equal(plans[0].id, ids.plan);
  const p = await readPlan(admin, ids.plan);
  assert.deepEqual(p.pemicu.map((t) => t.predikat), ['butuh_perbaikan', 'sangat_kurang']);
  assert.equal(countRows(server, 'improvement_plan'), 1);
});

test('changing a final low assessment does not add it twice', async () => {
  const u = `/api/v1/skp/${ids.skp}/penilaian?jenis=periodik&titik=${ids.tw1}`;
  const cur = await pejabat.api('GET', u);
  const r = await pejabat.api('PUT', u, {
    hasil_kerja: 'di_bawah', alasan_hasil_kerja: 'Capaian izin masih di bawah target',
    perilaku_kerja: 'di_bawah', alasan_perilaku_kerja: 'Sering terlambat', version: cur.json.version,
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.predikat, 'sangat_kurang');
  const p = await readPlan(admin, ids.plan);
  assert.equal(p.pemicu.length, 2);
  assert.equal(p.pemicu[0].predikat, 'sangat_kurang', 'the trigger follows the changed predicate');
});

test('an objection decision that lowers the predicate opens the plan (the revise path)', async () => {
  const filed = await nur.api('POST', `/api/v1/penilaian/${ids.nurTw1}/keberatan`, { alasan: 'Mohon ditinjau kembali.' });
  assert.equal(filed.status, 201, filed.text);
  const c = filed.json.id;
  let r = await camat.api('POST', `/api/v1/keberatan/${c}/minta-penjelasan`, { pertanyaan: 'Mohon penjelasan.' });
  assert.equal(r.status, 200, r.text);
  r = await pejabat.api('POST', `/api/v1/keberatan/${c}/penjelasan`, { penjelasan: 'Capaian sebenarnya di bawah target.' });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual((await records(admin, ids.nur)).rencana_perbaikan, []);
  r = await camat.api('POST', `/api/v1/keberatan/${c}/putusan`, {
    putusan: 'diubah', alasan_putusan: 'Data capaian diperiksa ulang.', hasil_kerja: 'di_bawah',
    perilaku_kerja: 'sesuai', alasan_hasil_kerja: 'Capaian di bawah target setelah diperiksa.',
  });
  assert.equal(r.status, 200, r.text);
  const plans = (await records(admin, ids.nur)).rencana_perbaikan;
  assert.equal(plans.length, 1);
  const p = await readPlan(admin, plans[0].id);
  assert.deepEqual(p.pemicu.map((t) => [t.penilaian_id, t.predikat]), [[ids.nurTw1, 'butuh_perbaikan']]);
});

test('the explanation page links the low predicate to the plan', async () => {
  const r = await pegawai.get(`/skp/${ids.skp}/penjelasan`);
  assert.equal(r.status, 200);
  assert.ok(r.text.includes(`href="/pembinaan/rencana/${ids.plan}"`), 'a link to the plan');
  assert.match(pageText(r.text), /Predikat ini membuka rencana perbaikan kinerja/);
});

test('the employee finds her plan on /pembinaan, her Kasi among the subordinates\'', async () => {
  const own = await pegawai.get('/pembinaan');
  assert.equal(own.status, 200);
  assert.ok(own.text.includes(`href="/pembinaan/rencana/${ids.plan}"`));
  const mine = await pegawai.api('GET', '/api/v1/pembinaan');
  assert.deepEqual(mine.json.saya.rencana_perbaikan.map((p) => p.id), [ids.plan]);
  assert.equal(mine.json.bawahan, undefined, 'Dewi leads nobody');
  const kasi = await pejabat.api('GET', '/api/v1/pembinaan');
  assert.deepEqual(kasi.json.bawahan.map((p) => p.pegawai_id).sort(), [ids.dewi, ids.nur].sort());
  const page = await pejabat.get('/pembinaan');
  assert.match(pageText(page.text), /Rencana perbaikan bawahan/);
  assert.ok(page.text.includes(`href="/pembinaan/pegawai/${ids.dewi}"`), 'her people are listed');
});
