// The process figures of a period, exact on data built through the API on
// the demo office (`--demo=rencana`: approved plans, nothing else yet), for
// Seksi Pelayanan (ASM-YAN): the first approval of two SKPs moved to the
// plan_due day and one to the minute after it (the server has no clock to
// shift; objection_util.mjs moves finalisations the same way), three
// feedback threads and a reply, a 360 round with two answers and a
// decline, a Butuh Perbaikan assessment that opens an improvement plan,
// and an objection decided with the ratings changed.  Then the page puts
// the figures side by side across periods, each with its sentence, and
// the CLI writes them as CSV.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { csvObjects, sqlOn } from './util.mjs';
import { rateFinal } from './objection_util.mjs';
import { YAN, answerBody, checkpoints, openRound, raterList, taskFor } from './r360_util.mjs';
import { employeesOf, periodId, unitIds } from './140_evaluation_util.mjs';

let server;
let admin;
let hr;
let pejabat;
let pegawai;
let camat;
let units;
let period;
const ids = {};

async function figures(client = hr, unit = units['ASM-YAN']) {
  const r = await client.api('GET', `/api/v1/evaluasi/angka?periode=${period}&unit=${unit}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  camat = await loginAs(server, 'camat');
  units = await unitIds(admin);
  period = await periodId(admin);
  ids.yan = await employeesOf(admin, units, 'ASM-YAN');
  for (const who of ['dewi', 'nur', 'siti', 'achmad']) ids[who] = (await skpOfNip(admin, YAN[who])).skp;
  ids.cp = await checkpoints(admin);
});

after(async () => {
  await server?.stop();
});

test('before anything happens: every SKP counted, none on time, no feedback, 360, objection or plan', async () => {
  const f = await figures();
  const skps = Number(sqlOn(server, `SELECT COUNT(*) FROM skp s JOIN employees e ON e.id = s.employee_id ` +
    `WHERE e.unit_id = ${units['ASM-YAN']} AND s.period_id = ${period}`));
  assert.ok(skps >= 6, `Seksi Pelayanan has its SKPs (${skps})`);
  assert.deepEqual(f.angka.skp_tepat_waktu, { tepat_waktu: 0, skp: skps }, 'the demo approved them today, after plan_due');
  assert.deepEqual(f.angka.umpan_balik_per_pegawai, { utas: 0, pegawai: skps });
  assert.deepEqual(f.angka.respons_360, { dijawab: 0, penugasan: 0 });
  assert.deepEqual(f.angka.keberatan_diajukan, { diajukan: 0, diputus: 0 });
  assert.deepEqual(f.angka.rencana_perbaikan_selesai, { selesai: 0, berhasil: 0, dibuka: 0 });
  const row = Object.fromEntries(f.baris.map((b) => [b.kunci, b]));
  assert.equal(row.skp_tepat_waktu.nilai, '0,0%');
  assert.equal(row.keberatan_dikabulkan.nilai, '-', 'no decision yet: no rate');
  for (const b of f.baris) assert.ok(b.penjelasan.length > 40, `${b.kunci} is explained`);
  ids.skps = skps;
});

test('SKPs first approved by the end of plan_due (WIB) count as on time', async () => {
  const due = (await admin.api('GET', `/api/v1/periode/${period}`)).json;
  const dueDay = due.batas_rencana ?? due.plan_due;
  assert.match(dueDay, /^\d{4}-\d\d-\d\d$/);
  const endOfDue = Date.parse(`${dueDay}T23:59:59+07:00`) / 1000;
  const move = (skp, at) => {
    sqlOn(server, `UPDATE skp_events SET at = ${at} WHERE skp_id = ${skp.id} AND action = 'setujui'`);
    sqlOn(server, `UPDATE skp SET approved_at = ${at} WHERE id = ${skp.id}`);
  };
  move(ids.dewi, endOfDue - 8 * 3600);   // 16:00 on the day
  move(ids.nur, endOfDue);               // its last second
  move(ids.siti, endOfDue + 1);          // the next day, 00:00:00
  const f = await figures();
  assert.deepEqual(f.angka.skp_tepat_waktu, { tepat_waktu: 2, skp: ids.skps });
  const whole = await figures(hr, units.ASM);
  assert.equal(whole.angka.skp_tepat_waktu.tepat_waktu, 2, 'the kecamatan counts its sub-units');
  const other = await figures(hr, units['ASM-PEM']);
  assert.equal(other.angka.skp_tepat_waktu.tepat_waktu, 0, 'another seksi is not touched');
});

test('feedback threads are counted per employee, replies are not threads', async () => {
  for (const [skp, teks] of [[ids.dewi, 'Pertahankan kecepatan layanan.'], [ids.dewi, 'Lengkapi bukti dukung.'],
    [ids.nur, 'Koordinasi sudah baik.']]) {
    const r = await pejabat.api('POST', `/api/v1/skp/${skp.id}/umpan-balik`, { nilai: 'kolaboratif', teks });
    assert.equal(r.status, 201, r.text);
    ids.thread = ids.thread ?? r.json.id;
  }
  const reply = await pegawai.api('POST', `/api/v1/umpan-balik/${ids.thread}/balas`, { teks: 'Siap, terima kasih.' });
  assert.equal(reply.status, 201, reply.text);
  const f = await figures();
  assert.deepEqual(f.angka.umpan_balik_per_pegawai, { utas: 3, pegawai: ids.skps });
  const expected = (3 / ids.skps).toFixed(2).replace('.', ',');
  assert.equal(f.baris.find((b) => b.kunci === 'umpan_balik_per_pegawai').nilai, expected);
});

test('the 360 response rate: answered over assigned, self-assessments aside', async () => {
  const round = await openRound(hr, ids.cp['Triwulan I']);
  let assigned = 0;
  for (const e of ids.yan) assigned += (await raterList(hr, round.id, e.id)).filter((x) => x.kelompok !== 'diri' && x.grp !== 'diri').length;
  assert.ok(assigned > 3);
  const dewiId = ids.yan.find((e) => e.nip === YAN.dewi).id;
  const nurId = ids.yan.find((e) => e.nip === YAN.nur).id;
  const nur = await loginNip(server, YAN.nur);
  for (const [rater, ratee] of [[pegawai, nurId], [nur, dewiId]]) {
    const t = await taskFor(rater, round.id, ratee);
    const r = await rater.api('POST', `/api/v1/360/tugas/${t.id}/jawab`, answerBody(3, 'Baik'));
    assert.equal(r.status, 200, r.text);
  }
  const siti = await loginNip(server, YAN.siti);
  const t = await taskFor(siti, round.id, dewiId);
  assert.equal((await siti.api('POST', `/api/v1/360/tugas/${t.id}/tolak`, { alasan: 'Jarang bekerja sama' })).status, 200);
  const f = await figures();
  assert.deepEqual(f.angka.respons_360, { dijawab: 2, penugasan: assigned });
});

test('a low predicate opens a plan; an objection decided with changed ratings counts as upheld', async () => {
  const tw1 = `jenis=periodik&titik=${ids.cp['Triwulan I']}`;
  await rateFinal(pejabat, ids.nur.id, tw1, 'di_bawah', 'sesuai');        // Butuh Perbaikan: a plan
  const a = await rateFinal(pejabat, ids.dewi.id, tw1, 'sesuai', 'sesuai');
  const filed = await pegawai.api('POST', `/api/v1/penilaian/${a.id}/keberatan`, { alasan: 'Target sudah terlampaui.' });
  assert.equal(filed.status, 201, filed.text);
  let f = await figures();
  assert.deepEqual(f.angka.keberatan_diajukan, { diajukan: 1, diputus: 0 });
  assert.deepEqual(f.angka.rencana_perbaikan_selesai, { selesai: 0, berhasil: 0, dibuka: 1 });
  const url = `/api/v1/keberatan/${filed.json.id}`;
  assert.equal((await camat.api('POST', `${url}/minta-penjelasan`, { pertanyaan: 'Mengapa Sesuai?' })).status, 200);
  assert.equal((await pejabat.api('POST', `${url}/penjelasan`, { penjelasan: 'Sesuai target.' })).status, 200);
  const d = await camat.api('POST', `${url}/putusan`, {
    putusan: 'diubah', alasan_putusan: 'Bukti menunjukkan target terlampaui.', hasil_kerja: 'di_atas',
    perilaku_kerja: 'sesuai', alasan_hasil_kerja: 'Capaian 120%.',
  });
  assert.equal(d.status, 200, d.text);
  f = await figures();
  assert.deepEqual(f.angka.keberatan_diajukan, { diajukan: 1, diputus: 1 });
  assert.deepEqual(f.angka.keberatan_dikabulkan, { diubah: 1, tetap: 0, diputus: 1 });
  assert.equal(f.baris.find((b) => b.kunci === 'keberatan_dikabulkan').nilai, '100,0%');
});

test('the page puts each figure side by side across periods, with its explanation', async () => {
  const made = await admin.api('POST', '/api/v1/periode', {
    nama: 'Tahun 2027', tahun: 2027, mulai: '2027-01-01', selesai: '2027-12-31', batas_rencana: '2027-01-31',
  });
  assert.ok([200, 201].includes(made.status), made.text);
  const page = await hr.get(`/evaluasi?unit=${units['ASM-YAN']}`);
  assert.equal(page.status, 200);
  const table = page.text.slice(page.text.indexOf('id="angka-proses"'));
  const head = table.slice(0, table.indexOf('</thead>'));
  assert.ok(head.indexOf('Tahun 2026') < head.indexOf('Tahun 2027'), 'oldest period first');
  const text = pageText(table);
  assert.match(text, /SKP disetujui tepat waktu.*batas penyusunan rencana.*\d+,\d%/);
  assert.match(text, /Keberatan dikabulkan.*100,0%\s*-/);
  assert.match(text, /Survei pegawai/);
});

test('the CLI writes the figures of a period and unit as CSV', async () => {
  const r = await runCli(['evaluation', 'figures', '--period', String(period), '--unit', 'ASM-YAN'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(r.code, 0, r.stderr);
  const rows = Object.fromEntries(csvObjects(r.stdout).map((x) => [x.angka, x]));
  assert.equal(rows.skp_tepat_waktu.pembilang, '2');
  assert.equal(rows.skp_tepat_waktu.penyebut, String(ids.skps));
  assert.equal(rows.keberatan_dikabulkan.nilai, '100,0%');
  const bad = await runCli(['evaluation', 'figures', '--period', String(period), '--unit', 'TIDAK-ADA'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--unit|TIDAK-ADA/);
});
