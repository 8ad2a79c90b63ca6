// 360-degree behaviour feedback, the core: HR opens a round for a
// checkpoint and the raters are assigned automatically (superior, peers in
// the same unit under the same superior, direct subordinates, self; nobody
// a peer of themselves); HR adds and removes raters, with every refusal;
// raters answer the seven BerAKHLAK values or decline, with every refusal
// (out of scale, not assigned, a second answer); and anonymity: with two
// peer answers the person rated and their superior see no peer figures or
// comments, with three they still see nothing while the round is open
// (watching figures change answer by answer would reveal one rater's
// scores) and, once it is closed, aggregates and comments without names;
// nothing they can reach (API or page) names a rater.
//
// The people are Seksi Pelayanan of the demo office: Dewi (the demo
// "pegawai") rated by Hosniyah (her pejabat penilai, the demo "pejabat"),
// her five colleagues, and Sukri of Seksi Pemerintahan whom HR adds as an
// extra peer (Dewi does not rate him, so his name has no business on any
// page she sees).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, loginAs, startServer } from './harness.mjs';
import { auditCount, employeeByNip } from './util.mjs';
import { loginNip, pageText } from './plan_util.mjs';
import {
  CAMAT, SUKRI, VALUE_CODES, YAN, answerBody, checkpoints, leaks, openRound, raterList, taskFor,
} from './r360_util.mjs';

let server;
let admin;
let hr;
let auditor;
const people = {};     // key -> employee record (id, nip, nama, ...)
const as = {};         // key -> logged-in client
let round;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  auditor = await loginAs(server, 'auditor');
  for (const [key, nip] of Object.entries({ ...YAN, sukri: SUKRI, camat: CAMAT })) {
    people[key] = await employeeByNip(admin, nip);
  }
  for (const key of ['dewi', 'hosniyah', 'nur', 'achmad', 'siti', 'halimah', 'sukri']) {
    as[key] = await loginNip(server, people[key].nip);
  }
});

after(async () => {
  await server?.stop();
});

const byGroup = (items, grp) => items.filter((a) => a.kelompok === grp).map((a) => a.penilai.id).sort((x, y) => x - y);
const ids = (...keys) => keys.map((k) => people[k].id).sort((x, y) => x - y);

test('opening a round is HR work, and bad input is refused naming the field with nothing written', async () => {
  const cps = await checkpoints(admin);
  const cp = cps['Triwulan IV-Akhir'];
  const audit0 = await auditCount(admin);
  const pegawai = await as.dewi.api('POST', '/api/v1/360/putaran', { checkpoint_id: cp, tutup_pada: '2099-01-01' });
  assert.equal(pegawai.status, 403, pegawai.text);
  const cases = [
    [{ tutup_pada: '2099-01-01' }, 'checkpoint_id'],
    [{ checkpoint_id: 999999, tutup_pada: '2099-01-01' }, 'checkpoint_id'],
    [{ checkpoint_id: cp, tutup_pada: '2020-01-01' }, 'tutup_pada'],
    [{ checkpoint_id: cp, tutup_pada: '2099-02-30' }, 'tutup_pada'],
    [{ checkpoint_id: cp }, 'tutup_pada'],
    [{ checkpoint_id: 'satu', tutup_pada: '2099-01-01' }, 'checkpoint_id'],
    [{ checkpoint_id: cp, tutup_pada: '2099-01-01', warna: 'biru' }, 'warna'],
  ];
  for (const [body, field] of cases) {
    const r = await hr.api('POST', '/api/v1/360/putaran', body);
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field, r.text);
    assert.ok(r.json.error.message.length > 5);
  }
  const noCsrf = await hr.api('POST', '/api/v1/360/putaran', { checkpoint_id: cp, tutup_pada: '2099-01-01' }, { csrf: false });
  assert.equal(noCsrf.status, 403, noCsrf.text);
  assert.equal(noCsrf.json.error.field, '_csrf');
  assert.equal(await auditCount(admin), audit0, 'a refused opening wrote to the audit trail');
  const list = await admin.api('GET', '/api/v1/360/putaran');
  assert.equal(list.json.total, 0, 'a refused opening created a round');
});

test('HR opens a round for a checkpoint: raters are assigned automatically', async () => {
  const cps = await checkpoints(admin);
  round = await openRound(hr, cps['Triwulan IV-Akhir']);
  assert.equal(round.status, 'terbuka');
  assert.equal(round.skala, 3);
  assert.equal(round.ambang, 3);
  assert.ok(round.penugasan_dibuat > 100, `only ${round.penugasan_dibuat} assignments`);
  const again = await admin.api('POST', '/api/v1/360/putaran', { checkpoint_id: cps['Triwulan IV-Akhir'], tutup_pada: '2099-01-01' });
  assert.equal(again.status, 409, again.text);
  assert.equal(again.json.error.field, 'checkpoint_id');

  const dewi = await raterList(hr, round.id, people.dewi.id);
  assert.deepEqual(byGroup(dewi, 'atasan'), ids('hosniyah'), 'Dewi is rated by her pejabat penilai');
  assert.deepEqual(byGroup(dewi, 'rekan'), ids('nur', 'achmad', 'siti', 'halimah', 'samsul'),
    'her peers are the others in Seksi Pelayanan under the same Kepala Seksi, not herself');
  assert.deepEqual(byGroup(dewi, 'bawahan'), [], 'a pelaksana has no subordinates');
  assert.deepEqual(byGroup(dewi, 'diri'), ids('dewi'), 'and a self-assessment');
  assert.ok(dewi.every((a) => a.sumber === 'otomatis' && a.status === 'menunggu'));

  const boss = await raterList(hr, round.id, people.hosniyah.id);
  assert.deepEqual(byGroup(boss, 'bawahan'), ids('dewi', 'nur', 'achmad', 'siti', 'halimah', 'samsul'),
    'the Kepala Seksi is rated by her direct subordinates');
  assert.deepEqual(byGroup(boss, 'atasan'), ids('camat'), 'and by the Camat');
  assert.deepEqual(byGroup(boss, 'diri'), ids('hosniyah'));
});

test('nobody rates themselves except in the self-assessment, and everyone has one', async () => {
  const all = await auditor.api('GET', `/api/v1/360/putaran/${round.id}/penilai`);
  assert.equal(all.status, 200, all.text);
  assert.equal(all.json.total, round.penugasan_dibuat);
  const selfRows = all.json.items.filter((a) => a.pegawai.id === a.penilai.id);
  assert.ok(selfRows.every((a) => a.kelompok === 'diri'), 'someone rates themselves outside the self-assessment');
  const diri = all.json.items.filter((a) => a.kelompok === 'diri');
  assert.ok(diri.every((a) => a.pegawai.id === a.penilai.id));
  const rated = new Set(all.json.items.map((a) => a.pegawai.id));
  assert.equal(diri.length, rated.size, 'one self-assessment per person rated');
  const pairs = new Set(all.json.items.map((a) => `${a.pegawai.id}/${a.penilai.id}`));
  assert.equal(pairs.size, all.json.items.length, 'a pair assigned twice');
});

test('HR adds and removes raters; refusals name the problem and change nothing', async () => {
  const url = `/api/v1/360/putaran/${round.id}/penilai`;
  const add = await hr.api('POST', url, { pegawai_id: people.dewi.id, penilai_id: people.sukri.id, kelompok: 'rekan' });
  assert.equal(add.status, 201, add.text);
  assert.equal(add.json.sumber, 'manual');
  assert.equal(add.json.penilai.id, people.sukri.id);

  const audit0 = await auditCount(admin);
  const refusals = [
    [hr, { pegawai_id: people.dewi.id, penilai_id: people.sukri.id, kelompok: 'rekan' }, 409, 'penilai_id'],
    [hr, { pegawai_id: people.dewi.id, penilai_id: people.dewi.id, kelompok: 'rekan' }, 422, 'penilai_id'],
    [hr, { pegawai_id: people.dewi.id, penilai_id: people.dewi.id, kelompok: 'atasan' }, 422, 'penilai_id'],
    [hr, { pegawai_id: people.dewi.id, penilai_id: people.camat.id, kelompok: 'diri' }, 422, 'kelompok'],
    [hr, { pegawai_id: people.dewi.id, penilai_id: people.camat.id, kelompok: 'teman' }, 422, 'kelompok'],
    [hr, { pegawai_id: people.dewi.id, penilai_id: 999999, kelompok: 'rekan' }, 422, 'penilai_id'],
    [hr, { pegawai_id: 999999, penilai_id: people.camat.id, kelompok: 'rekan' }, 422, 'pegawai_id'],
    [hr, { pegawai_id: people.dewi.id, kelompok: 'rekan' }, 422, 'penilai_id'],
    [as.hosniyah, { pegawai_id: people.dewi.id, penilai_id: people.camat.id, kelompok: 'rekan' }, 403, null],
  ];
  for (const [client, body, status, field] of refusals) {
    const r = await client.api('POST', url, body);
    assert.equal(r.status, status, `${JSON.stringify(body)}: ${r.text}`);
    if (field) assert.equal(r.json.error.field, field, r.text);
  }
  // HR never sees or changes their own list.
  const me = (await hr.api('GET', '/api/v1/me')).json.employee_id;
  const own = await hr.api('GET', `${url}?pegawai=${me}`);
  assert.equal(own.status, 403, own.text);
  const ownAdd = await hr.api('POST', url, { pegawai_id: me, penilai_id: people.camat.id, kelompok: 'rekan' });
  assert.equal(ownAdd.status, 403, ownAdd.text);
  const everyone = await hr.api('GET', url);
  assert.ok(everyone.json.items.every((a) => a.pegawai.id !== me), 'HR sees who rates them');
  // Nobody but HR reads rater lists.
  const pegawai = await as.dewi.api('GET', `${url}?pegawai=${people.dewi.id}`);
  assert.equal(pegawai.status, 403, pegawai.text);
  assert.equal(await auditCount(admin), audit0, 'a refusal wrote to the audit trail');

  // Removing: an unanswered assignment goes, with an audit row.
  const extra = await hr.api('POST', url, { pegawai_id: people.dewi.id, penilai_id: people.camat.id, kelompok: 'atasan' });
  assert.equal(extra.status, 201, extra.text);
  const del = await hr.api('DELETE', `/api/v1/360/penilai/${extra.json.id}`);
  assert.equal(del.status, 200, del.text);
  assert.equal(del.json.dihapus, true);
  const gone = await hr.api('DELETE', `/api/v1/360/penilai/${extra.json.id}`);
  assert.equal(gone.status, 404, gone.text);
  assert.deepEqual(byGroup(await raterList(hr, round.id, people.dewi.id), 'atasan'), ids('hosniyah'));
});

test('answers out of scale, incomplete, from someone not assigned or too long are refused, nothing written', async () => {
  const task = await taskFor(as.sukri, round.id, people.dewi.id);
  assert.equal(task.dapat_diisi, true);
  assert.equal(task.kelompok, 'rekan');
  const url = `/api/v1/360/tugas/${task.id}/jawab`;
  const audit0 = await auditCount(admin);
  const partial = answerBody(2);
  delete partial.nilai.kompeten;
  const cases = [
    [as.sukri, answerBody(4), 422, 'nilai.berorientasi_pelayanan'],
    [as.sukri, answerBody([2, 2, 2, 0, 2, 2, 2]), 422, 'nilai.harmonis'],
    [as.sukri, answerBody([2, 2, 2, 2, 2, 2, -1]), 422, 'nilai.kolaboratif'],
    [as.sukri, answerBody([2, 2, 2, 2, 2, 2, '3']), 422, 'nilai.kolaboratif'],
    [as.sukri, partial, 422, 'nilai.kompeten'],
    [as.sukri, { nilai: { ...answerBody(2).nilai, jujur: 3 } }, 422, 'nilai.jujur'],
    [as.sukri, { komentar: 'tanpa nilai' }, 422, 'nilai'],
    [as.sukri, answerBody(2, 'x'.repeat(1001)), 422, 'komentar'],
    [as.dewi, answerBody(2), 403, 'penugasan'],
    [as.hosniyah, answerBody(2), 403, 'penugasan'],
  ];
  for (const [client, body, status, field] of cases) {
    const r = await client.api('POST', url, body);
    assert.equal(r.status, status, `${JSON.stringify(body).slice(0, 200)}: ${r.text}`);
    assert.equal(r.json.error.field, field, r.text);
  }
  const unknown = await as.sukri.api('POST', '/api/v1/360/tugas/999999/jawab', answerBody(2));
  assert.equal(unknown.status, 404, unknown.text);
  assert.equal(await auditCount(admin), audit0, 'a refused answer wrote to the audit trail');
  const still = await taskFor(as.sukri, round.id, people.dewi.id);
  assert.equal(still.status, 'menunggu');
  const other = await as.dewi.api('GET', `/api/v1/360/tugas/${task.id}`);
  assert.equal(other.status, 403, 'someone else reads the form');
});

test('a form sent from the page with values left out or off the scale lists each at the top, linked to its value', async () => {
  const task = await taskFor(as.sukri, round.id, people.dewi.id);
  const page = await as.sukri.get(`/360/tugas/${task.id}`);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /id="galat-jawaban"|aria-invalid/, 'no refusal before anything is sent');
  const fields = Object.fromEntries(VALUE_CODES.map((c) => [`nilai.${c}`, '2']));
  delete fields['nilai.akuntabel'];
  delete fields['nilai.loyal'];
  fields['nilai.adaptif'] = '7';
  const audit0 = await auditCount(admin);
  const bad = await as.sukri.postForm(`/360/tugas/${task.id}/jawab`, { ...fields, komentar: 'Cekatan' });
  assert.equal(bad.status, 422, bad.text.slice(0, 300));
  const summary = /<div[^>]*id="galat-jawaban"[^>]*>([\s\S]*?)<\/div>/.exec(bad.text);
  assert.ok(summary, 'a summary of the refusal');
  assert.match(summary[0], /role="alert"/);
  assert.ok(bad.text.indexOf('id="galat-jawaban"') < bad.text.indexOf('<dl'), 'at the top, above the form');
  assert.match(pageText(summary[1]), /^Jawaban belum dikirim:/);
  const links = [...summary[1].matchAll(/<a [^>]*href="#([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(links, [
    ['nilai-akuntabel', 'Nilai Akuntabel wajib diisi'],
    ['nilai-loyal', 'Nilai Loyal wajib diisi'],
    ['nilai-adaptif', 'Nilai Adaptif harus 1 sampai 3, bukan 7'],
  ], 'each problem, in the order of the form');
  for (const code of VALUE_CODES) {
    const group = new RegExp(`<fieldset[^>]*id="nilai-${code}"[^>]*>`).exec(bad.text)?.[0];
    assert.ok(group, `the group of ${code}`);
    assert.match(group, /role="radiogroup"/);
    const wrong = ['akuntabel', 'loyal', 'adaptif'].includes(code);
    assert.equal(/aria-invalid="true"/.test(group), wrong, group);
    assert.match(group, new RegExp(`aria-describedby="p-${code}${wrong ? ` e-${code}` : ''}"`), group);
    if (wrong) assert.match(bad.text, new RegExp(`id="e-${code}">Nilai `), `the message of ${code}`);
  }
  assert.equal(await auditCount(admin), audit0, 'a refused answer wrote nothing');
  assert.equal((await taskFor(as.sukri, round.id, people.dewi.id)).status, 'menunggu');
});

test('a rater answers once: a second answer is refused and an answered rater cannot be removed', async () => {
  const task = await taskFor(as.sukri, round.id, people.dewi.id);
  const url = `/api/v1/360/tugas/${task.id}/jawab`;
  const ok = await as.sukri.api('POST', url, answerBody([3, 3, 2, 2, 3, 2, 1], 'Selalu sigap membantu warga.'));
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.status, 'dijawab');
  assert.equal(ok.json.dapat_diisi, false);
  const audit0 = await auditCount(admin);
  const again = await as.sukri.api('POST', url, answerBody(1));
  assert.equal(again.status, 409, again.text);
  const decline = await as.sukri.api('POST', `/api/v1/360/tugas/${task.id}/tolak`, { alasan: 'berubah pikiran' });
  assert.equal(decline.status, 409, decline.text);
  const remove = await hr.api('DELETE', `/api/v1/360/penilai/${task.id}`);
  assert.equal(remove.status, 409, remove.text);
  assert.equal(await auditCount(admin), audit0);
  const own = await as.sukri.api('GET', `/api/v1/360/tugas/${task.id}`);
  assert.equal(own.status, 200, own.text);
  assert.deepEqual(own.json.jawaban.nilai, answerBody([3, 3, 2, 2, 3, 2, 1]).nilai, 'the rater reads back their own answer');
});

test('a rater may decline with a reason, and the reason is required', async () => {
  const task = await taskFor(as.halimah, round.id, people.dewi.id);
  const url = `/api/v1/360/tugas/${task.id}/tolak`;
  for (const body of [{}, { alasan: '   ' }, { alasan: 'x'.repeat(501) }]) {
    const r = await as.halimah.api('POST', url, body);
    assert.equal(r.status, 422, r.text);
    assert.equal(r.json.error.field, 'alasan');
  }
  const notMine = await as.nur.api('POST', url, { alasan: 'bukan saya' });
  assert.equal(notMine.status, 403, notMine.text);
  const ok = await as.halimah.api('POST', url, { alasan: 'Baru dua minggu bekerja bersama' });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.status, 'ditolak');
  const answer = await as.halimah.api('POST', `/api/v1/360/tugas/${task.id}/jawab`, answerBody(2));
  assert.equal(answer.status, 409, 'a declined form is answered after all');
  const list = await raterList(hr, round.id, people.dewi.id);
  const row = list.find((a) => a.id === task.id);
  assert.equal(row.alasan_tolak, 'Baru dua minggu bekerja bersama', 'HR reads the reason');
});

/* ---------------------------------------------------------------- anonymity */

const dewiResults = (client, query = '') => client.api('GET', `/api/v1/360/putaran/${round.id}/hasil${query}`);

test('with two peer answers the person rated and their superior see no peer figures or comments', async () => {
  const task = await taskFor(as.nur, round.id, people.dewi.id);
  const r = await as.nur.api('POST', `/api/v1/360/tugas/${task.id}/jawab`, answerBody([2, 3, 3, 2, 2, 3, 2], 'Teliti memeriksa berkas.'));
  assert.equal(r.status, 200, r.text);
  for (const [who, res] of [['Dewi', await dewiResults(as.dewi)],
    ['her superior', await dewiResults(as.hosniyah, `?pegawai=${people.dewi.id}`)]]) {
    assert.equal(res.status, 200, `${who}: ${res.text}`);
    const rekan = res.json.kelompok.find((g) => g.kelompok === 'rekan');
    assert.equal(rekan.jawaban, 2);
    assert.equal(rekan.ditampilkan, false, `${who} sees peer figures from two answers`);
    assert.deepEqual(rekan.nilai, []);
    assert.deepEqual(rekan.komentar, []);
    assert.ok(!res.text.includes('Teliti memeriksa') && !res.text.includes('sigap'), `${who} reads a peer comment`);
  }
  for (const [client, query] of [[as.dewi, ''], [as.hosniyah, `?pegawai=${people.dewi.id}`]]) {
    const page = await client.get(`/360/hasil/${round.id}${query}`);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes('Teliti memeriksa') && !page.text.includes('sigap'));
    assert.match(page.text, /Belum ditampilkan/);
  }
});

test('while the round is open even three peer answers are withheld: no figures, no comments', async () => {
  const task = await taskFor(as.achmad, round.id, people.dewi.id);
  const r = await as.achmad.api('POST', `/api/v1/360/tugas/${task.id}/jawab`, answerBody([1, 3, 2, 2, 2, 3, 3], 'Apik'));
  assert.equal(r.status, 200, r.text);
  // Figures that change with each answer would let a watcher work out one
  // rater's scores: nothing but the counts shows until the round closes.
  for (const res of [await dewiResults(as.dewi), await dewiResults(as.hosniyah, `?pegawai=${people.dewi.id}`),
    await dewiResults(hr, `?pegawai=${people.dewi.id}`)]) {
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.ditahan, true);
    const rekan = res.json.kelompok.find((g) => g.kelompok === 'rekan');
    assert.equal(rekan.jawaban, 3);
    assert.equal(rekan.ditampilkan, false);
    assert.deepEqual(rekan.nilai, []);
    assert.ok(!res.text.includes('Teliti memeriksa') && !res.text.includes('Apik'), 'a peer comment shows');
  }
  const page = await as.dewi.get(`/360/hasil/${round.id}`);
  assert.match(page.text, /setelah putaran\s+ditutup/);
  assert.ok(!page.text.includes('Teliti memeriksa berkas.'));
});

test('the self-assessment is kept apart, for the person and their superior only', async () => {
  const task = await taskFor(as.dewi, round.id, people.dewi.id);
  assert.equal(task.kelompok, 'diri');
  const r = await as.dewi.api('POST', `/api/v1/360/tugas/${task.id}/jawab`, answerBody(3, 'Saya berusaha'));
  assert.equal(r.status, 200, r.text);
  const own = await dewiResults(as.dewi);
  assert.equal(own.json.diri.dijawab, true);
  assert.equal(own.json.diri.nilai[0].rata_rata, 3);
  assert.deepEqual(own.json.diri.komentar, ['Saya berusaha']);
  assert.ok(!own.json.kelompok.some((g) => g.kelompok === 'diri'), 'self mixed into the groups');
  const boss = await dewiResults(as.hosniyah, `?pegawai=${people.dewi.id}`);
  assert.equal(boss.json.diri.dijawab, true);
  const hrView = await dewiResults(hr, `?pegawai=${people.dewi.id}`);
  assert.equal(hrView.json.diri, null, 'HR reads the self-assessment');
  const peer = await dewiResults(as.nur, `?pegawai=${people.dewi.id}`);
  assert.equal(peer.status, 403, 'a peer reads her results');
});

/** Every 360 response `client` can reach, as [what, text]. */
async function reachable(client, query) {
  const out = [];
  const get = async (path, api) => {
    const r = api ? await client.api('GET', path) : await client.get(path);
    out.push([path, r.text]);
    return r;
  };
  await get('/', false);
  await get('/360', false);
  await get(`/360/hasil/${round.id}${query}`, false);
  await get('/api/v1/360/putaran', true);
  await get(`/api/v1/360/putaran/${round.id}`, true);
  await get(`/api/v1/360/putaran/${round.id}/hasil${query}`, true);
  await get(`/api/v1/360/putaran/${round.id}/penilai?pegawai=${people.dewi.id}`, true);
  await get(`/360/putaran/${round.id}?pegawai=${people.dewi.id}`, false);
  const tasks = await get('/api/v1/360/tugas', true);
  for (const t of tasks.json.items) {
    await get(`/api/v1/360/tugas/${t.id}`, true);
    await get(`/360/tugas/${t.id}`, false);
  }
  return out;
}

test('nothing the person rated or their superior can reach names a rater', async () => {
  const raters = (await raterList(hr, round.id, people.dewi.id)).map((a) => a.penilai);
  // The scan finds what it looks for: HR's list names Sukri.
  const hrList = await hr.api('GET', `/api/v1/360/putaran/${round.id}/penilai?pegawai=${people.dewi.id}`);
  assert.ok(leaks(hrList.text, people.sukri).length >= 3, 'the scan does not find Sukri in HR\'s list');
  const hrPage = await hr.get(`/360/putaran/${round.id}?pegawai=${people.dewi.id}`);
  assert.ok(leaks(hrPage.text, people.sukri).length >= 2, 'the scan does not find Sukri on HR\'s page');
  for (const [who, client, query] of [['dewi', as.dewi, ''], ['hosniyah', as.hosniyah, `?pegawai=${people.dewi.id}`]]) {
    const me = people[who];
    for (const [path, text] of await reachable(client, query)) {
      // Sukri rates Dewi but is rated by neither of them: he appears nowhere.
      assert.deepEqual(leaks(text, people.sukri), [], `${who}: ${path} shows Sukri`);
      // The results name no rater at all (but the reader's own name is in the menu).
      if (path.includes('/hasil')) {
        for (const p of raters.filter((x) => x.id !== me.id && x.id !== people.dewi.id)) {
          assert.deepEqual(leaks(text, p), [], `${who}: ${path} names rater ${p.nama}`);
        }
        if (path.startsWith('/api')) {
          assert.ok(!/"(penilai|penilai_id|penugasan|assignment_id)"/.test(text), `${who}: ${path} carries raters`);
        }
      }
    }
  }
});

test('answering after the closing date or the close is refused; closing is HR work', async () => {
  const task = await taskFor(as.siti, round.id, people.dewi.id);
  const url = `/api/v1/360/tugas/${task.id}/jawab`;
  const past = await hr.api('PUT', `/api/v1/360/putaran/${round.id}`, { tutup_pada: '2020-01-31' });
  assert.equal(past.status, 200, past.text);
  assert.equal(past.json.menerima_jawaban, false);
  const late = await as.siti.api('POST', url, answerBody(2));
  assert.equal(late.status, 409, late.text);
  assert.equal(late.json.error.field, 'putaran');
  assert.match(late.json.error.message, /lewat/);
  const reopen = await hr.api('PUT', `/api/v1/360/putaran/${round.id}`, { tutup_pada: '2099-12-31' });
  assert.equal(reopen.status, 200, reopen.text);
  const bad = await hr.api('PUT', `/api/v1/360/putaran/${round.id}`, { tutup_pada: '31-12-2099' });
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.json.error.field, 'tutup_pada');
  const pegawai = await as.dewi.api('POST', `/api/v1/360/putaran/${round.id}/tutup`);
  assert.equal(pegawai.status, 403, pegawai.text);
  const close = await hr.api('POST', `/api/v1/360/putaran/${round.id}/tutup`);
  assert.equal(close.status, 200, close.text);
  assert.equal(close.json.status, 'ditutup');
  const audit0 = await auditCount(admin);
  const closed = await as.siti.api('POST', url, answerBody(2));
  assert.equal(closed.status, 409, closed.text);
  const add = await hr.api('POST', `/api/v1/360/putaran/${round.id}/penilai`,
    { pegawai_id: people.dewi.id, penilai_id: people.camat.id, kelompok: 'rekan' });
  assert.equal(add.status, 409, add.text);
  const twice = await hr.api('POST', `/api/v1/360/putaran/${round.id}/tutup`);
  assert.equal(twice.status, 409, twice.text);
  assert.equal(await auditCount(admin), audit0);
});

test('once the round is closed three peer answers show as aggregates and comments, without names', async () => {
  // Sukri 3,3,2,2,3,2,1; Nur 2,3,3,2,2,3,2; Achmad 1,3,2,2,2,3,3
  for (const res of [await dewiResults(as.dewi), await dewiResults(as.hosniyah, `?pegawai=${people.dewi.id}`),
    await dewiResults(hr, `?pegawai=${people.dewi.id}`), await dewiResults(auditor, `?pegawai=${people.dewi.id}`)]) {
    assert.equal(res.status, 200, res.text);
    const rekan = res.json.kelompok.find((g) => g.kelompok === 'rekan');
    assert.equal(res.json.ditahan, false);
    assert.equal(rekan.ditampilkan, true);
    assert.equal(rekan.jawaban, 3);
    const pel = rekan.nilai.find((v) => v.kode === 'berorientasi_pelayanan');
    assert.equal(pel.jumlah, 3);
    assert.equal(pel.rata_rata, 2);
    assert.deepEqual(pel.tingkat, { di_bawah: 1, sesuai: 1, di_atas: 1 });
    const kol = rekan.nilai.find((v) => v.kode === 'kolaboratif');
    assert.equal(kol.rata_rata, 2);
    assert.deepEqual(rekan.komentar, ['Apik', 'Selalu sigap membantu warga.', 'Teliti memeriksa berkas.'],
      'comments sorted by text');
    const atasan = res.json.kelompok.find((g) => g.kelompok === 'atasan');
    assert.equal(atasan.ditampilkan, false, 'the single superior is a group of one');
  }
  const page = await as.dewi.get(`/360/hasil/${round.id}`);
  assert.ok(page.text.includes('Teliti memeriksa berkas.') && page.text.includes('Apik'));
});


test('every change is in the audit trail, and an answer row says only which assignment', async () => {
  const rounds = await admin.api('GET', `/api/v1/audit?entitas=round360&id=${round.id}`);
  assert.deepEqual(rounds.json.items.map((e) => e.aksi).sort(), ['create', 'tutup', 'update', 'update']);
  const raters = await admin.api('GET', '/api/v1/audit?entitas=rater360&per_page=100');
  const actions = raters.json.items.map((e) => e.aksi);
  for (const a of ['create', 'delete', 'jawab', 'tolak']) assert.ok(actions.includes(a), `no ${a} in the audit trail`);
  for (const e of raters.json.items.filter((x) => x.aksi === 'jawab')) {
    assert.deepEqual(e.sesudah, { status: 'dijawab' }, 'an answer audit row holds more than its state');
    assert.equal(e.sebelum, null);
  }
  const dewiAnswer = raters.json.items.find((e) => e.aksi === 'jawab' && e.login === people.sukri.nip);
  assert.ok(dewiAnswer, 'the answer is recorded under the rater who gave it');
});
