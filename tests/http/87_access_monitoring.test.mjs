// Who may use which monitoring and assessment route: a table of role x
// route x expected status in the style of 20_access_table.test.mjs and
// 83_skp_access.test.mjs (one test per route, every role asked), for the
// route tables of realisasi and evidence (ui_realisasi.c, api_realisasi.c),
// continuous feedback (ui_feedback.c, api_feedback.c), 360-degree rounds
// (ui_360.c, api_360.c), assessment, unit predicate and curve, explanation
// (ui_assessment.c, api_assessment.c) and objections (ui_objection.c,
// api_objection.c).  A test at the end reads those C tables and checks that
// every route of them is in this table.
//
// Roles: anon and the demo accounts: pegawai (Dewi Handayani, pelaksana of
// Seksi Pelayanan, approved 2026 SKP), pejabat (Hosniyah Pratiwi, her
// Kepala Seksi and pejabat penilai), camat (the Kasi's pejabat penilai: the
// atasan pejabat penilai who decides objections, and the leader who sets
// Seksi Pelayanan's predicate), pengelola (an employee of the Subbagian
// Umum; scope: the whole kecamatan ASM), auditor (no employee), admin (an
// employee of the Subbagian Umum).
//
// The objects are made in before() as the right user through the API: a
// realisasi of one of Dewi's IKI at Triwulan I with a PDF; one at Triwulan
// II with a PDF, after which the administrator closes Triwulan II (so its
// evidence can no longer be deleted: the owner's DELETE reaches the store
// and is refused 409); a feedback thread the pejabat started and Dewi
// answered, everything in it read by both sides; a 360 round for Triwulan
// I (open: Dewi answered her form about Nur and has her self-assessment
// waiting) and one for Triwulan III (opened and closed); Dewi's Triwulan I
// assessment, finalised and acknowledged; Dewi's objection against it with
// a PDF.  For the negative cases: the SKP of Nur (ASM-YAN-P02, Dewi's
// colleague under the same pejabat), her evidence, her final Triwulan I
// assessment and her objection; the SKP of Sukri (ASM-PEM-P02, Seksi
// Pemerintahan: neither Dewi's nor the pejabat's), Seksi Pemerintahan's
// predicate and curve.
//
// State-changing routes are sent bodies the handler refuses (422, 409,
// 400) or aimed at an object in a state that refuses them, so a role that
// passes the access checks shows it by reaching the handler while the
// database stays as it was; the last tests check that it did (the audit
// trail and the exports, and every object above as an administrator reads
// it).  Three requests change nothing by design and answer 2xx/303 for
// their owner: acknowledging an assessment again (API and page) and marking
// feedback read when everything is read already.
//
// Every row expects what the code intends.  360 results (aggregates) are
// for the person rated, her pejabat penilai, her atasan pejabat penilai
// (the Camat), HR in scope and auditors, the same people who read the
// explanation page with those aggregates; opening, changing and closing a
// round need a scope holding every employee (95_360_round_scope).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, startServer } from './harness.mjs';
import { accessTests, roleClients, row, sendAs } from './access_table.mjs';
import { assertUnchanged, employeeByNip, snapshot, unitList } from './util.mjs';
import { getSkp, loginNip, skpOfNip } from './plan_util.mjs';
import { checkpointNamed, ikiList, monitorView, pdfBytes, record } from './monitor_util.mjs';
import { answerBody, checkpoints, openRound, taskFor } from './r360_util.mjs';
import { rateFinal } from './objection_util.mjs';

const NUR = '198803022014112370';     // ASM-YAN-P02, Dewi's colleague (approved SKP)
const SUKRI = '199001122012051154';   // ASM-PEM-P02, Seksi Pemerintahan

let server;
const clients = {};
const ids = {};
let before0;
let state0;

/** A PDF uploaded to a realisasi as `client`; returns its evidence id. */
async function uploadEvidence(client, realisasiId, name) {
  const r = await client.postMultipart(`/api/v1/realisasi/${realisasiId}/bukti`, {},
    { berkas: { name, type: 'application/pdf', content: pdfBytes(name) } });
  assert.equal(r.status, 201, `upload ${name}: ${r.text}`);
  return r.json.id;
}

/** Files an objection against assessment `assessmentId` as `client`; returns the case. */
async function fileObjection(client, assessmentId, alasan) {
  const r = await client.api('POST', `/api/v1/penilaian/${assessmentId}/keberatan`, { alasan });
  assert.equal(r.status, 201, `filing an objection: ${r.text}`);
  return r.json;
}

before(async () => {
  server = await startServer();
  Object.assign(clients, await roleClients(server));
  const { admin, pegawai, pejabat, pengelola } = clients;
  const nur = await loginNip(server, NUR);

  // the SKPs and the people
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.own = own.skp.id;
  ids.self = own.employee.id;
  const ownFull = await getSkp(admin, ids.own);
  assert.equal(ownFull.status, 'disetujui', 'the demo pegawai\'s SKP is approved');
  assert.equal(ownFull.pejabat_penilai.nip, server.accounts.pejabat.login, 'the demo pejabat assesses her');
  ids.rhkTarget = `rhk-${ownFull.hasil_kerja[0].id}`;
  ids.ownRhk = ownFull.hasil_kerja[0].id;
  const peer = await skpOfNip(admin, NUR);
  ids.peer = peer.skp.id;
  ids.peerEmployee = peer.employee.id;
  ids.other = (await skpOfNip(admin, SUKRI)).skp.id;
  ids.hrSelf = (await employeeByNip(admin, server.accounts.pengelola.login)).id;
  const units = await unitList(admin);
  ids.yan = units.find((u) => u.code === 'ASM-YAN').id;
  ids.pem = units.find((u) => u.code === 'ASM-PEM').id;
  ids.asm = units.find((u) => u.code === 'ASM').id;

  // realisasi and evidence: Triwulan I stays open, Triwulan II is closed
  const view = await monitorView(pegawai, ids.own);
  ids.t1 = checkpointNamed(view, 'Triwulan I').id;
  ids.t2 = checkpointNamed(view, 'Triwulan II').id;
  ids.iki = ikiList(checkpointNamed(view, 'Triwulan I'))[0].id;
  const rec = await record(pegawai, ids.own, 'Triwulan I', ids.iki, { nilai: 450, catatan: 'Separuh target' });
  assert.equal(rec.version, 1);
  ids.real = rec.id;
  ids.pdf = await uploadEvidence(pegawai, ids.real, 'rekap-tw1.pdf');
  const rec2 = await record(pegawai, ids.own, 'Triwulan II', ids.iki, { nilai: 500 });
  ids.closedPdf = await uploadEvidence(pegawai, rec2.id, 'rekap-tw2.pdf');
  const close = await admin.api('POST', `/api/v1/titik-periksa/${ids.t2}/tutup`);
  assert.equal(close.status, 200, close.text);
  const peerView = await monitorView(nur, ids.peer);
  ids.peerIki = ikiList(checkpointNamed(peerView, 'Triwulan I'))[0].id;
  const peerRec = await record(nur, ids.peer, 'Triwulan I', ids.peerIki, { nilai: 1 });
  ids.peerPdf = await uploadEvidence(nur, peerRec.id, 'rekap-nur.pdf');

  // a feedback thread, read by both sides
  const fb = await pejabat.api('POST', `/api/v1/skp/${ids.own}/umpan-balik`,
    { rhk_id: ids.ownRhk, teks: 'Verifikasi berkas bulan ini tepat waktu.' });
  assert.equal(fb.status, 201, fb.text);
  ids.thread = fb.json.id;
  const reply = await pegawai.api('POST', `/api/v1/umpan-balik/${ids.thread}/balas`, { teks: 'Terima kasih, Bu.' });
  assert.equal(reply.status, 201, reply.text);
  const read = await pejabat.api('POST', `/api/v1/skp/${ids.own}/umpan-balik/dibaca`);
  assert.equal(read.status, 200, read.text);
  const fbState = (await admin.api('GET', `/api/v1/skp/${ids.own}/umpan-balik`)).json;
  assert.ok(fbState.items.every((t) => t.pesan.every((m) => m.dibaca)), 'every message is read');

  // 360: an open round for Triwulan I, a closed one for Triwulan III
  const cps = await checkpoints(admin);
  ids.round = (await openRound(pengelola, cps['Triwulan I'])).id;
  ids.closedRound = (await openRound(pengelola, cps['Triwulan III'])).id;
  const shut = await pengelola.api('POST', `/api/v1/360/putaran/${ids.closedRound}/tutup`);
  assert.equal(shut.status, 200, shut.text);
  ids.answered = (await taskFor(pegawai, ids.round, ids.peerEmployee)).id;
  const answer = await pegawai.api('POST', `/api/v1/360/tugas/${ids.answered}/jawab`, answerBody(2, 'Rekan yang cekatan'));
  assert.equal(answer.status, 200, answer.text);
  ids.task = (await taskFor(pegawai, ids.round, ids.self)).id;

  // the assessment of Triwulan I, finalised and acknowledged; the objection against it
  const q = `jenis=periodik&titik=${ids.t1}`;
  ids.assessment = (await rateFinal(pejabat, ids.own, q, 'sesuai', 'sesuai')).id;
  const ack = await pegawai.api('POST', `/api/v1/skp/${ids.own}/penilaian/diketahui?${q}`);
  assert.equal(ack.status, 200, ack.text);
  ids.assessmentVersion = ack.json.version;
  ids.case = (await fileObjection(pegawai, ids.assessment, 'Capaian saya sesuai target triwulan.')).id;
  const att = await pegawai.postMultipart(`/api/v1/keberatan/${ids.case}/lampiran`, {},
    { berkas: { name: 'bukti-keberatan.pdf', type: 'application/pdf', content: pdfBytes('Keberatan') } });
  assert.equal(att.status, 201, att.text);
  ids.att = att.json.id;
  ids.peerAssessment = (await rateFinal(pejabat, ids.peer, q, 'sesuai', 'sesuai')).id;
  ids.peerCase = (await fileObjection(nur, ids.peerAssessment, 'Keberatan Nur.')).id;

  before0 = await snapshot(admin);
  state0 = await stateSnapshot(admin);
});

after(async () => {
  await server?.stop();
});

/** Every object the table aims at, as an administrator reads it. */
async function stateSnapshot(admin) {
  const read = async (p) => {
    const r = await admin.api('GET', p);
    assert.equal(r.status, 200, `GET ${p}: ${r.text.slice(0, 300)}`);
    return r.json;
  };
  const q = `jenis=periodik&titik=${ids.t1}`;
  return {
    realisasi: await read(`/api/v1/skp/${ids.own}/realisasi`),
    peerRealisasi: await read(`/api/v1/skp/${ids.peer}/realisasi`),
    feedback: await read(`/api/v1/skp/${ids.own}/umpan-balik`),
    rounds: await read('/api/v1/360/putaran'),
    raters: await read(`/api/v1/360/putaran/${ids.round}/penilai`),
    closedRound: await read(`/api/v1/360/putaran/${ids.closedRound}`),
    settings360: await read('/api/v1/360/pengaturan'),
    assessment: await read(`/api/v1/skp/${ids.own}/penilaian?${q}`),
    peerAssessment: await read(`/api/v1/skp/${ids.peer}/penilaian?${q}`),
    unitYan: await read(`/api/v1/unit/${ids.yan}/predikat`),
    unitAsm: await read(`/api/v1/unit/${ids.asm}/predikat`),
    curveYan: await read(`/api/v1/unit/${ids.yan}/kurva`),
    objection: await read(`/api/v1/keberatan/${ids.case}`),
    peerObjection: await read(`/api/v1/keberatan/${ids.peerCase}`),
    objectionDays: await read('/api/v1/keberatan/pengaturan'),
  };
}

// any logged-in user; everyone of the demo may read Dewi's SKP (the
// pejabat as her pejabat penilai, the Camat above, the pengelola over her
// unit, the auditor and the administrator everything)
const API_LOGIN = row(401, 200, 200, 200, 200, 200, 200);
const PAGE_LOGIN = row(303, 200, 200, 200, 200, 200, 200);
// Nur's: not Dewi's
const API_PEER = row(401, 403, 200, 200, 200, 200, 200);
const PAGE_PEER = row(303, 403, 200, 200, 200, 200, 200);
// Sukri's (Seksi Pemerintahan): neither Dewi's nor the pejabat's
const API_OTHER = row(401, 403, 403, 200, 200, 200, 200);
const PAGE_OTHER = row(303, 403, 403, 200, 200, 200, 200);
const API_NOBODY = row(401, 403, 403, 403, 403, 403, 403);
const API_404 = row(401, 404, 404, 404, 404, 404, 404);
// ACCESS_READ_ALL and ACCESS_MANAGE
const API_READ_ALL = row(401, 403, 403, 403, 200, 200, 200);
const PAGE_READ_ALL = row(303, 403, 403, 403, 200, 200, 200);
const API_MANAGE = (s) => row(401, 403, 403, 403, s, 403, s);
const PAGE_MANAGE = (s) => row(303, 403, 403, 403, s, 403, s);
const API_ADMIN = (s) => row(401, 403, 403, 403, 403, 403, s);
const PAGE_ADMIN = (s) => row(303, 403, 403, 403, 403, 403, s);
// one role alone reaches the handler (the others 403)
const only = (anon, who, s) => ({ ...row(anon, 403, 403, 403, 403, 403, 403), [who]: s });

const PEN = '?jenis=periodik&titik={t1}';

// [method, path, expected, body]; {name} is replaced by ids[name] in the
// path and in body values.  Pages get the body as a form, the API as JSON.
const TABLE = [
  /* ---- realisasi and evidence: readers of the SKP read, its owner records -------------- */
  ['GET', '/api/v1/skp/{own}/realisasi', API_LOGIN],
  ['GET', '/api/v1/skp/{other}/realisasi', API_OTHER],
  ['GET', '/api/v1/skp/999999/realisasi', API_404],
  ['PUT', '/api/v1/realisasi', only(401, 'pegawai', 422),
    { iki_id: '{iki}', titik_periksa_id: '{t1}', nilai: -1, version: 1 }],
  ['PUT', '/api/v1/realisasi', API_NOBODY, { iki_id: '{peerIki}', titik_periksa_id: '{t1}', nilai: -1 }],
  ['POST', '/api/v1/realisasi/{real}/bukti', only(401, 'pegawai', 422), { tautan: 'ftp://x.go.id', judul: 'x' }],
  ['GET', '/api/v1/bukti/{pdf}', API_LOGIN],
  ['GET', '/api/v1/bukti/{peerPdf}', API_PEER],
  ['DELETE', '/api/v1/bukti/{closedPdf}', only(401, 'pegawai', 409)],
  ['DELETE', '/api/v1/bukti/{peerPdf}', API_NOBODY],
  ['POST', '/api/v1/titik-periksa/{t2}/tutup', API_ADMIN(409)],
  ['GET', '/skp/{own}/realisasi', PAGE_LOGIN],
  ['GET', '/skp/{other}/realisasi', PAGE_OTHER],
  ['POST', '/skp/{own}/realisasi', only(303, 'pegawai', 422),
    { iki_id: '{iki}', checkpoint_id: '{t1}', version: 1, value: '-1' }],
  ['POST', '/realisasi/{real}/bukti', only(303, 'pegawai', 422), {}],
  ['POST', '/realisasi/{real}/tautan', only(303, 'pegawai', 422), { url: 'ftp://x.go.id', title: 'x' }],
  ['POST', '/bukti/{closedPdf}/hapus', only(303, 'pegawai', 409), {}],
  ['GET', '/bukti/{pdf}', PAGE_LOGIN],
  ['GET', '/bukti/{peerPdf}', PAGE_PEER],
  ['POST', '/titik-periksa/{t2}/tutup', PAGE_ADMIN(409), {}],

  /* ---- continuous feedback: the pejabat penilai starts, the owner and she reply -------- */
  ['GET', '/api/v1/skp/{own}/umpan-balik', API_LOGIN],
  ['GET', '/api/v1/skp/{other}/umpan-balik', API_OTHER],
  ['POST', '/api/v1/skp/{own}/umpan-balik', only(401, 'pejabat', 422), { rhk_id: '{ownRhk}', teks: '' }],
  // everything is read already: the two sides mark nothing
  ['POST', '/api/v1/skp/{own}/umpan-balik/dibaca', row(401, 200, 200, 403, 403, 403, 403)],
  ['POST', '/api/v1/umpan-balik/{thread}/balas', row(401, 422, 422, 403, 403, 403, 403), { teks: '' }],
  ['GET', '/api/v1/umpan-balik/baru', API_LOGIN],
  ['GET', '/skp/{own}/umpan-balik', PAGE_LOGIN],
  ['GET', '/skp/{other}/umpan-balik', PAGE_OTHER],
  ['POST', '/skp/{own}/umpan-balik', only(303, 'pejabat', 422), { tentang: '{rhkTarget}', teks: '' }],
  ['POST', '/umpan-balik/{thread}/balas', row(303, 422, 422, 403, 403, 403, 403), { teks: '' }],

  /* ---- 360: HR manages rounds and rater lists, raters answer their own forms ----------- */
  ['GET', '/api/v1/360/putaran', API_LOGIN],
  // a pengelola whose scope leaves employees out may not open, change or close a
  // round (95_360_round_scope); the demo's pengelola holds the whole kecamatan
  ['POST', '/api/v1/360/putaran', API_MANAGE(422), {}],
  ['GET', '/api/v1/360/putaran/{round}', API_LOGIN],
  ['PUT', '/api/v1/360/putaran/{round}', API_MANAGE(422), {}],
  ['POST', '/api/v1/360/putaran/{closedRound}/tutup', API_MANAGE(409)],
  ['POST', '/api/v1/360/putaran/{closedRound}/pengingat', API_MANAGE(409)],
  ['GET', '/api/v1/360/putaran/{round}/penilai?pegawai={self}', API_READ_ALL],
  // nobody sees their own rater list
  ['GET', '/api/v1/360/putaran/{round}/penilai?pegawai={hrSelf}', row(401, 403, 403, 403, 403, 200, 200)],
  ['POST', '/api/v1/360/putaran/{round}/penilai', API_MANAGE(422), { pegawai_id: '{self}' }],
  ['DELETE', '/api/v1/360/penilai/{answered}', API_MANAGE(409)],
  // results: the person rated, her pejabat penilai, HR of her unit, auditors; not the
  // Camat further up (r360_access.h), though she reads the SKP
  // the Camat is the atasan pejabat penilai of both: aggregates, as on the explanation
  ['GET', '/api/v1/360/putaran/{round}/hasil?pegawai={self}', row(401, 200, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/360/putaran/{round}/hasil?pegawai={peerEmployee}', row(401, 403, 200, 200, 200, 200, 200)],
  ['GET', '/api/v1/360/tugas', API_LOGIN],
  ['GET', '/api/v1/360/tugas/{task}', only(401, 'pegawai', 200)],
  ['POST', '/api/v1/360/tugas/{answered}/jawab', only(401, 'pegawai', 409), answerBody(2)],
  ['POST', '/api/v1/360/tugas/{answered}/tolak', only(401, 'pegawai', 409), { alasan: 'Tidak mengenal pekerjaannya' }],
  ['GET', '/api/v1/360/pengaturan', API_ADMIN(200)],
  ['PUT', '/api/v1/360/pengaturan', API_ADMIN(422), { skala_360: 4 }],
  ['GET', '/360', PAGE_LOGIN],
  ['GET', '/360/tugas/{task}', only(303, 'pegawai', 200)],
  ['POST', '/360/tugas/{answered}/jawab', only(303, 'pegawai', 409), {}],
  ['POST', '/360/tugas/{answered}/tolak', only(303, 'pegawai', 409), { alasan: 'Tidak mengenal pekerjaannya' }],
  ['GET', '/360/putaran', PAGE_READ_ALL],
  ['POST', '/360/putaran', PAGE_MANAGE(422), {}],
  ['GET', '/360/putaran/{round}', PAGE_READ_ALL],
  ['POST', '/360/putaran/{round}/ubah', PAGE_MANAGE(422), { tutup_pada: '' }],
  ['POST', '/360/putaran/{closedRound}/tutup', PAGE_MANAGE(409), {}],
  ['POST', '/360/putaran/{closedRound}/pengingat', PAGE_MANAGE(409), {}],
  ['POST', '/360/putaran/{round}/penilai', PAGE_MANAGE(422), { pegawai: '{self}', nip: '', kelompok: 'rekan' }],
  ['POST', '/360/penilai/{answered}/hapus', PAGE_MANAGE(409), {}],
  ['GET', '/360/hasil/{round}?pegawai={self}', row(303, 200, 200, 200, 200, 200, 200)],
  ['GET', '/360/pengaturan', PAGE_ADMIN(200)],
  ['POST', '/360/pengaturan', PAGE_ADMIN(422), {}],

  /* ---- assessment, explanation, unit predicate and curve -------------------------------- */
  ['GET', '/api/v1/penilaian', API_LOGIN],
  ['GET', `/api/v1/skp/{own}/penilaian${PEN}`, API_LOGIN],
  ['GET', `/api/v1/skp/{other}/penilaian${PEN}`, API_OTHER],
  ['PUT', `/api/v1/skp/{own}/penilaian${PEN}`, only(401, 'pejabat', 422), {}],
  ['POST', `/api/v1/skp/{own}/penilaian/tetapkan${PEN}`, only(401, 'pejabat', 422), {}],
  // acknowledged already: again is harmless (200, nothing written)
  ['POST', `/api/v1/skp/{own}/penilaian/diketahui${PEN}`, only(401, 'pegawai', 200)],
  // includes the 360 means of the groups shown, as .../hasil gives the same readers
  ['GET', '/api/v1/skp/{own}/penjelasan', API_LOGIN],
  ['GET', '/api/v1/skp/{other}/penjelasan', API_OTHER],
  ['GET', '/api/v1/predikat-unit', API_LOGIN],
  // Seksi Pelayanan: its employees, its leader (the Camat), HR, auditors, administrators
  ['GET', '/api/v1/unit/{yan}/predikat', API_LOGIN],
  ['GET', '/api/v1/unit/{pem}/predikat', API_OTHER],
  ['PUT', '/api/v1/unit/{yan}/predikat', only(401, 'camat', 422), {}],
  // the kecamatan has nobody above it in the system: an administrator sets it
  ['PUT', '/api/v1/unit/{asm}/predikat', API_ADMIN(422), {}],
  ['GET', '/api/v1/unit/{yan}/kurva', API_LOGIN],
  ['GET', '/api/v1/unit/{pem}/kurva', API_OTHER],
  ['PUT', '/api/v1/unit/{yan}/kurva/alasan', only(401, 'camat', 422), {}],
  // the auditor has no subordinates to assess (and no employee record)
  ['GET', '/penilaian', row(303, 200, 200, 200, 200, 403, 200)],
  ['GET', '/penilaian/daftar', PAGE_LOGIN],
  ['GET', `/penilaian/{own}${PEN}`, PAGE_LOGIN],
  ['GET', `/penilaian/{other}${PEN}`, PAGE_OTHER],
  // objected to: the assessment changes only through the objection's decision (409)
  ['POST', '/penilaian/{own}', only(303, 'pejabat', 409), { jenis: 'periodik', titik: '{t1}', version: '{assessmentVersion}' }],
  ['POST', '/penilaian/{own}/diketahui', only(303, 'pegawai', 303), { jenis: 'periodik', titik: '{t1}' }],
  ['GET', '/skp/{own}/penjelasan', PAGE_LOGIN],
  ['GET', '/skp/{other}/penjelasan', PAGE_OTHER],
  ['GET', '/predikat-unit', PAGE_LOGIN],
  ['GET', '/predikat-unit/{yan}', PAGE_LOGIN],
  ['GET', '/predikat-unit/{pem}', PAGE_OTHER],
  ['POST', '/predikat-unit/{yan}', only(303, 'camat', 422), {}],
  // the spread does not deviate: no reason to give (409)
  ['POST', '/predikat-unit/{yan}/alasan', only(303, 'camat', 409), {}],

  /* ---- objections: the employee files, the pejabat explains, the Camat decides ----------- */
  ['GET', '/api/v1/penilaian/{assessment}/keberatan', API_LOGIN],
  ['GET', '/api/v1/penilaian/{peerAssessment}/keberatan', API_PEER],
  // filed already: the employee hears 409, anyone else 403
  ['POST', '/api/v1/penilaian/{assessment}/keberatan', only(401, 'pegawai', 409), { alasan: 'Sekali lagi' }],
  ['GET', '/api/v1/keberatan', API_LOGIN],
  ['GET', '/api/v1/keberatan/pengaturan', API_ADMIN(200)],
  ['PUT', '/api/v1/keberatan/pengaturan', API_ADMIN(422), {}],
  ['GET', '/api/v1/keberatan/{case}', API_LOGIN],
  ['GET', '/api/v1/keberatan/{peerCase}', API_PEER],
  ['GET', '/api/v1/keberatan/999999', API_404],
  ['POST', '/api/v1/keberatan/{case}/lampiran', only(401, 'pegawai', 422), {}],
  ['POST', '/api/v1/keberatan/{case}/minta-penjelasan', only(401, 'camat', 422), {}],
  // nothing asked yet: the explanation comes too early
  ['POST', '/api/v1/keberatan/{case}/penjelasan', only(401, 'pejabat', 409), {}],
  ['POST', '/api/v1/keberatan/{case}/putusan', only(401, 'camat', 422), {}],
  ['GET', '/api/v1/keberatan-lampiran/{att}', API_LOGIN],
  ['GET', '/keberatan', PAGE_LOGIN],
  ['POST', '/keberatan', only(303, 'pegawai', 409), { penilaian: '{assessment}', alasan: 'Sekali lagi' }],
  ['GET', '/keberatan/pengaturan', PAGE_ADMIN(200)],
  ['POST', '/keberatan/pengaturan', PAGE_ADMIN(422), {}],
  ['GET', '/keberatan/{case}', PAGE_LOGIN],
  ['GET', '/keberatan/{peerCase}', PAGE_PEER],
  ['POST', '/keberatan/{case}/lampiran', only(303, 'pegawai', 422), {}],
  ['POST', '/keberatan/{case}/minta-penjelasan', only(303, 'camat', 422), {}],
  ['POST', '/keberatan/{case}/penjelasan', only(303, 'pejabat', 409), {}],
  ['POST', '/keberatan/{case}/putusan', only(303, 'camat', 422), {}],
  ['GET', '/keberatan-lampiran/{att}', PAGE_LOGIN],
];

function fill(v) {
  if (typeof v !== 'string') return v;
  const m = /^\{(\w+)\}$/.exec(v);
  const get = (k) => {
    assert.ok(ids[k] !== undefined, `unknown id ${k}`);
    return ids[k];
  };
  return m ? get(m[1]) : v.replace(/\{(\w+)\}/g, (_, k) => String(get(k)));
}

accessTests(TABLE, {
  path: fill,
  client: (role) => clients[role],
  send: (client, method, urlPath, body) =>
    sendAs(client, method, urlPath, body && Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v)]))),
});

test('none of the refused or invalid requests above changed the database', async () => {
  await assertUnchanged(clients.admin, before0, 'the monitoring access table');
  const now = await stateSnapshot(clients.admin);
  for (const key of Object.keys(state0)) {
    assert.deepEqual(now[key], state0[key], `the monitoring access table changed ${key}`);
  }
});

test('every route of the monitoring and assessment route tables is in the table', () => {
  const files = ['src/web/ui_realisasi.c', 'src/api/api_realisasi.c', 'src/web/ui_feedback.c',
    'src/api/api_feedback.c', 'src/web/ui_360.c', 'src/api/api_360.c', 'src/web/ui_assessment.c',
    'src/api/api_assessment.c', 'src/web/ui_objection.c', 'src/api/api_objection.c'];
  const routes = [];
  for (const f of files) {
    const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
    const table = /const struct route \w+_routes\[\] = \{([\s\S]*?)\n\};/.exec(text);
    assert.ok(table, `no route table in ${f}`);
    for (const m of table[1].matchAll(/\{ "(\w+)", "([^"]+)",/g)) routes.push(`${m[1]} ${m[2]}`);
  }
  assert.ok(routes.length >= 90, `only ${routes.length} routes read`);
  const covered = new Set(TABLE.map(([method, p]) =>
    `${method} ${p.replace(/\?.*$/, '').replace(/\{\w+\}/g, '{id}').replace(/\/999999(?=\/|$)/g, '/{id}')}`));
  const missing = routes.filter((r) => !covered.has(r));
  assert.deepEqual(missing, [], `routes without a row: ${missing.join(', ')}`);
});
