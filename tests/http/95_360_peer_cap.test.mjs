// The automatic peer list of a 360 round is capped: in a group bigger than
// R360_PEERS_MAX + 1 (6 + 1) people of one unit under one pejabat
// penilai, each person is rated by exactly 6 peers and rates exactly 6,
// never themself (94_360 checks that a group of six rates everyone in it).
// Seksi Pelayanan of the demo office (Hosniyah and six staff) gets two more
// staff, making a group of eight.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { employeeByNip, freshNip } from './util.mjs';
import { YAN, checkpoints, openRound, raterList } from './r360_util.mjs';

let server;
let admin;
let hr;
const staff = [];

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  for (const key of ['dewi', 'nur', 'achmad', 'siti', 'halimah', 'samsul']) {
    staff.push(await employeeByNip(admin, YAN[key]));
  }
  for (const n of [1, 2]) {
    const code = `ASM-YAN-P9${n}`;
    const pos = await admin.api('POST', '/api/v1/jabatan', {
      code, name: `Pengadministrasi Layanan ${n}`, kind: 'pelaksana', unit_code: 'ASM-YAN', parent_code: 'ASM-YAN-KA',
    });
    assert.equal(pos.status, 201, pos.text);
    const e = await admin.api('POST', '/api/v1/pegawai', {
      nip: freshNip(40 + n), nama: `Pegawai Tambahan ${n}`, kode_unit: 'ASM-YAN', kode_jabatan: code,
    });
    assert.equal(e.status, 201, e.text);
    staff.push(e.json);
  }
});

after(async () => {
  await server?.stop();
});

test('in a group of eight each is rated by six peers and rates six, never themself', async () => {
  const round = await openRound(hr, (await checkpoints(admin))['Triwulan I']);
  const ids = new Set(staff.map((e) => e.id));
  const rates = new Map(staff.map((e) => [e.id, 0]));
  for (const e of staff) {
    const peers = (await raterList(hr, round.id, e.id)).filter((a) => a.kelompok === 'rekan');
    assert.equal(peers.length, 6, `${e.nama} has ${peers.length} peers`);
    for (const a of peers) {
      assert.notEqual(a.penilai.id, e.id, `${e.nama} rates themself`);
      assert.ok(ids.has(a.penilai.id), `${a.penilai.nama} is not of the group`);
      rates.set(a.penilai.id, rates.get(a.penilai.id) + 1);
    }
  }
  for (const e of staff) assert.equal(rates.get(e.id), 6, `${e.nama} rates ${rates.get(e.id)} peers`);
});
