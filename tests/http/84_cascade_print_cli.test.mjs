// The cascade view (GET /api/v1/kaskade and the /kaskade page) for the
// whole office and for one unit: the tree from the goals down to every RHK,
// the goals no RHK supports and the RHK that support nothing; the print
// view of an SKP (/skp/{id}/cetak) with the official form's headings and
// the details frozen at approval; and `kinerja period`, its effects seen
// over the API and its mistakes refused with an error naming the option and
// nothing written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { auditCount, auditLatest } from './util.mjs';
import { actOk, getSkp, loginNip, pageText, skpOfNip } from './plan_util.mjs';

const AISYAH = '198611202017042297';   // ASM-TRANTIB-P04, a draft SKP

let server;
let admin;
let pegawai;
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pegawai = await loginAs(server, 'pegawai');
  const units = (await admin.api('GET', '/api/v1/unit')).json.items;
  ids.unit = Object.fromEntries(units.map((u) => [u.code, u.id]));
  ids.unitById = Object.fromEntries(units.map((u) => [u.id, u]));
  ids.period = (await admin.api('GET', '/api/v1/periode')).json.items[0].id;
});

after(async () => {
  await server?.stop();
});

async function cascade(client, query = '') {
  const r = await client.api('GET', `/api/v1/kaskade${query}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

/** Units at and below `unitId`. */
function subtree(unitId) {
  const out = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of Object.values(ids.unitById)) {
      if (u.parent_id && out.has(u.parent_id) && !out.has(u.id)) { out.add(u.id); grew = true; }
    }
  }
  return out;
}

/** Checks the tree's shape: parents first, depths, flags matching the lists. */
function checkTree(c) {
  const seen = new Map();
  for (const i of c.items) {
    assert.ok(!seen.has(i.kunci), `key ${i.kunci} appears once`);
    if (i.induk === null) {
      assert.equal(i.kedalaman, 0, `${i.kunci} is at the top`);
    } else if (seen.has(i.induk)) {
      assert.equal(i.kedalaman, seen.get(i.induk).kedalaman + 1, `${i.kunci} is one below its parent`);
    } else {
      assert.fail(`${i.kunci}: parent ${i.induk} is not listed before it`);
    }
    assert.equal(i.sasaran, i.kunci < 0);
    seen.set(i.kunci, i);
  }
  const supported = new Set(c.items.filter((i) => i.induk !== null && i.induk < 0).map((i) => i.induk));
  const lonely = c.items.filter((i) => i.sasaran && !supported.has(i.kunci)).map((i) => i.kunci);
  assert.deepEqual([...c.sasaran_tanpa_dukungan].sort(), lonely.sort(), 'sasaran_tanpa_dukungan: the goals nobody points at');
  assert.deepEqual(c.items.filter((i) => i.tanpa_dukungan).map((i) => i.kunci).sort(), [...c.sasaran_tanpa_dukungan].sort());
  assert.deepEqual(c.items.filter((i) => i.tanpa_induk).map((i) => i.kunci).sort(), [...c.rhk_tanpa_induk].sort());
  return seen;
}

test('the whole office\'s cascade: every goal and every RHK, each under what it supports', async () => {
  const c = await cascade(pegawai);
  assert.equal(c.periode_id, ids.period);
  assert.equal(c.unit_id, null);
  checkTree(c);
  const goals = (await admin.api('GET', `/api/v1/periode/${ids.period}/sasaran`)).json.items;
  assert.deepEqual(c.items.filter((i) => i.sasaran).map((i) => -i.kunci).sort(), goals.map((g) => g.id).sort());
  // every RHK of every SKP is there: the sum of jumlah_rhk over the 80 SKPs
  const skps = (await admin.api('GET', '/api/v1/skp?per_page=500')).json;
  assert.equal(skps.total, 80);
  const nRhk = skps.items.reduce((n, s) => n + s.jumlah_rhk, 0);
  assert.equal(c.items.filter((i) => !i.sasaran).length, nRhk);
  // the demo's own plan links everything: no utama RHK supports nothing
  assert.deepEqual(c.rhk_tanpa_induk, []);
  const camat = c.items.find((i) => i.jabatan === 'Camat Asemrowo');
  assert.ok(camat && camat.induk < 0, 'the Camat\'s RHK supports an organisation goal');
  const page = await pegawai.get('/kaskade');
  assert.equal(page.status, 200);
  assert.match(page.text, /<meta name="viewport" content="width=device-width/, 'usable on a phone');
  const text = pageText(page.text);
  assert.match(text, /Sasaran tanpa dukungan/);
  assert.ok(text.includes('Suparmi'));
  assert.ok(text.includes(camat.teks));
});

test('a goal nobody supports is listed, and leaves the list once a head\'s RHK points at it', async () => {
  const add = await admin.api('POST', `/api/v1/periode/${ids.period}/sasaran`,
    { kode: 'ASM-7', kode_unit: 'ASM', teks: 'Meningkatnya literasi digital aparatur kecamatan' });
  assert.equal(add.status, 201, add.text);
  const key = -add.json.id;
  let c = await cascade(pegawai);
  assert.ok(c.sasaran_tanpa_dukungan.includes(key));
  assert.equal(c.items.find((i) => i.kunci === key).tanpa_dukungan, true);
  assert.match(pageText((await pegawai.get('/kaskade')).text), /Meningkatnya literasi digital aparatur kecamatan/);

  // the Camat revises her approved SKP to support it; the administrator
  // approves (the head of the organisation has no pejabat penilai in it)
  const camat = await loginAs(server, 'camat');
  const own = (await skpOfNip(admin, server.accounts.camat.login)).skp.id;
  await actOk(camat, own, 'ubah', 'draft');
  const rhk = await camat.api('POST', `/api/v1/skp/${own}/rhk`,
    { teks: 'Terlaksananya pelatihan literasi digital bagi aparatur', sasaran_id: add.json.id });
  assert.equal(rhk.status, 201, rhk.text);
  assert.equal(rhk.json.sasaran_teks, 'Meningkatnya literasi digital aparatur kecamatan');
  assert.equal((await camat.api('POST', `/api/v1/rhk/${rhk.json.id}/iki`,
    { teks: 'Jumlah aparatur yang dilatih', target_min: 40, satuan: 'orang' })).status, 201);
  await actOk(camat, own, 'ajukan', 'diajukan');
  const approved = await actOk(admin, own, 'setujui', 'disetujui');
  assert.equal(approved.revisi, 1);
  c = await cascade(pegawai);
  checkTree(c);
  assert.ok(!c.sasaran_tanpa_dukungan.includes(key));
  const node = c.items.find((i) => i.kunci === rhk.json.id);
  assert.equal(node.induk, key);
  assert.equal(node.kedalaman, 1);
});

test('an utama RHK that supports nothing is flagged in rhk_tanpa_induk', async () => {
  const aisyah = await loginNip(server, AISYAH);
  const own = (await skpOfNip(admin, AISYAH)).skp.id;
  const r = await aisyah.api('POST', `/api/v1/skp/${own}/rhk`, { teks: 'Terlaksananya piket malam di kantor kecamatan' });
  assert.equal(r.status, 201, r.text);
  const t = await aisyah.api('POST', `/api/v1/skp/${own}/rhk`, { teks: 'Terbantunya kegiatan kerja bakti', jenis: 'tambahan' });
  assert.equal(t.status, 201, t.text);
  const c = await cascade(pegawai);
  checkTree(c);
  assert.deepEqual(c.rhk_tanpa_induk, [r.json.id], 'only the utama one: a tambahan RHK need not support anything');
  const node = c.items.find((i) => i.kunci === r.json.id);
  assert.equal(node.tanpa_induk, true);
  assert.equal(node.induk, null);
  assert.equal(node.status, 'draft');
  const page = pageText((await pegawai.get('/kaskade')).text);
  assert.ok(page.includes('Terlaksananya piket malam di kantor kecamatan'));
  assert.equal((await aisyah.api('DELETE', `/api/v1/rhk/${r.json.id}`)).status, 200);
  assert.equal((await aisyah.api('DELETE', `/api/v1/rhk/${t.json.id}`)).status, 200);
  assert.deepEqual((await cascade(pegawai)).rhk_tanpa_induk, []);
});

test('one unit\'s cascade: its people, the chain up to the goals, and no goal it cannot judge flagged', async () => {
  const whole = await cascade(admin);
  const wholeLonely = new Set(whole.sasaran_tanpa_dukungan);
  for (const code of ['ASM-YAN', 'KEL-ASM', 'ASM-TRANTIB']) {
    const unitId = ids.unit[code];
    const c = await cascade(pegawai, `?unit=${unitId}`);
    assert.equal(c.unit_id, unitId);
    const byKey = checkTree(c);
    const inside = subtree(unitId);
    const rhk = c.items.filter((i) => !i.sasaran);
    const own = rhk.filter((i) => inside.has(i.unit_id));
    assert.ok(own.length > 0, `${code}: the unit's RHK are there`);
    // the unit's people: exactly the RHK of the whole view owned inside the unit
    assert.deepEqual(own.map((i) => i.kunci).sort(),
      whole.items.filter((i) => !i.sasaran && inside.has(i.unit_id)).map((i) => i.kunci).sort(), code);
    // anything else is on the way up from them
    const up = new Set();
    for (const i of own) for (let k = i.induk; k !== null && byKey.has(k); k = byKey.get(k).induk) up.add(k);
    for (const i of c.items) {
      if (i.sasaran ? inside.has(i.unit_id) : inside.has(i.unit_id)) continue;
      assert.ok(up.has(i.kunci), `${code}: ${i.kunci} (${i.unit}) is neither in the unit nor above its RHK`);
    }
    // a goal is "tanpa dukungan" in a unit's view only if nobody supports it at all
    for (const k of c.sasaran_tanpa_dukungan) {
      assert.ok(wholeLonely.has(k), `${code}: goal ${k} (${byKey.get(k).teks}) is supported in the whole office`);
    }
  }
  const page = pageText((await pegawai.get(`/kaskade?unit=${ids.unit['ASM-YAN']}`)).text);
  assert.ok(page.includes('Dewi Handayani'));
  assert.ok(!page.includes('Sukri Kurniawan'), 'nobody of another seksi');
});

test('the print view lays the SKP out as the official form', async () => {
  const own = (await skpOfNip(admin, server.accounts.pegawai.login)).skp.id;
  const s = await getSkp(pegawai, own);
  const r = await pegawai.get(`/skp/${own}/cetak`);
  assert.equal(r.status, 200);
  const text = pageText(r.text);
  const headings = ['SASARAN KINERJA PEGAWAI', 'PERIODE PENILAIAN', 'PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA',
    'NAMA', 'NIP', 'PANGKAT/', 'JABATAN', 'UNIT KERJA', 'HASIL KERJA', 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
    'RENCANA HASIL KERJA', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'A. Utama', 'B. Tambahan',
    'PERILAKU KERJA', 'EKSPEKTASI KHUSUS PIMPINAN', 'LAMPIRAN SASARAN KINERJA PEGAWAI', 'Dukungan sumber daya',
    'Skema pertanggungjawaban', 'Konsekuensi', 'Pegawai yang Dinilai', 'Pejabat Penilai Kinerja'];
  let at = -1;
  for (const h of headings) {
    const next = text.indexOf(h, at + 1);
    assert.ok(next >= 0, `heading "${h}" (after the ones before it)`);
    at = next;
  }
  assert.match(text, /1 Januari sd 31 Desember Tahun 2026/);
  assert.ok(text.includes('Dewi Handayani, S.Sos.'));
  assert.ok(text.includes('Hosniyah Pratiwi, S.Sos.'));
  assert.ok(text.includes('19970208 202009 2 397'));
  assert.ok(text.includes('Penata Muda Tk I, III/b'));
  for (const h of s.hasil_kerja) {
    assert.ok(text.includes(h.teks), `RHK ${h.teks}`);
    for (const k of h.iki) assert.ok(text.includes(k.teks), `IKI ${k.teks}`);
  }
  assert.ok(text.includes('900 berkas'), 'targets with their unit');
  for (const v of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']) {
    assert.ok(text.includes(v), v);
  }
  assert.ok(text.includes(s.perilaku[0].ekspektasi), 'the superior\'s expectations');
  assert.match(text, /Surabaya, \d{1,2} [A-Z][a-z]+ 20\d\d/, 'place and date of signing');
  const there = pageText((await pegawai.get(`/skp/${own}/cetak?tempat=Asemrowo`)).text);
  assert.match(there, /Asemrowo, \d{1,2} [A-Z][a-z]+ 20\d\d/);
  assert.match(r.text, /class="[^"]*skp-print|@page|print/i);
});

test('the print view of an approved SKP keeps the details frozen at approval', async () => {
  const me = await skpOfNip(admin, server.accounts.pegawai.login);
  const frozen = (await getSkp(pegawai, me.skp.id)).header_beku;
  assert.equal(frozen.employee.golongan, 'III/b');
  const emp = (await admin.api('GET', `/api/v1/pegawai/${me.employee.id}`)).json;
  const put = await admin.api('PUT', `/api/v1/pegawai/${emp.id}`, { golongan: 'IV/a', version: emp.version });
  assert.equal(put.status, 200, put.text);
  const after0 = await getSkp(pegawai, me.skp.id);
  assert.deepEqual(after0.header_beku, frozen, 'the frozen header does not follow the record');
  assert.equal(after0.pegawai.golongan, 'IV/a', 'the live record changed');
  const text = pageText((await pegawai.get(`/skp/${me.skp.id}/cetak`)).text);
  assert.ok(text.includes('Penata Muda Tk I, III/b'), 'the print shows the rank at approval');
  assert.ok(!text.includes('IV/a'), 'not the rank of today');
});

test('kinerja period: add, open, lock and close, seen over the API and in the audit trail', async () => {
  const opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  const list0 = await runCli(['period', 'list'], opts);
  assert.equal(list0.code, 0, list0.stderr);
  assert.match(list0.stdout, /Tahun 2026\s+2026\s+2026-01-01\s+2026-12-31\s+2026-01-31\s+triwulan\s+terbuka/);
  const add = await runCli(['period', 'add', '--name', 'SKP Tahun 2027', '--year', '2027', '--cadence', 'bulanan'], opts);
  assert.equal(add.code, 0, add.stderr);
  assert.equal(add.sanitizer, null, add.sanitizer || '');
  const created = (await admin.api('GET', '/api/v1/periode')).json.items.find((p) => p.nama === 'SKP Tahun 2027');
  assert.ok(created, 'the new period is listed by the API');
  assert.ok(add.stdout.includes(String(created.id)), 'the new id is printed');
  assert.deepEqual([created.status, created.kalender, created.batas_rencana], ['draft', 'bulanan', '2027-01-31']);
  const cps = await runCli(['period', 'checkpoints', String(created.id)], opts);
  assert.equal(cps.code, 0, cps.stderr);
  assert.match(cps.stdout, /Januari[\s\S]*Desember/);
  for (const [cmd, state] of [['open', 'terbuka'], ['lock', 'dikunci'], ['close', 'ditutup']]) {
    const r = await runCli(['period', cmd, String(created.id)], opts);
    assert.equal(r.code, 0, `${cmd}: ${r.stderr}`);
    assert.equal((await admin.api('GET', `/api/v1/periode/${created.id}`)).json.status, state, cmd);
  }
  const goal = await runCli(['period', 'goal', 'add', String(ids.period), '--unit', 'KEL-TSR', '--code', 'KEL-TSR-1',
    '--text', 'Meningkatnya kebersihan lingkungan Tambak Sarioso', '--indicator', 'Persentase RW bersih'], opts);
  assert.equal(goal.code, 0, goal.stderr);
  const goals = (await admin.api('GET', `/api/v1/periode/${ids.period}/sasaran`)).json.items;
  const g = goals.find((x) => x.kode === 'KEL-TSR-1');
  assert.ok(g);
  assert.equal(g.nama_unit, 'Kelurahan Tambak Sarioso');
  const glist = await runCli(['period', 'goal', 'list', String(ids.period)], opts);
  assert.match(glist.stdout, /KEL-TSR-1/);
  const entries = await auditLatest(admin, '&login=cli', 10);
  assert.ok(entries.length >= 5, 'the CLI\'s changes are in the audit trail as "cli"');
});

test('kinerja period mistakes exit 1 or 2 naming the option, and write nothing', async () => {
  const opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  const list0 = (await runCli(['period', 'list'], opts)).stdout;
  const goals0 = (await runCli(['period', 'goal', 'list', String(ids.period)], opts)).stdout;
  const audit0 = await auditCount(admin);
  const closed = (await admin.api('GET', '/api/v1/periode')).json.items.find((p) => p.status === 'ditutup').id;
  const cases = [
    [['period', 'add', '--name', 'Salah', '--year', '2029', '--plan-due', '2030-01-31'], 1, /--plan-due/],
    [['period', 'add', '--name', 'Salah', '--year', '2029', '--start', '2029-02-30'], 1, /--start/],
    [['period', 'add', '--name', 'Salah', '--year', '2029', '--start', '2029-09-01', '--end', '2029-03-31'], 1, /--end|--start/],
    [['period', 'add', '--year', '2029'], 2, /--name/],
    [['period', 'add', '--name', 'Salah', '--year', 'dua'], 2, /--year|tahun/i],
    [['period', 'add', '--name', 'Salah', '--year', '2029', '--cadence', 'mingguan'], 2, /mingguan/],
    [['period', 'add', '--name', 'Salah', '--year', '2029', '--warna', 'merah'], 2, /--warna/],
    [['period', 'lock', '999999'], 1, /tidak ditemukan/],
    [['period', 'open', String(closed)], 1, /Ditutup/i],
    [['period', 'close', String(ids.period)], 1, /Terbuka/i],
    [['period', 'cadence', String(closed), 'triwulan'], 1, /Ditutup|ditutup/],
    [['period', 'goal', 'add', String(ids.period), '--unit', 'TIDAK-ADA', '--code', 'X-1', '--text', 'Salah'], 1, /--unit/],
    [['period', 'goal', 'add', String(ids.period), '--unit', 'ASM', '--code', 'ASM-1', '--text', 'Kembar'], 1, /--code/],
    [['period', 'goal', 'add', String(ids.period), '--unit', 'ASM', '--code', 'X-2'], 2, /--text/],
    [['period', 'goal', 'add', String(closed), '--unit', 'ASM', '--code', 'X-3', '--text', 'Ditutup'], 1, /ditutup|Ditutup/],
    [['period', 'frobnicate'], 2, /frobnicate/],
  ];
  for (const [args, code, pattern] of cases) {
    const r = await runCli(args, opts);
    assert.equal(r.code, code, `kinerja ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
    assert.match(r.stderr, /^kinerja period: /m, args.join(' '));
    assert.match(r.stderr, pattern, `kinerja ${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.sanitizer, null, r.sanitizer || '');
  }
  assert.equal((await runCli(['period', 'list'], opts)).stdout, list0, 'no period changed');
  assert.equal((await runCli(['period', 'goal', 'list', String(ids.period)], opts)).stdout, goals0, 'no goal added');
  assert.equal(await auditCount(admin), audit0, 'the audit trail did not grow');
});
