// `kinerja report skp|evaluasi|keberatan|tpp|kredit|piagam` on the demo
// year: each writes the same document the API gives (the same text through
// pdftotext), to --out through FILE.tmp and a rename (no .tmp left) or to
// standard output; and every mistake exits 1 naming the option: an unknown
// NIP, a year without a period, a period without an SKP, a missing or
// unknown checkpoint, an assessment not made, an undecided objection, an
// unknown TPP run, an --out that cannot be written (no file left behind).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loginAs, runCli, startServer } from './harness.mjs';
import { sqlOn } from './util.mjs';
import { skpOfNip } from './plan_util.mjs';
import { getPdf, pdfText } from './document_util.mjs';

let server;
let admin;
let pegawai;
let dir;
const ids = {};
let dewi;

const cli = (args) => runCli(['report', ...args], { dbUrl: server.dbUrl, dataDir: server.dataDir });

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  pegawai = await loginAs(server, 'pegawai');
  dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-report-'));
  dewi = server.accounts.pegawai.login;
  const own = await skpOfNip(admin, dewi);
  ids.skp = own.skp.id;
  ids.employee = own.employee.id;
  ids.period = own.skp.periode_id;
  const x = (await admin.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json;
  ids.tw2 = x.penilaian.find((p) => p.jenis === 'periodik' && p.titik.nama === 'Triwulan II').id;
  const item = (await pegawai.api('GET', '/api/v1/tpp/saya')).json.items[0];
  ids.tpp = item.id;
  ids.run = item.perhitungan_id;
  ids.nom = Number(sqlOn(server, "SELECT id FROM recognition_nomination WHERE state = 'disetujui' ORDER BY id LIMIT 1"));
  ids.case = Number(sqlOn(server, 'SELECT id FROM objection ORDER BY id LIMIT 1'));
});

after(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await server?.stop();
});

/** Runs the command with --out, checks success and returns the file's text. */
async function written(args, name) {
  const out = path.join(dir, name);
  const r = await cli([...args, '--out', out]);
  assert.equal(r.code, 0, `kinerja report ${args.join(' ')}: ${r.stderr}`);
  assert.equal(r.sanitizer, null);
  assert.ok(existsSync(out), `${out} written`);
  assert.ok(!existsSync(`${out}.tmp`), 'no .tmp left');
  assert.match(r.stderr, /ditulis ke/);
  return pdfText(readFileSync(out));
}

test('each document written by the CLI is the one the API gives', async () => {
  const cases = [
    [['skp', '--nip', dewi, '--period', '2026'], `/api/v1/dokumen/skp/${ids.skp}`],
    [['skp', '--nip', dewi, '--period', String(ids.period)], `/api/v1/dokumen/skp/${ids.skp}`],
    [['evaluasi', '--nip', dewi, '--period', '2026', '--checkpoint', 'triwulan ii'], `/api/v1/dokumen/penilaian/${ids.tw2}`],
    [['tpp', '--nip', dewi, '--run', String(ids.run)], `/api/v1/dokumen/tpp/${ids.tpp}`],
    [['kredit', '--nip', dewi, '--period', '2026'], `/api/v1/dokumen/kredit/${ids.employee}?periode=${ids.period}`],
    [['piagam', String(ids.nom)], `/api/v1/dokumen/piagam/${ids.nom}`],
  ];
  let n = 0;
  for (const [args, url] of cases) {
    const text = await written(args, `doc-${n++}.pdf`);
    assert.equal(text, (await getPdf(admin, url)).text, `report ${args.join(' ')} = GET ${url}`);
  }
});

test('without --out the PDF goes to standard output', async () => {
  const r = await cli(['skp', '--nip', dewi]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.startsWith('%PDF-'), 'PDF bytes on stdout');
});

test('the objection decision once decided, refused before naming its status', async () => {
  const early = await cli(['keberatan', String(ids.case), '--out', path.join(dir, 'early.pdf')]);
  assert.equal(early.code, 1);
  assert.match(early.stderr, /status: Keberatan #\d+ belum diputus/);
  assert.ok(!existsSync(path.join(dir, 'early.pdf')));
  const k = (await admin.api('GET', `/api/v1/keberatan/${ids.case}`)).json;
  const pejabat = await loginAs(server, 'pejabat');
  const camat = await loginAs(server, 'camat');
  const ex = await pejabat.api('POST', `/api/v1/keberatan/${ids.case}/penjelasan`, { penjelasan: 'Sudah sesuai.', version: k.version });
  assert.equal(ex.status, 200, ex.text);
  const dec = await camat.api('POST', `/api/v1/keberatan/${ids.case}/putusan`,
    { putusan: 'tetap', alasan_putusan: 'Penilaian dipertahankan.', version: ex.json.version });
  assert.equal(dec.status, 200, dec.text);
  const text = await written(['keberatan', String(ids.case)], 'keberatan.pdf');
  assert.equal(text, (await getPdf(admin, `/api/v1/dokumen/keberatan/${ids.case}`)).text);
  const same = k.semula.predikat_label;
  assert.match(text, new RegExp(`KEPUTUSAN: Penilaian tetap .* Predikat kinerja ${same} ${same} `), 'tetap keeps it');
});

test('mistakes exit 1 naming the option, and write nothing', async () => {
  const made = await admin.api('POST', '/api/v1/periode', {
    nama: 'Tahun 2027', tahun: 2027, mulai: '2027-01-01', selesai: '2027-12-31', batas_rencana: '2027-01-31',
  });
  assert.ok([200, 201].includes(made.status), made.text);
  const bad = path.join(dir, 'bad.pdf');
  const cases = [
    [['skp', '--nip', '199999999999999999'], /--nip: tidak ada pegawai dengan NIP 199999999999999999/],
    [['skp', '--nip', dewi, '--period', '2031'], /--period: tidak ada periode tahun 2031/],
    [['skp', '--nip', dewi, '--period', '2027'], /--period: .*tidak memiliki SKP pada Tahun 2027/],
    [['skp', '--period', '2026'], /--nip: opsi ini wajib/],
    [['evaluasi', '--nip', dewi], /--checkpoint: opsi ini wajib/],
    [['evaluasi', '--nip', dewi, '--checkpoint', 'Triwulan IX'], /--checkpoint: Titik periksa 'Triwulan IX' tidak ada/],
    [['evaluasi', '--nip', dewi, '--checkpoint', 'tahunan'], /--checkpoint: .*belum dinilai untuk Tahunan/],
    [['tpp', '--nip', dewi, '--run', '999999'], /--run: /],
    [['tpp', '--nip', dewi], /--run: opsi ini wajib/],
    [['keberatan', '999999'], /tidak|ditemukan/i],
  ];
  for (const [args, message] of cases) {
    const r = await cli([...args, '--out', bad]);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '', 'nothing on stdout');
    assert.ok(!existsSync(bad), `${args.join(' ')}: no file`);
  }
  const nowhere = path.join(dir, 'tidak-ada', 'skp.pdf');
  const r = await cli(['skp', '--nip', dewi, '--out', nowhere]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--out: /);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no .tmp left');
  const usage = await cli(['skp', '--nip', dewi, '--bulan', '3']);
  assert.equal(usage.code, 2, 'an unknown option is bad usage');
});
