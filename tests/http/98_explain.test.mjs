// The explanation of a predicate (/skp/{id}/penjelasan and its API) on the
// demo office: the demo pegawai (Dewi Handayani) is rated for Triwulan I
// and for the year by her Kepala Seksi, whose unit the Camat rates Baik;
// three colleagues, her superior and she herself answer a 360 round.  The
// explanation shows the ratings, their justifications, the assessor by
// name, the marked cell of the matrix, the 360 aggregates of the groups
// the anonymity rules show (never who answered), the unit's curve (counts
// only) and every step with its time; it is readable by the employee, her
// superiors, the pengelola, auditors and administrators, and nobody else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { positionByCode, unitList } from './util.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';

let server;
let admin;
let pejabat;
let pegawai;
let camat;
let auditor;
let pengelola;
let otherKasi;
const peers = [];
const ids = {};
const COMMENT = 'Komentar rahasia rekan kerja yang tidak boleh tampil';

async function holderOf(code) {
  const pos = await positionByCode(admin, code);
  const e = await admin.api('GET', `/api/v1/pegawai/${pos.holder_id}`);
  return e.json;
}

/** `client` answers their 360 form about employee `ratee` with `score` for every value. */
async function answer(client, ratee, score) {
  const tasks = await client.api('GET', '/api/v1/360/tugas?status=menunggu');
  assert.equal(tasks.status, 200, tasks.text);
  const t = tasks.json.items.find((x) => x.pegawai.id === ratee);
  assert.ok(t, 'a form about the ratee');
  const nilai = Object.fromEntries(['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis',
    'loyal', 'adaptif', 'kolaboratif'].map((k) => [k, score]));
  const r = await client.api('POST', `/api/v1/360/tugas/${t.id}/jawab`, { nilai, komentar: COMMENT });
  assert.equal(r.status, 200, r.text);
}

async function rate(client, skp, query, hasil, perilaku) {
  const u = `/api/v1/skp/${skp}/penilaian?${query}`;
  const cur = await client.api('GET', u);
  const r = await client.api('PUT', u, {
    hasil_kerja: hasil, alasan_hasil_kerja: `Alasan hasil ${query}`, perilaku_kerja: perilaku,
    alasan_perilaku_kerja: `Alasan perilaku ${query}`, version: cur.json.version, tetapkan: true,
  });
  assert.equal(r.status, 200, r.text);
  return r.json;
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  camat = await loginAs(server, 'camat');
  auditor = await loginAs(server, 'auditor');
  pengelola = await loginAs(server, 'pengelola');
  otherKasi = await loginNip(server, (await holderOf('ASM-PEM-KA')).nip);
  for (const code of ['ASM-YAN-P02', 'ASM-YAN-P04', 'ASM-YAN-P05']) {
    const e = await holderOf(code);
    peers.push({ ...e, client: await loginNip(server, e.nip) });
  }
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.skp = own.skp.id;
  ids.dewi = own.employee.id;
  ids.period = own.skp.periode_id;
  ids.tw1 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[0].id;
  ids.yan = (await unitList(admin)).find((u) => u.code === 'ASM-YAN').id;

  const round = await admin.api('POST', '/api/v1/360/putaran', { checkpoint_id: ids.tw1, tutup_pada: '2099-12-31' });
  assert.equal(round.status, 201, round.text);
  ids.round = round.json.id;
  for (const p of peers) await answer(p.client, ids.dewi, 3);
  await answer(pejabat, ids.dewi, 2);
  await answer(pegawai, ids.dewi, 1);

  await rate(pejabat, ids.skp, `jenis=periodik&titik=${ids.tw1}`, 'di_atas', 'di_atas');
  await rate(pejabat, ids.skp, 'jenis=tahunan', 'sesuai', 'di_atas');
  assert.equal((await pegawai.api('POST', `/api/v1/skp/${ids.skp}/penilaian/diketahui?jenis=tahunan`)).status, 200);
  const unit = await camat.api('PUT', `/api/v1/unit/${ids.yan}/predikat?periode=${ids.period}`,
    { predikat: 'baik', version: 0 });
  assert.equal(unit.status, 200, unit.text);
});

after(async () => {
  await server?.stop();
});

test('the explanation API gives every step', async () => {
  const r = await pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`);
  assert.equal(r.status, 200, r.text);
  const x = r.json;
  assert.equal(x.pegawai.id, ids.dewi);
  assert.ok(x.capaian.length >= 1 && x.capaian[0].rhk.length >= 1, 'achievements per RHK');
  assert.equal(x.penilaian.length, 2);
  const [tw1, year] = x.penilaian;
  assert.equal(tw1.jenis, 'periodik');
  assert.equal(tw1.titik.nama, 'Triwulan I');
  assert.equal(tw1.predikat, 'sangat_baik');
  assert.equal(year.jenis, 'tahunan');
  assert.equal(year.predikat, 'baik');
  assert.equal(year.alasan_perilaku_kerja, 'Alasan perilaku jenis=tahunan');
  assert.match(year.pejabat_penilai.nama, /Hosniyah Pratiwi/);
  assert.equal(tw1.diubah_oleh_keberatan, null, 'no objection decision changed them');
  assert.equal(year.diubah_oleh_keberatan, null);
  assert.ok(year.diketahui);
  assert.equal(x.matriks.length, 9);
  assert.equal(x.kurva.predikat_unit.predikat, 'baik');
  assert.equal(x.kurva.dinilai, 1);
  assert.equal(x.kurva.alasan, undefined, 'the leader\'s reason is not part of it');
  const steps = x.riwayat.map((e) => e.aksi);
  assert.deepEqual(steps, ['tetapkan', 'tetapkan', 'diketahui']);
  assert.ok(x.riwayat.every((e) => /^\d{4}-\d\d-\d\dT/.test(e.waktu)), 'each with its time');
});

test('while the 360 round is open only the numbers of answers show', async () => {
  const open = (await pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json.umpan_balik_360;
  assert.equal(open[0].ditahan, true);
  const rekan = open[0].kelompok.find((k) => k.kelompok === 'rekan');
  assert.equal(rekan.jawaban, 3);
  assert.equal(rekan.ditampilkan, false);
  assert.deepEqual(rekan.nilai, []);
  const page = pageText((await pegawai.get(`/skp/${ids.skp}/penjelasan`)).text);
  assert.match(page, /Putaran ini masih terbuka/);
  const closed = await admin.api('POST', `/api/v1/360/putaran/${ids.round}/tutup`);
  assert.equal(closed.status, 200, closed.text);
});

test('the 360 part shows only the groups the anonymity rules allow, never who answered', async () => {
  const self = (await pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json.umpan_balik_360;
  assert.equal(self[0].ditahan, false);
  assert.equal(self.length, 1);
  const g = Object.fromEntries(self[0].kelompok.map((k) => [k.kelompok, k]));
  assert.equal(g.rekan.jawaban, 3);
  assert.equal(g.rekan.ditampilkan, true);
  assert.equal(g.rekan.nilai[0].rata_rata, 3);
  assert.equal(g.atasan.jawaban, 1);
  assert.equal(g.atasan.ditampilkan, false, 'one answer is below the threshold');
  assert.deepEqual(g.atasan.nilai, []);
  assert.equal(g.diri.ditampilkan, true, 'the employee sees her own answer');
  const aud = (await auditor.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json.umpan_balik_360;
  assert.ok(!aud[0].kelompok.some((k) => k.kelompok === 'diri'), 'others do not see the self-assessment');
  for (const c of [pegawai, auditor, camat]) {
    const text = (await c.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).text;
    for (const p of peers) {
      assert.ok(!text.includes(p.nama), `no rater name (${p.nama})`);
      assert.ok(!text.includes(p.nip), 'no rater NIP');
    }
    assert.ok(!text.includes(COMMENT), 'no comment');
  }
});

test('the page explains the predicate: ratings, assessor, marked cell, curve and history', async () => {
  const r = await pegawai.get(`/skp/${ids.skp}/penjelasan`);
  assert.equal(r.status, 200);
  const text = pageText(r.text);
  assert.match(text, /Penjelasan Predikat Kinerja/);
  assert.match(text, /Alasan hasil jenis=tahunan/);
  assert.match(text, /Hosniyah Pratiwi/, 'the assessor by name');
  assert.match(text, /Dinilai oleh Hosniyah Pratiwi[^()]* \(pejabat penilai\)/);
  assert.doesNotMatch(r.text, /data-putusan-keberatan|Dinilai semula oleh/, 'no objection decision to mention');
  const objections = pageText(r.text.slice(r.text.indexOf('id="keberatan"')));
  assert.match(objections, /Penilaian periodik: Triwulan I .*Penilaian tahunan/,
    'each assessment of the objection section is named as in section 2');
  assert.match(r.text, /id="matriks-\d+"/);
  assert.match(r.text, /data-sel="1">Sangat Baik/, 'the Triwulan I cell');
  assert.match(r.text, /data-sel="1">Baik/, 'the tahunan cell');
  assert.equal((r.text.match(/data-sel="1"/g) || []).length, 2, 'one marked cell per assessment');
  assert.match(text, /Kurva distribusi unit Seksi Pelayanan/);
  assert.match(r.text, /data-predikat-unit="baik"/);
  assert.match(text, /Diketahui pegawai/);
  assert.match(text, /\d\d-\d\d-\d{4} \d\d:\d\d WIB/, 'steps with their time');
  assert.match(text, /Rekan kerja/);
  for (const p of peers) assert.ok(!text.includes(p.nama), `no rater name on the page (${p.nama})`);
  assert.ok(!text.includes(COMMENT));
  const skpPage = await pegawai.get(`/skp/${ids.skp}`);
  assert.match(skpPage.text, new RegExp(`href="/skp/${ids.skp}/penjelasan"`), 'linked from the SKP page');
});

test('readable by the employee, her superiors, the pengelola, auditors and admins only', async () => {
  for (const [who, c] of [['the employee', pegawai], ['her pejabat penilai', pejabat], ['the Camat', camat],
    ['the pengelola', pengelola], ['an auditor', auditor], ['an administrator', admin]]) {
    assert.equal((await c.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).status, 200, who);
    assert.equal((await c.get(`/skp/${ids.skp}/penjelasan`)).status, 200, `${who} (page)`);
  }
  for (const [who, c] of [['another Kepala Seksi', otherKasi], ['a colleague', peers[0].client]]) {
    assert.equal((await c.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).status, 403, who);
    assert.equal((await c.get(`/skp/${ids.skp}/penjelasan`)).status, 403, `${who} (page)`);
  }
});

test('a draft stays out of the explanation for everyone but the assessor', async () => {
  const tw2 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[1].id;
  const r = await pejabat.api('PUT', `/api/v1/skp/${ids.skp}/penilaian?jenis=periodik&titik=${tw2}`, {
    hasil_kerja: 'di_bawah', alasan_hasil_kerja: 'Draf rahasia', perilaku_kerja: 'di_bawah',
    alasan_perilaku_kerja: 'Draf rahasia', version: 0,
  });
  assert.equal(r.status, 200, r.text);
  const mine = (await pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json;
  assert.equal(mine.penilaian.length, 2);
  assert.ok(!mine.riwayat.some((e) => e.aksi === 'draf'));
  assert.ok(!(await pegawai.get(`/skp/${ids.skp}/penjelasan`)).text.includes('Draf rahasia'));
  const theirs = (await pejabat.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json;
  assert.equal(theirs.penilaian.length, 3);
});
