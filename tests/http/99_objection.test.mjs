// Objections (keberatan) over the API on the demo office: the demo Kepala
// Seksi Pelayanan (role "pejabat") finalises a Triwulan I assessment of the
// demo pegawai (Dewi Handayani, ASM-YAN-P01); she objects within the
// deadline with a PDF attachment, to the Kasi's own pejabat penilai, the
// Camat; the Camat asks the Kasi for an explanation, the Kasi explains,
// the Camat changes the ratings: the predicate is recomputed by the matrix
// and the assessment's history keeps the original beside the new, each
// with its time; the explanation (page and API) and the assessment page
// say whose decision set the current ratings and when, and still name the
// Kasi as the one who rated first.  Every refusal names the problem and writes nothing (the
// case or the assessment and the audit trail read back as before): after
// the deadline, by someone else or the assessor, a second objection, empty
// reasons, bad attachments, a decision by anyone but the Camat, without
// its text, with ratings outside the three levels, with a predicate,
// twice.  The tests run in order and build on each other.
//
// The deadline is tested on the boundary through the setting and the
// assessment's finalisation moved back on the test database (sqlOn): the
// server has no clock to shift, and a finalisation in the past is exactly
// what days of waiting would leave.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startServer, loginAs } from './harness.mjs';
import { auditLatest } from './util.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { download, pdfBytes, pngBytes } from './monitor_util.mjs';
import { backdate, finalisedAt, lastDay, rateFinal, refused, unchanged } from './objection_util.mjs';

const NUR = '198803022014112370';   // ASM-YAN-P02: same Kasi, another employee

let server;
let admin;
let pejabat;
let pegawai;
let camat;
let auditor;
let nur;
const ids = {};

const caseUrl = () => `/api/v1/keberatan/${ids.case}`;

async function readCase(client = admin) {
  const r = await client.api('GET', caseUrl());
  assert.equal(r.status, 200, r.text);
  return r.json;
}

async function readAssessment(client = admin) {
  const r = await client.api('GET', `/api/v1/skp/${ids.skp}/penilaian?jenis=periodik&titik=${ids.tw1}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

async function window(client = admin) {
  const r = await client.api('GET', `/api/v1/penilaian/${ids.assessment}/keberatan`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

const file = (client, body) => client.api('POST', `/api/v1/penilaian/${ids.assessment}/keberatan`, body);
const decide = (client, body) => client.api('POST', `${caseUrl()}/putusan`, body);

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  camat = await loginAs(server, 'camat');
  auditor = await loginAs(server, 'auditor');
  nur = await loginNip(server, NUR);
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.skp = own.skp.id;
  ids.dewi = own.employee.id;
  ids.period = own.skp.periode_id;
  ids.tw1 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[0].id;
});

after(async () => {
  await server?.stop();
});

test('the Camat is the atasan pejabat penilai of the demo pegawai, the Kasi her pejabat penilai', async () => {
  const dewi = (await admin.api('GET', `/api/v1/pegawai/${ids.dewi}`)).json;
  const me = async (c) => (await c.api('GET', '/api/v1/me')).json.employee_id;
  assert.equal(dewi.pejabat_penilai_id, await me(pejabat));
  assert.equal(dewi.atasan_pejabat_penilai_id, await me(camat));
});

test('no objection against a draft: 409 naming the assessment', async () => {
  const u = `/api/v1/skp/${ids.skp}/penilaian?jenis=periodik&titik=${ids.tw1}`;
  const r = await pejabat.api('PUT', u, {
    hasil_kerja: 'di_bawah', alasan_hasil_kerja: 'Capaian izin di bawah target',
    perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Pelayanan sesuai harapan', version: 0,
  });
  assert.equal(r.status, 200, r.text);
  ids.assessment = r.json.id;
  const before = await auditor.api('GET', '/api/v1/audit?per_page=1');
  refused(await file(pegawai, { alasan: 'Saya keberatan' }), 409, 'penilaian', 'a draft');
  const after = await auditor.api('GET', '/api/v1/audit?per_page=1');
  assert.equal(after.json.total, before.json.total);
});

test('finalised: the employee sees the deadline, 14 days from the day it was finalised', async () => {
  const a = await rateFinal(pejabat, ids.skp, `jenis=periodik&titik=${ids.tw1}`, 'di_bawah', 'sesuai');
  assert.equal(a.id, ids.assessment);
  assert.equal(a.predikat, 'butuh_perbaikan');
  const w = await window(pegawai);
  assert.equal(w.batas_hari, 14);
  assert.equal(w.batas_waktu, lastDay(finalisedAt(server, ids.assessment), 14)[1]);
  assert.equal(w.boleh_ajukan, true);
  assert.equal(w.keberatan, null);
  assert.equal((await window(camat)).boleh_ajukan, false, 'only the employee may file');
});

test('the deadline setting: admin only, 1 to 90 days, audited', async () => {
  refused(await pegawai.api('PUT', '/api/v1/keberatan/pengaturan', { batas_keberatan_hari: 3 }), 403, '', 'a pegawai');
  const read = async () => (await admin.api('GET', '/api/v1/keberatan/pengaturan')).json;
  for (const [v, what] of [[0, 'zero'], [91, '91 days'], ['7', 'a string'], [null, 'null']]) {
    await unchanged(admin, what, read, async () => {
      refused(await admin.api('PUT', '/api/v1/keberatan/pengaturan', { batas_keberatan_hari: v }), 422,
        'batas_keberatan_hari', what);
    });
  }
  const r = await admin.api('PUT', '/api/v1/keberatan/pengaturan', { batas_keberatan_hari: 1 });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.batas_keberatan_hari, 1);
  const [entry] = await auditLatest(admin, '&entitas=pengaturan', 1);
  assert.match(JSON.stringify(entry), /batas_keberatan_hari/);
});

test('after the deadline (1 day, finalised 2 days ago) filing is refused naming the last day', async () => {
  backdate(server, ids.assessment, 2);
  const [last] = lastDay(finalisedAt(server, ids.assessment), 1);
  await unchanged(admin, 'filing late', window, async () => {
    const r = await file(pegawai, { alasan: 'Capaian saya sebenarnya sesuai target' });
    refused(r, 409, 'batas_waktu', 'late');
    assert.ok(r.json.error.message.includes(last), `names ${last}: ${r.json.error.message}`);
  });
  assert.equal((await window(pegawai)).boleh_ajukan, false);
});

test('others may not file: another employee, the assessor, the Camat, an administrator', async () => {
  backdate(server, ids.assessment, -1);    // finalised yesterday: today is the last day
  assert.equal((await window(pegawai)).boleh_ajukan, true, 'the last day still counts');
  for (const [c, who] of [[nur, 'another employee'], [pejabat, 'the assessor'], [camat, 'the Camat'],
    [admin, 'an administrator']]) {
    await unchanged(admin, who, window, async () => {
      refused(await file(c, { alasan: 'Keberatan atas nama orang lain' }), 403, '', who);
    });
  }
});

test('empty or missing reasons are refused naming alasan', async () => {
  for (const [body, what] of [[{ alasan: '' }, 'empty'], [{ alasan: ' \n ' }, 'blank'], [{}, 'missing'],
    [{ alasan: 'x'.repeat(4001) }, 'too long']]) {
    await unchanged(admin, what, window, async () => {
      refused(await file(pegawai, body), 422, 'alasan', what);
    });
  }
});

test('the employee files on the last day: the case goes to the Camat with the ratings as they were', async () => {
  const r = await file(pegawai, { alasan: 'Capaian verifikasi izin 96%, bukan di bawah ekspektasi.\nBukti terlampir.' });
  assert.equal(r.status, 201, r.text);
  const k = r.json;
  ids.case = k.id;
  assert.equal(k.status, 'diajukan');
  assert.equal(k.penilaian_id, ids.assessment);
  assert.deepEqual(k.semula, { hasil_kerja: 'di_bawah', perilaku_kerja: 'sesuai',
    predikat: 'butuh_perbaikan', predikat_label: 'Butuh Perbaikan' });
  assert.equal(k.atasan_pejabat_penilai.id, (await camat.api('GET', '/api/v1/me')).json.employee_id);
  assert.equal(k.pejabat_penilai.id, (await pejabat.api('GET', '/api/v1/me')).json.employee_id);
  assert.deepEqual(k.aksi_tersedia, ['lampiran']);
  assert.equal(k.putusan, null);
  assert.deepEqual((await readCase(camat)).aksi_tersedia, ['minta_penjelasan']);
  const [entry] = await auditLatest(admin, '&entitas=objection', 1);
  assert.equal(entry.aksi ?? entry.action, 'create');
  const reset = await admin.api('PUT', '/api/v1/keberatan/pengaturan', { batas_keberatan_hari: 14 });
  assert.equal(reset.status, 200, reset.text);
});

/** The assessor's attempt to change the objected assessment (a PUT with
 *  the current version): refused 409 on keberatan, nothing written. */
async function assessorEditRefused(what) {
  await unchanged(admin, what, readAssessment, async () => {
    const u = `/api/v1/skp/${ids.skp}/penilaian?jenis=periodik&titik=${ids.tw1}`;
    const cur = await pejabat.api('GET', u);
    assert.equal(cur.status, 200, cur.text);
    refused(await pejabat.api('PUT', u, {
      hasil_kerja: 'di_atas', alasan_hasil_kerja: 'Diubah diam-diam', perilaku_kerja: 'di_atas',
      alasan_perilaku_kerja: 'Diubah diam-diam', version: cur.json.version,
    }), 409, 'keberatan', what);
  });
}

test('a second objection against the same assessment is refused', async () => {
  await unchanged(admin, 'a second objection', readCase, async () => {
    refused(await file(pegawai, { alasan: 'Sekali lagi' }), 409, 'penilaian', 'second');
  });
});

test('a PDF attachment is stored and downloaded byte for byte by the readers of the case', async () => {
  const pdf = pdfBytes('Rekap verifikasi izin Triwulan I');
  const up = await pegawai.postMultipart(`${caseUrl()}/lampiran`, {},
    { berkas: { name: 'Rekap TW I.pdf', type: 'application/pdf', content: pdf } });
  assert.equal(up.status, 201, up.text);
  assert.equal(up.json.tipe, 'application/pdf');
  assert.equal(up.json.sha256, createHash('sha256').update(pdf).digest('hex'));
  ids.pdf = up.json.id;
  for (const c of [camat, pejabat, pegawai, auditor]) {
    const d = await download(c, `/api/v1/keberatan-lampiran/${ids.pdf}`);
    assert.equal(d.status, 200);
    assert.equal(d.headers.get('content-type'), 'application/pdf');
    assert.ok(Buffer.compare(d.bytes, pdf) === 0, 'the same bytes');
  }
  assert.equal((await download(nur, `/api/v1/keberatan-lampiran/${ids.pdf}`)).status, 403);
  assert.equal((await nur.api('GET', caseUrl())).status, 403, 'another employee does not read the case');
  assert.equal((await readCase()).lampiran.length, 1);
});

test('bad attachments are refused as evidence is: size, type, content, who, none', async () => {
  const big = Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024)]);
  const cases = [
    [pegawai, { name: 'besar.pdf', content: big }, 413, 'berkas', 'over 10 MiB'],
    [pegawai, { name: 'laporan.pdf', content: Buffer.from('bukan pdf\n') }, 422, 'berkas', 'text named .pdf'],
    [pegawai, { name: 'foto.png', content: pdfBytes() }, 422, 'berkas', 'a PDF named .png'],
    [pegawai, { name: 'program.exe', content: pngBytes() }, 422, 'berkas', 'an .exe'],
    [pegawai, { name: 'kosong.pdf', content: Buffer.alloc(0) }, 422, 'berkas', 'empty'],
    [camat, { name: 'camat.pdf', content: pdfBytes() }, 403, '', 'by the Camat'],
    [pejabat, { name: 'kasi.pdf', content: pdfBytes() }, 403, '', 'by the assessor'],
  ];
  for (const [c, f, status, field, what] of cases) {
    await unchanged(admin, what, readCase, async () => {
      refused(await c.postMultipart(`${caseUrl()}/lampiran`, {}, { berkas: f }), status, field, what);
    });
  }
  await unchanged(admin, 'no file', readCase, async () => {
    refused(await pegawai.postMultipart(`${caseUrl()}/lampiran`, { catatan: 'x' }, {}), 422, 'berkas', 'no file');
  });
});

test('while the objection is open the assessor cannot change the assessment', async () => {
  await assessorEditRefused('an assessor edit during the objection');
});

test('nothing is decided or explained before the Camat asks for the explanation', async () => {
  await unchanged(admin, 'early steps', readCase, async () => {
    refused(await pejabat.api('POST', `${caseUrl()}/penjelasan`, { penjelasan: 'Terlalu dini' }), 409, 'status', 'explain early');
    refused(await decide(camat, { putusan: 'tetap', alasan_putusan: 'Terlalu dini' }), 409, 'status', 'decide early');
  });
});

test('only the Camat asks for the explanation, with a question', async () => {
  for (const [c, who] of [[pegawai, 'the employee'], [pejabat, 'the assessor'], [auditor, 'an auditor'],
    [admin, 'an administrator'], [nur, 'another employee']]) {
    await unchanged(admin, who, readCase, async () => {
      const r = await c.api('POST', `${caseUrl()}/minta-penjelasan`, { pertanyaan: 'Mengapa?' });
      refused(r, 403, '', who);
    });
  }
  await unchanged(admin, 'no question', readCase, async () => {
    refused(await camat.api('POST', `${caseUrl()}/minta-penjelasan`, { pertanyaan: '  ' }), 422, 'pertanyaan', 'blank');
  });
  const r = await camat.api('POST', `${caseUrl()}/minta-penjelasan`,
    { pertanyaan: 'Mohon jelaskan dasar rating hasil kerja Di Bawah Ekspektasi.', version: (await readCase()).version });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'penjelasan_diminta');
  assert.match(r.json.permintaan_penjelasan.pertanyaan, /dasar rating/);
  assert.ok(r.json.permintaan_penjelasan.waktu);
  await unchanged(admin, 'asking twice', readCase, async () => {
    refused(await camat.api('POST', `${caseUrl()}/minta-penjelasan`, { pertanyaan: 'Lagi' }), 409, 'status', 'twice');
  });
});

test('only the Kasi explains, with a text', async () => {
  for (const [c, who] of [[camat, 'the Camat'], [pegawai, 'the employee'], [auditor, 'an auditor']]) {
    await unchanged(admin, who, readCase, async () => {
      refused(await c.api('POST', `${caseUrl()}/penjelasan`, { penjelasan: 'Penjelasan' }), 403, '', who);
    });
  }
  await unchanged(admin, 'empty explanation', readCase, async () => {
    refused(await pejabat.api('POST', `${caseUrl()}/penjelasan`, { penjelasan: '' }), 422, 'penjelasan', 'empty');
  });
  const r = await pejabat.api('POST', `${caseUrl()}/penjelasan`,
    { penjelasan: 'Dua berkas izin terlambat diverifikasi; rekap baru saya terima sesudah penilaian.' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'dijelaskan');
  assert.match(r.json.penjelasan.teks, /terlambat/);
  assert.deepEqual((await readCase(camat)).aksi_tersedia, ['putus']);
});

test('a decision by anyone but the Camat is refused', async () => {
  const body = { putusan: 'tetap', alasan_putusan: 'Penilaian sudah tepat' };
  for (const [c, who] of [[pejabat, 'the assessor'], [pegawai, 'the employee'], [auditor, 'an auditor'],
    [admin, 'an administrator'], [nur, 'another employee']]) {
    await unchanged(admin, who, readAssessment, async () => {
      await unchanged(admin, who, readCase, async () => refused(await decide(c, body), 403, '', who));
    });
  }
});

test('a decision without its text, with bad ratings or a predicate is refused', async () => {
  const cases = [
    [{ putusan: 'tetap' }, 422, 'alasan_putusan', 'no text'],
    [{ putusan: 'tetap', alasan_putusan: '   ' }, 422, 'alasan_putusan', 'blank text'],
    [{ putusan: 'batal', alasan_putusan: 'x' }, 422, 'putusan', 'an unknown decision'],
    [{ alasan_putusan: 'x' }, 422, 'putusan', 'no decision'],
    [{ putusan: 'diubah', alasan_putusan: 'x', hasil_kerja: 'istimewa', perilaku_kerja: 'sesuai' }, 422, 'hasil_kerja', 'a fourth level'],
    [{ putusan: 'diubah', alasan_putusan: 'x', hasil_kerja: 'sesuai', perilaku_kerja: 3 }, 422, 'perilaku_kerja', 'a number'],
    [{ putusan: 'diubah', alasan_putusan: 'x', hasil_kerja: 'sesuai' }, 422, 'perilaku_kerja', 'one rating'],
    [{ putusan: 'diubah', alasan_putusan: 'x', hasil_kerja: 'di_bawah', perilaku_kerja: 'sesuai' }, 422, 'hasil_kerja', 'unchanged ratings'],
    [{ putusan: 'diubah', alasan_putusan: 'x', hasil_kerja: 'sesuai', perilaku_kerja: 'sesuai' }, 422, 'alasan_hasil_kerja', 'a changed rating without its reason'],
    [{ putusan: 'tetap', alasan_putusan: 'x', hasil_kerja: 'sesuai' }, 422, 'hasil_kerja', 'tetap with a rating'],
    [{ putusan: 'diubah', alasan_putusan: 'x', hasil_kerja: 'sesuai', alasan_hasil_kerja: 'y', perilaku_kerja: 'sesuai', predikat: 'sangat_baik' }, 400, 'predikat', 'a predicate'],
    [{ putusan: 'tetap', alasan_putusan: 'x', version: 1 }, 409, 'version', 'a stale version'],
  ];
  for (const [body, status, field, what] of cases) {
    await unchanged(admin, what, readAssessment, async () => {
      await unchanged(admin, what, readCase, async () => refused(await decide(camat, body), status, field, what));
    });
  }
});

test('the Camat changes the ratings: the predicate is recomputed and the decision is final', async () => {
  const r = await decide(camat, {
    putusan: 'diubah', hasil_kerja: 'sesuai', alasan_hasil_kerja: 'Rekap verifikasi menunjukkan 96% tepat waktu',
    perilaku_kerja: 'di_atas', alasan_perilaku_kerja: 'Pelayanan ramah menurut survei pemohon',
    alasan_putusan: 'Keberatan diterima: bukti rekap verifikasi sah dan lengkap.', version: (await readCase()).version,
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'diputus');
  assert.equal(r.json.putusan.putusan, 'diubah');
  assert.deepEqual(r.json.putusan.baru, { hasil_kerja: 'sesuai', perilaku_kerja: 'di_atas', predikat: 'baik',
    predikat_label: 'Baik' });
  assert.equal(r.json.semula.predikat, 'butuh_perbaikan', 'the original stays in the case');
  assert.deepEqual(r.json.aksi_tersedia, []);
  const a = await readAssessment(pegawai);
  assert.equal(a.hasil_kerja, 'sesuai');
  assert.equal(a.perilaku_kerja, 'di_atas');
  assert.equal(a.predikat, 'baik');
  assert.equal(a.diketahui, null, 'the employee acknowledges the new result');
  assert.match(a.alasan_hasil_kerja, /96%/);
  const [entry] = await auditLatest(admin, '&entitas=objection', 1);
  assert.equal(entry.aksi ?? entry.action, 'putusan');
});

test('deciding twice, explaining or attaching after the decision is refused', async () => {
  await unchanged(admin, 'after the decision', readAssessment, async () => {
    await unchanged(admin, 'after the decision', readCase, async () => {
      refused(await decide(camat, { putusan: 'tetap', alasan_putusan: 'Berubah pikiran' }), 409, 'status', 'twice');
      refused(await decide(camat, { putusan: 'diubah', alasan_putusan: 'Lagi', hasil_kerja: 'di_atas',
        alasan_hasil_kerja: 'x', perilaku_kerja: 'di_atas' }), 409, 'status', 'changing again');
      refused(await pegawai.postMultipart(`${caseUrl()}/lampiran`, {},
        { berkas: { name: 'telat.pdf', content: pdfBytes() } }), 409, 'status', 'attaching late');
    });
  });
});

test('after the decision the assessor cannot change the assessment either', async () => {
  await assessorEditRefused('an assessor edit after the decision');
});

test('the history keeps the original and the new ratings with their times', async () => {
  const r = await pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`);
  assert.equal(r.status, 200, r.text);
  const steps = r.json.riwayat.filter((e) => e.titik === 'Triwulan I' && e.aksi !== 'draf');
  const set = steps.find((e) => e.aksi === 'tetapkan');
  const changed = steps.find((e) => e.aksi === 'keberatan');
  assert.ok(set && changed, JSON.stringify(steps));
  assert.equal(set.predikat, 'butuh_perbaikan');
  assert.equal(changed.predikat, 'baik');
  assert.match(changed.catatan, /Keberatan diterima/);
  assert.ok(set.waktu && changed.waktu && set.waktu <= changed.waktu);

  const page = await pegawai.get(`/skp/${ids.skp}/penjelasan`);
  assert.equal(page.status, 200);
  const section = page.text.slice(page.text.indexOf('id="keberatan"'));
  assert.match(section, /data-putusan="diubah"/);
  assert.match(section, /Semula \(saat keberatan diajukan\):.*data-predikat="butuh_perbaikan"/s);
  assert.match(section, /menjadi.*data-predikat="baik"/s);
  assert.match(pageText(section), /Putusan \d\d-\d\d-\d{4} \d\d:\d\d WIB/);
  assert.match(pageText(page.text), /Diubah oleh keputusan keberatan/);
  assert.doesNotMatch(section, /data-keberatan-form/, 'no second form');
});

test('the explanation credits the decision with the ratings it set, and the assessor with the original', async () => {
  const k = await readCase();
  const r = await pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`);
  assert.equal(r.status, 200, r.text);
  const tw1 = r.json.penilaian.find((a) => a.jenis === 'periodik' && a.titik.id === ids.tw1);
  const step = r.json.riwayat.find((e) => e.titik === 'Triwulan I' && e.aksi === 'keberatan');
  assert.deepEqual(tw1.diubah_oleh_keberatan, { oleh: k.putusan.oleh, waktu: step.waktu },
    'who decided, and when');
  assert.equal(tw1.pejabat_penilai.nama, k.pejabat_penilai.nama, 'the assessor is still the one who rated first');
  assert.match(tw1.alasan_hasil_kerja, /96%/, 'beside the reason of the decision');

  const escaped = k.putusan.oleh.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [what, url] of [['the explanation', `/skp/${ids.skp}/penjelasan`],
    ['the assessment page', `/penilaian/${ids.skp}?jenis=periodik&titik=${ids.tw1}`]]) {
    const html = (await pegawai.get(url)).text;
    const at = html.indexOf('data-putusan-keberatan');
    assert.ok(at >= 0, `${what} says a decision changed the ratings`);
    const text = pageText(html.slice(html.lastIndexOf('<', at)));
    assert.match(text, new RegExp(`^Penilaian ini telah diubah oleh putusan keberatan yang ditetapkan ${escaped} ` +
      'pada \\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d WIB'), what);
    assert.match(text, /Hasil kerja Sesuai Ekspektasi Rekap verifikasi menunjukkan 96%/, `${what}: the reason of the decision`);
    assert.ok(text.includes(`Dinilai semula oleh ${k.pejabat_penilai.nama} (pejabat penilai)`), `${what}: ${text.slice(0, 600)}`);
    assert.match(text, new RegExp(`Diubah oleh putusan keberatan ${escaped} · \\d\\d-\\d\\d-\\d{4}`), what);
  }
});
