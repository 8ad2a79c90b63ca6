// The figures of the rater analysis against a recomputation in JavaScript
// (190_analysis_util.mjs) from data the test controls: on the plans-only
// demo (no 360 answers, no final assessments) the test opens a Triwulan I
// round, Seksi Pelayanan answers with known scores, HR closes it.  Then
// the API's rater list, a rater's detail, the agreement per value and the
// adjusted view's raw means equal what the documented formulas give; the
// page shows the same rater flagged with the same explanation; the raw
// mean of the adjusted view leaves out the group the 360 results hide
// (the Kepala Seksi's single atasan answer).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import { VALUE_CODES } from './r360_util.mjs';
import { STAFF, controlledRound, icc, near, raterFigures } from './190_analysis_util.mjs';

let server;
let ctl;

before(async () => {
  server = await startServer();
  ctl = await controlledRound(server);
});
after(() => server?.stop());

test('the loader reads every non-self answer of the closed round and nothing else', async () => {
  const r = await ctl.hr.api('GET', '/api/v1/analisis/penilai');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.n_formulir, ctl.answers.length);
  assert.equal(r.json.putaran, 1);
  assert.equal(r.json.n_penilaian_atasan, 0);
  assert.equal(r.json.skala, 3);
});

test('each rater\'s leniency, interval, halo and central figures equal the recomputation', async () => {
  const r = await ctl.hr.api('GET', '/api/v1/analisis/penilai');
  const byId = Object.fromEntries(r.json.items.map((it) => [it.pegawai.id, it]));
  for (const name of [...STAFF, 'hosniyah']) {
    const want = raterFigures(ctl.answers, name);
    const got = byId[ctl.ids[name]];
    assert.ok(got, `${name} listed (${want.n} ratees, ${want.nForms} forms)`);
    assert.equal(got.n_dinilai, want.n, `${name}: ratees`);
    assert.equal(got.n_formulir, want.nForms, `${name}: forms`);
    assert.equal(got.n_nilai, want.nScores, `${name}: scores`);
    near(got.selisih, want.diff, 1e-3, `${name}: difference`);
    near(got.rata_rata, want.mean, 1e-3, `${name}: mean`);
    near(got.sd_formulir, want.formSd, 1e-3, `${name}: within-form sd`);
    near(got.porsi_tengah, want.shareMiddle, 1e-3, `${name}: share of middle scores`);
    if (want.se > 0) {
      near(got.galat_baku, want.se, 1e-3, `${name}: standard error`);
      near(got.z, want.z, 1e-2, `${name}: z`);
      near(got.selang.atas - got.selisih, want.ciHalf, 1e-3, `${name}: half the 95% interval`);
    }
  }
});

test('the flags follow the documented thresholds from the recomputed figures', async () => {
  const r = await ctl.hr.api('GET', '/api/v1/analisis/penilai');
  const cfg = r.json.pengaturan;
  for (const it of r.json.items) {
    const name = Object.keys(ctl.ids).find((k) => ctl.ids[k] === it.pegawai.id);
    const f = raterFigures(ctl.answers, name);
    const codes = it.tanda.map((t) => t.kode);
    const lenient = f.n >= cfg.min_ratees && f.diff >= cfg.min_effect && (f.se === 0 ? f.diff > 0 : f.z >= cfg.z_flag);
    const severe = f.n >= cfg.min_ratees && f.diff <= -cfg.min_effect && (f.se === 0 ? f.diff < 0 : f.z <= -cfg.z_flag);
    assert.equal(codes.includes('lenient'), lenient, `${name}: lenient`);
    assert.equal(codes.includes('severe'), severe, `${name}: severe`);
    assert.equal(codes.includes('halo'), f.nForms >= cfg.min_forms && f.formSd < cfg.halo_sd, `${name}: halo`);
    assert.equal(codes.includes('central'), f.nForms >= cfg.min_forms && f.shareMiddle >= cfg.central_share, `${name}: central`);
  }
  // the scores were built so: Achmad one point up on everyone, flat forms
  const achmad = r.json.items.find((it) => it.pegawai.id === ctl.ids.achmad);
  assert.deepEqual(achmad.tanda.map((t) => t.kode).sort(), ['halo', 'lenient']);
  const flagged = r.json.items.map((it) => it.tanda.length > 0);
  assert.deepEqual(flagged, [...flagged].sort((a, b) => b - a), 'flagged raters come first');
  assert.ok(flagged[0]);
});

test('a rater\'s detail repeats the list\'s figures and gives the per-value difference', async () => {
  const f = raterFigures(ctl.answers, 'achmad');
  const r = await ctl.hr.api('GET', `/api/v1/analisis/penilai/${ctl.ids.achmad}`);
  assert.equal(r.status, 200, r.text);
  near(r.json.selisih, f.diff, 1e-3, 'difference');
  assert.ok(r.json.kriteria.find((k) => k.kode === 'min_effect').terpenuhi);
  assert.equal(r.json.per_nilai.length, 7);
  for (let i = 0; i < 7; i++) {
    const one = ctl.answers.map((a) => ({ ...a, scores: [a.scores[i]] }));
    near(r.json.per_nilai[i].selisih, raterFigures(one, 'achmad').diff, 1e-3, `value ${VALUE_CODES[i]}`);
  }
  assert.ok(!/"(ratee|dinilai_oleh|penilai_id)"/.test(r.text), 'no ratee named');
  for (const other of STAFF.filter((s) => s !== 'achmad')) {
    assert.ok(!r.text.includes(`"id":${ctl.ids[other]},`), `${other}'s id is not in the detail`);
  }
});

test('agreement per value equals ICC(1) recomputed', async () => {
  const r = await ctl.hr.api('GET', '/api/v1/analisis/kesepakatan');
  assert.equal(r.status, 200, r.text);
  for (let i = 0; i < 7; i++) {
    const want = icc(ctl.answers, i);
    const got = r.json.items[i];
    assert.equal(got.kode, VALUE_CODES[i]);
    assert.equal(got.n_dinilai, want.nRatees);
    assert.equal(got.n_nilai, want.nRatings);
    near(got.icc, want.icc, 1e-3, `ICC ${got.kode}`);
  }
});

test('the adjusted view\'s raw mean rests only on the groups the 360 results show', async () => {
  const r = await ctl.hr.api('GET', '/api/v1/analisis/disesuaikan');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.keterangan, 'Disesuaikan (saran, tidak mengubah nilai)');
  for (const name of STAFF) {
    const it = r.json.items.find((x) => x.pegawai.id === ctl.ids[name]);
    const shown = ctl.answers.filter((a) => a.ratee === name && a.rater !== 'hosniyah');
    assert.ok(it, `${name} in the adjusted view`);
    assert.equal(it.n_penilai, shown.length, `${name}: raters counted (the atasan's lone answer left out)`);
    near(it.mentah, shown.flatMap((a) => a.scores).reduce((s, x) => s + x, 0) / (shown.length * 7), 1e-3, `${name}: raw`);
    assert.ok(Number.isFinite(it.disesuaikan));
  }
  const res = await ctl.hr.api('GET', `/api/v1/360/putaran/${ctl.round.id}/hasil?pegawai=${ctl.ids.dewi}`);
  assert.equal(res.status, 200, res.text);
  const dewi = r.json.items.find((x) => x.pegawai.id === ctl.ids.dewi);
  assert.equal(res.json.disesuaikan.disesuaikan, dewi.disesuaikan, '360 results carry the same adjusted figure');
  const page = await ctl.hr.get(`/360/hasil/${ctl.round.id}?pegawai=${ctl.ids.dewi}`);
  assert.match(page.text, /Disesuaikan \(saran, tidak mengubah nilai\)/);
});

test('the page lists the flagged rater first with the API\'s explanation', async () => {
  const api = await ctl.hr.api('GET', '/api/v1/analisis/penilai');
  const page = await ctl.hr.get('/analisis/penilai');
  assert.equal(page.status, 200);
  const rows = [...page.text.matchAll(/<tr data-nip="(\d+)">/g)].map((m) => m[1]);
  assert.deepEqual(rows, api.json.items.map((it) => it.pegawai.nip));
  const first = page.text.slice(page.text.indexOf('<tr data-nip='));
  assert.match(first.slice(0, 2000), /data-tanda="lenient"/);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
  assert.ok(page.text.includes(esc(api.json.items[0].penjelasan)) || page.text.includes(api.json.items[0].penjelasan));
});
