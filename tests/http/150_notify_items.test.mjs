// Notifications (GET /api/v1/notifikasi) are derived from the state of the
// data: each kind of waiting step appears for the person it waits on and
// for nobody else, and disappears once the step is done.  The flows, on
// the demo plans (--demo=rencana):
//   - SKP: Achmad's SKP submitted to the pejabat waits on her until she
//     approves it; Sukri's returned SKP waits on Sukri, moves to his
//     Kepala Seksi when he submits it again, and back when it is returned;
//   - 360: an open round gives each rater their forms (the self-assessment
//     too); an answered form goes; a closed round takes the rest away;
//   - assessment and objection: a final assessment waits on its employee
//     until acknowledged; an objection waits on the Camat (ask), then on
//     the pejabat (explain), then on the Camat (decide), never on the
//     employee who filed it;
//   - improvement plan: a checkpoint due today waits on the employee and
//     on the pejabat penilai (not on the Camat above), until progress is
//     recorded;
//   - briefing: a guide published to Seksi Pelayanan waits on its staff
//     (not on Seksi Pemerintahan) until each acknowledges it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { act, actOk, loginNip, skpOfNip } from './plan_util.mjs';
import { answerBody, checkpoints, openRound } from './r360_util.mjs';
import { rateFinal } from './objection_util.mjs';
import { ACHMAD, NUR, SUKRI, SUKRI_BOSS, ofKind, one, pending, wibDay } from './159_notify_util.mjs';

let server;
const c = {};
const ids = {};

before(async () => {
  server = await startServer();
  for (const role of ['admin', 'pengelola', 'camat', 'pejabat', 'pegawai']) c[role] = await loginAs(server, role);
  c.nur = await loginNip(server, NUR);
  c.sukri = await loginNip(server, SUKRI);
  c.sukriBoss = await loginNip(server, SUKRI_BOSS);
  ids.achmadSkp = (await skpOfNip(c.admin, ACHMAD)).skp.id;
  ids.sukriSkp = (await skpOfNip(c.admin, SUKRI)).skp.id;
  ids.dewiSkp = (await skpOfNip(c.admin, server.accounts.pegawai.login)).skp.id;
  ids.nurSkp = (await skpOfNip(c.admin, NUR)).skp.id;
  ids.cp = await checkpoints(c.admin);
});

after(async () => {
  await server?.stop();
});

test('an SKP submitted to the pejabat waits on her alone, with its link and due date, until she approves it', async () => {
  const mine = await pending(c.pejabat);
  const it = one(mine, 'skp_persetujuan', ids.achmadSkp, 'the pejabat');
  assert.equal(it.kelompok, 'skp');
  assert.equal(it.tautan, `/skp/${ids.achmadSkp}`);
  assert.match(it.judul, /Achmad Priyo Zainuddin/);
  assert.match(it.tenggat, /^\d{4}-\d{2}-\d{2}$/, 'the period\'s plan due date');
  assert.ok(mine.per_kelompok.skp >= 1);
  for (const who of ['camat', 'pegawai', 'admin', 'sukriBoss']) {
    assert.equal(ofKind(await pending(c[who]), 'skp_persetujuan', ids.achmadSkp).length, 0, `${who} does not see it`);
  }
  await actOk(c.pejabat, ids.achmadSkp, 'setujui', 'disetujui');
  assert.equal(ofKind(await pending(c.pejabat), 'skp_persetujuan', ids.achmadSkp).length, 0, 'gone once approved');
});

test('a returned SKP waits on its owner; submitted again it waits on his pejabat; returned, on him again', async () => {
  one(await pending(c.sukri), 'skp_perbaikan', ids.sukriSkp, 'Sukri');
  assert.equal(ofKind(await pending(c.sukriBoss), 'skp_persetujuan', ids.sukriSkp).length, 0);
  const r = await act(c.sukri, ids.sukriSkp, 'ajukan');
  assert.equal(r.status, 200, `Sukri submits again: ${r.text}`);
  assert.equal(ofKind(await pending(c.sukri), 'skp_perbaikan').length, 0, 'nothing left for Sukri');
  const boss = one(await pending(c.sukriBoss), 'skp_persetujuan', ids.sukriSkp, 'his Kepala Seksi');
  assert.match(boss.judul, /Sukri Kurniawan/);
  assert.equal(ofKind(await pending(c.pejabat), 'skp_persetujuan', ids.sukriSkp).length, 0, 'not another Kasi');
  await actOk(c.sukriBoss, ids.sukriSkp, 'kembalikan', 'dikembalikan', 'Target IKI 2 belum terukur');
  assert.equal(ofKind(await pending(c.sukriBoss), 'skp_persetujuan', ids.sukriSkp).length, 0);
  one(await pending(c.sukri), 'skp_perbaikan', ids.sukriSkp, 'Sukri again');
});

test('an open 360 round gives each rater their own forms; answered or closed, they go', async () => {
  const round = await openRound(c.admin, ids.cp['Triwulan I'], 10);
  const tasks = async (client) => (await client.api('GET', '/api/v1/360/tugas?status=menunggu')).json.items
    .filter((t) => t.putaran.id === round.id);
  for (const who of ['pegawai', 'nur', 'sukri']) {
    const forms = await tasks(c[who]);
    const items = ofKind(await pending(c[who]), '360');
    assert.ok(forms.length > 0, `${who} has forms to answer`);
    assert.deepEqual(items.map((i) => i.rujukan_id).sort(), forms.map((f) => f.id).sort(), `${who}: one item per own form`);
    for (const i of items) {
      assert.equal(i.tautan, `/360/tugas/${i.rujukan_id}`);
      assert.equal(i.tenggat, wibDay(10), 'due on the round\'s last day');
      assert.equal(i.status_tenggat, null, 'ten days ahead is not yet pressing');
    }
  }
  const dewiItems = ofKind(await pending(c.pegawai), '360');
  assert.equal(dewiItems.filter((i) => /penilaian diri/.test(i.judul)).length, 1, 'her self-assessment');
  const sukriIds = new Set(ofKind(await pending(c.sukri), '360').map((i) => i.rujukan_id));
  assert.ok(dewiItems.every((i) => !sukriIds.has(i.rujukan_id)), 'nobody sees another\'s forms');

  const first = dewiItems[0];
  const ans = await c.pegawai.api('POST', `/api/v1/360/tugas/${first.rujukan_id}/jawab`, answerBody(2));
  assert.equal(ans.status, 200, ans.text);
  const after1 = ofKind(await pending(c.pegawai), '360');
  assert.equal(after1.length, dewiItems.length - 1, 'the answered form is gone');
  assert.ok(!after1.some((i) => i.rujukan_id === first.rujukan_id));

  const close = await c.admin.api('POST', `/api/v1/360/putaran/${round.id}/tutup`);
  assert.equal(close.status, 200, close.text);
  for (const who of ['pegawai', 'nur', 'sukri']) {
    assert.equal(ofKind(await pending(c[who]), '360').length, 0, `${who}: nothing to answer in a closed round`);
  }
});

test('a final assessment waits on its employee until acknowledged', async () => {
  const tw1 = ids.cp['Triwulan I'];
  await rateFinal(c.pejabat, ids.dewiSkp, `jenis=periodik&titik=${tw1}`, 'sesuai', 'sesuai');
  const it = one(await pending(c.pegawai), 'penilaian_diketahui', ids.dewiSkp, 'Dewi');
  assert.equal(it.tautan, `/penilaian/${ids.dewiSkp}?jenis=periodik&titik=${tw1}`);
  assert.match(it.judul, /Triwulan I/);
  assert.equal(ofKind(await pending(c.nur), 'penilaian_diketahui', ids.dewiSkp).length, 0);
  assert.equal(ofKind(await pending(c.pejabat), 'penilaian_diketahui', ids.dewiSkp).length, 0);
  const r = await c.pegawai.api('POST', `/api/v1/skp/${ids.dewiSkp}/penilaian/diketahui?jenis=periodik&titik=${tw1}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(ofKind(await pending(c.pegawai), 'penilaian_diketahui', ids.dewiSkp).length, 0, 'gone once acknowledged');
});

test('an objection waits on the Camat to ask, on the pejabat to explain, on the Camat to decide, then on nobody', async () => {
  const tw1 = ids.cp['Triwulan I'];
  const a = (await c.pegawai.api('GET', `/api/v1/skp/${ids.dewiSkp}/penilaian?jenis=periodik&titik=${tw1}`)).json;
  const filed = await c.pegawai.api('POST', `/api/v1/penilaian/${a.id}/keberatan`, { alasan: 'Dua berkas izin belum dihitung.' });
  assert.equal(filed.status, 201, filed.text);
  const k = filed.json.id;
  const kinds = async (client) => (await pending(client)).items.filter((i) => i.kelompok === 'keberatan' && i.rujukan_id === k).map((i) => i.jenis);

  assert.deepEqual(await kinds(c.camat), ['keberatan_penjelasan_diminta']);
  assert.deepEqual(await kinds(c.pejabat), [], 'nothing to explain before it is asked');
  assert.deepEqual(await kinds(c.pegawai), [], 'the employee waits on others');
  const link = one(await pending(c.camat), 'keberatan_penjelasan_diminta', k).tautan;
  assert.equal(link, `/keberatan/${k}`);

  let r = await c.camat.api('POST', `/api/v1/keberatan/${k}/minta-penjelasan`, { pertanyaan: 'Berkas mana yang belum dihitung?' });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(await kinds(c.camat), []);
  assert.deepEqual(await kinds(c.pejabat), ['keberatan_jelaskan']);

  r = await c.pejabat.api('POST', `/api/v1/keberatan/${k}/penjelasan`, { penjelasan: 'Rekap baru saya terima sesudah penilaian.' });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(await kinds(c.pejabat), []);
  assert.deepEqual(await kinds(c.camat), ['keberatan_putus']);

  r = await c.camat.api('POST', `/api/v1/keberatan/${k}/putusan`, { putusan: 'tetap', alasan_putusan: 'Penilaian sudah tepat.' });
  assert.equal(r.status, 200, r.text);
  for (const who of ['camat', 'pejabat', 'pegawai', 'admin']) assert.deepEqual(await kinds(c[who]), [], `${who}: decided`);
});

test('an improvement-plan checkpoint due today waits on the employee and her pejabat penilai until progress is recorded', async () => {
  const tw1 = ids.cp['Triwulan I'];
  await rateFinal(c.pejabat, ids.nurSkp, `jenis=periodik&titik=${tw1}`, 'di_bawah', 'sesuai');
  const nurEmp = (await skpOfNip(c.admin, NUR)).employee.id;
  const plan = (await c.admin.api('GET', `/api/v1/pembinaan/pegawai/${nurEmp}`)).json.rencana_perbaikan[0];
  const detail = (await c.admin.api('GET', `/api/v1/pembinaan/rencana-perbaikan/${plan.id}`)).json;
  assert.ok(detail.titik[0].tanggal > wibDay(7), 'the first checkpoint is a month ahead');
  assert.equal(ofKind(await pending(c.nur), 'rencana_perbaikan_saya').length, 0, 'nothing due yet');
  assert.equal(ofKind(await pending(c.pejabat), 'rencana_perbaikan_pemantauan', plan.id).length, 0);

  const cp = detail.titik[0].id;
  const moved = await c.pejabat.api('PUT', `/api/v1/pembinaan/titik/${cp}`, { tanggal: wibDay(0) });
  assert.equal(moved.status, 200, moved.text);
  const own = one(await pending(c.nur), 'rencana_perbaikan_saya', plan.id, 'Nur');
  assert.equal(own.status_tenggat, 'hari_ini');
  assert.equal(own.tautan, `/pembinaan/rencana/${plan.id}`);
  const lead = one(await pending(c.pejabat), 'rencana_perbaikan_pemantauan', plan.id, 'her pejabat');
  assert.match(lead.judul, /Nur/);
  assert.equal(lead.tenggat, wibDay(0));
  assert.equal(ofKind(await pending(c.camat), 'rencana_perbaikan_pemantauan', plan.id).length, 0, 'not the Camat above');
  assert.equal(ofKind(await pending(c.pegawai), 'rencana_perbaikan_pemantauan').length, 0, 'not a colleague');

  const done = await c.pejabat.api('PUT', `/api/v1/pembinaan/titik/${cp}`, { kemajuan: 'Capaian naik ke 85%.' });
  assert.equal(done.status, 200, done.text);
  assert.equal(ofKind(await pending(c.nur), 'rencana_perbaikan_saya', plan.id).length, 0);
  assert.equal(ofKind(await pending(c.pejabat), 'rencana_perbaikan_pemantauan', plan.id).length, 0);
});

test('a guide published to Seksi Pelayanan waits on its staff until each acknowledges it', async () => {
  const units = Object.fromEntries((await c.admin.api('GET', '/api/v1/unit')).json.items.map((u) => [u.code, u.id]));
  const g = await c.pengelola.api('POST', '/api/v1/sosialisasi', { judul: 'Tata cara keberatan', isi: 'Isi panduan.', unit_id: units['ASM-YAN'] });
  assert.equal(g.status, 201, g.text);
  assert.equal(ofKind(await pending(c.pegawai), 'sosialisasi', g.json.id).length, 0, 'a draft waits on nobody');
  const pub = await c.pengelola.api('POST', `/api/v1/sosialisasi/${g.json.id}/terbitkan`, { version: g.json.version });
  assert.equal(pub.status, 200, pub.text);
  const it = one(await pending(c.pegawai), 'sosialisasi', g.json.id, 'Dewi');
  assert.equal(it.tautan, `/sosialisasi/${g.json.id}`);
  assert.match(it.judul, /Tata cara keberatan/);
  one(await pending(c.nur), 'sosialisasi', g.json.id, 'Nur');
  assert.equal(ofKind(await pending(c.sukri), 'sosialisasi', g.json.id).length, 0, 'not Seksi Pemerintahan');
  const ack = await c.pegawai.api('POST', `/api/v1/sosialisasi/${g.json.id}/ketahui`, {});
  assert.equal(ack.status, 200, ack.text);
  assert.equal(ofKind(await pending(c.pegawai), 'sosialisasi', g.json.id).length, 0, 'gone for Dewi');
  one(await pending(c.nur), 'sosialisasi', g.json.id, 'Nur still');
});
