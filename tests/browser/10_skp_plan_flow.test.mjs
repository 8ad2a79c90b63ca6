// Issue 3's browser test: a new pelaksana of Seksi Ketenteraman dan
// Ketertiban Umum drafts her SKP for 2026 with one utama RHK that supports
// her Kepala Seksi's RHK and two IKI, and submits it; the Kepala Seksi finds
// it waiting in "SKP Bawahan" and returns it with a note; the pelaksana reads
// the note, corrects the indicator and submits again; the Kepala Seksi
// approves it, and it leaves "Menunggu persetujuan"; the cascade view shows
// the pelaksana's RHK under the Kepala Seksi's.  The tests run in order, each
// person on a page of their own, clicking and typing as they would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, launchBrowser, runCli, startServer } from './browser.mjs';
import {
  addEmployee, choose, clickAndWait, groupNip, logIn, newPage, snapshot,
} from './flows.mjs';

// Into the post the demo leaves vacant under the Kepala Seksi Trantib.
const PELAKSANA = {
  nip: '19940305 201903 2 007',
  name: 'Nadia Puspitasari',
  backTitle: 'S.Si.',
  golongan: 'III/a',
  unit: 'Seksi Ketenteraman dan Ketertiban Umum',
  position: 'Pengelola Penanggulangan Bencana',
};
const SHOWN_NAME = `${PELAKSANA.name}, ${PELAKSANA.backTitle}`;
const UNIT = PELAKSANA.unit;

const MY_RHK = 'Tersusunnya peta rawan bencana di wilayah Kecamatan Asemrowo';
// Words of the Kepala Seksi's result (demo) the new RHK supports.
const SUPERIOR_RHK_WORDS = 'kesiapsiagaan dan penanggulangan bencana';
const IKI_1 = { text: 'Jumlah titik rawan bencana yang dipetakan', aspect: 'Kuantitas', target: '12', unit: 'titik' };
const IKI_2 = {
  text: 'Lama penyusunan peta rawan bencana sejak data lapangan lengkap',
  aspect: 'Waktu', target: '6', unit: 'bulan', direction: 'Turun',
};
const NOTE = 'IKI 1.2: tuliskan target sebagai rentang 4 sampai 6 bulan, sesuai jadwal musim hujan.';

let server;
let browser;
let admin;        // the administrator's page
let mine;         // the pelaksana's
let boss;         // the Kepala Seksi's
let superior;     // { name, nip } of the Kepala Seksi, as the pages show them
let superiorRhk;  // the full text of the Kepala Seksi's RHK chosen
let skpPath;      // /skp/ID of the pelaksana's SKP

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await newPage(browser, server);
  mine = await newPage(browser, server);
  boss = await newPage(browser, server);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/* ---- reading the SKP page as a person would --------------------------------- */

const nav = (p) => p.getByRole('navigation', { name: 'Navigasi utama' });

/** The state in the "Status:" heading of an SKP page. */
async function statusBadge(p) {
  return (await p.getByRole('heading', { name: /^Status:/ }).locator('.badge').innerText()).trim();
}

/** The success notice at the top of the page. */
async function notice(p) {
  return (await p.locator('main > .alert-success').innerText()).trim();
}

/** The rows of the "Riwayat" table as [who, action, note]. */
async function history(p) {
  return p.locator('#riwayat tbody tr').evaluateAll((rows) => rows.map((tr) => {
    const cell = (label) => tr.querySelector(`[data-label="${label}"]`).textContent.trim();
    return [cell('Oleh'), cell('Tindakan').replace(/\s*isi disimpan$/, ''), cell('Catatan')];
  }));
}

/** The <details> whose summary reads exactly `summary`, opened if closed. */
async function openForm(p, summary) {
  const box = p.locator('details').filter({ has: p.getByText(summary, { exact: true }) });
  assert.equal(await box.count(), 1, `one form "${summary}"`);
  if (await box.getAttribute('open') === null) await box.locator('summary').click();
  return box;
}

/** Fills the indicator form in `box` with iki. */
async function fillIki(box, iki) {
  await box.getByLabel('Uraian IKI').fill(iki.text);
  await choose(box.getByLabel('Aspek'), iki.aspect);
  await box.getByLabel('Target', { exact: true }).fill(iki.target);
  await box.getByLabel('Satuan').fill(iki.unit);
  if (iki.direction) await choose(box.getByLabel('Arah'), iki.direction);
}

/** The cells of the indicators of the first result: [aspect, IKI, target]. */
async function ikiRows(p) {
  return p.locator('#hasil-kerja tbody.skpp-rhk').first().locator('tr:not(.skpp-tools)').evaluateAll(
    (rows) => rows.map((tr) => ['Aspek', 'IKI', 'Target'].map(
      (l) => tr.querySelector(`[data-label="${l}"]`).innerText.replace(/\s+/g, ' ').trim(),
    )),
  );
}

/** "Tindakan" form with button `name`: clicks it and waits for the page. */
async function act(p, name) {
  await clickAndWait(p, p.locator('#tindakan').getByRole('button', { name, exact: true }));
}

/** The superior's "SKP Bawahan", reached from "SKP Saya" as a person would. */
async function openInbox() {
  await nav(boss).getByRole('link', { name: 'SKP', exact: true }).click();
  await boss.waitForURL('**/skp');
  await clickAndWait(boss, boss.getByRole('link', { name: 'SKP bawahan' }));
  assert.equal(new URL(boss.url()).pathname, '/skp/masuk');
  assert.equal(await boss.locator('h1').innerText(), 'SKP Bawahan');
}

/** The number on the count card `label` of the inbox. */
async function inboxCount(label) {
  const card = boss.locator('a.skpp-count').filter({ hasText: label });
  return Number((await card.locator('.fs-4').innerText()).trim());
}

/** The inbox row of the pelaksana: { status, text }. */
async function myInboxRow() {
  const row = boss.locator('tbody tr').filter({ hasText: PELAKSANA.name });
  assert.equal(await row.count(), 1, 'one row for the pelaksana');
  return { status: (await row.locator('[data-label="Status"]').innerText()).trim(), row };
}

/* ---- the flow ------------------------------------------------------------------ */

test('the administrator adds a pelaksana whose pejabat penilai is the Kepala Seksi', async () => {
  await logIn(admin, server.accounts.admin);
  await addEmployee(admin, PELAKSANA);
  assert.match(new URL(admin.url()).pathname, /^\/pegawai\/\d+$/);
  assert.equal(await admin.locator('h1').innerText(), SHOWN_NAME);
  const assessor = await admin.locator('main dl dt', { hasText: /^Pejabat penilai$/ })
    .locator('xpath=following-sibling::dd[1]').innerText();
  const m = /^(.+)\nNIP ([\d ]+) · Kepala Seksi Ketenteraman dan Ketertiban Umum$/.exec(assessor.trim());
  assert.ok(m, `pejabat penilai: ${assessor}`);
  superior = { name: m[1].trim(), nip: m[2].replace(/ /g, '') };

  // accounts: the new employee gets one, the Kepala Seksi a known password
  const db = { dbUrl: server.dbUrl, dataDir: server.dataDir, input: `${DEMO_PASSWORD}\n` };
  const nip = PELAKSANA.nip.replace(/ /g, '');
  const add = await runCli(['user', 'add', '--nip', nip, '--password-stdin'], db);
  assert.equal(add.code, 0, add.stderr);
  const pw = await runCli(['user', 'passwd', superior.nip, '--password-stdin'], db);
  assert.equal(pw.code, 0, pw.stderr);
});

test('the pelaksana creates her SKP for 2026 and it starts as a draft', async () => {
  await logIn(mine, { login: PELAKSANA.nip.replace(/ /g, ''), password: DEMO_PASSWORD });
  await nav(mine).getByRole('link', { name: 'SKP', exact: true }).click();
  await mine.waitForURL('**/skp');
  assert.equal(await mine.locator('h1').innerText(), 'SKP Saya');
  assert.match(await mine.locator('main').innerText(), /Anda belum memiliki SKP pada periode ini/);
  assert.equal(await mine.getByLabel('Bulan awal').locator('option:checked').innerText(), 'Januari');
  assert.equal(await mine.getByLabel('Bulan akhir').locator('option:checked').innerText(), 'Desember');
  await clickAndWait(mine, mine.getByRole('button', { name: 'Buat SKP' }));

  skpPath = new URL(mine.url()).pathname;
  assert.match(skpPath, /^\/skp\/\d+$/);
  assert.equal(await notice(mine), 'Data baru telah dibuat.');
  assert.equal(await mine.locator('h1').innerText(), 'Sasaran Kinerja Pegawai');
  assert.equal(await statusBadge(mine), 'Draf');
  const people = await mine.locator('#identitas').innerText();
  assert.match(people, new RegExp(`Pegawai yang dinilai[\\s\\S]*${SHOWN_NAME}[\\s\\S]*${PELAKSANA.nip}`));
  assert.match(people, new RegExp(`Pejabat penilai[\\s\\S]*${superior.name}[\\s\\S]*${groupNip(superior.nip)}`));
  assert.match(await mine.locator('#hasil-kerja').innerText(), /Belum ada RHK utama\./);
  assert.match(await mine.locator('#tindakan').innerText(), /Belum dapat diajukan: .*RHK utama/);
  assert.equal(await mine.locator('#riwayat').getByText('Belum ada langkah persetujuan.').count(), 1);
});

test('she adds one utama RHK supporting her Kepala Seksi\'s RHK, with two IKI', async () => {
  const add = await openForm(mine, 'Tambah RHK utama');
  await add.getByLabel('Uraian RHK').fill(MY_RHK);
  const link = add.getByLabel('RHK atasan yang diintervensi');
  await choose(link, SUPERIOR_RHK_WORDS);
  superiorRhk = (await link.locator('option:checked').innerText()).replace(/^\d+\.\s*/, '').trim();
  await clickAndWait(mine, add.getByRole('button', { name: 'Tambah RHK' }));
  assert.equal(await notice(mine), 'Perubahan telah disimpan.');

  const result = mine.locator('#hasil-kerja tbody.skpp-rhk');
  assert.equal(await result.count(), 1);
  assert.equal((await result.locator('[data-label="RHK"] .skpp-rhk-text').innerText()).trim(), MY_RHK);
  assert.equal((await result.locator('[data-label="RHK atasan yang diintervensi"]').innerText()).trim(), superiorRhk);
  assert.match(await result.innerText(), /Belum ada IKI/);

  // the indicator form of a result without one is already open
  let iki = await openForm(mine, 'Tambah IKI');
  await fillIki(iki, IKI_1);
  await clickAndWait(mine, iki.getByRole('button', { name: 'Tambah IKI' }));
  assert.equal(await notice(mine), 'Perubahan telah disimpan.');
  iki = await openForm(mine, 'Tambah IKI');
  await fillIki(iki, IKI_2);
  await clickAndWait(mine, iki.getByRole('button', { name: 'Tambah IKI' }));

  assert.deepEqual(await ikiRows(mine), [
    ['Kuantitas', `1.1 ${IKI_1.text}`, '12 titik ↑ makin tinggi makin baik'],
    ['Waktu', `1.2 ${IKI_2.text}`, '6 bulan ↓ makin rendah makin baik'],
  ]);
  assert.equal(await statusBadge(mine), 'Draf');
  assert.match(await mine.locator('#tindakan').innerText(), /SKP sudah lengkap dan siap diajukan\./);
  await snapshot(mine, 'skp-draft-owner');
});

test('she submits it: it waits for the pejabat penilai and can no longer be edited', async () => {
  await act(mine, 'Ajukan');
  assert.equal(await notice(mine), 'SKP telah diajukan kepada pejabat penilai.');
  assert.equal(await statusBadge(mine), 'Diajukan');
  assert.match(await mine.locator('#status-judul + p').innerText(), /menunggu pejabat penilai/);
  for (const form of ['Tambah RHK utama', 'Tambah IKI', 'Ubah RHK 1']) {
    assert.equal(await mine.getByText(form, { exact: true }).count(), 0, `no "${form}" any more`);
  }
  assert.deepEqual(await history(mine), [[PELAKSANA.name, 'Diajukan', '']]);
  // what she may still do: take it back
  assert.equal(await mine.locator('#tindakan').getByRole('button', { name: 'Tarik pengajuan' }).count(), 1);
});

test('the Kepala Seksi finds it waiting in "SKP Bawahan"', async () => {
  await logIn(boss, { login: superior.nip, password: DEMO_PASSWORD });
  await nav(boss).getByRole('link', { name: 'SKP', exact: true }).click();
  await boss.waitForURL('**/skp');
  assert.match(await boss.getByRole('status').filter({ hasText: 'pejabat penilai bagi' }).innerText(),
    /Anda pejabat penilai bagi \d+ pegawai; 1 SKP menunggu persetujuan Anda\./);
  await openInbox();
  assert.equal(await inboxCount('Menunggu persetujuan'), 1);
  const { status } = await myInboxRow();
  assert.match(status, /^Menunggu persetujuan/);
  await snapshot(boss, 'skp-inbox-waiting');

  // the count is also a filter: only the waiting SKP
  await clickAndWait(boss, boss.locator('a.skpp-count').filter({ hasText: 'Menunggu persetujuan' }));
  assert.equal(new URL(boss.url()).searchParams.get('status'), 'diajukan');
  const names = await boss.locator('tbody tr th').allInnerTexts();
  assert.equal(names.length, 1);
  assert.match(names[0], new RegExp(`^${PELAKSANA.name}\\nNIP ${PELAKSANA.nip}$`));
});

test('the Kepala Seksi returns it with a note', async () => {
  await clickAndWait(boss, boss.getByRole('link', { name: `Periksa SKP ${PELAKSANA.name}` }));
  assert.equal(new URL(boss.url()).pathname, skpPath);
  assert.equal(await statusBadge(boss), 'Diajukan');
  assert.match(await boss.locator('#status-judul + p').innerText(), /menunggu keputusan Anda/);
  assert.equal((await boss.locator('[data-label="RHK"] .skpp-rhk-text').innerText()).trim(), MY_RHK);
  // the assessor reads, the forms of the content are not theirs
  assert.equal(await boss.getByText('Tambah IKI', { exact: true }).count(), 0);
  await snapshot(boss, 'skp-assessor');

  const tindakan = boss.locator('#tindakan');
  await tindakan.getByLabel('Catatan perbaikan untuk pegawai (wajib)').fill(NOTE);
  await act(boss, 'Kembalikan');
  assert.equal(await notice(boss), 'SKP telah dikembalikan kepada pegawai dengan catatan.');
  assert.equal(await statusBadge(boss), 'Dikembalikan');
  assert.deepEqual(await history(boss), [
    [PELAKSANA.name, 'Diajukan', ''],
    [superior.name.split(',')[0], 'Dikembalikan', NOTE],
  ]);
});

test('the pelaksana sees the note, corrects the indicator and submits again', async () => {
  await nav(mine).getByRole('link', { name: 'SKP', exact: true }).click();
  await mine.waitForURL('**/skp');
  const row = mine.locator('tbody tr').first();
  assert.match(await row.innerText(), /Dikembalikan/);
  await clickAndWait(mine, row.getByRole('link', { name: /^SKP Januari – Desember$/ }));

  assert.equal(await statusBadge(mine), 'Dikembalikan');
  const note = mine.locator('.skpp-note');
  assert.equal(await note.getByRole('heading').innerText(), 'Catatan pejabat penilai');
  assert.equal(await note.locator('p').innerText(), NOTE);
  assert.match(await mine.locator('#status-judul + p').innerText(), /Perbaiki isinya, lalu ajukan kembali/);
  await snapshot(mine, 'skp-returned-owner');

  const edit = await openForm(mine, 'Ubah IKI 1.2');
  assert.equal(await edit.getByLabel('Target', { exact: true }).inputValue(), IKI_2.target);
  await edit.getByLabel('Target', { exact: true }).fill('4');
  await edit.getByLabel('Batas atas (rentang)').fill('6');
  await clickAndWait(mine, edit.getByRole('button', { name: 'Simpan IKI' }));
  assert.equal(await notice(mine), 'Perubahan telah disimpan.');
  assert.equal((await ikiRows(mine))[1][2], '4 – 6 bulan ↓ makin rendah makin baik');

  await act(mine, 'Ajukan');
  assert.equal(await notice(mine), 'SKP telah diajukan kepada pejabat penilai.');
  assert.equal(await statusBadge(mine), 'Diajukan');
  assert.equal(await mine.locator('.skpp-note').count(), 0, 'the note is gone once resubmitted');
  assert.deepEqual((await history(mine)).map((h) => h[1]), ['Diajukan', 'Dikembalikan', 'Diajukan']);
});

test('the Kepala Seksi approves it and it leaves "Menunggu persetujuan"', async () => {
  await openInbox();
  assert.equal(await inboxCount('Menunggu persetujuan'), 1);
  await clickAndWait(boss, boss.getByRole('link', { name: `Periksa SKP ${PELAKSANA.name}` }));
  assert.equal(await statusBadge(boss), 'Diajukan');
  assert.equal((await ikiRows(boss))[1][2], '4 – 6 bulan ↓ makin rendah makin baik');
  await act(boss, 'Setujui');
  assert.equal(await notice(boss), 'SKP telah disetujui.');
  assert.equal(await statusBadge(boss), 'Disetujui');
  assert.deepEqual((await history(boss)).map((h) => h[1]),
    ['Diajukan', 'Dikembalikan', 'Diajukan', 'Disetujui']);
  assert.equal(await boss.locator('#tindakan').count(), 0, 'nothing left for the assessor to do');

  await openInbox();
  assert.equal(await inboxCount('Menunggu persetujuan'), 0);
  const { status } = await myInboxRow();
  assert.match(status, /^Disetujui/);
  await clickAndWait(boss, boss.locator('a.skpp-count').filter({ hasText: 'Menunggu persetujuan' }));
  assert.equal(await boss.locator('tbody').innerText(), 'Tidak ada SKP bawahan yang cocok.');
});

test('the pelaksana\'s approved SKP is read-only for her', async () => {
  await mine.goto(skpPath);
  assert.equal(await statusBadge(mine), 'Disetujui');
  assert.match(await mine.locator('#status-judul + p').innerText(), /telah disetujui/);
  assert.equal(await mine.locator('#hasil-kerja form').count(), 0, 'no forms on the results');
  assert.equal(await mine.locator('#tindakan').getByRole('button', { name: 'Buat perubahan SKP' }).count(), 1,
    'a change goes through a recorded revision');
});

test('the cascade view shows her RHK under the Kepala Seksi\'s RHK', async () => {
  await nav(mine).getByRole('link', { name: 'Kaskade', exact: true }).click();
  await mine.waitForURL('**/kaskade');
  assert.equal(await mine.locator('h1').innerText(), 'Kaskade Kinerja');
  await choose(mine.getByLabel('Unit kerja'), UNIT);
  await clickAndWait(mine, mine.getByRole('button', { name: 'Tampilkan' }));
  assert.ok(new URL(mine.url()).searchParams.get('unit'), 'filtered by unit');

  const parent = mine.locator('.cas-node').filter({ hasText: superiorRhk }).filter({ hasText: superior.name.split(',')[0] });
  assert.equal(await parent.count(), 1, `one node "${superiorRhk}"`);
  const children = parent.locator('xpath=../ul/li/div[contains(@class, "cas-node")]');
  const mineNode = children.filter({ hasText: MY_RHK });
  assert.equal(await mineNode.count(), 1, `"${MY_RHK}" right under "${superiorRhk}": ${await children.allInnerTexts()}`);
  const text = await mineNode.innerText();
  assert.match(text, /^Utama /);
  assert.match(text, new RegExp(`${PELAKSANA.name} · ${PELAKSANA.position}`));
  assert.match(text, /SKP Disetujui/);
  assert.doesNotMatch(text, /Tidak mendukung apa pun/);
  await snapshot(mine, 'kaskade-unit');
});
