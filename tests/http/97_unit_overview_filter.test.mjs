// The unit predicate overview (/predikat-unit) of a city-sized list: the
// filter by a part of the unit's name or code (?q=) and by where its spread
// stands (?kurva=perlu_alasan|menyimpang|sesuai|belum), and the paging of
// the "Unit lain" table (25 a page).  Thirty extra units under a kelurahan
// make a third page; nobody leads them, so an administrator sets their
// predicate and the auditor reads them as other units.  At the start of
// the demo year no unit has a predicate; then Seksi Pelayanan gets one and
// a deviating spread as in 97_unit_curve (four Baik in a "Baik" unit), so
// it needs a reason until the Camat gives one, and the Kecamatan gets one
// with nobody rated, a spread that fits.  Unknown filter values are 422
// naming the parameter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { positionByCode, sqlOn } from './util.mjs';
import { pageText } from './plan_util.mjs';

let server;
let admin;
let auditor;
let pegawai;
let period;
const EXTRA = 30;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  auditor = await loginAs(server, 'auditor');
  pegawai = await loginAs(server, 'pegawai');
  period = (await admin.api('GET', '/api/v1/periode')).json.items[0].id;
  for (let i = 1; i <= EXTRA; i++) {
    const r = await admin.api('POST', '/api/v1/unit', { code: `UJI-${String(i).padStart(2, '0')}`,
      name: `Unit Uji ${String(i).padStart(2, '0')}`, kind: 'lainnya', parent_code: 'KEL-GKL' });
    assert.equal(r.status, 201, r.text);
  }
});

after(() => server?.stop());

/** The unit names in the table `which` ("milik" or "lain") of a page. */
function rows(html, which) {
  const m = new RegExp(`<table[^>]*data-tabel="${which}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!m) return null;
  return [...m[1].matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((x) => x[1]);
}

const overview = (client, query = '') => client.get(`/predikat-unit?periode=${period}&jenis=tahunan${query}`);

test('the other units are paged 25 at a time, every unit once, the pager keeping the filter', async () => {
  const all = Number(sqlOn(server, 'SELECT COUNT(*) FROM units'));
  const pages = Math.ceil(all / 25);
  assert.ok(pages >= 2, `${all} units make more than one page`);
  const seen = [];
  for (let p = 1; p <= pages; p++) {
    const page = await overview(auditor, p > 1 ? `&page=${p}` : '');
    assert.equal(page.status, 200);
    assert.match(pageText(page.text), new RegExp(`Halaman ${p} dari ${pages} \\(${all} data\\)`));
    const names = rows(page.text, 'lain');
    assert.equal(names.length, p < pages ? 25 : all - 25 * (pages - 1), `rows on page ${p}`);
    seen.push(...names);
  }
  assert.equal(new Set(seen).size, all, 'no unit on two pages, none left out');
  const filtered = await overview(auditor, '&q=Unit+Uji');
  assert.equal(rows(filtered.text, 'lain').length, 25);
  assert.match(filtered.text, /href="\/predikat-unit\?page=2&amp;periode=\d+&amp;jenis=tahunan&amp;q=Unit%20Uji"/,
    'the next page keeps the period, the basis and the search');
  const last = await overview(auditor, '&q=Unit+Uji&page=2');
  assert.deepEqual(rows(last.text, 'lain'), ['Unit Uji 26', 'Unit Uji 27', 'Unit Uji 28', 'Unit Uji 29', 'Unit Uji 30']);
});

test('the search takes a part of the name or the code, in any case', async () => {
  assert.deepEqual(rows((await overview(auditor, '&q=uji-07')).text, 'lain'), ['Unit Uji 07']);
  assert.deepEqual(rows((await overview(auditor, '&q=SEKSI+PELAYANAN')).text, 'lain'), ['Seksi Pelayanan']);
  const none = await overview(auditor, '&q=tidak+ada+unit+begini');
  assert.deepEqual(rows(none.text, 'lain'), []);
  assert.match(pageText(none.text), /Tidak ada unit yang cocok dengan saringan/);
  assert.match(none.text, /<input[^>]*name="q"[^>]*value="tidak ada unit begini"/, 'the form keeps what was typed');
});

/** The tahunan assessment of `skp` by `client`, saved and finalised. */
async function rateYear(client, skp, body) {
  const u = `/api/v1/skp/${skp}/penilaian?jenis=tahunan`;
  const cur = await client.api('GET', u);
  assert.equal(cur.status, 200, cur.text);
  const r = await client.api('PUT', u, { perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Perilaku setahun',
    ...body, version: cur.json.version, tetapkan: true });
  assert.equal(r.status, 200, r.text);
}

async function setUnit(client, unit, predikat) {
  const u = `/api/v1/unit/${unit}/predikat?periode=${period}`;
  const cur = await client.api('GET', u);
  const r = await client.api('PUT', u, { predikat, version: cur.json.version });
  assert.equal(r.status, 200, r.text);
}

const skpOfPost = async (code) => {
  const pos = await positionByCode(admin, code);
  return (await admin.api('GET', `/api/v1/skp?pegawai=${pos.holder_id}`)).json.items[0].id;
};

test('the curve filter: not set, deviating and needing a reason until one is given, fitting', async () => {
  const all = Number(sqlOn(server, 'SELECT COUNT(*) FROM units'));
  const notSetAll = await overview(auditor, '&kurva=belum');
  assert.match(pageText(notSetAll.text), new RegExp(`\\(${all} data\\)`), 'no unit has a predicate yet');
  for (const k of ['perlu_alasan', 'menyimpang', 'sesuai']) {
    assert.deepEqual(rows((await overview(auditor, `&kurva=${k}`)).text, 'lain'), [], `${k}: none yet`);
  }
  const camat = await loginAs(server, 'camat');
  const pejabat = await loginAs(server, 'pejabat');
  const units = (await admin.api('GET', '/api/v1/unit')).json.items;
  const yan = units.find((u) => u.code === 'ASM-YAN').id;
  const asm = units.find((u) => u.code === 'ASM').id;
  await setUnit(camat, yan, 'baik');
  await setUnit(admin, asm, 'istimewa');
  await rateYear(camat, await skpOfPost('ASM-YAN-KA'), {});
  for (const code of ['ASM-YAN-P01', 'ASM-YAN-P02', 'ASM-YAN-P04']) {
    await rateYear(pejabat, await skpOfPost(code), { hasil_kerja: 'sesuai', alasan_hasil_kerja: 'Capaian setahun' });
  }
  const c = (await admin.api('GET', `/api/v1/unit/${yan}/kurva?periode=${period}`)).json;
  assert.equal(c.menyimpang, true, 'four Baik in a Baik unit deviate');
  assert.equal(c.perlu_alasan, true);
  assert.deepEqual(rows((await overview(auditor, '&kurva=perlu_alasan')).text, 'lain'), ['Seksi Pelayanan']);
  assert.deepEqual(rows((await overview(auditor, '&kurva=menyimpang')).text, 'lain'), ['Seksi Pelayanan']);
  assert.deepEqual(rows((await overview(auditor, '&kurva=sesuai')).text, 'lain'), ['Kecamatan Asemrowo']);
  assert.match(pageText((await overview(auditor, '&kurva=belum')).text), new RegExp(`\\(${all - 2} data\\)`));
  const reason = await camat.api('PUT', `/api/v1/unit/${yan}/kurva/alasan?periode=${period}`,
    { alasan: 'Seluruh staf seksi melampaui target layanan tahun ini.' });
  assert.equal(reason.status, 200, reason.text);
  assert.deepEqual(rows((await overview(auditor, '&kurva=perlu_alasan')).text, 'lain'), [], 'the reason was given');
  const still = await overview(auditor, '&kurva=menyimpang');
  assert.deepEqual(rows(still.text, 'lain'), ['Seksi Pelayanan'], 'it still deviates');
  assert.match(still.text, /<option value="menyimpang" selected>/, 'the form keeps the choice');
  const mine = await overview(camat, '&kurva=menyimpang');
  assert.deepEqual(rows(mine.text, 'milik'), ['Seksi Pelayanan'], 'the filter applies to the units one sets too');
});

test('an unknown curve filter or an over-long search is 422 naming it; an employee sees no other units', async () => {
  const bad = await overview(auditor, '&kurva=aneh');
  assert.equal(bad.status, 422);
  assert.match(pageText(bad.text), /kurva harus salah satu dari: perlu_alasan, menyimpang, sesuai, belum/);
  const long = await overview(auditor, `&q=${'x'.repeat(101)}`);
  assert.equal(long.status, 422);
  assert.match(pageText(long.text), /paling banyak 100 karakter/);
  const own = await overview(pegawai);
  assert.equal(own.status, 200);
  assert.equal(rows(own.text, 'lain'), null, 'no table of other units');
});
