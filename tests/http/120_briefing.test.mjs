// Briefing (sosialisasi) through the API: HR publishes a guide to a unit
// or the whole office; the employees it addresses see it and nobody else
// does; opening is recorded; acknowledging a guide not addressed to the
// employee is refused with nothing written; a quiz must be passed (wrong
// answers kept, retried); coverage per unit is exact; reminders are
// recorded; a new version needs acknowledging again; a later joiner of
// the unit is addressed; withdrawing ends it.
//
// People: Dewi (the demo pegawai) and Nur in Seksi Pelayanan (ASM-YAN),
// Sukri in Seksi Pemerintahan (ASM-PEM); the demo pengelola (scope: the
// whole kecamatan, an employee of the Subbagian Umum) is HR.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount } from './util.mjs';
import { addEmployee, loginNip } from './plan_util.mjs';
import {
  NUR, QUIZ, RIGHT, SUKRI, activeIn, coverage, createGuide, myGuideIds, publishGuide,
  readGuide, rowsOf, unitIds,
} from './briefing_util.mjs';

let server;
let admin;
let hr;
let dewi;
let nur;
let sukri;
let units;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  dewi = await loginAs(server, 'pegawai');
  nur = await loginNip(server, NUR);
  sukri = await loginNip(server, SUKRI);
  units = await unitIds(admin);
});

after(async () => {
  await server?.stop();
});

test('a draft is HR\'s alone; once published the unit sees it and others are refused', async () => {
  const g = await createGuide(hr, { judul: 'Tata cara realisasi', unit_id: units['ASM-YAN'] });
  assert.equal(g.status, 'draf');
  assert.equal(g.versi, 1);
  await readGuide(dewi, g.id, 404);
  assert.ok(!(await myGuideIds(dewi)).includes(g.id), 'a draft is on nobody\'s list');

  const pub = await hr.api('POST', `/api/v1/sosialisasi/${g.id}/terbitkan`, { version: g.version });
  assert.equal(pub.status, 200, pub.text);
  assert.ok((await myGuideIds(dewi)).includes(g.id), 'Dewi (ASM-YAN) sees it');
  assert.ok((await myGuideIds(nur)).includes(g.id), 'Nur (ASM-YAN) sees it');
  assert.ok(!(await myGuideIds(sukri)).includes(g.id), 'Sukri (ASM-PEM) does not');
  const refused = await sukri.api('GET', `/api/v1/sosialisasi/${g.id}`);
  assert.equal(refused.status, 403);
  assert.match(refused.json.error.message, /tidak ditujukan kepada Anda/);
  assert.match(refused.json.error.message, /Seksi Pelayanan/);
  const again = await hr.api('POST', `/api/v1/sosialisasi/${g.id}/terbitkan`);
  assert.equal(again.status, 409, 'published already');
});

test('opening is recorded once per version, and shows on the employee\'s list', async () => {
  const g = await publishGuide(hr, { judul: 'Panduan dibuka', unit_id: units['ASM-YAN'] });
  const mine = (await dewi.api('GET', '/api/v1/sosialisasi')).json.items.find((x) => x.id === g.id);
  assert.equal(mine.saya.status, 'belum_dibaca');
  const audit0 = await auditCount(admin);
  const read = await readGuide(dewi, g.id);
  assert.equal(read.saya.status, 'dibaca');
  assert.ok(read.saya.dibuka_pertama, 'first opened at');
  assert.equal(read.saya.versi_dibuka, 1);
  assert.equal(await auditCount(admin), audit0 + 1, 'the opening is in the audit trail');
  await readGuide(dewi, g.id);
  assert.equal(await auditCount(admin), audit0 + 1, 'opening again writes nothing');
  await readGuide(hr, g.id);
  assert.equal(rowsOf(server, 'guide_reader', g.id), 1, 'HR reading it is no opening');
});

test('acknowledging a guide not addressed to the employee is refused, nothing written', async () => {
  const g = await publishGuide(hr, { judul: 'Hanya Seksi Pelayanan', unit_id: units['ASM-YAN'] });
  const audit0 = await auditCount(admin);
  const bySukri = await sukri.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  assert.equal(bySukri.status, 403);
  assert.match(bySukri.json.error.message, /tidak ditujukan kepada Anda/);
  // HR reads the guide but is not in its audience: refused by the store, naming it
  const byHr = await hr.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  assert.equal(byHr.status, 403);
  assert.equal(byHr.json.error.field, 'pegawai');
  assert.match(byHr.json.error.message, /tidak ditujukan kepada Anda: ditujukan kepada Seksi Pelayanan/);
  assert.equal(await auditCount(admin), audit0, 'nothing in the audit trail');
  assert.equal(rowsOf(server, 'guide_ack', g.id), 0, 'no acknowledgement stored');
  assert.equal(rowsOf(server, 'guide_reader', g.id), 0, 'no opening stored');
  assert.equal((await coverage(hr, g.id)).jumlah.diketahui, 0);
});

test('a quiz must be passed before acknowledging; wrong answers are kept and retried', async () => {
  const g = await publishGuide(hr, { judul: 'Kriteria dengan kuis', unit_id: units['ASM-YAN'],
    kuis: QUIZ, lulus_minimal: 2 });
  const seen = await readGuide(dewi, g.id);
  assert.equal(seen.kuis.jumlah, 3);
  assert.equal(seen.kuis.perlu_benar, 2);
  assert.ok(seen.kuis.pertanyaan.every((q) => !('jawaban' in q)), 'the right answers are not shown to employees');
  assert.deepEqual((await readGuide(hr, g.id)).kuis.pertanyaan.map((q) => q.jawaban), RIGHT, 'HR sees them');

  const audit0 = await auditCount(admin);
  const early = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  assert.equal(early.status, 409);
  assert.equal(early.json.error.field, 'kuis');
  const bad = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/kuis`, { jawaban: [1, 0] });
  assert.equal(bad.status, 422, 'two answers for three questions');
  assert.equal(bad.json.error.field, 'jawaban');
  assert.equal(await auditCount(admin), audit0, 'refusals write nothing');
  assert.equal(rowsOf(server, 'guide_attempt', g.id), 0);

  const wrong = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/kuis`, { jawaban: [0, 0, 0] });
  assert.equal(wrong.status, 200, wrong.text);
  assert.deepEqual(wrong.json, { benar: 1, jumlah: 3, perlu_benar: 2, lulus: false, salah: [1, 3] });
  assert.equal((await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {})).status, 409,
    'a failed attempt does not allow acknowledging');
  const pass = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/kuis`, { jawaban: [1, 0, 0] });
  assert.equal(pass.json.lulus, true);
  assert.equal(pass.json.benar, 2);
  const ack = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, { versi: 1 });
  assert.equal(ack.status, 200, ack.text);
  assert.equal(ack.json.saya.status, 'diketahui');
  assert.equal(ack.json.saya.versi_diketahui, 1);
  assert.equal(rowsOf(server, 'guide_attempt', g.id), 2, 'both attempts are kept');
  assert.equal(rowsOf(server, 'guide_attempt', g.id, " AND answers = '[0,0,0]' AND passed = 0"), 1,
    'with their answers');
  const audit1 = await auditCount(admin);
  const twice = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  assert.equal(twice.status, 200);
  assert.equal(await auditCount(admin), audit1, 'acknowledging again writes nothing');
  assert.equal(rowsOf(server, 'guide_ack', g.id), 1);
});

test('acknowledging without a quiz, and a new version needs acknowledging again', async () => {
  const g = await publishGuide(hr, { judul: 'Prosedur SKP', jenis: 'prosedur', unit_id: units['ASM-YAN'] });
  const ack = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  assert.equal(ack.status, 200, ack.text);
  assert.equal(ack.json.saya.status, 'diketahui');
  assert.ok(ack.json.saya.dibuka_pertama, 'acknowledging records the opening too');

  const cur = await readGuide(hr, g.id);
  const edit = await hr.api('PUT', `/api/v1/sosialisasi/${g.id}`, {
    judul: cur.judul, jenis: 'prosedur', isi: `${cur.isi}\n- Langkah baru`, unit_id: units['ASM-YAN'],
    version: cur.version,
  });
  assert.equal(edit.status, 200, edit.text);
  assert.equal(edit.json.versi, 2, 'a change of the text makes version 2');
  const mine = (await dewi.api('GET', '/api/v1/sosialisasi')).json.items.find((x) => x.id === g.id);
  assert.equal(mine.saya.status, 'belum_dibaca');
  assert.equal(mine.saya.versi_baru, true);
  assert.equal((await coverage(hr, g.id)).jumlah.diketahui, 0, 'version 1 no longer counts');
  const stale = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, { versi: 1 });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.field, 'versi');
  const again = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, { versi: 2 });
  assert.equal(again.status, 200);
  assert.equal(again.json.saya.versi_diketahui, 2);
  assert.equal(rowsOf(server, 'guide_ack', g.id), 2, 'each version\'s acknowledgement is kept');

  // a change of the audience alone keeps the version
  const now = await readGuide(hr, g.id);
  const move = await hr.api('PUT', `/api/v1/sosialisasi/${g.id}`, {
    judul: now.judul, jenis: 'prosedur', isi: now.isi, unit_id: units.ASM, version: now.version,
  });
  assert.equal(move.status, 200, move.text);
  assert.equal(move.json.versi, 2);
  assert.equal((await readGuide(dewi, g.id)).saya.status, 'diketahui');
});

test('coverage per unit is exact, and HR reminds those who have not acknowledged', async () => {
  const g = await publishGuide(admin, { judul: 'Untuk seluruh kantor' });
  const all = await activeIn(admin, 0);
  const yan = await activeIn(admin, units['ASM-YAN']);
  await readGuide(nur, g.id);
  await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  const c = await coverage(hr, g.id);
  assert.equal(c.jumlah.dituju, all, 'every active employee is addressed');
  assert.equal(c.jumlah.dibuka, 2);
  assert.equal(c.jumlah.diketahui, 1);
  assert.equal(c.jumlah.persen, Math.round(1000 / all) / 10);
  const row = c.per_unit.find((u) => u.kode === 'ASM-YAN');
  assert.deepEqual({ dituju: row.dituju, dibuka: row.dibuka, diketahui: row.diketahui },
    { dituju: yan, dibuka: 2, diketahui: 1 });
  assert.equal(row.persen, Math.round(1000 / yan) / 10);
  assert.equal(c.per_unit.reduce((s, u) => s + u.dituju, 0), all, 'the units add up');
  assert.equal(c.belum.length, all - 1);
  assert.ok(!c.belum.some((p) => p.nip === server.accounts.pegawai.login), 'Dewi is not on the list');
  const yanOnly = await coverage(hr, g.id, `?unit=${units['ASM-YAN']}`);
  assert.equal(yanOnly.belum.length, yan - 1);

  const audit0 = await auditCount(admin);
  const ackd = await hr.api('POST', `/api/v1/sosialisasi/${g.id}/pengingat`,
    { pegawai_id: await dewiId() });
  assert.equal(ackd.status, 409, 'Dewi has acknowledged');
  assert.equal(await auditCount(admin), audit0);
  const rem = await hr.api('POST', `/api/v1/sosialisasi/${g.id}/pengingat`, {});
  assert.equal(rem.status, 200, rem.text);
  assert.equal(rem.json.diingatkan, all - 1);
  assert.equal(await auditCount(admin), audit0 + 1, 'one audit row for the reminder');
  const after1 = await coverage(hr, g.id);
  assert.ok(after1.belum.every((p) => p.pengingat === 1 && p.diingatkan), 'each reminder recorded');
  const mine = (await nur.api('GET', '/api/v1/sosialisasi')).json.items.find((x) => x.id === g.id);
  assert.equal(mine.saya.pengingat, 1);
  const home = await nur.get('/');
  assert.match(home.text, /id="sosialisasi-menunggu"/);
  assert.match(home.text, /Untuk seluruh kantor/);
  assert.match(home.text, /Pengingat/);
});

async function dewiId() {
  const me = await dewi.api('GET', '/api/v1/me');
  return me.json.employee_id;
}

test('an employee who joins the unit later is addressed too', async () => {
  const g = await publishGuide(hr, { judul: 'Untuk pendatang', unit_id: units['ASM-YAN'] });
  const before0 = (await coverage(hr, g.id)).jumlah.dituju;
  const { client } = await addEmployee(server, admin,
    { nip: '199001152015011099', nama: 'Pegawai Baru Pelayanan', unit: 'ASM-YAN' });
  assert.ok((await myGuideIds(client)).includes(g.id));
  assert.equal((await coverage(hr, g.id)).jumlah.dituju, before0 + 1);
  const ack = await client.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  assert.equal(ack.status, 200, ack.text);
});

test('attachments: kept in the database, a new version when published, downloads for readers', async () => {
  const g = await publishGuide(hr, { judul: 'Dengan lampiran', unit_id: units['ASM-YAN'] });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  const up = await hr.postMultipart(`/api/v1/sosialisasi/${g.id}/lampiran`, {},
    { berkas: { name: 'Juknis SKP 2026.pdf', type: 'application/pdf', content: pdf } });
  assert.equal(up.status, 201, up.text);
  assert.equal((await readGuide(hr, g.id)).versi, 2, 'a new file is a new version');
  const audit0 = await auditCount(admin);
  const fake = await hr.postMultipart(`/api/v1/sosialisasi/${g.id}/lampiran`, {},
    { berkas: { name: 'juknis.pdf', type: 'application/pdf', content: Buffer.from('MZ not a pdf at all') } });
  assert.equal(fake.status, 422);
  assert.equal(fake.json.error.field, 'berkas');
  assert.equal(await auditCount(admin), audit0);
  const dl = await dewi.get(up.json.unduh);
  assert.equal(dl.status, 200);
  assert.match(dl.headers.get('content-disposition'), /attachment; filename="Juknis_SKP_2026.pdf"; filename\*=UTF-8''Juknis%20SKP%202026.pdf/);
  assert.equal((await sukri.get(up.json.unduh)).status, 403);
  const del = await hr.api('DELETE', `/api/v1/sosialisasi-lampiran/${up.json.id}`);
  assert.equal(del.status, 200, del.text);
  assert.equal(del.json.lampiran.length, 0);
  assert.equal(del.json.versi, 3);
});

test('the text is rendered from the markup, never as HTML', async () => {
  const g = await publishGuide(hr, { judul: 'Markup', unit_id: units['ASM-YAN'],
    isi: '# Judul\n<script>alert(1)</script>\n- **tebal**\n[aman](https://bkn.go.id) [jahat](javascript:alert(1))' });
  const r = await readGuide(dewi, g.id);
  assert.ok(!r.isi_html.includes('<script>'));
  assert.match(r.isi_html, /&lt;script&gt;/);
  assert.match(r.isi_html, /<h2 class="h5">Judul<\/h2>/);
  assert.match(r.isi_html, /<li><strong>tebal<\/strong><\/li>/);
  assert.match(r.isi_html, /<a href="https:\/\/bkn.go.id" rel="noopener noreferrer">aman<\/a>/);
  assert.ok(!/href="javascript/i.test(r.isi_html));
});

test('bad input is refused naming the field, nothing written', async () => {
  const audit0 = await auditCount(admin);
  const cases = [
    [{ judul: '', isi: 'x' }, 'judul'],
    [{ judul: 'x', isi: '   ' }, 'isi'],
    [{ judul: 'x', isi: 'x', jenis: 'surat' }, 'jenis'],
    [{ judul: 'x', isi: 'x', unit_id: 999999 }, 'unit_id'],
    [{ judul: 'x', isi: 'x', kuis: [{ pertanyaan: 'Q', pilihan: ['a'], jawaban: 0 }] }, 'kuis'],
    [{ judul: 'x', isi: 'x', kuis: [{ pertanyaan: 'Q', pilihan: ['a', 'b'], jawaban: 5 }] }, 'kuis'],
    [{ judul: 'x', isi: 'x', kuis: QUIZ, lulus_minimal: 4 }, 'lulus_minimal'],
  ];
  for (const [body, field] of cases) {
    const r = await hr.api('POST', '/api/v1/sosialisasi', body);
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field);
  }
  assert.equal(await auditCount(admin), audit0);
});

test('the criteria guide: only a published guide for the whole office, linked from the assessment', async () => {
  const unitGuide = await publishGuide(hr, { judul: 'Kriteria unit', unit_id: units['ASM-YAN'] });
  const audit0 = await auditCount(admin);
  const refused = await admin.api('PUT', '/api/v1/sosialisasi/kriteria', { panduan_id: unitGuide.id });
  assert.equal(refused.status, 409);
  assert.equal(refused.json.error.field, 'panduan_id');
  assert.equal(await auditCount(admin), audit0);
  const g = await publishGuide(admin, { judul: 'Kriteria Penilaian Kinerja 2026', jenis: 'kriteria' });
  const set = await admin.api('PUT', '/api/v1/sosialisasi/kriteria', { panduan_id: g.id });
  assert.equal(set.status, 200, set.text);
  const got = await dewi.api('GET', '/api/v1/sosialisasi/kriteria');
  assert.deepEqual(got.json.panduan, { id: g.id, judul: 'Kriteria Penilaian Kinerja 2026', tautan: `/sosialisasi/${g.id}` });
  assert.equal((await readGuide(dewi, g.id)).kriteria_penilaian, true);
  const wd = await admin.api('POST', `/api/v1/sosialisasi/${g.id}/tarik`, {});
  assert.equal(wd.status, 200);
  assert.equal((await dewi.api('GET', '/api/v1/sosialisasi/kriteria')).json.panduan, null,
    'a withdrawn guide is no longer the criteria guide');
});

test('a withdrawn guide leaves the lists and cannot be acknowledged', async () => {
  const g = await publishGuide(hr, { judul: 'Akan ditarik', unit_id: units['ASM-YAN'] });
  const wd = await hr.api('POST', `/api/v1/sosialisasi/${g.id}/tarik`, {});
  assert.equal(wd.status, 200, wd.text);
  assert.equal(wd.json.status, 'ditarik');
  assert.ok(!(await myGuideIds(dewi)).includes(g.id));
  const audit0 = await auditCount(admin);
  const ack = await dewi.api('POST', `/api/v1/sosialisasi/${g.id}/ketahui`, {});
  assert.equal(ack.status, 409);
  assert.equal(ack.json.error.field, 'status');
  const edit = await hr.api('PUT', `/api/v1/sosialisasi/${g.id}`, { judul: 'x', isi: 'y' });
  assert.equal(edit.status, 409);
  assert.equal(await auditCount(admin), audit0);
});
