// The evaluation pages as a clerk and employees use them, without
// JavaScript: HR writes a survey through the form (a refusal keeps what
// was typed and names the field), changes its questions, opens it with
// the button; an employee finds it on the home page, answers it (a
// missing answer is refused with the rest kept), and it leaves the home
// page; a second answer through the page is refused; once HR closes it
// the results page shows the cells, and the CLI writes the same results
// as CSV, refusing a unit under the threshold.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { loginNip, pageText } from './plan_util.mjs';
import { csvObjects } from './util.mjs';
import { employeesOf, periodId, unitIds, wibDate } from './140_evaluation_util.mjs';

let server;
let hr;
let admin;
let units;
let yan;
let surveyId;

before(async () => {
  server = await startServer();
  hr = await loginAs(server, 'pengelola');
  admin = await loginAs(server, 'admin');
  units = await unitIds(admin);
  yan = await employeesOf(admin, units, 'ASM-YAN');
});

after(async () => {
  await server?.stop();
});

function formFields(periode, extra = {}) {
  return {
    judul: 'Survei Seksi Pelayanan', periode_id: String(periode), unit_id: String(units['ASM-YAN']),
    dibuka: wibDate(0), ditutup: wibDate(7),
    pertanyaan_1_jenis: 'skala', pertanyaan_1_aspek: 'kejelasan', pertanyaan_1_teks: 'Kriteria penilaian jelas.',
    pertanyaan_2_jenis: 'skala', pertanyaan_2_aspek: 'beban', pertanyaan_2_teks: 'Pengisian SKP tidak memberatkan.',
    pertanyaan_3_jenis: 'teks', pertanyaan_3_aspek: 'lain', pertanyaan_3_teks: 'Saran Anda.',
    ...extra,
  };
}

test('the new survey form starts from the default questions', async () => {
  const r = await hr.get('/evaluasi/survei/baru');
  assert.equal(r.status, 200);
  const text = pageText(r.text);
  assert.match(r.text, /name="pertanyaan_4_teks"[^>]*value="Waktu dan tenaga/);
  assert.match(text, /Ditujukan kepada/);
});

test('a refused form keeps what was typed and names the field', async () => {
  const periode = await periodId(hr);
  const r = await hr.postForm('/evaluasi/survei', formFields(periode, { ditutup: '2020-01-01' }));
  assert.equal(r.status, 422);
  assert.match(pageText(r.text), /Tanggal ditutup tidak boleh sebelum tanggal dibuka/);
  assert.match(r.text, /value="Survei Seksi Pelayanan"/);
  assert.match(r.text, /value="Pengisian SKP tidak memberatkan\."/);
  const ok = await hr.postForm('/evaluasi/survei', formFields(periode));
  assert.equal(ok.status, 303, ok.text);
  assert.match(ok.location, /^\/evaluasi\/survei\/\d+\?pesan=survei_dibuat$/);
  surveyId = Number(/survei\/(\d+)/.exec(ok.location)[1]);
  const page = pageText((await hr.get(ok.location)).text);
  assert.match(page, /Survei telah disimpan sebagai draf/);
  assert.match(page, /Kriteria penilaian jelas\./);
});

test('HR changes the draft (a row left empty is dropped) and opens it with the button', async () => {
  const edit = await hr.get(`/evaluasi/survei/${surveyId}/ubah`);
  assert.equal(edit.status, 200);
  const version = /name="version" value="(\d+)"/.exec(edit.text)[1];
  const r = await hr.postForm(`/evaluasi/survei/${surveyId}/ubah`,
    formFields(await periodId(hr), { version, pertanyaan_2_teks: '' }));
  assert.equal(r.status, 303, r.text);
  const s = (await hr.api('GET', `/api/v1/evaluasi/survei/${surveyId}`)).json;
  assert.deepEqual(s.pertanyaan.map((q) => q.teks), ['Kriteria penilaian jelas.', 'Saran Anda.']);
  const open = await hr.postForm(`/evaluasi/survei/${surveyId}/buka`, { version: String(s.version) });
  assert.equal(open.status, 303, open.text);
  assert.match(open.location, /pesan=survei_dibuka/);
  assert.equal((await hr.api('GET', `/api/v1/evaluasi/survei/${surveyId}`)).json.status, 'dibuka');
});

test('an employee answers from the home page card; a missing answer is refused with the rest kept', async () => {
  const c = await loginNip(server, yan[0].nip);
  const home = await c.get('/');
  assert.match(pageText(home.text), /1 survei evaluasi menunggu jawaban Anda/);
  const s = (await c.api('GET', `/api/v1/evaluasi/survei/${surveyId}`)).json;
  const [scale, text] = s.pertanyaan;
  const bad = await c.postForm(`/evaluasi/survei/${surveyId}/jawab`, { [`q_${text.id}`]: 'Kurangi kolom isian.' });
  assert.equal(bad.status, 422);
  assert.match(pageText(bad.text), /Pertanyaan 1 belum dijawab/);
  assert.match(bad.text, /Kurangi kolom isian\.<\/textarea>/);
  const ok = await c.postForm(`/evaluasi/survei/${surveyId}/jawab`,
    { [`q_${scale.id}`]: '4', [`q_${text.id}`]: 'Kurangi kolom isian.' });
  assert.equal(ok.status, 303, ok.text);
  assert.equal(ok.location, '/evaluasi?pesan=survei_dijawab');
  assert.doesNotMatch(pageText((await c.get('/')).text), /survei evaluasi menunggu/);
  assert.match(pageText((await c.get(`/evaluasi/survei/${surveyId}`)).text), /Anda sudah menjawab survei ini/);
  const again = await c.postForm(`/evaluasi/survei/${surveyId}/jawab`, { [`q_${scale.id}`]: '1' });
  assert.equal(again.status, 409);
  assert.match(pageText(again.text), /sudah menjawab/);
  for (const e of yan.slice(1, 5)) {
    const o = await loginNip(server, e.nip);
    const r = await o.postForm(`/evaluasi/survei/${surveyId}/jawab`, { [`q_${scale.id}`]: '2' });
    assert.equal(r.status, 303, r.text);
  }
});

test('after closing, the results page and the CLI give the cell; a unit under 5 is refused', async () => {
  const s = (await hr.api('GET', `/api/v1/evaluasi/survei/${surveyId}`)).json;
  assert.equal((await hr.postForm(`/evaluasi/survei/${surveyId}/tutup`, { version: String(s.version) })).status, 303);
  const page = await hr.get(`/evaluasi/survei/${surveyId}/hasil`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /5 jawaban dari \d+ pegawai/);
  assert.match(text, /Kriteria penilaian jelas\..*0\s*4\s*0\s*1\s*0\s*2,40/);
  assert.match(text, /Kurangi kolom isian\./);
  const cli = await runCli(['evaluation', 'survey', 'results', String(surveyId)], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(cli.code, 0, cli.stderr);
  const rows = csvObjects(cli.stdout);
  const scale = rows.find((x) => x.jenis === 'skala');
  assert.deepEqual([scale.jawaban, scale.n2, scale.n4, scale.rata_rata], ['5', '4', '1', '2,40']);
  assert.ok(rows.some((x) => x.teks === 'Kurangi kolom isian.'));
  const small = await runCli(['evaluation', 'survey', 'results', String(surveyId), '--unit', 'ASM-PEM'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(small.code, 1);
  assert.match(small.stderr, /kurang dari 5/);
});
