// The ranking of recognition (penghargaan) over the API on the plain demo
// (plans only): the demo Kepala Seksi Pelayanan (role "pejabat") rates her
// seksi at Triwulan I so that one is Sangat Baik and four are Baik with
// different ratings behind it; nobody has an achievement or 360 answers
// yet, so the configured chain decides among the Baik ones.  The order is
// checked against the documented rule (predicate, capaian, then the chain,
// NIP last) computed here from what the API reports, and against the
// facts the rule implies: the default chain (360, hasil_kerja,
// masa_kerja, nip) puts the Baik employee rated Di Atas on hasil kerja
// first; an administrator putting perilaku_kerja first turns that pair
// round; an achievement recorded for one of them beats the chain.  Those
// without a final assessment are listed unranked at the end.  Who sees
// what: the employee sees only her own place (403 on the whole ranking),
// the Kasi her seksi (403 on another), the pengelola their scope, the
// administrator the whole office.  A bad chain is refused, naming the
// field, with nothing written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount, unitList } from './util.mjs';
import { loginNip, skpOfNip } from './plan_util.mjs';
import { checkpointNamed, ikiList, monitorView, record } from './monitor_util.mjs';
import { rateFinal } from './objection_util.mjs';

const YAN = {
  siti: '198008022003042083',     // ASM-YAN-P04
  dewi: '199702082020092397',     // ASM-YAN-P01, the demo pegawai
  nur: '198803022014112370',      // ASM-YAN-P02
  halimah: '197601011997022192',  // ASM-YAN-P05
  samsul: '198003202022091236',   // ASM-YAN-P06
};
const RATINGS = {   // hasil kerja, perilaku kerja
  siti: ['di_atas', 'di_atas'],    // Sangat Baik
  dewi: ['di_atas', 'sesuai'],     // Baik, hasil kerja above
  nur: ['sesuai', 'di_atas'],      // Baik, perilaku kerja above
  halimah: ['sesuai', 'sesuai'],   // Baik
  samsul: ['sesuai', 'sesuai'],    // Baik
};

let server;
let admin;
let pejabat;
let pegawai;
let pengelola;
const ids = {};

const PRED = ['sangat_kurang', 'kurang', 'butuh_perbaikan', 'baik', 'sangat_baik'];
const RATING = ['di_bawah', 'sesuai', 'di_atas'];

/** The documented order, computed from the fields the API reports. */
function ruleOrder(items, chain) {
  const higher = (a, b) => (a === b ? 0 : a == null ? 1 : b == null ? -1 : b - a);
  const appointed = (nip) => Number(nip.slice(8, 14));
  const by = {
    perilaku_kerja: (a, b) => higher(RATING.indexOf(a.perilaku_kerja), RATING.indexOf(b.perilaku_kerja)),
    hasil_kerja: (a, b) => higher(RATING.indexOf(a.hasil_kerja), RATING.indexOf(b.hasil_kerja)),
    360: (a, b) => higher(a.nilai_360, b.nilai_360),
    masa_kerja: (a, b) => appointed(a.nip) - appointed(b.nip),
    nip: (a, b) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
  };
  const ranked = items.filter((i) => i.predikat);
  return ranked.sort((a, b) => higher(PRED.indexOf(a.predikat), PRED.indexOf(b.predikat)) ||
    higher(a.capaian, b.capaian) || chain.reduce((c, k) => c || by[k](a, b), 0))
    .map((i) => i.nip);
}

async function ranking(client = admin, query = `unit=${ids.yan}`) {
  const r = await client.api('GET', `/api/v1/penghargaan/peringkat?${query}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

const order = (rk) => rk.items.filter((i) => i.peringkat).map((i) => i.nip);
const entry = (rk, who) => rk.items.find((i) => i.nip === YAN[who]);

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  pengelola = await loginAs(server, 'pengelola');
  const units = await unitList(admin);
  ids.yan = units.find((u) => u.code === 'ASM-YAN').id;
  ids.pem = units.find((u) => u.code === 'ASM-PEM').id;
  const periods = await admin.api('GET', '/api/v1/periode');
  ids.period = periods.json.items[0].id;
  ids.tw1 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[0].id;
  for (const [who, [hasil, perilaku]] of Object.entries(RATINGS)) {
    const { skp } = await skpOfNip(admin, YAN[who]);
    ids[who] = skp.id;
    await rateFinal(pejabat, skp.id, `jenis=periodik&titik=${ids.tw1}`, hasil, perilaku);
  }
});

after(async () => { await server?.stop(); });

test('the ranking follows predicate, then the default chain, and publishes the chain', async () => {
  const rk = await ranking();
  assert.deepEqual(rk.urutan.map((c) => c.kode), ['360', 'hasil_kerja', 'masa_kerja', 'nip']);
  assert.equal(rk.dasar.jenis, 'periodik');
  assert.equal(rk.dasar.titik, 'Triwulan I', 'the latest checkpoint with final assessments');
  assert.equal(rk.jumlah_dinilai, 5);
  assert.deepEqual(order(rk), ruleOrder(rk.items, rk.urutan.map((c) => c.kode)));
  assert.equal(order(rk)[0], YAN.siti, 'Sangat Baik first');
  assert.equal(order(rk)[1], YAN.dewi, 'hasil kerja Di Atas decides among the Baik');
  assert.deepEqual(rk.items.filter((i) => i.peringkat).map((i) => i.peringkat), [1, 2, 3, 4, 5]);
  assert.equal(entry(rk, 'siti').ditentukan_oleh, null);
  assert.equal(entry(rk, 'dewi').ditentukan_oleh, 'predikat');
  assert.equal(entry(rk, 'nur').ditentukan_oleh === 'masa_kerja' ||
    entry(rk, 'nur').ditentukan_oleh === 'hasil_kerja', true);
  const unranked = rk.items.filter((i) => !i.peringkat);
  assert.ok(unranked.length >= 1, 'the Kasi (not rated) is listed without a rank');
  assert.ok(rk.items.indexOf(unranked[0]) >= 5, 'the unranked come last');
});

test('three Baik with equal ratings are ordered by first appointment, then NIP', async () => {
  const rk = await ranking();
  const tied = ['nur', 'halimah', 'samsul'].map((w) => YAN[w]);
  const got = order(rk).filter((n) => tied.includes(n));
  const want = [...tied].sort((a, b) => Number(a.slice(8, 14)) - Number(b.slice(8, 14)) || (a < b ? -1 : 1));
  assert.deepEqual(got, want);
});

test('an administrator changes the chain: perilaku kerja first turns the pair round', async () => {
  const r = await admin.api('PUT', '/api/v1/penghargaan/pengaturan', { urutan: ['perilaku_kerja', '360'] });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.urutan.map((c) => c.kode), ['perilaku_kerja', '360', 'nip']);
  const rk = await ranking();
  assert.deepEqual(order(rk), ruleOrder(rk.items, ['perilaku_kerja', '360', 'nip']));
  assert.ok(order(rk).indexOf(YAN.nur) < order(rk).indexOf(YAN.dewi), 'Nur (perilaku Di Atas) before Dewi');
  assert.equal(entry(rk, 'nur').ditentukan_oleh, 'predikat');
  const afterNur = rk.items[rk.items.indexOf(entry(rk, 'nur')) + 1];
  assert.equal(afterNur.ditentukan_oleh, 'perilaku_kerja', 'Nur is ahead of the next Baik on perilaku');
  const lastBaik = rk.items[4];
  assert.equal(lastBaik.ditentukan_oleh, 'nip', 'equal on perilaku and without 360: the NIP decides');
  const page = await admin.get(`/penghargaan?unit=${ids.yan}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /data-kriteria="perilaku_kerja"/, 'the chain is published on the page');
});

test('a bad chain is refused naming the field, and nothing is written', async () => {
  const audit = await auditCount(admin);
  for (const urutan of [['perilaku_kerja', 'perilaku_kerja'], ['nip', '360'], ['gaji'], 'hasil_kerja']) {
    const r = await admin.api('PUT', '/api/v1/penghargaan/pengaturan', { urutan });
    assert.equal(r.status, 422, `${JSON.stringify(urutan)}: ${r.text}`);
    assert.equal(r.json.error.field, 'urutan');
  }
  const r = await pengelola.api('PUT', '/api/v1/penghargaan/pengaturan', { urutan: ['360'] });
  assert.equal(r.status, 403);
  assert.equal(await auditCount(admin), audit);
  const s = await pegawai.api('GET', '/api/v1/penghargaan/pengaturan');
  assert.deepEqual(s.json.urutan.map((c) => c.kode), ['perilaku_kerja', '360', 'nip'], 'unchanged, and published to all');
});

test('an achievement beats the tie-break chain', async () => {
  const dewi = await loginNip(server, YAN.dewi);
  const cp = checkpointNamed(await monitorView(dewi, ids.dewi), 'Triwulan I');
  const iki = ikiList(cp).find((k) => k.rhk.jenis === 'utama' && k.target_min);
  await record(dewi, ids.dewi, 'Triwulan I', iki.id, { nilai: iki.target_min });
  const rk = await ranking();
  assert.ok(entry(rk, 'dewi').capaian !== null, `Dewi has an achievement: ${JSON.stringify(entry(rk, 'dewi'))}`);
  assert.deepEqual(order(rk), ruleOrder(rk.items, rk.urutan.map((c) => c.kode)));
  assert.equal(order(rk)[1], YAN.dewi, 'with an achievement, Dewi leads the Baik again');
  assert.equal(entry(rk, 'dewi').ditentukan_oleh, 'predikat');
  assert.equal(entry(rk, 'nur').ditentukan_oleh, 'capaian');
});

test('the employee sees her own place only; the whole ranking is refused', async () => {
  for (const q of ['', `?unit=${ids.yan}`, `?unit=${ids.pem}`]) {
    const r = await pegawai.api('GET', `/api/v1/penghargaan/peringkat${q}`);
    assert.equal(r.status, 403, `pegawai ${q}: ${r.text}`);
    assert.equal(r.json.error.code, 'forbidden');
  }
  const own = await pegawai.api('GET', '/api/v1/penghargaan/saya');
  assert.equal(own.status, 200, own.text);
  const rk = await ranking();
  assert.equal(own.json.peringkat, entry(rk, 'dewi').peringkat);
  assert.equal(own.json.dari, rk.jumlah_dinilai);
  assert.equal(own.json.pegawai.nip, YAN.dewi);
  assert.equal(own.json.items, undefined, 'nobody else is in her answer');
  const page = await pegawai.get('/penghargaan');
  assert.equal(page.status, 200);
  assert.match(page.text, new RegExp(`data-peringkat>${own.json.peringkat}<`));
  assert.doesNotMatch(page.text, /Nur Retno Astuti/, 'no colleague on her page');
});

test('leaders and HR see the rankings of their units only', async () => {
  assert.equal((await pejabat.api('GET', '/api/v1/penghargaan/peringkat')).status, 200, 'the Kasi: her seksi');
  assert.equal((await pejabat.api('GET', `/api/v1/penghargaan/peringkat?unit=${ids.pem}`)).status, 403);
  const camat = await loginAs(server, 'camat');
  assert.equal((await camat.api('GET', `/api/v1/penghargaan/peringkat?unit=${ids.pem}`)).status, 200);
  const mine = await ranking(pengelola, '');
  assert.ok(mine.unit, 'the pengelola opens on their scope');
  assert.equal((await pengelola.api('GET', '/api/v1/penghargaan/peringkat?unit=')).status, 422);
  const all = await ranking(admin, '');
  assert.equal(all.unit, null, 'the administrator opens on the whole office');
  assert.ok(all.items.length > 50);
  assert.equal((await admin.api('GET', '/api/v1/penghargaan/peringkat?unit=999999')).status, 404);
  assert.equal((await admin.api('GET', '/api/v1/penghargaan/peringkat?titik=999999')).status, 404);
});
