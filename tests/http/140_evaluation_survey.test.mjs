// The anonymous survey of the performance system, end to end on the demo
// office (`--demo=rencana`): HR writes a survey from the default questions
// and edits it while it is a draft, opens it for the whole office, eleven
// employees answer (six of Seksi Pelayanan, three of Seksi Pemerintahan,
// two of Seksi Kesejahteraan Rakyat), a second answer is refused with
// nothing written, results are withheld while it runs and given once it
// is closed: Seksi Pelayanan as its own cell, Seksi Pemerintahan (3
// answers) rolled up into the Kecamatan, a unit asked for alone under 5
// refused.  Anonymity: the tables cannot be joined to respondents (their
// columns), no reply or audit entry names who answered what.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { auditCount, auditLatest } from './util.mjs';
import { answerAs, columnsOf, createSurvey, employeesOf, periodId, step, surveyRows, unitIds, wibDate } from './140_evaluation_util.mjs';

let server;
let hr;
let admin;
let units;
let survey;
const people = {};
const MARK = 'Saran-rahasia-7f3a';

// clarity, fairness, usefulness, burden per respondent (each repeats its value)
const YAN_VALUES = [5, 4, 4, 3, 5, 3];   // six of Seksi Pelayanan: mean 4.00
const REST_VALUES = [2, 2, 3, 1, 2];     // three of ASM-PEM, two of ASM-KESRA: mean 2.00

before(async () => {
  server = await startServer();
  hr = await loginAs(server, 'pengelola');
  admin = await loginAs(server, 'admin');
  units = await unitIds(admin);
  for (const code of ['ASM-YAN', 'ASM-PEM', 'ASM-KESRA']) people[code] = await employeesOf(admin, units, code);
  assert.ok(people['ASM-YAN'].length >= 6 && people['ASM-PEM'].length >= 3 && people['ASM-KESRA'].length >= 2);
});

after(async () => {
  await server?.stop();
});

test('HR writes a survey from the default questions and edits it while it is a draft', async () => {
  const draft = await createSurvey(hr, { judul: 'Survei sistem kinerja 2026', periode_id: await periodId(hr) });
  assert.equal(draft.status, 'draf');
  assert.deepEqual(draft.pertanyaan.map((q) => [q.jenis, q.aspek]),
    [['skala', 'kejelasan'], ['skala', 'keadilan'], ['skala', 'kebermanfaatan'], ['skala', 'beban'], ['teks', 'lain']]);
  const qs = draft.pertanyaan.map(({ jenis, aspek, teks }) => ({ jenis, aspek, teks }));
  qs[0].teks = 'Saya memahami cara kinerja saya dinilai.';
  const r = await hr.api('PUT', `/api/v1/evaluasi/survei/${draft.id}`, {
    judul: 'Survei sistem kinerja Triwulan IV', periode_id: draft.periode_id, dibuka: wibDate(0),
    ditutup: wibDate(14), pertanyaan: qs, version: draft.version,
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.judul, 'Survei sistem kinerja Triwulan IV');
  assert.equal(r.json.pertanyaan[0].teks, 'Saya memahami cara kinerja saya dinilai.');
  // an employee does not see a draft
  const pegawai = await loginAs(server, 'pegawai');
  assert.equal((await pegawai.api('GET', `/api/v1/evaluasi/survei/${draft.id}`)).status, 404);
  survey = await step(hr, draft.id, 'buka');
  assert.equal(survey.status, 'dibuka');
  assert.equal(survey.tahap, 'berjalan');
  assert.equal(survey.ambang, 5);
  const active = (await admin.api('GET', '/api/v1/pegawai?status=aktif&per_page=1')).json.total;
  assert.equal(survey.dituju, active, 'everyone active is addressed');
  // once open it cannot be edited
  const again = await hr.api('PUT', `/api/v1/evaluasi/survei/${survey.id}`, {
    judul: 'x', periode_id: survey.periode_id, dibuka: wibDate(0), ditutup: wibDate(1),
  });
  assert.equal(again.status, 409, again.text);
  assert.equal(again.json.error.field, 'status');
});

test('employees see the open survey as theirs and answer it once each', async () => {
  const first = people['ASM-YAN'][0];
  const own = await answerAs(server, first.nip, survey, [YAN_VALUES[0]], MARK);
  assert.equal(own.status, 201, own.text);
  assert.deepEqual(Object.keys(own.json).sort(), ['survei_id', 'tercatat'], 'the reply holds nothing of the answer');
  for (const [i, e] of people['ASM-YAN'].slice(1, 6).entries()) {
    const r = await answerAs(server, e.nip, survey, [YAN_VALUES[i + 1]]);
    assert.equal(r.status, 201, r.text);
  }
  const rest = [...people['ASM-PEM'].slice(0, 3), ...people['ASM-KESRA'].slice(0, 2)];
  for (const [i, e] of rest.entries()) {
    const r = await answerAs(server, e.nip, survey, [REST_VALUES[i]], i === 0 ? 'Kurangi formulir.' : '');
    assert.equal(r.status, 201, r.text);
  }
  const read = await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}`);
  assert.equal(read.json.responden, 11);
  const byUnit = Object.fromEntries(read.json.partisipasi.map((g) => [g.unit, g.responden]));
  assert.equal(byUnit['Seksi Pelayanan'], 6);
  assert.equal(byUnit['Seksi Pemerintahan'], 3);
});

test('a second answer from someone already counted is refused and nothing is written', async () => {
  const e = people['ASM-YAN'][0];
  const rows0 = surveyRows(server);
  const audit0 = await auditCount(admin);
  const r = await answerAs(server, e.nip, survey, [1], 'lagi');
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.error.field, 'responden');
  assert.match(r.json.error.message, /sudah menjawab/);
  assert.equal(surveyRows(server), rows0, 'the survey tables are as they were');
  assert.equal(await auditCount(admin), audit0, 'nothing added to the audit trail');
});

test('results are withheld while the survey runs', async () => {
  const r = await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}/hasil`);
  assert.equal(r.status, 409, r.text);
  assert.equal(r.json.error.field, 'status');
});

test('after closing, results come in cells of 5 or more, smaller groups rolled up', async () => {
  await step(hr, survey.id, 'tutup');
  const r = await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}/hasil`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.jumlah_jawaban, 11);
  const all = r.json.keseluruhan;
  const clarity = all.pertanyaan[0];
  const expected = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const v of [...YAN_VALUES, ...REST_VALUES]) expected[v]++;
  assert.deepEqual(clarity.sebaran, expected);
  assert.equal(clarity.rata_rata, Math.round((34 / 11) * 100) / 100);
  const cells = Object.fromEntries(r.json.sel.map((c) => [c.unit, c]));
  assert.deepEqual(Object.keys(cells).sort(), ['Kecamatan Asemrowo', 'Seksi Pelayanan']);
  assert.equal(cells['Seksi Pelayanan'].jawaban, 6);
  assert.equal(cells['Seksi Pelayanan'].aspek[0].rata_rata, 4);
  assert.equal(cells['Kecamatan Asemrowo'].jawaban, 5);
  assert.equal(cells['Kecamatan Asemrowo'].aspek[0].rata_rata, 2);
  assert.match(cells['Kecamatan Asemrowo'].termasuk, /Seksi Pemerintahan/);
  for (const c of r.json.sel) assert.ok(c.jawaban >= 5, `${c.unit}: ${c.jawaban} answers`);
  // free texts: only in cells of 5 or more, without dates
  const texts = all.pertanyaan[4].jawaban_teks;
  assert.deepEqual([...texts].sort(), ['Kurangi formulir.', MARK].sort());
  assert.deepEqual(cells['Seksi Pelayanan'].pertanyaan[4].jawaban_teks, [MARK]);
});

test('a result asked for a group under 5 is refused, naming where it went', async () => {
  const pem = await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}/hasil?unit=${units['ASM-PEM']}`);
  assert.equal(pem.status, 403, pem.text);
  assert.equal(pem.json.error.field, 'unit');
  assert.match(pem.json.error.message, /3 jawaban, kurang dari 5.*Kecamatan Asemrowo/);
  const kesra = await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}/hasil?unit=${units['ASM-KESRA']}`);
  assert.equal(kesra.status, 403, kesra.text);
  assert.match(kesra.json.error.message, /kurang dari 5 orang/);
  const yan = await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}/hasil?unit=${units['ASM-YAN']}`);
  assert.equal(yan.status, 200, yan.text);
  assert.equal(yan.json.sel.jawaban, 6);
});

test('a survey with fewer than 5 answers shows no result at all', async () => {
  const small = await createSurvey(hr, { periode_id: survey.periode_id, unit_id: units['ASM-YAN'] });
  await step(hr, small.id, 'buka');
  const opened = (await hr.api('GET', `/api/v1/evaluasi/survei/${small.id}`)).json;
  for (const e of people['ASM-YAN'].slice(0, 4)) assert.equal((await answerAs(server, e.nip, opened, [4])).status, 201);
  await step(hr, small.id, 'tutup');
  const r = await hr.api('GET', `/api/v1/evaluasi/survei/${small.id}/hasil`);
  assert.equal(r.status, 403, r.text);
  assert.equal(r.json.error.field, 'survei');
  assert.match(r.json.error.message, /hanya mendapat 4 jawaban.*paling sedikit 5/);
});

test('anonymity: the answer tables hold nothing that joins them to a respondent', () => {
  assert.deepEqual(columnsOf(server, 'survey_text'), ['id', 'survey_id', 'group_unit_id', 'question_id', 'text']);
  assert.deepEqual(columnsOf(server, 'survey_tally'), ['survey_id', 'group_unit_id', 'question_id', 'value', 'count']);
  assert.deepEqual(columnsOf(server, 'survey_respondent'), ['id', 'survey_id', 'employee_id', 'group_unit_id']);
});

test('anonymity: no reply, page or audit entry names who answered what', async () => {
  const nips = Object.values(people).flat().map((e) => e.nip);
  const replies = [
    await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}/hasil`),
    await hr.api('GET', `/api/v1/evaluasi/survei/${survey.id}`),
    await hr.api('GET', '/evaluasi/survei/' + survey.id + '/hasil'),
    await admin.api('GET', '/api/v1/evaluasi/perbandingan'),
  ];
  for (const r of replies) {
    assert.equal(r.status, 200, r.text.slice(0, 300));
    for (const nip of nips) assert.ok(!r.text.includes(nip), `a NIP in ${r.text.slice(0, 80)}`);
  }
  const audit = await auditLatest(admin, '&entitas=survei', 100);
  const answers = audit.filter((a) => a.aksi === 'jawab');
  assert.equal(answers.length, 15, 'one audit entry per answer (11 + 4)');
  const text = JSON.stringify(audit);
  assert.ok(!text.includes(MARK) && !text.includes('Kurangi formulir'), 'no answer text in the audit trail');
  for (const a of answers) assert.deepEqual(a.sesudah, { responden: 'terhitung' });
});
