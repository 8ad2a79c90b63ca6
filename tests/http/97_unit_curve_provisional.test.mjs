// The provisional curve during the year: before any tahunan assessment is
// final, the curve pages and API open on the latest checkpoint with final
// periodik predicates, say so, and ask for no reason (reasons belong to
// the tahunan spread); ?jenis=tahunan and ?titik=ID choose a basis, and a
// basis that is not one is refused naming the parameter.  On the demo:
// the Camat sets Seksi Pelayanan "Baik" and its Kepala Seksi rates three
// staff Baik at Triwulan I, which breaks the curve (nobody below Baik).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { positionByCode, unitList } from './util.mjs';
import { pageText, skpOfNip } from './plan_util.mjs';

let server;
let admin;
let camat;
let pejabat;
let pegawai;
const ids = {};

const kurva = (query = '') => `/api/v1/unit/${ids.yan}/kurva?periode=${ids.period}${query}`;
const periodik = (skp) => `/api/v1/skp/${skp}/penilaian?jenis=periodik&titik=${ids.tw1}`;

async function skpOfPost(code) {
  const pos = await positionByCode(admin, code);
  const r = await admin.api('GET', `/api/v1/skp?pegawai=${pos.holder_id}`);
  assert.equal(r.status, 200, r.text);
  return r.json.items[0].id;
}

async function rateTw1(skp) {
  const r = await pejabat.api('PUT', periodik(skp), {
    hasil_kerja: 'sesuai', alasan_hasil_kerja: 'Target triwulan tercapai',
    perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Pelayanan sesuai harapan', version: 0, tetapkan: true,
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.predikat, 'baik');
}

async function curveOf(query) {
  const r = await camat.api('GET', kurva(query));
  assert.equal(r.status, 200, r.text);
  return r.json;
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  camat = await loginAs(server, 'camat');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  ids.yan = (await unitList(admin)).find((u) => u.code === 'ASM-YAN').id;
  const dewi = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.dewi = dewi.skp.id;
  ids.period = dewi.skp.periode_id;
  const cps = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint;
  ids.tw1 = cps.find((c) => c.nama === 'Triwulan I').id;
  ids.tw2 = cps.find((c) => c.nama === 'Triwulan II').id;
  const cur = await camat.api('GET', `/api/v1/unit/${ids.yan}/predikat?periode=${ids.period}`);
  const set = await camat.api('PUT', `/api/v1/unit/${ids.yan}/predikat?periode=${ids.period}`,
    { predikat: 'baik', catatan: '', version: cur.json.version });
  assert.equal(set.status, 200, set.text);
});

after(async () => {
  await server?.stop();
});

test('with no final assessment yet the curve is the tahunan one', async () => {
  const c = await curveOf('');
  assert.equal(c.dasar_kurva.jenis, 'tahunan');
  assert.equal(c.dasar_kurva.sementara, false);
  assert.equal(c.dinilai, 0);
});

test('final Triwulan I predicates make a provisional curve that deviates but asks no reason', async () => {
  for (const post of ['ASM-YAN-P02', 'ASM-YAN-P04']) await rateTw1(await skpOfPost(post));
  await rateTw1(ids.dewi);
  const c = await curveOf('');
  assert.deepEqual(c.dasar_kurva, { jenis: 'periodik', titik_id: ids.tw1, titik: 'Triwulan I', sementara: true });
  assert.equal(c.dinilai, 3);
  assert.equal(c.sebaran.find((s) => s.predikat === 'baik').jumlah, 3);
  assert.equal(c.menyimpang, true, 'nobody below Baik in a Baik unit');
  assert.equal(c.perlu_alasan, false, 'a provisional spread needs no reason');
  assert.equal(c.alasan, null);
  assert.deepEqual(await curveOf(`&titik=${ids.tw1}`), c, '?titik names the same basis');
  const year = await curveOf('&jenis=tahunan');
  assert.equal(year.dasar_kurva.jenis, 'tahunan');
  assert.equal(year.dinilai, 0);
  assert.equal((await curveOf(`&jenis=periodik&titik=${ids.tw2}`)).dinilai, 0, 'nothing final at Triwulan II');
  const overview = await camat.api('GET', `/api/v1/predikat-unit?periode=${ids.period}`);
  assert.equal(overview.status, 200, overview.text);
  assert.equal(overview.json.titik_id, ids.tw1);
  const yan = overview.json.items.find((u) => u.unit_id === ids.yan);
  assert.equal(yan.menyimpang, true);
  assert.equal(yan.perlu_alasan, false);
});

test('a basis that is not one is refused naming the parameter', async () => {
  const other = await admin.api('POST', '/api/v1/periode',
    { nama: 'Periode uji 2027', tahun: 2027 });
  assert.equal(other.status, 201, other.text);
  const foreign = (await admin.api('GET', `/api/v1/periode/${other.json.id}`)).json.checkpoint[0].id;
  for (const [query, status, field] of [
    [`&titik=${foreign}`, 404, 'titik'], ['&titik=999999', 404, 'titik'], ['&titik=abc', 422, 'titik'],
    ['&titik=0', 422, 'titik'], ['&jenis=bulanan', 422, 'jenis'], ['&jenis=periodik', 422, 'titik'],
  ]) {
    for (const path of [kurva(query), `/api/v1/predikat-unit?periode=${ids.period}${query}`]) {
      const r = await camat.api('GET', path);
      assert.equal(r.status, status, `${path}: ${r.text.slice(0, 200)}`);
      assert.equal(r.json.error.field, field, path);
    }
  }
  const page = await camat.get(`/predikat-unit/${ids.yan}?periode=${ids.period}&titik=abc`);
  assert.equal(page.status, 422);
});

test('the pages say the spread is provisional and offer each basis', async () => {
  const page = await camat.get(`/predikat-unit/${ids.yan}?periode=${ids.period}`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /Sebaran sementara menurut predikat penilaian periodik Triwulan I/);
  assert.match(page.text, /data-jumlah="baik">3</);
  assert.match(page.text, /data-kurva="menyimpang"/);
  assert.doesNotMatch(page.text, /id="form-alasan"/, 'no reason on a provisional spread');
  assert.match(page.text, /id="form-predikat"/, 'the unit predicate can still be set');
  assert.match(page.text, new RegExp(`href="/predikat-unit/${ids.yan}\\?periode=${ids.period}&amp;jenis=tahunan"`));
  const year = await camat.get(`/predikat-unit/${ids.yan}?periode=${ids.period}&jenis=tahunan`);
  assert.doesNotMatch(year.text, /data-dasar="periodik"/);
  assert.match(year.text, /data-jumlah="baik">0</);
  const list = await camat.get(`/predikat-unit?periode=${ids.period}`);
  assert.match(pageText(list.text), /Seksi Pelayanan .*Menyimpang \(sementara\)/);
  const x = await pegawai.api('GET', `/api/v1/skp/${ids.dewi}/penjelasan`);
  assert.equal(x.status, 200, x.text);
  assert.equal(x.json.kurva.dasar_kurva.titik, 'Triwulan I', 'the explanation shows the provisional spread');
  assert.equal(x.json.kurva.dinilai, 3);
});
