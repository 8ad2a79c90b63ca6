// Credit points (angka kredit) on the plain demo.  The demo's functional
// post is "Pranata Komputer Ahli Pertama" (ASM-SEK-UMUM-P04, held by Tri
// Yuli Kartika, who is also the demo administrator); her pejabat penilai
// is the Kepala Subbagian Umum dan Kepegawaian.  Hand-worked amounts with
// the default tables (Baik 100%, Ahli Pertama 12,5 a year):
//   a whole year:            100% x 12,5 x 12/12 = 12,500
//   April-December (9 mo.):  100% x 12,5 x  9/12 =  9,375
//   coefficient 12,345:      100% x 12,345 x 9/12 = 9,25875 -> 9,259 (half up)
// and each is also checked against the formula applied to the tables the
// API publishes.  The predicate is provisional (Triwulan I) until a
// tahunan one is final.  Bad table values are refused naming the field,
// with nothing written.  Who reads: the employee, her superior, HR,
// auditors, administrators; not a colleague of another unit.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, loginAs, runCli } from './harness.mjs';
import { auditCount, sqlOn } from './util.mjs';
import { loginNip, skpOfNip } from './plan_util.mjs';
import { download } from './monitor_util.mjs';
import { rateFinal } from './objection_util.mjs';

const TRI = '199204282017102031';    // Pranata Komputer Ahli Pertama
const KASUBBAG = '198107232004091312';

let server;
let admin;
let kasubbag;
let pegawai;
let pengelola;
const ids = {};
let tmp;

/** The amount in thousandths by the documented formula (BigInt, half up). */
function amount(pct, coefTh, months) {
  const num = BigInt(pct) * BigInt(coefTh) * BigInt(months);
  return Number((num + 600n) / 1200n);
}
const points = (th) => `${Math.floor(th / 1000)}.${String(th % 1000).padStart(3, '0')}`;

async function statement(client = admin) {
  const r = await client.api('GET', `/api/v1/angka-kredit/pegawai/${ids.tri}?periode=${ids.period}`);
  assert.equal(r.status, 200, r.text);
  return r.json;
}

async function tables() {
  const r = await admin.api('GET', '/api/v1/angka-kredit/tabel');
  assert.equal(r.status, 200, r.text);
  return r.json;
}

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kinerja-ak-'));
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pegawai = await loginAs(server, 'pegawai');
  pengelola = await loginAs(server, 'pengelola');
  kasubbag = await loginNip(server, KASUBBAG);
  ids.period = (await admin.api('GET', '/api/v1/periode')).json.items[0].id;
  ids.tw1 = (await admin.api('GET', `/api/v1/periode/${ids.period}`)).json.checkpoint[0].id;
  const { skp, employee } = await skpOfNip(admin, TRI);
  ids.tri = employee.id;
  ids.skp = skp.id;
});

after(async () => {
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the default tables are published, from the regulation', async () => {
  const t = await tables();
  assert.deepEqual(t.persentase, { sangat_kurang: 25, kurang: 50, butuh_perbaikan: 75, baik: 100, sangat_baik: 150 });
  const coef = Object.fromEntries(t.koefisien.map((l) => [l.kode, l.koefisien]));
  assert.equal(coef.ahli_pertama, '12.500');
  assert.equal(coef.ahli_madya, '37.500');
  assert.equal(coef.terampil, '5.000');
  const page = await pegawai.get('/angka-kredit/tabel');
  assert.equal(page.status, 200);
  assert.match(page.text, /Ahli Utama/);
});

test('without a predicate the functional SKP earns nothing yet', async () => {
  const s = await statement();
  assert.equal(s.items.length, 1);
  assert.equal(s.items[0].jenjang, 'Ahli Pertama');
  assert.equal(s.items[0].predikat, null);
  assert.equal(s.jumlah, '0.000');
});

test('a Baik at Triwulan I gives a provisional 12,500 for the whole year', async () => {
  await rateFinal(kasubbag, ids.skp, `jenis=periodik&titik=${ids.tw1}`, 'sesuai', 'sesuai');
  const s = await statement();
  const line = s.items[0];
  assert.equal(line.predikat, 'baik');
  assert.equal(line.sementara, true);
  assert.equal(line.dasar, 'Triwulan I');
  assert.equal(line.bulan, 12);
  const t = await tables();
  const coef = t.koefisien.find((l) => l.kode === 'ahli_pertama').koefisien_ribuan;
  assert.equal(line.angka_kredit_ribuan, amount(t.persentase.baik, coef, 12));
  assert.equal(s.jumlah, '12.500', 'hand-worked: 100% x 12,5');
});

test('a part-year SKP takes months/12 of it, rounded half up', async () => {
  sqlOn(server, `UPDATE skp SET month_from = 4 WHERE id = ${Number(ids.skp)}`);
  let s = await statement();
  assert.equal(s.items[0].bulan, 9);
  assert.equal(s.jumlah, '9.375', 'hand-worked: 100% x 12,5 x 9/12');
  const r = await admin.api('PUT', '/api/v1/angka-kredit/tabel', { koefisien: { ahli_pertama: '12,345' } });
  assert.equal(r.status, 200, r.text);
  s = await statement();
  assert.equal(s.jumlah_ribuan, amount(100, 12345, 9));
  assert.equal(s.jumlah, '9.259', 'hand-worked: 9,25875 rounds half up to 9,259');
  assert.equal(points(s.jumlah_ribuan), s.jumlah);
});

test('bad table values are refused naming the field, and nothing is written', async () => {
  const before0 = { audit: await auditCount(admin), t: await tables() };
  const cases = [
    [{ koefisien: { ahli_pertama: '12,3456' } }, 'koefisien.ahli_pertama'],
    [{ koefisien: { ahli_pertama: '-1' } }, 'koefisien.ahli_pertama'],
    [{ koefisien: { ahli_super: '10' } }, 'koefisien.ahli_super'],
    [{ persentase: { baik: -5 } }, 'persentase.baik'],
    [{ persentase: { baik: 100.5 } }, 'persentase.baik'],
    [{ persentase: { luar_biasa: 200 } }, 'persentase.luar_biasa'],
  ];
  for (const [body, field] of cases) {
    const r = await admin.api('PUT', '/api/v1/angka-kredit/tabel', body);
    assert.equal(r.status, 422, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.json.error.field, field);
  }
  assert.equal((await pengelola.api('PUT', '/api/v1/angka-kredit/tabel', { persentase: { baik: 90 } })).status, 403);
  assert.equal(await auditCount(admin), before0.audit);
  assert.deepEqual(await tables(), before0.t);
  const page = await admin.postForm('/angka-kredit/tabel', { 'persentase.baik': 'seratus' });
  assert.equal(page.status, 422);
  assert.match(page.text, /is-invalid/);
  assert.equal(await auditCount(admin), before0.audit);
});

test('the employee, her superior and HR read the statement; a colleague elsewhere does not', async () => {
  const tri = await loginNip(server, TRI);
  assert.equal((await statement(tri)).jumlah, '9.259');
  assert.equal((await statement(kasubbag)).jumlah, '9.259');
  assert.equal((await statement(pengelola)).jumlah, '9.259');
  const r = await pegawai.api('GET', `/api/v1/angka-kredit/pegawai/${ids.tri}?periode=${ids.period}`);
  assert.equal(r.status, 403);
  assert.equal((await pegawai.api('GET', `/api/v1/angka-kredit?periode=${ids.period}`)).status, 403);
  const list = await pengelola.api('GET', `/api/v1/angka-kredit?periode=${ids.period}`);
  assert.equal(list.status, 200);
  assert.deepEqual(list.json.items.map((l) => l.nip), [TRI]);
  const mine = await pegawai.get('/angka-kredit');
  assert.equal(mine.status, 303, 'an employee is sent to her own statement');
  assert.match(mine.location, /^\/angka-kredit\/pegawai\/\d+/);
});

test('the statement prints as a PDF, and the command line lists the period', async () => {
  const res = await download(admin, `/api/v1/angka-kredit/pegawai/${ids.tri}/pdf?periode=${ids.period}`);
  assert.equal(res.status, 200);
  const file = path.join(tmp, 'ak.pdf');
  writeFileSync(file, res.bytes);
  const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  assert.match(text, /PERNYATAAN ANGKA KREDIT/);
  assert.match(text, /Tri Yuli Kartika/);
  assert.match(text, /19920428 201710 2 031/);
  assert.match(text, /9,259/);
  assert.match(text, /April - Desember/, "the months (the cell wraps)");
  const cli = await runCli(['recognition', 'credit', '--period', String(ids.period)],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(cli.code, 0, cli.stderr);
  const [head, row] = cli.stdout.trim().split(/\r?\n/);
  assert.match(head, /^nip,nama,jabatan,jenjang,unit,bulan,predikat,dasar,sementara,persentase,koefisien,angka_kredit$/);
  assert.match(row, new RegExp(`^${TRI},.*,Ahli Pertama,.*,9,baik,Triwulan I,ya,100,12\\.345,9\\.259$`));
});
