// The filtered lists (issue 6, item 5) on the whole demo year
// (startServer({ demo: 'lengkap' })): each filter of the SKP, assessment,
// objection and employee lists returns exactly the rows computed here from
// the unfiltered list, a NIP typed with spaces finds its owner, every page
// of a list holds each row once in a stable order (also where the sort key
// ties), and every sort key orders as documented, then NIP and id.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import {
  allItems, assertOrdered, bytesCmp, employeesById, nameKey, OBJ_STATE_RANK, PRED_RANK,
  SKP_STATE_RANK, spaced, tupleCmp, unitTree,
} from './180_lists_util.mjs';

let server;
let admin;
let tree;
let people;
const all = {};

const ids = (items) => items.map((i) => i.id);
const sameSet = (got, want, what) =>
  assert.deepEqual([...ids(got)].sort((a, b) => a - b), [...ids(want)].sort((a, b) => a - b), what);

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  tree = await unitTree(admin);
  people = await employeesById(admin);
  all.skp = (await allItems(admin, '/api/v1/skp')).items;
  all.penilaian = (await allItems(admin, '/api/v1/penilaian')).items;
  all.keberatan = (await allItems(admin, '/api/v1/keberatan')).items;
  all.pegawai = [...people.values()];
  assert.ok(all.skp.length >= 60, `the demo year has its SKPs (${all.skp.length})`);
  assert.ok(all.penilaian.length >= 100, `and its assessments (${all.penilaian.length})`);
  assert.ok(all.keberatan.length >= 1, 'and an objection');
});

after(() => server?.stop());

const unitOf = (row) => people.get(row.pegawai_id ?? row.id).unit_id;
const codeOf = (row) => tree.units.find((u) => u.id === unitOf(row)).code;

test('the SKP list filters by state, by unit with its sub-units, and by name or NIP', async () => {
  const kel = tree.byCode('KEL-ASM');
  const inKel = tree.below(kel.id);
  assert.ok(inKel.size > 1, 'the kelurahan has sub-units');
  const cases = [
    ['status=disetujui', (s) => s.status === 'disetujui'],
    ['status=draft', (s) => s.status === 'draft'],
    [`unit=${kel.id}`, (s) => inKel.has(unitOf(s))],
    [`unit=${kel.id}&status=disetujui`, (s) => inKel.has(unitOf(s)) && s.status === 'disetujui'],
  ];
  const someone = all.skp[Math.floor(all.skp.length / 2)];
  const word = nameKey(someone.nama.split(' ')[0]).slice(0, 4);
  cases.push([`q=${encodeURIComponent(spaced(someone.nip))}`, (s) => s.nip === someone.nip]);
  cases.push([`q=${encodeURIComponent(word.toUpperCase())}`, (s) => nameKey(s.nama).includes(word) || s.nip.startsWith(word)]);
  for (const [q, keep] of cases) {
    const want = all.skp.filter(keep);
    const got = await allItems(admin, `/api/v1/skp?${q}`);
    assert.equal(got.total, want.length, `${q}: total`);
    sameSet(got.items, want, `${q}: rows`);
    const page = await admin.get(`/skp/daftar?${q}`);
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(`>${want.length} SKP ditemukan`), `${q}: the page's count`);
  }
  assert.ok(all.skp.some((s) => s.status !== 'disetujui'), 'the demo has SKPs in other states');
});

test('the assessment list filters by jenis, checkpoint, state and predicate', async () => {
  const t3 = all.penilaian.find((a) => a.titik === 'Triwulan III');
  assert.ok(t3, 'a Triwulan III assessment');
  const seksi = tree.byCode('ASM-YAN');
  const cases = [
    ['jenis=periodik', (a) => a.jenis === 'periodik'],
    ['jenis=tahunan', (a) => a.jenis === 'tahunan'],
    [`titik=${t3.titik_id}`, (a) => a.titik_id === t3.titik_id],
    ['status=ditetapkan', (a) => a.status === 'ditetapkan'],
    ['predikat=baik', (a) => a.predikat === 'baik'],
    ['predikat=butuh_perbaikan', (a) => a.predikat === 'butuh_perbaikan'],
    [`predikat=sangat_baik&titik=${t3.titik_id}&unit=${seksi.id}`,
      (a) => a.predikat === 'sangat_baik' && a.titik_id === t3.titik_id && unitOf(a) === seksi.id],
    [`periode=${t3.periode_id}&predikat=kurang`, (a) => a.predikat === 'kurang'],
  ];
  for (const [q, keep] of cases) {
    const want = all.penilaian.filter(keep);
    const got = await allItems(admin, `/api/v1/penilaian?${q}`);
    assert.equal(got.total, want.length, `${q}: total`);
    sameSet(got.items, want, `${q}: rows`);
  }
  const preds = new Set(all.penilaian.map((a) => a.predikat));
  assert.ok(preds.size >= 3, `the demo spreads its predicates (${[...preds]})`);
});

test('the objection list filters by state, predicate objected to, unit and name', async () => {
  const o = all.keberatan[0];
  const cases = [
    [`status=${o.status}`, (x) => x.status === o.status],
    ['status=diputus', (x) => x.status === 'diputus'],
    [`predikat=${o.predikat_semula}`, (x) => x.predikat_semula === o.predikat_semula],
    [`unit=${unitOf(o)}`, (x) => unitOf(x) === unitOf(o)],
    [`q=${encodeURIComponent(o.nip.slice(0, 10))}`, (x) => x.nip.startsWith(o.nip.slice(0, 10))],
    [`periode=${o.periode_id}&q=zzzz`, () => false],
  ];
  for (const [q, keep] of cases) {
    const want = all.keberatan.filter(keep);
    const r = await admin.api('GET', `/api/v1/keberatan?${q}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.total, want.length, `${q}: total`);
    sameSet(r.json.items, want, `${q}: rows`);
  }
  const page = await admin.get(`/keberatan?status=${o.status}`);
  assert.match(page.text, new RegExp(`href="/keberatan/${o.id}"`));
});

test('the employee list filters by status, unit and name or NIP, and its page says how many', async () => {
  const kel = tree.byCode('KEL-TSR');
  const inKel = tree.below(kel.id);
  const one = all.pegawai[7];
  for (const [q, keep] of [
    ['status=aktif', (e) => e.status === 'aktif'],
    [`unit=${kel.id}`, (e) => inKel.has(e.unit_id)],
    [`q=${encodeURIComponent(spaced(one.nip))}`, (e) => e.nip === one.nip],
  ]) {
    const want = all.pegawai.filter(keep);
    const got = await allItems(admin, `/api/v1/pegawai?${q}`);
    assert.equal(got.total, want.length, q);
    sameSet(got.items, want, q);
  }
  const page = await admin.get(`/pegawai?unit=${kel.id}&urut=nama`);
  const n = all.pegawai.filter((e) => inKel.has(e.unit_id)).length;
  assert.match(page.text, new RegExp(`>${n} pegawai ditemukan \u00b7 Halaman 1 dari ${Math.ceil(n / 25) || 1}`));
});

test('paging covers every row once, in one stable order, also where the key ties', async () => {
  for (const [path, key] of [['/api/v1/skp', 'status'], ['/api/v1/penilaian', 'predikat'],
    ['/api/v1/penilaian', 'periode'], ['/api/v1/pegawai', 'status']]) {
    const whole = await admin.api('GET', `${path}?urut=${key}&per_page=500`);
    const seen = [];
    for (let page = 1; page <= Math.ceil(whole.json.total / 7); page++) {
      const r = await admin.api('GET', `${path}?urut=${key}&per_page=7&page=${page}`);
      assert.equal(r.status, 200);
      assert.equal(r.json.jumlah_halaman, Math.ceil(whole.json.total / 7));
      seen.push(...ids(r.json.items));
    }
    assert.equal(seen.length, whole.json.total, `${path} by ${key}: every row`);
    assert.equal(new Set(seen).size, seen.length, `${path} by ${key}: no row twice`);
    assert.deepEqual(seen, ids(whole.json.items).slice(0, seen.length), `${path} by ${key}: the order of one page`);
    const past = await admin.api('GET', `${path}?urut=${key}&per_page=7&page=${Math.ceil(whole.json.total / 7) + 1}`);
    assert.deepEqual(past.json.items, [], 'past the last page: nothing');
  }
  // the page of the list keeps the filter in its links
  const kel = tree.byCode('KEL-ASM');
  const page = await admin.get(`/penilaian/daftar?unit=${kel.id}&status=ditetapkan&urut=nama`);
  assert.match(page.text, /Halaman 1 dari \d+/);
  assert.match(page.text, new RegExp(`href="/penilaian/daftar\\?page=2&amp;unit=${kel.id}&amp;status=ditetapkan&amp;urut=nama"`));
});

test('every sort key of the SKP list orders as documented, both ways', async () => {
  const keys = {
    unit: (s) => [codeOf(s), nameKey(s.nama)],
    nama: (s) => [nameKey(s.nama)],
    nip: (s) => [s.nip],
    periode: (s) => [s.periode_id],
    status: (s) => [SKP_STATE_RANK[s.status]],
    disetujui: (s) => [s.disetujui || ''],
  };
  for (const [key, fn] of Object.entries(keys)) {
    for (const arah of ['naik', 'turun']) {
      const r = await admin.api('GET', `/api/v1/skp?urut=${key}&arah=${arah}&per_page=500`);
      assert.equal(r.status, 200);
      assert.equal(r.json.urut, key);
      assert.equal(r.json.items.length, all.skp.length);
      assertOrdered(r.json.items, fn, arah === 'turun', tupleCmp, `skp ${key} ${arah}`);
    }
  }
  const dflt = await admin.api('GET', '/api/v1/skp?per_page=500');
  assertOrdered(dflt.json.items, keys.unit, false, tupleCmp, 'skp default');
});

test('every sort key of the assessment, objection and employee lists orders as documented', async () => {
  const pen = {
    unit: (a) => [codeOf(a), nameKey(a.nama.replace(/^([A-Za-z]+\.\s)+/, ''))],
    nip: (a) => [a.nip],
    predikat: (a) => [a.predikat ? PRED_RANK[a.predikat] : -1],
    status: (a) => [a.status],
    ditetapkan: (a) => [a.ditetapkan || ''],
    titik: (a) => [a.periode_id, a.jenis === 'tahunan' ? 1 : 0, a.titik],
  };
  for (const [key, fn] of Object.entries(pen)) {
    for (const arah of ['naik', 'turun']) {
      const r = await admin.api('GET', `/api/v1/penilaian?urut=${key}&arah=${arah}&per_page=500`);
      assert.equal(r.status, 200);
      if (key !== 'unit') assertOrdered(r.json.items, fn, arah === 'turun', tupleCmp, `penilaian ${key} ${arah}`);
      else assert.equal(r.json.items.length, all.penilaian.length);
    }
  }
  for (const [key, fn] of Object.entries({
    nip: (e) => [e.nip], nama: (e) => [nameKey(e.nama)], golongan: (e) => [e.golongan],
    status: (e) => [{ aktif: 0, pindah: 1, pensiun: 2 }[e.status]],
  })) {
    const r = await admin.api('GET', `/api/v1/pegawai?urut=${key}&arah=turun&per_page=500`);
    assertOrdered(r.json.items, fn, true, tupleCmp, `pegawai ${key}`);
  }
  const obj = await admin.api('GET', '/api/v1/keberatan?urut=status');
  assertOrdered(obj.json.items, (o) => [OBJ_STATE_RANK[o.status]], false, tupleCmp, 'keberatan status');
  assert.equal(bytesCmp('a', 'b'), -1);
});
