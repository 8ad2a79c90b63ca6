// The official documents as PDF on the demo year (startServer({ demo:
// 'lengkap' }): plans, Triwulan I-III realised and rated, an objection
// waiting for the pejabat penilai's explanation, two approved TPP runs, an
// approved nomination).  Each document is downloaded from its page route
// and its API twin, read back with pdftotext, and checked against what the
// other API routes say about the same object (the annual evaluation after
// the pejabat penilai rates the year): the names and spaced NIPs,
// the RHK targets, the realisasi, the evidence names, the achievements, the
// ratings and the predicate with how the matrix gave it, the objection's
// predicate before and after the decision, the TPP lines and a total equal
// to the sum of the components; every page numbered within its document.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { sqlOn } from './util.mjs';
import { getSkp, loginNip, skpOfNip } from './plan_util.mjs';
import { assertHas, assertPageNumbers, assertPct, getPdf, nipSpaced, rupiah } from './document_util.mjs';

let server;
const c = {};
const ids = {};
let dewi;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  for (const role of ['admin', 'pegawai', 'pejabat', 'camat']) c[role] = await loginAs(server, role);
  dewi = server.accounts.pegawai.login;
  const own = await skpOfNip(c.admin, dewi);
  ids.skp = own.skp.id;
  ids.employee = own.employee.id;
  ids.period = own.skp.periode_id;
});

after(async () => {
  await server?.stop();
});

test('the SKP: identity of both parties, every RHK with its IKI and target, behaviour, signatures', async () => {
  const skp = await getSkp(c.pegawai, ids.skp);
  const page = await getPdf(c.pegawai, `/skp/${ids.skp}/pdf`);
  const api = await getPdf(c.pegawai, `/api/v1/dokumen/skp/${ids.skp}`);
  assert.equal(api.text, page.text, 'the page and the API give the same document');
  assert.equal(page.filename, `skp-${dewi}-2026.pdf`);
  const h = skp.header_beku;
  assertHas(page, ['SASARAN KINERJA PEGAWAI', 'PENDEKATAN HASIL KERJA KUANTITATIF',
    'PERIODE PENILAIAN: 1 Januari sd 31 Desember Tahun 2026', 'Pemerintah Kota Surabaya',
    h.employee.name, nipSpaced(h.employee.nip), `${h.employee.pangkat}, ${h.employee.golongan}`,
    h.assessor.name, nipSpaced(h.assessor.nip), `${h.assessor.pangkat}, ${h.assessor.golongan}`,
    'HASIL KERJA', 'A. Utama', 'B. Tambahan', 'PERILAKU KERJA', 'Berorientasi Pelayanan', 'Kolaboratif',
    'Pegawai yang Dinilai', 'Pejabat Penilai Kinerja', 'LAMPIRAN SASARAN KINERJA PEGAWAI'], 'SKP');
  for (const rhk of skp.hasil_kerja) {
    for (const k of rhk.iki) {
      const target = `${k.target_min}${k.satuan === '%' ? '' : ' '}${k.satuan}`;
      assertHas(page, [target], `SKP target of IKI ${k.id}`);
    }
  }
  assertPageNumbers(page, 'SKP');
});

test('the evaluation of Triwulan II: realisasi, evidence, achievements, ratings and predicate', async () => {
  const x = (await c.pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json;
  const a = x.penilaian.find((p) => p.jenis === 'periodik' && p.titik.nama === 'Triwulan II');
  assert.ok(a && a.status === 'ditetapkan', 'the demo rated Triwulan II');
  const view = (await c.pegawai.api('GET', `/api/v1/skp/${ids.skp}/realisasi`)).json;
  const tw2 = view.titik_periksa.find((t) => t.nama === 'Triwulan II');
  const page = await getPdf(c.pegawai, `/penilaian/${a.id}/pdf`);
  const api = await getPdf(c.pegawai, `/api/v1/dokumen/penilaian/${a.id}`);
  assert.equal(api.text, page.text);
  assert.equal(page.filename, `evaluasi-${dewi}-2026-triwulan-ii.pdf`);
  const labels = { di_bawah: 'Di Bawah Ekspektasi', sesuai: 'Sesuai Ekspektasi', di_atas: 'Di Atas Ekspektasi' };
  assertHas(page, ['DOKUMEN EVALUASI KINERJA PEGAWAI', 'PERIODE: TRIWULAN II',
    'PERIODE PENILAIAN: 1 April sd 30 Juni Tahun 2026', nipSpaced(dewi), x.pegawai.nama,
    `RATING HASIL KERJA: ${labels[a.hasil_kerja]}`, `RATING PERILAKU KERJA: ${labels[a.perilaku_kerja]}`,
    `Rating hasil kerja ${labels[a.hasil_kerja]} dan rating perilaku kerja ${labels[a.perilaku_kerja]} ` +
    `bertemu pada sel ${a.predikat_label}`, 'UMPAN BALIK BERKELANJUTAN', 'Pejabat Penilai Kinerja'], 'evaluation');
  assert.match(page.text, new RegExp(`PREDIKAT KINERJA PEGAWAI ${a.predikat_label} `), 'the predicate');
  let files = 0;
  for (const rhk of tw2.hasil_kerja) {
    if (rhk.capaian !== null) assertPct(page, rhk.capaian, `RHK ${rhk.nomor}`);
    for (const k of rhk.iki) {
      assert.ok(k.realisasi, `IKI ${k.id} has a realisasi at Triwulan II`);
      assertHas(page, [`${k.realisasi.nilai}${k.satuan === '%' ? '' : ' '}${k.satuan}`], `realisasi of IKI ${k.id}`);
      if (k.capaian !== null) assertPct(page, k.capaian, `IKI ${k.id}`);
      for (const b of k.realisasi.bukti.filter((e) => e.jenis === 'berkas')) {
        assertHas(page, [b.nama], `evidence of IKI ${k.id}`);
        files++;
      }
    }
  }
  assert.ok(files >= 1, 'the demo has evidence files at Triwulan II');
  const cap = x.capaian.find((t) => t.titik === 'Triwulan II').capaian_skp;
  assertHas(page, ['Capaian hasil kerja (rata-rata RHK utama):'], 'the SKP achievement');
  assertPct(page, cap, 'the SKP achievement');
  assertPageNumbers(page, 'evaluation');
});

test('the annual evaluation: a draft says so; once final, the year, the ratings, the predicate and Triwulan III', async () => {
  const u = `/api/v1/skp/${ids.skp}/penilaian?jenis=tahunan`;
  const body = { hasil_kerja: 'di_atas', alasan_hasil_kerja: 'Seluruh target tahunan terlampaui',
    perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Perilaku kerja sesuai ekspektasi' };
  const cur = await c.pejabat.api('GET', u);
  const draft = await c.pejabat.api('PUT', u, { ...body, version: cur.json.version });
  assert.equal(draft.status, 200, draft.text);
  const early = await getPdf(c.pejabat, `/api/v1/dokumen/penilaian/${draft.json.id}`);
  assertHas(early, ['PERIODE: TAHUNAN', 'DRAF: penilaian ini belum ditetapkan'], 'the draft');
  const fin = await c.pejabat.api('PUT', u, { ...body, version: draft.json.version, tetapkan: true });
  assert.equal(fin.status, 200, fin.text);
  assert.equal(fin.json.status, 'ditetapkan');
  const page = await getPdf(c.pegawai, `/penilaian/${fin.json.id}/pdf`);
  const api = await getPdf(c.pegawai, `/api/v1/dokumen/penilaian/${fin.json.id}`);
  assert.equal(api.text, page.text);
  assert.equal(page.filename, `evaluasi-${dewi}-2026-tahunan.pdf`);
  assert.doesNotMatch(page.text, /DRAF/, 'a final assessment is no draft');
  // DOMAIN.md's matrix: Di Atas Ekspektasi with Sesuai Ekspektasi is Baik
  assertHas(page, ['DOKUMEN EVALUASI KINERJA PEGAWAI', 'PERIODE: TAHUNAN',
    'PERIODE PENILAIAN: 1 Januari sd 31 Desember Tahun 2026', nipSpaced(dewi),
    'RATING HASIL KERJA: Di Atas Ekspektasi', 'Seluruh target tahunan terlampaui',
    'RATING PERILAKU KERJA: Sesuai Ekspektasi', 'Perilaku kerja sesuai ekspektasi'], 'the annual evaluation');
  assert.match(page.text, /PREDIKAT KINERJA PEGAWAI Baik /, 'the predicate');
  const tw3 = (await c.pegawai.api('GET', `/api/v1/skp/${ids.skp}/realisasi`)).json.titik_periksa
    .find((t) => t.nama === 'Triwulan III');
  let shown = 0;
  for (const rhk of tw3.hasil_kerja) {
    for (const k of rhk.iki.filter((i) => i.realisasi)) {
      assertHas(page, [`${k.realisasi.nilai}${k.satuan === '%' ? '' : ' '}${k.satuan}`],
        `the Triwulan III realisasi of IKI ${k.id}, the latest checkpoint with any`);
      shown++;
    }
  }
  assert.ok(shown >= 1, 'the demo realised Triwulan III');
  assertPageNumbers(page, 'annual evaluation');
});

test('the objection decision: refused while undecided, then the case, the decision and the predicate before and after', async () => {
  const id = Number(sqlOn(server, 'SELECT id FROM objection ORDER BY id LIMIT 1'));
  ids.case = id;
  assert.doesNotMatch((await c.camat.get(`/keberatan/${id}`)).text, /\/pdf"/, 'no download while undecided');
  const before0 = (await c.admin.api('GET', `/api/v1/keberatan/${id}`)).json;
  const early = await c.camat.api('GET', `/api/v1/dokumen/keberatan/${id}`);
  assert.equal(early.status, 409, early.text);
  assert.equal(early.json.error.field, 'status');
  const explain = await c.pejabat.api('POST', `/api/v1/keberatan/${id}/penjelasan`,
    { penjelasan: 'Rating diberikan sebelum rekap tugas pengganti diterima.', version: before0.version });
  assert.equal(explain.status, 200, explain.text);
  const decided = await c.camat.api('POST', `/api/v1/keberatan/${id}/putusan`, {
    putusan: 'diubah', hasil_kerja: 'di_atas', alasan_hasil_kerja: 'Tugas pengganti selama cuti rekan terbukti',
    perilaku_kerja: 'di_atas', alasan_perilaku_kerja: 'Melayani pemohon di luar jam layanan',
    alasan_putusan: 'Keberatan diterima: tugas tambahan belum dipertimbangkan.', version: explain.json.version,
  });
  assert.equal(decided.status, 200, decided.text);
  const k = decided.json;
  const filer = (await c.admin.api('GET', `/api/v1/pegawai/${k.pegawai.id}`)).json;
  const camatNip = server.accounts.camat.login;
  const own = await loginNip(server, filer.nip);
  const page = await getPdf(own, `/keberatan/${id}/pdf`);
  const api = await getPdf(c.camat, `/api/v1/dokumen/keberatan/${id}`);
  assert.equal(api.text, page.text);
  assert.equal(page.filename, `keputusan-keberatan-${filer.nip}-${id}.pdf`);
  assertHas(page, ['KEPUTUSAN ATAS KEBERATAN', k.pegawai.nama, nipSpaced(filer.nip), k.atasan_pejabat_penilai.nama,
    nipSpaced(camatNip), 'Rating diberikan sebelum rekap tugas pengganti diterima.',
    'Keberatan diterima: tugas tambahan belum dipertimbangkan.', 'KEPUTUSAN: ',
    'SEBELUM KEPUTUSAN', 'SESUDAH KEPUTUSAN', `Predikat kinerja ${k.semula.predikat_label} ${k.putusan.baru.predikat_label}`,
    'Rating hasil kerja Sesuai Ekspektasi Di Atas Ekspektasi',
    'Rating perilaku kerja Sesuai Ekspektasi Di Atas Ekspektasi', 'Atasan Pejabat Penilai Kinerja'], 'decision');
  assert.notEqual(k.semula.predikat_label, k.putusan.baru.predikat_label, 'the decision changed the predicate');
});

test('the TPP breakdown: every line in rupiah and the total equal to the sum of the components', async () => {
  const mine = (await c.pegawai.api('GET', '/api/v1/tpp/saya')).json.items;
  assert.ok(mine.length >= 2, 'two runs in the demo');
  for (const item of mine) {
    const full = (await c.pegawai.api('GET', `/api/v1/tpp/rincian/${item.id}`)).json;
    const page = await getPdf(c.pegawai, `/tpp/rincian/${item.id}/pdf`);
    const api = await getPdf(c.pegawai, `/api/v1/dokumen/tpp/${item.id}`);
    assert.equal(api.text, page.text);
    const sum = full.kinerja + full.disiplin + full.potongan + full.pembulatan;
    assert.equal(sum, full.jumlah, 'the API\'s components add up');
    assert.equal(full.rincian.reduce((s, l) => s + l.jumlah, 0), full.jumlah, 'and so do its lines');
    assertHas(page, ['RINCIAN TAMBAHAN PENGHASILAN PEGAWAI (TPP)', full.perhitungan, full.nama, nipSpaced(full.nip),
      `Predikat kinerja yang dipakai: ${full.predikat_label}`, `Besaran dasar: ${rupiah(full.besaran_dasar)} sebulan`,
      `Komponen kinerja ${rupiah(full.kinerja)}`, `Komponen disiplin ${rupiah(full.disiplin)}`,
      `Potongan ${rupiah(full.potongan)}`, `Pembulatan ${rupiah(full.pembulatan)}`, `JUMLAH TPP ${rupiah(sum)}`],
    `TPP ${full.perhitungan}`);
    for (const l of full.rincian) assertHas(page, [rupiah(l.jumlah)], `line ${l.uraian}`);
    assert.match(page.filename, new RegExp(`^tpp-${dewi}-.*\\.pdf$`));
  }
});

test('the credit statement and the certificate come through /api/v1/dokumen as from their own routes', async () => {
  const nom = Number(sqlOn(server, "SELECT id FROM recognition_nomination WHERE state = 'disetujui' ORDER BY id LIMIT 1"));
  const own = await getPdf(c.admin, `/api/v1/penghargaan/usulan/${nom}/piagam`);
  const twin = await getPdf(c.admin, `/api/v1/dokumen/piagam/${nom}`);
  assert.equal(twin.text, own.text);
  assertHas(twin, ['PIAGAM PENGHARGAAN'], 'certificate');
  const credit = await getPdf(c.pegawai, `/api/v1/angka-kredit/pegawai/${ids.employee}/pdf?periode=${ids.period}`);
  const twin2 = await getPdf(c.pegawai, `/api/v1/dokumen/kredit/${ids.employee}?periode=${ids.period}`);
  assert.equal(twin2.text, credit.text);
  assertHas(twin2, ['PERNYATAAN ANGKA KREDIT', nipSpaced(dewi)], 'credit statement');
});

test('a missing SKP, assessment, objection or TPP item is 404 on the page and the API', async () => {
  for (const url of ['/skp/999999/pdf', '/penilaian/999999/pdf', '/keberatan/999999/pdf', '/tpp/rincian/999999/pdf']) {
    const r = await c.admin.get(url);
    assert.equal(r.status, 404, url);
  }
  for (const kind of ['skp', 'penilaian', 'keberatan', 'tpp']) {
    const r = await c.admin.api('GET', `/api/v1/dokumen/${kind}/999999`);
    assert.equal(r.status, 404, kind);
    assert.equal(r.json.error.code, 'not_found');
  }
});

test('the pages offer the download where people look', async () => {
  const skpPage = await c.pegawai.get(`/skp/${ids.skp}`);
  assert.match(skpPage.text, new RegExp(`href="/skp/${ids.skp}/pdf"`));
  const explain = await c.pegawai.get(`/skp/${ids.skp}/penjelasan`);
  const x = (await c.pegawai.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json;
  for (const a of x.penilaian.filter((p) => p.status === 'ditetapkan')) {
    assert.match(explain.text, new RegExp(`href="/penilaian/${a.id}/pdf"`), `assessment ${a.id}`);
  }
  assert.match((await c.camat.get(`/keberatan/${ids.case}`)).text, new RegExp(`href="/keberatan/${ids.case}/pdf"`));
  const item = (await c.pegawai.api('GET', '/api/v1/tpp/saya')).json.items[0];
  assert.match((await c.pegawai.get(`/tpp/rincian/${item.id}`)).text, new RegExp(`href="/tpp/rincian/${item.id}/pdf"`));
});
