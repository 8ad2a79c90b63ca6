// `kinerja report status`: where a period stands from the command line, the
// same figures as the dashboard's first section (GET /api/v1/dasbor), for
// the whole office and for one unit by code or id; its JSON is the API's
// "status" object; bad options fail naming the option and write nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { assertUnchanged, snapshot, unitList } from './util.mjs';

let server;
let admin;
let before0;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  before0 = await snapshot(admin);
});

after(async () => {
  await server?.stop();
});

const cli = (...args) => runCli(['report', 'status', ...args], { dbUrl: server.dbUrl, dataDir: server.dataDir });

test('--json for a unit by code is the dashboard API\'s status of that unit', async () => {
  const gkl = (await unitList(admin)).find((u) => u.code === 'KEL-GKL');
  const r = await cli('--period', '2026', '--unit', 'KEL-GKL', '--json');
  assert.equal(r.code, 0, r.stderr);
  const got = JSON.parse(r.stdout);
  const api = await admin.api('GET', `/api/v1/dasbor?unit=${gkl.id}`);
  assert.equal(api.status, 200, api.text);
  assert.equal(got.unit.kode, 'KEL-GKL');
  delete got.unit;
  assert.deepEqual(got, api.json.status);
  const byId = JSON.parse((await cli('--period', '2026', '--unit', String(gkl.id), '--json')).stdout);
  delete byId.unit;
  assert.deepEqual(byId, got, 'a unit by id is the same unit');
});

test('the text shows the whole office\'s figures, as the dashboard counts them', async () => {
  const r = await cli('--period', '2026');
  assert.equal(r.code, 0, r.stderr);
  const st = (await admin.api('GET', '/api/v1/dasbor')).json.status;
  const pct = (x) => `${x.toFixed(1).replace('.', ',')}%`;
  assert.match(r.stdout, /seluruh kantor/);
  assert.ok(r.stdout.includes(`disetujui                          ${st.skp.disetujui} dari ${st.skp.total} (${pct(st.skp.persen)})`), r.stdout);
  for (const c of st.penilaian) assert.ok(r.stdout.includes(`${c.ditetapkan} dari ${c.total}`), `${c.nama}`);
  for (const o of st.r360.putaran) assert.match(r.stdout, new RegExp(`${o.titik} \\(${o.status}\\)\\s+${o.dijawab} dari ${o.total}`));
  assert.match(r.stdout, new RegExp(`belum diputus\\s+${st.keberatan.terbuka} dari ${st.keberatan.total}`));
});

test('bad options fail naming the option, and change nothing', async () => {
  const cases = [
    [['--period', '2031'], 1, /--period: Tidak ada periode/],
    [['--period', 'dua'], 1, /--period harus tahun periode/],
    [['--period', '2026', '--unit', 'TIDAK-ADA'], 1, /--unit: Unit kerja 'TIDAK-ADA' tidak ditemukan/],
    [[], 2, /--period belum diberikan/],
    [['--period', '2026', '--warna'], 2, /opsi tidak dikenal: --warna/],
    [['--period'], 2, /--period memerlukan nilai/],
  ];
  for (const [args, code, msg] of cases) {
    const r = await cli(...args);
    assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, msg, args.join(' '));
    assert.equal(r.stdout, '', `${args.join(' ')}: nothing on stdout`);
  }
  await assertUnchanged(admin, before0, 'report status');
});

test('--help shows the status part of the usage', async () => {
  const r = await cli('--help');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /kinerja report status --period TAHUN\|ID \[--unit KODE\|ID\] \[--json\]/);
});
