// Every refusal of calibration the issue lists, on the demo year
// (`startServer({ demo: 'lengkap' })`): a proposal on an assessment that is
// not final, at a closed checkpoint or in a closed period, a second while
// one waits, one identical to the current ratings, without a reason or with
// one too long, with a rating off the three levels or naming the
// predicate, on an unknown assessment, by the assessor on their own
// assessment, by an employee on their own; accepting once the period is
// closed or once the ratings changed; closing the period while one waits.
// Each is a 4xx naming the field, and
// nothing is written: the proposals of the kecamatan and the audit trail
// read back as before (and the assessment, where one was touched).
//
// The closed period is made on the test database (sqlOn) and opened again:
// closing the demo period through its route needs every curve reason and
// checkpoint, which is not what these tests are about.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { sqlOn } from './util.mjs';
import { refused, unchanged } from './objection_util.mjs';
import { calibTable, demoIds, nipOf, otherRating, propose, readAssessment, rowOf }
  from './196_calibration_util.mjs';

let server;
let admin;
let camat;
let pejabat;
let pegawai;
let ids;
let dewi;
let table;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  camat = await loginAs(server, 'camat');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  ids = await demoIds(admin);
  table = await calibTable(camat, `periode=${ids.period}&unit=${ids.asm}&titik=${ids.tw3}`);
  dewi = rowOf(table, nipOf(server, 'pegawai'));
});

after(() => server?.stop());

/** The kecamatan's proposals as an administrator reads them. */
async function proposals() {
  const r = await admin.api('GET', `/api/v1/kalibrasi/usulan?periode=${ids.period}&unit=${ids.asm}`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

const change = () => ({ penilaian_id: dewi.penilaian_id, hasil_kerja: otherRating(dewi.hasil_kerja),
  alasan: 'Capaian di atas target.' });

test('a proposal on an assessment that is not final is refused 409 on "penilaian"', async () => {
  const u = `/api/v1/skp/${dewi.skp_id}/penilaian?jenis=tahunan`;
  const cur = await pejabat.api('GET', u);
  const draft = await pejabat.api('PUT', u, { hasil_kerja: 'sesuai', alasan_hasil_kerja: 'Draf',
    perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Draf', version: cur.json.version });
  assert.equal(draft.status, 200, draft.text);
  assert.equal(draft.json.status, 'draft');
  await unchanged(admin, 'a proposal on a draft', proposals, async () => {
    refused(await propose(camat, { ...change(), penilaian_id: draft.json.id }), 409, 'penilaian', 'draft');
  });
});

test('a proposal at a closed checkpoint is refused 409 on "titik"', async () => {
  const a = await readAssessment(admin, dewi.skp_id, ids.tw1);
  assert.equal(a.status, 'ditetapkan');
  await unchanged(admin, 'a proposal at Triwulan I', proposals, async () => {
    refused(await propose(camat, { penilaian_id: a.id, hasil_kerja: otherRating(a.hasil_kerja), alasan: 'x' }),
      409, 'titik', 'closed checkpoint');
  });
});

test('a proposal identical to the ratings, without a reason, or too long is refused 422 naming the field', async () => {
  await unchanged(admin, 'bad proposals', proposals, async () => {
    refused(await propose(camat, { penilaian_id: dewi.penilaian_id, hasil_kerja: dewi.hasil_kerja,
      perilaku_kerja: dewi.perilaku_kerja, alasan: 'Sama' }), 422, 'hasil_kerja', 'unchanged');
    refused(await propose(camat, { penilaian_id: dewi.penilaian_id, alasan: 'Tanpa rating' }), 422,
      'hasil_kerja', 'no rating');
    refused(await propose(camat, { ...change(), alasan: '' }), 422, 'alasan', 'no reason');
    refused(await propose(camat, { ...change(), alasan: undefined }), 422, 'alasan', 'reason absent');
    refused(await propose(camat, { ...change(), alasan: 'a'.repeat(2001) }), 422, 'alasan', 'reason too long');
    refused(await propose(camat, { ...change(), hasil_kerja: 'luar_biasa' }), 422, 'hasil_kerja', 'off the levels');
    refused(await propose(camat, { ...change(), penilaian_id: undefined }), 422, 'penilaian_id', 'no assessment');
    refused(await propose(camat, { ...change(), penilaian_id: 999999 }), 404, 'penilaian_id', 'unknown');
    const pred = await propose(camat, { ...change(), predikat: 'sangat_baik' });
    refused(pred, 400, 'predikat', 'the predicate is computed');
  });
});

test('the assessor on their own assessment, and an employee on her own, are refused', async () => {
  await unchanged(admin, 'own proposals', proposals, async () => {
    refused(await propose(pejabat, change()), 409, 'penilaian', 'the assessor proposes');
    refused(await propose(pegawai, change()), 403, 'penilaian_id', 'her own assessment');
  });
});

test('a second proposal while one waits is refused 409 on "penilaian"', async () => {
  const first = await propose(camat, change());
  assert.equal(first.status, 201, first.text);
  await unchanged(admin, 'a second proposal', proposals, async () => {
    refused(await propose(admin, { ...change(), alasan: 'Lagi' }), 409, 'penilaian', 'duplicate');
  });
  const w = await camat.api('POST', `/api/v1/kalibrasi/usulan/${first.json.id}/tarik`, {});
  assert.equal(w.status, 200);
});

test('accepting once the period is closed, or once the ratings changed, is refused and writes nothing', async () => {
  const p = await propose(camat, change());
  assert.equal(p.status, 201, p.text);
  const url = `/api/v1/kalibrasi/usulan/${p.json.id}/terima`;
  const read = async () => ({ list: await proposals(), a: await readAssessment(admin, dewi.skp_id, ids.tw3) });
  sqlOn(server, `UPDATE periods SET state = 'ditutup' WHERE id = ${ids.period}`);
  try {
    await unchanged(admin, 'accepting in a closed period', read, async () => {
      refused(await pejabat.api('POST', url, {}), 409, 'periode', 'closed period');
      const nur = table.pegawai.find((x) => x.penilaian_id && x.penilaian_id !== dewi.penilaian_id && x.boleh_usul);
      refused(await propose(camat, { penilaian_id: nur.penilaian_id, hasil_kerja: otherRating(nur.hasil_kerja),
        alasan: 'x' }), 409, 'periode', 'proposing in a closed period');
    });
  } finally {
    sqlOn(server, `UPDATE periods SET state = 'terbuka' WHERE id = ${ids.period}`);
  }
  const now = await readAssessment(admin, dewi.skp_id, ids.tw3);
  const edit = await pejabat.api('PUT', `/api/v1/skp/${dewi.skp_id}/penilaian?jenis=periodik&titik=${ids.tw3}`, {
    hasil_kerja: now.hasil_kerja, alasan_hasil_kerja: now.alasan_hasil_kerja,
    perilaku_kerja: otherRating(now.perilaku_kerja), alasan_perilaku_kerja: 'Diperbaiki pejabat penilai',
    version: now.version, tetapkan: true });
  assert.equal(edit.status, 200, edit.text);
  await unchanged(admin, 'accepting a stale proposal', read, async () => {
    refused(await pejabat.api('POST', url, {}), 409, 'penilaian', 'changed since');
  });
});

test('the period cannot be closed while a proposal waits: the refusal says how many and where', async () => {
  const waiting = (await proposals()).filter((p) => p.status === 'diajukan');
  assert.equal(waiting.length, 1, 'the stale proposal of the test before still waits');
  const act = (aksi) => admin.api('POST', `/api/v1/periode/${ids.period}/aksi`, { aksi });
  const lock = await act('kunci');
  assert.equal(lock.status, 200, lock.text);
  const readPeriod = async () => (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json;
  await unchanged(admin, 'closing over a waiting proposal', readPeriod, async () => {
    const r = await act('tutup');
    refused(r, 409, 'aksi', 'closing with a proposal waiting');
    assert.match(r.json.error.message, /1 usulan kalibrasi masih menunggu keputusan pejabat penilai/);
    assert.ok(r.json.error.message.includes(`${waiting[0].unit.nama} (1)`), r.json.error.message);
  });
  const w = await camat.api('POST', `/api/v1/kalibrasi/usulan/${waiting[0].id}/tarik`, {});
  assert.equal(w.status, 200, w.text);
  const closed = await act('tutup');
  assert.equal(closed.status, 200, `once withdrawn, the proposal no longer holds the period: ${closed.text}`);
  assert.equal(closed.json.status, 'ditutup');
});
