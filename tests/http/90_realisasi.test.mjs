// Realisasi and bukti dukung over the API, on the demo office's approved
// 2026 SKPs: the owner records a realisasi with a note; the achievement
// per IKI, RHK and SKP equals figures computed by hand (higher is better,
// lower is better, a range, the roll-up cap); a kualitatif SKP needs a
// description and shows no percentage; evidence files (a real PDF and PNG)
// come back byte for byte with their type, links are kept; and every
// refusal (someone else's IKI, a draft SKP, bad numbers, a stale version,
// bad files and links, a closed checkpoint) answers 4xx naming the field
// and changes nothing.  The tests run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { loginAs, startServer } from './harness.mjs';
import { auditLatest, positionByCode } from './util.mjs';
import { getSkp, loginNip, skpOfNip } from './plan_util.mjs';
import {
  assertMonitorUnchanged, assertRefused, checkpointNamed, download, ikiAt, ikiList, monitorSnapshot,
  monitorView, pdfBytes, pngBytes, putRealisasi, record,
} from './monitor_util.mjs';

const NUR = '198803022014112370';   // ASM-YAN-P02, the pegawai's colleague (approved SKP)

let server;
let admin;
let pegawai;        // Dewi Handayani, ASM-YAN-P01
let pejabat;        // Hosniyah Pratiwi, Kepala Seksi Pelayanan (naik, turun and range IKI)
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pegawai = await loginAs(server, 'pegawai');
  pejabat = await loginAs(server, 'pejabat');
  ids.own = (await skpOfNip(admin, server.accounts.pegawai.login)).skp.id;
  ids.boss = (await skpOfNip(admin, server.accounts.pejabat.login)).skp.id;
  ids.peer = (await skpOfNip(admin, NUR)).skp.id;
  const view = await monitorView(pegawai, ids.own);
  ids.t1 = checkpointNamed(view, 'Triwulan I').id;
  ids.t2 = checkpointNamed(view, 'Triwulan II').id;
  ids.ownIki = ikiList(checkpointNamed(view, 'Triwulan I')).map((k) => k.id);
  ids.peerIki = (await getSkp(admin, ids.peer)).hasil_kerja[0].iki[0].id;
  ids.period = view.periode.id;
});

after(async () => {
  await server?.stop();
});

const near = (got, want, what) =>
  assert.ok(got !== null && Math.abs(got - want) < 0.006, `${what}: got ${got}, want ${want.toFixed(4)}`);

test('the owner records a realisasi with a note: 201, version 1, shown with its achievement and audited', async () => {
  const r = await putRealisasi(pegawai, {
    iki_id: ids.ownIki[0], titik_periksa_id: ids.t1, nilai: '225,5',
    catatan: 'Termasuk berkas layanan keliling', version: 0,
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.nilai, '225.5');
  assert.equal(r.json.catatan, 'Termasuk berkas layanan keliling');
  assert.equal(r.json.version, 1);
  ids.ownReal = r.json.id;
  const view = await monitorView(pegawai, ids.own);
  assert.equal(view.boleh_catat, true);
  const t1 = checkpointNamed(view, 'Triwulan I');
  assert.equal(t1.status, 'terbuka');
  const k = ikiAt(t1, ids.ownIki[0]);
  assert.equal(k.realisasi.nilai, '225.5');
  assert.equal(k.realisasi.catatan, 'Termasuk berkas layanan keliling');
  assert.deepEqual(k.realisasi.bukti, []);
  near(k.capaian, (225.5 / Number(k.target_min)) * 100, 'capaian IKI');
  assert.equal(t1.iki_terisi, 1);
  assert.equal(ikiAt(checkpointNamed(view, 'Triwulan II'), ids.ownIki[0]).realisasi, null);
  const [entry] = await auditLatest(admin, '&entitas=realisasi', 1);
  assert.equal(entry.aksi, 'create');
  assert.equal(entry.entitas_id, ids.ownReal);
  assert.equal(entry.sesudah.value, '225.5');
});

test('changing it needs the version read: 200 and version 2', async () => {
  const r = await putRealisasi(pegawai, {
    iki_id: ids.ownIki[0], titik_periksa_id: ids.t1, nilai: 240, catatan: 'Direvisi', version: 1,
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.version, 2);
  assert.equal(r.json.nilai, '240');
  assert.equal(r.json.id, ids.ownReal);
});

test('achievement per IKI, RHK and SKP equals the hand-computed figures (naik, turun, range, cap)', async () => {
  const t1 = checkpointNamed(await monitorView(pejabat, ids.boss), 'Triwulan I');
  const [rhk1, rhk2, rhk3] = t1.hasil_kerja.filter((h) => h.jenis === 'utama');
  const up = rhk1.iki.find((k) => k.arah === 'naik' && !k.target_max);
  const down = rhk1.iki.find((k) => k.arah === 'turun');
  const range = rhk1.iki.find((k) => k.target_max);
  assert.ok(up && down && range, 'the Kepala Seksi\'s first RHK has naik, turun and range IKI');
  assert.deepEqual([up.target_min, down.target_min, range.target_min, range.target_max],
    ['95', '3', '1800', '2200']);
  await record(pejabat, ids.boss, 'Triwulan I', up.id, { nilai: 90 });
  await record(pejabat, ids.boss, 'Triwulan I', down.id, { nilai: '4' });
  await record(pejabat, ids.boss, 'Triwulan I', range.id, { nilai: 2000 });
  const [ikm, survey] = rhk2.iki;
  await record(pejabat, ids.boss, 'Triwulan I', ikm.id, { nilai: Number(ikm.target_min) * 1.3 });
  await record(pejabat, ids.boss, 'Triwulan I', survey.id, { nilai: 1 });

  const want = {
    up: (90 / 95) * 100,                 // 94.74
    down: (2 - 4 / 3) * 100,             // 66.67
    range: 100,                          // inside 1800-2200
    ikm: 130,                            // shown as computed
    survey: (1 / Number(survey.target_min)) * 100,
  };
  const rhk1Want = (want.up + want.down + want.range) / 3;
  const rhk2Want = (120 + want.survey) / 2;   // 130 counts as 120 in the mean
  let cp = checkpointNamed(await monitorView(pejabat, ids.boss), 'Triwulan I');
  const got = (id) => ikiAt(cp, id).capaian;
  near(got(up.id), want.up, 'naik');
  near(got(down.id), want.down, 'turun');
  near(got(range.id), want.range, 'range, inside');
  near(got(ikm.id), want.ikm, 'naik above target');
  near(got(survey.id), want.survey, 'naik below target');
  near(cp.hasil_kerja.find((h) => h.id === rhk1.id).capaian, rhk1Want, 'RHK 1');
  near(cp.hasil_kerja.find((h) => h.id === rhk2.id).capaian, rhk2Want, 'RHK 2 (capped)');
  assert.equal(cp.hasil_kerja.find((h) => h.id === rhk3.id).capaian, null, 'RHK 3 has nothing yet');
  near(cp.capaian_skp, (rhk1Want + rhk2Want) / 2, 'SKP: the mean of the utama RHK with a figure');
  assert.equal(cp.iki_terisi, 5);

  // above the range: compared with its upper bound
  await record(pejabat, ids.boss, 'Triwulan I', range.id, { nilai: 2500 });
  await record(pejabat, ids.boss, 'Triwulan I', down.id, { nilai: 7 });   // 2 - 7/3 < 0: 0
  cp = checkpointNamed(await monitorView(pejabat, ids.boss), 'Triwulan I');
  near(got(range.id), (2500 / 2200) * 100, 'range, above');
  near(got(down.id), 0, 'turun, far above target');
  near(cp.hasil_kerja.find((h) => h.id === rhk1.id).capaian,
    (want.up + 0 + (2500 / 2200) * 100) / 3, 'RHK 1 after the change');
});

test('a kualitatif SKP needs the description, keeps the value optional and shows no percentage', async () => {
  const post = await positionByCode(admin, 'ASM-YAN-P06');
  const holder = await admin.api('GET', `/api/v1/pegawai/${post.holder_id}`);
  const owner = await loginNip(server, holder.json.nip);
  const skp = (await skpOfNip(admin, holder.json.nip)).skp;
  const view = await monitorView(owner, skp.id);
  assert.equal(view.pendekatan, 'kualitatif');
  const t1 = checkpointNamed(view, 'Triwulan I');
  const iki = ikiList(t1)[0];
  const before0 = await monitorSnapshot(admin, [skp.id]);
  const bad = await putRealisasi(owner, { iki_id: iki.id, titik_periksa_id: t1.id, catatan: 'Tanpa uraian' });
  assertRefused(bad, 422, 'uraian', 'kualitatif without a description');
  await assertMonitorUnchanged(admin, before0, 'a kualitatif realisasi without a description');
  const ok = await putRealisasi(owner, {
    iki_id: iki.id, titik_periksa_id: t1.id, uraian: 'Semua pemohon memperoleh nomor antrean',
  });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.nilai, '');
  const after0 = checkpointNamed(await monitorView(owner, skp.id), 'Triwulan I');
  assert.equal(ikiAt(after0, iki.id).realisasi.uraian, 'Semua pemohon memperoleh nomor antrean');
  assert.equal(ikiAt(after0, iki.id).capaian, null);
  assert.equal(after0.capaian_skp, null);
});

test('a PDF and a PNG are stored and downloaded byte for byte with their type, a safe name and nosniff', async () => {
  const pdf = pdfBytes('Rekap verifikasi Triwulan I');
  const png = pngBytes();
  const name = 'Rekap TW I (verifikasi) ü.pdf';
  const up1 = await pegawai.postMultipart(`/api/v1/realisasi/${ids.ownReal}/bukti`, {},
    { berkas: { name, type: 'application/pdf', content: pdf } });
  assert.equal(up1.status, 201, up1.text);
  assert.equal(up1.json.jenis, 'berkas');
  assert.equal(up1.json.nama, name);
  assert.equal(up1.json.tipe, 'application/pdf');
  assert.equal(up1.json.ukuran, pdf.length);
  assert.equal(up1.json.sha256, createHash('sha256').update(pdf).digest('hex'));
  const up2 = await pegawai.postMultipart(`/api/v1/realisasi/${ids.ownReal}/bukti`, {},
    { berkas: { name: 'foto-loket.PNG', type: 'application/octet-stream', content: png } });
  assert.equal(up2.status, 201, up2.text);
  assert.equal(up2.json.tipe, 'image/png');
  ids.pdf = up1.json.id;
  ids.png = up2.json.id;

  for (const [id, bytes, type] of [[ids.pdf, pdf, 'application/pdf'], [ids.png, png, 'image/png']]) {
    const d = await download(pegawai, `/api/v1/bukti/${id}`);
    assert.equal(d.status, 200);
    assert.ok(d.bytes.equals(bytes), `evidence ${id} comes back byte for byte`);
    assert.equal(d.headers.get('content-type'), type);
    assert.equal(d.headers.get('x-content-type-options'), 'nosniff');
    assert.match(d.headers.get('content-disposition'), /^attachment; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''/);
  }
  const disp = (await download(pegawai, `/api/v1/bukti/${ids.pdf}`)).headers.get('content-disposition');
  assert.match(disp, /filename="Rekap_TW_I__verifikasi___.pdf"/);
  assert.match(disp, /filename\*=UTF-8''Rekap%20TW%20I%20%28verifikasi%29%20%C3%BC\.pdf$/);
  const k = ikiAt(checkpointNamed(await monitorView(pegawai, ids.own), 'Triwulan I'), ids.ownIki[0]);
  assert.deepEqual(k.realisasi.bukti.map((b) => [b.id, b.unduh]),
    [[ids.pdf, `/api/v1/bukti/${ids.pdf}`], [ids.png, `/api/v1/bukti/${ids.png}`]]);
});

test('a link is kept with its title; it has no file to download; evidence can be deleted', async () => {
  const r = await pegawai.api('POST', `/api/v1/realisasi/${ids.ownReal}/bukti`,
    { tautan: 'https://sswalfa.surabaya.go.id/laporan?tw=1', judul: 'Dasbor layanan SSW' });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.jenis, 'tautan');
  assert.equal(r.json.unduh, null);
  assert.equal(r.json.tautan, 'https://sswalfa.surabaya.go.id/laporan?tw=1');
  assert.equal((await pegawai.api('GET', `/api/v1/bukti/${r.json.id}`)).status, 404);
  const del = await pegawai.api('DELETE', `/api/v1/bukti/${ids.png}`);
  assert.equal(del.status, 200, del.text);
  assert.deepEqual(del.json, { dihapus: true, id: ids.png });
  assert.equal((await pegawai.api('GET', `/api/v1/bukti/${ids.png}`)).status, 404);
  const k = ikiAt(checkpointNamed(await monitorView(pegawai, ids.own), 'Triwulan I'), ids.ownIki[0]);
  assert.deepEqual(k.realisasi.bukti.map((b) => b.jenis), ['berkas', 'tautan']);
  const [entry] = await auditLatest(admin, '&entitas=evidence', 1);
  assert.equal(entry.aksi, 'delete');
  assert.equal(entry.sebelum.content_type, 'image/png');
});

/* ---- refusals: each answers 4xx naming the field and changes nothing ---------------------- */

async function refused(what, skpIds, send, status, field) {
  const before0 = await monitorSnapshot(admin, skpIds);
  const r = await send();
  assertRefused(r, status, field, what);
  await assertMonitorUnchanged(admin, before0, what);
  return r;
}

test('refused: an IKI of someone else\'s SKP (403), an unknown IKI or checkpoint (422)', async () => {
  await refused('someone else\'s IKI', [ids.own, ids.peer], () => putRealisasi(pegawai,
    { iki_id: ids.peerIki, titik_periksa_id: ids.t1, nilai: 5 }), 403, 'iki_id');
  await refused('an unknown IKI', [ids.own], () => putRealisasi(pegawai,
    { iki_id: 999999, titik_periksa_id: ids.t1, nilai: 5 }), 422, 'iki_id');
  await refused('an unknown checkpoint', [ids.own], () => putRealisasi(pegawai,
    { iki_id: ids.ownIki[1], titik_periksa_id: 999999, nilai: 5 }), 422, 'titik_periksa_id');
  await refused('no checkpoint', [ids.own], () => putRealisasi(pegawai,
    { iki_id: ids.ownIki[1], nilai: 5 }), 422, 'titik_periksa_id');
  await refused('an unknown key', [ids.own], () => putRealisasi(pegawai,
    { iki_id: ids.ownIki[1], titik_periksa_id: ids.t1, nilai: 5, skp_id: ids.own }), 422, 'skp_id');
});

test('refused: a realisasi for a draft SKP (409 naming the SKP\'s state)', async () => {
  const drafts = await admin.api('GET', '/api/v1/skp?status=draft');
  const draft = drafts.json.items.find((s) => s.jumlah_rhk > 0);
  assert.ok(draft, 'the demo has a draft SKP with results');
  const owner = await loginNip(server, draft.nip);
  const full = await getSkp(owner, draft.id);
  const iki = full.hasil_kerja.find((h) => h.iki.length).iki[0];
  const view = await monitorView(owner, draft.id);
  assert.equal(view.boleh_catat, false);
  const r = await refused('a draft SKP', [draft.id], () => putRealisasi(owner,
    { iki_id: iki.id, titik_periksa_id: ids.t1, nilai: 5 }), 409, 'iki_id');
  assert.match(r.json.error.message, /disetujui/);
});

test('refused: negative, non-numeric and missing values (422 on nilai)', async () => {
  const base = { iki_id: ids.ownIki[1], titik_periksa_id: ids.t1 };
  for (const [what, nilai] of [['negative', -5], ['negative text', '-0,5'], ['non-numeric', 'sembilan'],
    ['thousands separators', '1.000,5'], ['missing', undefined], ['empty', ''], ['a boolean', true]]) {
    const r = await refused(`a ${what} value`, [ids.own], () => putRealisasi(pegawai, { ...base, nilai }), 422, 'nilai');
    assert.match(r.json.error.message, /Realisasi|nilai/);
  }
});

test('refused: a stale version (409 on version), also 0 once one exists', async () => {
  const base = { iki_id: ids.ownIki[0], titik_periksa_id: ids.t1, nilai: 1 };
  await refused('a stale version', [ids.own], () => putRealisasi(pegawai, { ...base, version: 1 }), 409, 'version');
  await refused('version 0 while one exists', [ids.own], () => putRealisasi(pegawai, { ...base, version: 0 }), 409, 'version');
  await refused('a version for none yet', [ids.own], () => putRealisasi(pegawai,
    { ...base, iki_id: ids.ownIki[1], version: 3 }), 409, 'version');
});

test('refused: a file over 10 MiB (413), a forbidden type, content unlike its extension, an empty or missing file (422)', async () => {
  const url = `/api/v1/realisasi/${ids.ownReal}/bukti`;
  const big = Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024)]);
  const cases = [
    ['a file over 10 MiB', { name: 'besar.pdf', content: big }, 413, /paling besar 10 MiB/],
    ['an .exe', { name: 'setup.exe', content: Buffer.from('MZ\x90\x00\x03') }, 422, /\.exe tidak diizinkan/],
    ['a text file named .pdf', { name: 'laporan.pdf', content: Buffer.from('bukan pdf\n') }, 422, /bukan PDF/],
    ['a PDF named .png', { name: 'foto.png', content: pdfBytes() }, 422, /bukan PNG/],
    ['an empty file', { name: 'kosong.pdf', content: Buffer.alloc(0) }, 422, /kosong/],
  ];
  for (const [what, file, status, msg] of cases) {
    const r = await refused(what, [ids.own],
      () => pegawai.postMultipart(url, {}, { berkas: { type: 'application/pdf', ...file } }), status, 'berkas');
    assert.match(r.json.error.message, msg, what);
  }
  await refused('no berkas field', [ids.own],
    () => pegawai.postMultipart(url, { catatan: 'x' }, { lampiran: { name: 'a.pdf', content: pdfBytes() } }), 422, 'berkas');
});

test('refused: a link that is not http(s), or without a title (422)', async () => {
  const url = `/api/v1/realisasi/${ids.ownReal}/bukti`;
  for (const tautan of ['ftp://arsip.surabaya.go.id/a.pdf', 'javascript:alert(1)', 'www.surabaya.go.id',
    'https://', 'https://contoh.go.id/ada spasi']) {
    await refused(`the link ${tautan}`, [ids.own],
      () => pegawai.api('POST', url, { tautan, judul: 'Tautan' }), 422, 'tautan');
  }
  await refused('a link without a title', [ids.own],
    () => pegawai.api('POST', url, { tautan: 'https://surabaya.go.id' }), 422, 'judul');
});

test('a closed checkpoint: its realisasi and evidence no longer change; the calendar is fixed', async () => {
  const rec = await record(pegawai, ids.own, 'Triwulan II', ids.ownIki[1], { nilai: 50 });
  const up = await pegawai.postMultipart(`/api/v1/realisasi/${rec.id}/bukti`, {},
    { berkas: { name: 'tw2.pdf', type: 'application/pdf', content: pdfBytes('TW II') } });
  assert.equal(up.status, 201, up.text);
  assertRefused(await pejabat.api('POST', `/api/v1/titik-periksa/${ids.t2}/tutup`), 403, '', 'a non-admin closing');
  const close = await admin.api('POST', `/api/v1/titik-periksa/${ids.t2}/tutup`);
  assert.equal(close.status, 200, close.text);
  assert.equal(close.json.status, 'ditutup');
  assert.equal(close.json.nama, 'Triwulan II');
  const view = await monitorView(pegawai, ids.own);
  assert.equal(checkpointNamed(view, 'Triwulan II').status, 'ditutup');
  assert.equal(checkpointNamed(view, 'Triwulan II').boleh_catat, false);
  assert.equal(checkpointNamed(view, 'Triwulan I').boleh_catat, true);

  const ver = ikiAt(checkpointNamed(view, 'Triwulan II'), ids.ownIki[1]).realisasi.version;
  await refused('a change at a closed checkpoint', [ids.own], () => putRealisasi(pegawai,
    { iki_id: ids.ownIki[1], titik_periksa_id: ids.t2, nilai: 60, version: ver }), 409, 'titik_periksa_id');
  await refused('a new realisasi at a closed checkpoint', [ids.own], () => putRealisasi(pegawai,
    { iki_id: ids.ownIki[2], titik_periksa_id: ids.t2, nilai: 60 }), 409, 'titik_periksa_id');
  await refused('a file at a closed checkpoint', [ids.own], () => pegawai.postMultipart(`/api/v1/realisasi/${rec.id}/bukti`,
    {}, { berkas: { name: 'lagi.pdf', content: pdfBytes() } }), 409, 'titik_periksa_id');
  await refused('a link at a closed checkpoint', [ids.own], () => pegawai.api('POST', `/api/v1/realisasi/${rec.id}/bukti`,
    { tautan: 'https://surabaya.go.id', judul: 'x' }), 409, 'titik_periksa_id');
  await refused('deleting evidence at a closed checkpoint', [ids.own],
    () => pegawai.api('DELETE', `/api/v1/bukti/${up.json.id}`), 409, 'titik_periksa_id');
  await refused('closing it again', [ids.own], () => admin.api('POST', `/api/v1/titik-periksa/${ids.t2}/tutup`), 409, '');
  const cal = await admin.api('PUT', `/api/v1/periode/${ids.period}/kalender`, { kalender: 'bulanan' });
  assert.equal(cal.status, 409, cal.text);
  assert.match(cal.json.error.message, /Realisasi sudah dicatat/);
  assert.equal((await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.kalender, 'triwulan');
  const [entry] = await auditLatest(admin, '&entitas=checkpoint', 1);
  assert.equal(entry.aksi, 'close');
  assert.equal(entry.sesudah.state, 'ditutup');
});
