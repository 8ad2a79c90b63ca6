// Briefing (sosialisasi) pages, clicking as people would (forms with CSRF
// tokens, no JavaScript): HR writes a guide with a quiz in its text form
// (a refusal shows the form again with what was typed and the field
// named, writing nothing), publishes it; Dewi finds it on her home page
// and her list, answers the quiz wrongly (her answers kept, the wrong
// questions marked), then rightly, and states she understood it; HR's
// coverage page shows the figures and reminds the rest, who see it on
// their home page; a change makes a new version; the administrator names
// the criteria guide and the assessment form and the explanation page
// link to it.  The tests run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount } from './util.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { NUR, activeIn, coverage, rowsOf, unitIds } from './briefing_util.mjs';

let server;
let admin;
let hr;
let dewi;
let nur;
let pejabat;
let units;
const ids = {};

const QUIZ_TEXT = '? Berapa hari batas pengajuan keberatan?\n- 7 hari\n* 14 hari\n- 30 hari\n\n'
  + '? Siapa pejabat penilai?\n* Atasan langsung\n- Camat\n';

/** The form of `path` as `client`: GET it (for the token), then POST `fields` to `action`. */
async function submit(client, path, action, fields) {
  const page = await client.get(path);
  assert.equal(page.status, 200, `GET ${path}: ${page.text.slice(0, 300)}`);
  return client.postForm(action, fields);
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  dewi = await loginAs(server, 'pegawai');
  pejabat = await loginAs(server, 'pejabat');
  nur = await loginNip(server, NUR);
  units = await unitIds(admin);
});

after(async () => {
  await server?.stop();
});

test('HR writes a guide: a bad quiz shows the form again with what was typed, nothing written', async () => {
  const form = await hr.get('/sosialisasi/baru');
  assert.equal(form.status, 200);
  assert.match(form.text, /name="kuis"/);
  assert.match(form.text, /Seksi Pelayanan/, 'the units of the scope are offered');
  const audit0 = await auditCount(admin);
  const bad = await hr.postForm('/sosialisasi', {
    judul: 'Tata Cara <Keberatan>', jenis: 'prosedur', unit_id: units['ASM-YAN'],
    isi: '# Langkah\n- Ajukan dalam **14 hari**', kuis: '? Pertanyaan\nteks tanpa tanda\n', lulus_minimal: '0',
  });
  assert.equal(bad.status, 422);
  assert.match(pageText(bad.text), /Kuis baris 2/);
  assert.match(bad.text, /id="f-kuis"[^>]*is-invalid/);
  assert.match(bad.text, /value="Tata Cara &lt;Keberatan&gt;"/, 'the title typed is kept, escaped');
  assert.match(bad.text, /# Langkah\n- Ajukan dalam \*\*14 hari\*\*<\/textarea>/, 'the text typed is kept');
  assert.equal(await auditCount(admin), audit0);

  const ok = await hr.postForm('/sosialisasi', {
    judul: 'Tata Cara <Keberatan>', jenis: 'prosedur', unit_id: units['ASM-YAN'],
    isi: '# Langkah\n- Ajukan dalam **14 hari**\n- Lihat [penilaian](/penilaian)',
    kuis: QUIZ_TEXT, lulus_minimal: '0',
  });
  assert.equal(ok.status, 303, ok.text.slice(0, 500));
  const m = /^\/sosialisasi\/(\d+)\?pesan=sosialisasi_dibuat$/.exec(ok.location);
  assert.ok(m, ok.location);
  ids.guide = Number(m[1]);
  const page = await hr.get(ok.location);
  assert.match(pageText(page.text), /Panduan telah disimpan sebagai draf/);
  assert.match(page.text, /<h2 class="h5">Langkah<\/h2>/);
  assert.match(page.text, /<strong>14 hari<\/strong>/);
  assert.match(page.text, /14 hari ✓ \(benar\)/, 'HR sees the right answers');
  const pub = await hr.postForm(`/sosialisasi/${ids.guide}/terbitkan`, { version: 1 });
  assert.equal(pub.status, 303);
  assert.match(pageText((await hr.get(pub.location)).text), /Panduan telah diterbitkan/);
});

test('Dewi sees it on her home page and her list; a wrong quiz keeps her answers', async () => {
  const home = await dewi.get('/');
  assert.match(home.text, /id="sosialisasi-menunggu"/);
  assert.match(home.text, /Tata Cara &lt;Keberatan&gt;/);
  const list = await dewi.get('/sosialisasi');
  assert.match(list.text, new RegExp(`id="perlu-dibaca"[\\s\\S]*data-panduan="${ids.guide}"[\\s\\S]*id="sudah-dibaca"`));
  const page = await dewi.get(`/sosialisasi/${ids.guide}`);
  assert.match(page.text, /name="jawaban_1"/);
  assert.ok(!/✓ \(benar\)/.test(page.text), 'employees do not see the right answers');
  assert.equal(rowsOf(server, 'guide_reader', ids.guide, ' AND first_opened_at IS NOT NULL'), 1, 'opening recorded');

  const audit0 = await auditCount(admin);
  const missing = await dewi.postForm(`/sosialisasi/${ids.guide}/ketahui`, { versi: 1, jawaban_1: 1, paham: 1 });
  assert.equal(missing.status, 422);
  assert.match(pageText(missing.text), /Pertanyaan 2 belum dijawab/);
  assert.match(missing.text, /id="f-jawaban-1-1" value="1" checked/, 'the answer given is kept');
  const noBox = await dewi.postForm(`/sosialisasi/${ids.guide}/ketahui`, { versi: 1, jawaban_1: 1, jawaban_2: 0 });
  assert.equal(noBox.status, 422);
  assert.match(pageText(noBox.text), /Centang pernyataan/);
  assert.equal(await auditCount(admin), audit0, 'refusals write nothing');

  const wrong = await dewi.postForm(`/sosialisasi/${ids.guide}/ketahui`, { versi: 1, jawaban_1: 0, jawaban_2: 0, paham: 1 });
  assert.equal(wrong.status, 303);
  assert.match(wrong.location, /pesan=sosialisasi_kuis_belum_lulus/);
  const again = await dewi.get(wrong.location.replace(/#.*/, ''));
  assert.match(pageText(again.text), /Percobaan terakhir: 1 dari 2 benar/);
  assert.match(again.text, /data-pertanyaan="1"><p class="mb-1">1\. Berapa hari batas pengajuan keberatan\? <span class="badge text-bg-danger">Salah/);
  assert.match(again.text, /id="f-jawaban-1-0" value="0" checked/, 'her last answers are kept');
  assert.equal(rowsOf(server, 'guide_ack', ids.guide), 0);

  const right = await dewi.postForm(`/sosialisasi/${ids.guide}/ketahui`, { versi: 1, jawaban_1: 1, jawaban_2: 0, paham: 1 });
  assert.equal(right.status, 303);
  assert.match(right.location, /pesan=sosialisasi_dipahami/);
  const done = await dewi.get(right.location);
  assert.match(pageText(done.text), /Anda menyatakan memahami versi 1 panduan ini/);
  assert.equal(rowsOf(server, 'guide_attempt', ids.guide), 2);
  assert.match((await dewi.get('/sosialisasi')).text,
    new RegExp(`id="sudah-dipahami"[\\s\\S]*data-panduan="${ids.guide}"`));
  assert.ok(!/id="sosialisasi-menunggu"/.test((await dewi.get('/')).text), 'nothing waits on her home page');
});

test('HR\'s coverage page shows the figures and reminds the rest', async () => {
  const yan = await activeIn(admin, units['ASM-YAN']);
  const page = await hr.get(`/sosialisasi/${ids.guide}/cakupan`);
  assert.equal(page.status, 200);
  const pct = String(Math.round(1000 / yan) / 10).replace('.', ',');
  assert.match(page.text, new RegExp(`data-unit="ASM-YAN">.*?<td>${yan}</td><td>1</td><td>1</td><td>${pct}%</td>`));
  assert.match(pageText(page.text), new RegExp(`Belum menyatakan paham \\(${yan - 1}\\)`));
  const rem = await hr.postForm(`/sosialisasi/${ids.guide}/pengingat`, {});
  assert.equal(rem.status, 303);
  const after1 = await hr.get(rem.location.replace(/#.*/, ''));
  assert.match(pageText(after1.text), /Pengingat telah dicatat/);
  assert.match(after1.text, /1×, terakhir/);
  const c = await coverage(hr, ids.guide);
  assert.ok(c.belum.every((p) => p.pengingat === 1));
  const home = await nur.get('/');
  assert.match(home.text, /id="sosialisasi-menunggu"[\s\S]*Tata Cara &lt;Keberatan&gt;[\s\S]*Pengingat/);
});

test('changing the text makes a new version Dewi must acknowledge again', async () => {
  const edit = await hr.get(`/sosialisasi/${ids.guide}/ubah`);
  assert.equal(edit.status, 200);
  assert.match(edit.text, /\? Berapa hari batas pengajuan keberatan\?\n- 7 hari\n\* 14 hari/, 'the quiz in its text form');
  assert.match(pageText(edit.text), /membuat versi baru/);
  const r = await hr.postForm(`/sosialisasi/${ids.guide}/ubah`, {
    version: /name="version" value="(\d+)"/.exec(edit.text)[1], judul: 'Tata Cara <Keberatan>', jenis: 'prosedur',
    unit_id: units['ASM-YAN'], isi: '# Langkah\n- Ajukan dalam **14 hari kalender**', kuis: QUIZ_TEXT, lulus_minimal: '1',
  });
  assert.equal(r.status, 303, r.text.slice(0, 300));
  assert.match(r.location, /pesan=sosialisasi_versi_baru/);
  const list = await dewi.get('/sosialisasi');
  assert.match(list.text, new RegExp(`id="perlu-dibaca"[\\s\\S]*data-panduan="${ids.guide}"[\\s\\S]*Versi baru[\\s\\S]*id="sudah-dibaca"`));
  assert.match((await dewi.get('/')).text, /id="sosialisasi-menunggu"/);
});

test('the criteria guide is linked from the assessment form and the explanation page', async () => {
  const g = await admin.api('POST', '/api/v1/sosialisasi', { judul: 'Kriteria Penilaian 2026', jenis: 'kriteria', isi: 'Kriteria.' });
  await admin.api('POST', `/api/v1/sosialisasi/${g.json.id}/terbitkan`, {});
  const list = await admin.get('/sosialisasi');
  assert.match(list.text, /action="\/sosialisasi\/kriteria"/);
  const unitOnly = await admin.postForm('/sosialisasi/kriteria', { panduan_id: ids.guide });
  assert.equal(unitOnly.status, 409, 'a guide for one unit cannot be the criteria guide');
  const r = await admin.postForm('/sosialisasi/kriteria', { panduan_id: g.json.id });
  assert.equal(r.status, 303);
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  const tw1 = (await admin.api('GET', `/api/v1/periode/${own.skp.periode_id}`)).json.checkpoint[0].id;
  const link = new RegExp(`id="kriteria-penilaian">Kriteria penilaian: <a href="/sosialisasi/${g.json.id}">Kriteria Penilaian 2026</a>`);
  const form = await pejabat.get(`/penilaian/${own.skp.id}?jenis=periodik&titik=${tw1}`);
  assert.equal(form.status, 200);
  assert.match(form.text, link);
  const explain = await dewi.get(`/skp/${own.skp.id}/penjelasan`);
  assert.equal(explain.status, 200);
  assert.match(explain.text, link);
});

test('attachments through the page: a refused file shows the guide again, a PDF downloads', async () => {
  const page = await hr.get(`/sosialisasi/${ids.guide}`);
  assert.match(page.text, /data-form="lampiran"/);
  const audit0 = await auditCount(admin);
  const bad = await hr.postMultipart(`/sosialisasi/${ids.guide}/lampiran`, {},
    { berkas: { name: 'skrip.exe', type: 'application/octet-stream', content: Buffer.from('MZ') } });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /data-form="lampiran">.*alert-danger/s);
  assert.equal(await auditCount(admin), audit0);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  const ok = await hr.postMultipart(`/sosialisasi/${ids.guide}/lampiran`, {},
    { berkas: { name: 'juknis.pdf', type: 'application/pdf', content: pdf } });
  assert.equal(ok.status, 303);
  const shown = await dewi.get(`/sosialisasi/${ids.guide}`);
  const href = /href="(\/sosialisasi-lampiran\/\d+)">juknis\.pdf/.exec(shown.text);
  assert.ok(href, 'the attachment is listed');
  const dl = await dewi.get(href[1]);
  assert.equal(dl.status, 200);
  assert.equal(dl.headers.get('content-type'), 'application/pdf');
});
