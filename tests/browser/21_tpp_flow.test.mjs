// Issue 5's browser test for the allowance (TPP), on the plain demo (the
// plans at the start of 2026): the administrator stores the 2026 rule set
// from "TPP" in the navigation (a base amount per golongan, a PPPK
// golongan from the folded part of the form, rounding to Rp 1.000);
// HR (the demo pengelola) uploads a small attendance CSV made here for
// Seksi Pelayanan, January-March (the demo pegawai: a day on permit and
// 45 minutes late in February, two days sick in March), computes
// Triwulan I for Seksi Pelayanan, sees each employee's amount with the
// predicate used, and approves the run; the demo pegawai opens "TPP" from
// the navigation, then her own breakdown, whose lines add up, as the page
// writes them, to her total, worked out here by hand too.  axe (WCAG 2.1 A
// and AA) finds nothing serious or critical on the rule form, the run
// page and the breakdown.
//
// The Triwulan I assessments the run needs are made beforehand through the
// API by the Kepala Seksi (as tests/http/110_guidance_open.test.mjs does):
// Dewi Sangat Baik, Nur Baik, Halimah Butuh Perbaikan; Siti Anik and
// Samsul stay without a final assessment.  The tests run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, launchBrowser, loginAs, startServer } from './browser.mjs';
import { choose, clickAndWait, logIn, newPage, snapshot } from './flows.mjs';
import { skpOfNip } from '../http/plan_util.mjs';
import { rateFinal } from '../http/objection_util.mjs';

const NUR = '198803022014112370';       // ASM-YAN-P02, III/a
const HALIMAH = '197601011997022192';   // ASM-YAN-P05, III/b

/** Base amounts typed into the form (golongan label -> rupiah a month). */
const BASE = {
  'II/a Pengatur Muda': '3600000', 'II/b Pengatur Muda Tk I': '3750000',
  'II/c Pengatur': '3900000', 'II/d Pengatur Tk I': '4050000',
  'III/a Penata Muda': '4800000', 'III/b Penata Muda Tk I': '5100000',
  'III/c Penata': '6300000', 'III/d Penata Tk I': '6800000',
  'IV/a Pembina': '9500000', 'IV/b Pembina Tk I': '11000000',
};
const WORK_DAYS = { 1: 20, 2: 18, 3: 17 };

let server;
let browser;
let admin;
let hr;
let pegawai;
let runPath;

/** "Rp 3.672.000" / "-Rp 40.800" as the pages write them -> a number. */
function rupiah(text) {
  const m = text.trim().match(/^(-?)Rp\s*([\d.]+)$/);
  assert.ok(m, `not an amount: "${text}"`);
  return (m[1] ? -1 : 1) * Number(m[2].replaceAll('.', ''));
}

/** The attendance CSV of Seksi Pelayanan for January-March. */
async function attendanceCsv(apiAdmin) {
  const units = (await apiAdmin.api('GET', '/api/v1/unit')).json.items;
  const yan = units.find((u) => u.code === 'ASM-YAN');
  const people = (await apiAdmin.api('GET', `/api/v1/pegawai?unit=${yan.id}`)).json.items;
  assert.equal(people.length, 7, 'Seksi Pelayanan has seven employees');
  const lines = ['nip,tahun,bulan,hari_kerja,hari_kerja_bulan,tanpa_keterangan,izin,sakit,cuti,'
    + 'terlambat_menit'];
  for (const p of people) {
    for (const m of [1, 2, 3]) {
      const dewi = p.nip === server.accounts.pegawai.login;
      const izin = dewi && m === 2 ? 1 : 0;
      const late = dewi && m === 2 ? 45 : 0;
      const sakit = dewi && m === 3 ? 2 : 0;
      lines.push([p.nip, 2026, m, WORK_DAYS[m], WORK_DAYS[m], 0, izin, sakit, 0, late].join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

before(async () => {
  server = await startServer();
  const apiAdmin = await loginAs(server, 'admin');
  const kasi = await loginAs(server, 'pejabat');
  const own = await skpOfNip(apiAdmin, server.accounts.pegawai.login);
  const period = await apiAdmin.api('GET', `/api/v1/periode/${own.skp.periode_id}`);
  const tw1 = period.json.checkpoint.find((c) => c.nama === 'Triwulan I').id;
  const q = `jenis=periodik&titik=${tw1}`;
  await rateFinal(kasi, own.skp.id, q, 'di_atas', 'di_atas');
  await rateFinal(kasi, (await skpOfNip(apiAdmin, NUR)).skp.id, q, 'sesuai', 'sesuai');
  await rateFinal(kasi, (await skpOfNip(apiAdmin, HALIMAH)).skp.id, q, 'di_bawah', 'sesuai');
  server.csv = await attendanceCsv(apiAdmin);
  browser = await launchBrowser();
  admin = await newPage(browser, server);
  hr = await newPage(browser, server);
  pegawai = await newPage(browser, server);
  await logIn(admin, server.accounts.admin);
  await logIn(hr, server.accounts.pengelola);
  await logIn(pegawai, server.accounts.pegawai);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** From anywhere, "TPP" in the navigation. */
async function openTpp(page) {
  await clickAndWait(page, page.getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'TPP', exact: true }));
  assert.equal(await page.locator('h1').innerText(), 'Tambahan Penghasilan Pegawai (TPP)');
}

test('the administrator stores the 2026 rule set through the form', async () => {
  await admin.goto('/');
  await openTpp(admin);
  await clickAndWait(admin, admin.getByRole('link', { name: 'Aturan TPP' }));
  await assertAccessible(admin, 'the rule set form');
  const form = admin.locator('form[method="post"][action="/tpp/aturan"]');
  await form.getByLabel('Tahun', { exact: true }).fill('2026');
  await choose(admin.getByLabel('Besaran dasar menurut'), 'Golongan');
  assert.equal(await admin.getByLabel('Porsi kinerja (%)').inputValue(), '60');
  assert.equal(await admin.getByLabel('Porsi disiplin (%)').inputValue(), '40');
  for (const [label, amount] of Object.entries(BASE)) {
    await admin.getByLabel(label, { exact: true }).fill(amount);
  }
  await admin.getByText('Golongan PPPK').click();
  await admin.getByLabel('VII (PPPK)', { exact: true }).fill('3900000');
  await choose(admin.getByLabel('Pembulatan ke'), 'Rp 1.000');
  await choose(admin.getByLabel('Cara pembulatan'), 'setengah ke atas');
  await admin.getByLabel(/^Catatan/).fill('Peraturan Wali Kota tentang TPP 2026 (uji)');
  await clickAndWait(admin, admin.getByRole('button', { name: 'Simpan sebagai versi baru' }));
  assert.match(await admin.getByRole('status').first().innerText(), /Aturan TPP disimpan sebagai versi baru/);
  const main = await admin.locator('main').innerText();
  assert.match(main, /tahun 2026, versi 1/);
  assert.match(main, /III\/b\s+Rp\s5\.100\.000/);
  assert.match(main, /Pengali predikat Sangat Baik\s+120%/);
  await snapshot(admin, 'tpp-rules');
});

test('HR imports the attendance of January-March from a CSV file', async () => {
  await hr.goto('/');
  await openTpp(hr);
  await clickAndWait(hr, hr.getByRole('link', { name: 'Data kehadiran' }));
  await hr.getByLabel('Berkas CSV kehadiran').setInputFiles({
    name: 'kehadiran-triwulan-1.csv', mimeType: 'text/csv', buffer: Buffer.from(server.csv),
  });
  await clickAndWait(hr, hr.getByRole('button', { name: 'Impor' }));
  assert.match(await hr.getByRole('status').first().innerText(), /Data kehadiran telah diimpor/);
  const months = hr.locator('#bulan tbody tr');
  assert.equal(await months.count(), 3);
  assert.match(await months.nth(1).innerText(), /^Februari\s+7\s+1\s+45$/);
  assert.match(await months.nth(2).innerText(), /^Maret\s+7\s+2\s+0$/);
});

test('HR computes Triwulan I for Seksi Pelayanan, reads each amount and approves the run', async () => {
  await openTpp(hr);
  await choose(hr.getByLabel('Jenis perhitungan'), 'Triwulan');
  await choose(hr.getByLabel('Triwulan (untuk perhitungan triwulan)'), 'Triwulan I 2026');
  await choose(hr.getByLabel('Unit kerja (beserta unit di bawahnya)'), 'Seksi Pelayanan');
  await clickAndWait(hr, hr.getByRole('button', { name: 'Hitung', exact: true }));
  assert.match(await hr.getByRole('status').first().innerText(), /Perhitungan TPP telah dibuat \(draf\)/);
  runPath = new URL(hr.url()).pathname;
  assert.match(runPath, /^\/tpp\/perhitungan\/\d+$/);
  const rows = hr.locator('tr[data-pegawai]');
  assert.equal(await rows.count(), 7, 'the seven employees of Seksi Pelayanan');
  const row = (name) => hr.locator('tr[data-pegawai]', { hasText: name });
  assert.match(await row('Dewi Handayani').innerText(), /Sangat Baik/);
  assert.match(await row('Nur Retno Astuti').innerText(), /\bBaik\b/);
  assert.match(await row('Halimah Safitri').innerText(), /Butuh Perbaikan/);
  assert.match(await row('Siti Anik Yuliana').innerText(), /Tanpa penilaian/);
  const dewi = await row('Dewi Handayani').locator('td').allInnerTexts();
  assert.equal(rupiah(dewi[7]), 17075000, 'her amount on the run page');
  assert.ok(rupiah(dewi[5]) < 0, 'the deduction is shown as a negative amount');
  assert.equal(rupiah(dewi[3]) + rupiah(dewi[4]) + rupiah(dewi[5]) + rupiah(dewi[6]), rupiah(dewi[7]),
    'the row adds up: kinerja + disiplin + potongan (negative) + pembulatan');
  await assertAccessible(hr, 'the run page (draft)');
  await snapshot(hr, 'tpp-run-draft');
  let asked = '';
  hr.once('dialog', (d) => { asked = d.message(); d.accept(); });
  await clickAndWait(hr, hr.getByRole('button', { name: 'Setujui dan kunci' }));
  assert.match(asked, /tidak dapat dihitung ulang/, 'approving asks first');
  assert.match(await hr.getByRole('status').first().innerText(), /disetujui dan dikunci/);
  assert.match(await hr.locator('main').innerText(), /Disetujui \(terkunci\)/);
  assert.equal(await hr.getByRole('button', { name: 'Setujui dan kunci' }).count(), 0, 'locked');
  await assertAccessible(hr, 'the run page (approved)');
});

test('the pegawai opens her own breakdown from TPP in the navigation; its lines add up', async () => {
  await pegawai.goto('/');
  await openTpp(pegawai);
  const mine = pegawai.locator('#tpp-saya tbody tr', { hasText: 'Triwulan I 2026' });
  assert.match(await mine.innerText(), /Disetujui \(terkunci\)\s+Sangat Baik\s+Rp\s17\.075\.000/);
  await clickAndWait(pegawai, mine.getByRole('link', { name: 'Lihat rincian' }));
  assert.equal(await pegawai.locator('h1').innerText(), 'Rincian TPP Triwulan I 2026');
  const lines = await pegawai.locator('#rincian tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    kind: tr.dataset.jenis, text: tr.cells[0].innerText, amount: tr.cells[1].innerText,
  })));
  const total = rupiah(await pegawai.locator('#jumlah').innerText());
  const sum = lines.reduce((a, l) => a + rupiah(l.amount), 0);
  const shown = lines.map((l) => `${l.text}: ${l.amount}`).join('\n');
  assert.equal(sum, total, `the lines add up to the total:\n${shown}`);
  // By hand: Rp 5.100.000 (III/b) a month; kinerja 60% x Sangat Baik 120% =
  // 3.672.000, disiplin 40% = 2.040.000; February 1 day izin (1%) and 45
  // minutes late (2 blocks of 30 x 0,5%) = 2% of 2.040.000 = 40.800; March
  // 2 days sick (2 x 0,5%) = 20.400; 17.074.800 rounded to Rp 1.000 half up.
  const of = (kind) => lines.filter((l) => l.kind === kind).map((l) => rupiah(l.amount));
  assert.deepEqual(of('kinerja'), [3672000, 3672000, 3672000]);
  assert.deepEqual(of('disiplin'), [2040000, 2040000, 2040000]);
  assert.deepEqual(of('potongan'), [-40800, -20400]);
  assert.deepEqual(of('pembulatan'), [200]);
  assert.equal(total, 17075000);
  assert.match(lines.find((l) => l.kind === 'potongan').text, /Februari 2026/);
  await assertAccessible(pegawai, 'her breakdown');
  await snapshot(pegawai, 'tpp-breakdown');
});
