// Accessibility of the planning pages: axe (WCAG 2.1 A and AA rules) finds
// nothing serious or critical on "SKP Saya", an SKP as its owner drafts it
// (every form unfolded, and with a refused form), the same SKP as the
// pejabat penilai checks it, "SKP Bawahan", the cascade view, the periods,
// one period, and the print view.  Less severe findings are printed, not
// failed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, assertAccessible, launchBrowser, loginAs, runCli, startServer } from './browser.mjs';
import { clickAndWait, logIn, newPage } from './flows.mjs';

let server;
let browser;
let admin;      // the administrator
let pejabat;    // the demo Kepala Seksi, a pejabat penilai with an SKP waiting
let owner;      // a pelaksana whose SKP the demo leaves in draft
let draft;      // that SKP: { id, nama }

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // a demo SKP still in draft, with results, and its owner's password
  const api = await loginAs(server, 'admin');
  const list = await api.api('GET', '/api/v1/skp?status=draft&per_page=100');
  assert.equal(list.status, 200, list.text);
  draft = list.json.items.find((s) => s.jumlah_rhk > 0);
  assert.ok(draft, 'the demo leaves an SKP with results in draft');
  const pw = await runCli(['user', 'passwd', draft.nip, '--password-stdin'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir, input: `${DEMO_PASSWORD}\n` });
  assert.equal(pw.code, 0, pw.stderr);

  admin = await newPage(browser, server);
  await logIn(admin, server.accounts.admin);
  pejabat = await newPage(browser, server);
  await logIn(pejabat, server.accounts.pejabat);
  owner = await newPage(browser, server);
  await logIn(owner, { login: draft.nip, password: DEMO_PASSWORD });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Fails on serious or critical axe findings on the page as it is now. */
/** Opens path and checks it is the page expected (not an error page). */
async function open(page, path, heading) {
  const response = await page.goto(path);
  assert.equal(response.status(), 200, path);
  assert.match(await page.locator('h1').innerText(), heading, path);
}

/** Unfolds every <details> of the page, so axe sees the forms in them. */
async function unfoldAll(page) {
  await page.locator('details > summary').evaluateAll((els) => els.forEach((s) => { s.parentElement.open = true; }));
}

test('"SKP Saya" has no serious accessibility problems', async () => {
  await open(pejabat, '/skp', /^SKP Saya$/);
  assert.equal(await pejabat.locator('table tbody tr').count(), 1, 'her own SKP is listed');
  await unfoldAll(pejabat);   // the form for a second SKP in the period
  await assertAccessible(pejabat, 'SKP Saya');
});

test('an SKP in draft, as its owner sees it with every form, has no serious accessibility problems', async () => {
  await open(owner, `/skp/${draft.id}`, /^Sasaran Kinerja Pegawai$/);
  const forms = await owner.locator('#hasil-kerja form').count();
  assert.ok(forms >= 4, `the owner has forms on the results (${forms})`);
  await unfoldAll(owner);
  await assertAccessible(owner, 'SKP (owner, draft)');
});

test('an SKP with a refused form has no serious accessibility problems', async () => {
  await open(owner, `/skp/${draft.id}`, /^Sasaran Kinerja Pegawai$/);
  const form = owner.locator('details').filter({ has: owner.getByText('Tambah IKI', { exact: true }) }).first();
  if (await form.getAttribute('open') === null) await form.locator('summary').click();
  await form.getByLabel('Uraian IKI').fill('Indikator untuk uji');
  await form.getByLabel('Target', { exact: true }).fill('sepuluh');   // words in a kuantitatif SKP
  await clickAndWait(owner, form.getByRole('button', { name: 'Tambah IKI' }));
  assert.match(await owner.getByRole('alert').first().innerText(), /^Perubahan belum disimpan/);
  assert.equal(await owner.locator('[aria-invalid="true"]').count(), 1, 'the field at fault is marked');
  await assertAccessible(owner, 'SKP (owner, refused form)');
});

test('"SKP Bawahan" has no serious accessibility problems', async () => {
  await open(pejabat, '/skp/masuk', /^SKP Bawahan$/);
  assert.ok(await pejabat.getByRole('link', { name: /^Periksa SKP / }).count() >= 1, 'an SKP is waiting');
  await assertAccessible(pejabat, 'SKP Bawahan');
});

test('an SKP as the pejabat penilai checks it has no serious accessibility problems', async () => {
  await clickAndWait(pejabat, pejabat.getByRole('link', { name: /^Periksa SKP / }).first());
  assert.match(new URL(pejabat.url()).pathname, /^\/skp\/\d+$/);
  assert.equal(await pejabat.locator('#tindakan').getByRole('button', { name: 'Setujui' }).count(), 1);
  await unfoldAll(pejabat);   // the ekspektasi forms
  await assertAccessible(pejabat, 'SKP (pejabat penilai)');
});

test('the cascade view has no serious accessibility problems', async () => {
  await open(admin, '/kaskade', /^Kaskade Kinerja$/);
  assert.ok(await admin.locator('.cas-node').count() > 50, 'the whole office is drawn');
  await assertAccessible(admin, 'Kaskade');
});

test('the list of periods has no serious accessibility problems', async () => {
  await open(admin, '/periode', /^Periode Kinerja$/);
  assert.equal(await admin.getByRole('button', { name: 'Tambah periode' }).count(), 1, 'with its form');
  await assertAccessible(admin, 'Periode');
});

test('one period, with the administrator\'s forms, has no serious accessibility problems', async () => {
  await clickAndWait(admin, admin.getByRole('link', { name: 'Tahun 2026' }));
  assert.match(new URL(admin.url()).pathname, /^\/periode\/\d+$/);
  assert.equal(await admin.getByRole('button', { name: 'Tambah sasaran' }).count(), 1);
  await assertAccessible(admin, 'Periode (one)');
});

test('the print view has no serious accessibility problems', async () => {
  await open(owner, `/skp/${draft.id}/cetak`, /^SASARAN KINERJA PEGAWAI/);
  await assertAccessible(owner, 'Cetak SKP');
});
