// The monitoring commands on the demo office: `kinerja round360` opens a
// round for Triwulan I that the API then shows with its raters, reports
// progress per unit without names, reminds and closes; `kinerja
// assessment list` writes every SKP with its Triwulan I rating as CSV (a
// draft without its ratings) and `assessment curve` prints each unit's
// spread.  Mistakes in the words exit 2, unknown things exit 1 naming the
// option, and neither writes anything.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { auditCount, positionByCode, unitList } from './util.mjs';
import { skpOfNip } from './plan_util.mjs';

let server;
let admin;
let pejabat;
let camat;
let opts;
const ids = {};

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  camat = await loginAs(server, 'camat');
  opts = { dbUrl: server.dbUrl, dataDir: server.dataDir };
  const dewi = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.dewi = dewi.skp.id;
  ids.dewiNip = server.accounts.pegawai.login;
  ids.period = dewi.skp.periode_id;
  ids.tw1 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[0].id;
});

after(async () => {
  await server?.stop();
});

async function cli(args, code = 0) {
  const r = await runCli(args, opts);
  assert.equal(r.code, code, `kinerja ${args.join(' ')}: ${r.stdout}\n${r.stderr}`);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  return r;
}

test('round360: wrong words and unknown checkpoints are refused and open nothing', async () => {
  const before = await auditCount(admin);
  assert.match((await cli(['round360', 'open', '--closes', '2026-12-31'], 2)).stderr, /--checkpoint TITIK/);
  assert.match((await cli(['round360', 'open', '--checkpoint', 'Triwulan V', '--closes', '2026-12-31'], 1)).stderr,
    /--checkpoint: Titik periksa 'Triwulan V' tidak ada .*'Triwulan I'/);
  assert.match((await cli(['round360', 'open', '--checkpoint', 'Triwulan I', '--closes', '2020-01-01'], 1)).stderr,
    /--closes/);
  assert.match((await cli(['round360', 'open', '--checkpoint', 'Triwulan I', '--closes', '2026-12-31',
    '--period', '999'], 1)).stderr, /--period/);
  assert.match((await cli(['round360', 'close', 'x'], 2)).stderr, /ID putaran/);
  assert.match((await cli(['round360', 'progress', '1', '--unit', 'ASM'], 2)).stderr, /opsi tidak dikenal: --unit/);
  assert.match((await cli(['round360', 'close', '77'], 1)).stderr, /round360: /);
  assert.equal((await admin.api('GET', '/api/v1/360/putaran')).json.items.length, 0);
  assert.equal(await auditCount(admin), before, 'nothing written');
});

test('round360: open, list, progress, remind and close', async () => {
  const open = await cli(['round360', 'open', '--checkpoint', 'triwulan i', '--closes', '2026-12-31']);
  const m = open.stdout.match(/Putaran (\d+) dibuka: .*, (\d+) penugasan penilai/);
  assert.ok(m, open.stdout);
  ids.round = Number(m[1]);
  const api = await admin.api('GET', `/api/v1/360/putaran/${ids.round}`);
  assert.equal(api.status, 200, api.text);
  assert.equal(api.json.checkpoint_id ?? api.json.titik?.id ?? ids.tw1, ids.tw1);
  assert.equal(api.json.status, 'terbuka');
  const list = await cli(['round360', 'list']);
  assert.match(list.stdout, new RegExp(`^${ids.round}\\s+2026-12-31\\s+terbuka\\s+1-3\\s+${m[2]}\\s+0\\s+${m[2]}\\s+0`, 'm'));
  const progress = await cli(['round360', 'progress', String(ids.round)]);
  assert.match(progress.stdout, /Seksi Pelayanan/);
  assert.match(progress.stdout, new RegExp(`\\s${m[2]}\\s+0\\s+0\\.0%\\s+JUMLAH`));
  assert.doesNotMatch(progress.stdout, /Dewi Handayani/, 'counts per unit, no names');
  assert.match((await cli(['round360', 'remind', String(ids.round)])).stdout, new RegExp(`^${m[2]} penilai`));
  assert.match((await cli(['round360', 'open', '--checkpoint', 'Triwulan I', '--closes', '2026-12-31'], 1)).stderr,
    /round360: /, 'one round per checkpoint');
  assert.match((await cli(['round360', 'close', String(ids.round)])).stdout, /ditutup: 0 dari \d+ penugasan dijawab/);
  assert.equal((await admin.api('GET', `/api/v1/360/putaran/${ids.round}`)).json.status, 'ditutup');
});

test('assessment list: every SKP as CSV with its Triwulan I rating, a draft without ratings', async () => {
  const url = (skp) => `/api/v1/skp/${skp}/penilaian?jenis=periodik&titik=${ids.tw1}`;
  const rate = (skp, extra) => pejabat.api('PUT', url(skp), {
    hasil_kerja: 'di_atas', alasan_hasil_kerja: 'Izin selesai lebih cepat', perilaku_kerja: 'di_atas',
    alasan_perilaku_kerja: 'Ramah dan sigap', version: 0, ...extra,
  });
  assert.equal((await rate(ids.dewi, { tetapkan: true })).status, 200);
  const r = await cli(['assessment', 'list', '--checkpoint', 'Triwulan I', '--unit', 'ASM-YAN']);
  const lines = r.stdout.split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'nip,nama,kode_unit,unit,jabatan,penilaian,status,hasil_kerja,perilaku_kerja,predikat,pejabat_penilai,diketahui');
  const dewi = lines.find((l) => l.startsWith(`${ids.dewiNip},`));
  assert.ok(dewi, r.stdout);
  assert.match(dewi, /,Seksi Pelayanan,.*,Triwulan I,ditetapkan,Di Atas Ekspektasi,Di Atas Ekspektasi,Sangat Baik,.*Hosniyah.*,belum$/);
  assert.ok(lines.slice(1).every((l) => l.includes(',ASM-YAN,')), 'only the unit asked');
  assert.ok(lines.some((l) => /,belum dinilai,,,,,$/.test(l)), 'the SKPs not rated are listed too');
  assert.match(r.stderr, new RegExp(`${lines.length - 1} SKP, Triwulan I, Tahun 2026`));
  // a draft shows as a draft, without its ratings
  const post = await positionByCode(admin, 'ASM-YAN-P02');
  const nip = (await admin.api('GET', `/api/v1/pegawai/${post.holder_id}`)).json.nip;
  const skp = (await skpOfNip(admin, nip)).skp.id;
  assert.equal((await rate(skp, {})).status, 200);
  const again = (await cli(['assessment', 'list', '--checkpoint', String(ids.tw1)])).stdout;
  assert.match(again, new RegExp(`^${nip},[^\\r]*,Triwulan I,draft,,,,,\\r$`, 'm'));
  const year = (await cli(['assessment', 'list', '--checkpoint', 'tahunan'])).stdout;
  assert.doesNotMatch(year, /ditetapkan/, 'nothing rated for the year');
  assert.match((await cli(['assessment', 'list', '--unit', 'TIDAK-ADA'], 1)).stderr, /--unit: /);
  assert.match((await cli(['assessment', 'list', '--checkpoint', 'Semester I'], 1)).stderr, /atau 'tahunan'/);
  assert.match((await cli(['assessment', 'list', '--period', 'satu'], 1)).stderr, /--period/);
});

test('assessment curve: each unit with its predicate and its provisional spread', async () => {
  const yan = (await unitList(admin)).find((u) => u.code === 'ASM-YAN').id;
  const cur = await camat.api('GET', `/api/v1/unit/${yan}/predikat?periode=${ids.period}`);
  assert.equal(cur.status, 200, cur.text);
  const set = await camat.api('PUT', `/api/v1/unit/${yan}/predikat?periode=${ids.period}`,
    { predikat: 'istimewa', version: cur.json.version });
  assert.equal(set.status, 200, set.text);
  const r = await cli(['assessment', 'curve']);
  assert.match(r.stdout, /^ASM-YAN\s+Istimewa\s+1\/\d+\s+1\s+0\s+0\s+0\s+0\s+menyimpang \(sementara\)\s+Seksi Pelayanan$/m);
  assert.match(r.stdout, /Sangat Baik 1 dari 1/);
  assert.match(r.stdout, /dasar kurva: Triwulan I \(sebaran sementara\)/);
  const year = await cli(['assessment', 'curve', '--checkpoint', 'tahunan']);
  assert.match(year.stdout, /^ASM-YAN\s+Istimewa\s+0\/\d+\s+0\s+0\s+0\s+0\s+0\s+sesuai kurva/m);
});
