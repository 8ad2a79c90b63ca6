// The print view of an SKP (/skp/{id}/cetak): the demo pegawai opens her
// approved SKP, follows "Cetak SKP", and gets the official form with its
// headings and both parties; on paper the navigation and the instructions
// are gone, the form fits the width of an A4 sheet, and Chromium prints it
// to an A4 PDF.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startServer } from './browser.mjs';
import { clickAndWait, logIn, newPage, snapshot } from './flows.mjs';

// A4 portrait less the margins app.css gives the form (@page skp): 175 mm.
const A4_PRINTABLE_PX = Math.floor((175 / 25.4) * 96);

let server;
let browser;
let page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await newPage(browser, server);
  await logIn(page, server.accounts.pegawai);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('"Cetak SKP" on the SKP page opens the print view of that SKP', async () => {
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'SKP', exact: true }).click();
  await page.waitForURL('**/skp');
  await clickAndWait(page, page.locator('tbody').getByRole('link', { name: /^SKP / }).first());
  const skpPath = new URL(page.url()).pathname;
  assert.match(skpPath, /^\/skp\/\d+$/);
  await clickAndWait(page, page.getByRole('link', { name: 'Cetak SKP', exact: true }));
  assert.equal(new URL(page.url()).pathname, `${skpPath}/cetak`);
});

test('the print view has the headings of the official form and both parties', async () => {
  const text = await page.locator('main').innerText();
  for (const heading of ['SASARAN KINERJA PEGAWAI', 'PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA',
    'HASIL KERJA', 'PERILAKU KERJA', 'LAMPIRAN']) {
    assert.ok(text.includes(heading), `"${heading}" in the print view`);
  }
  // and they are headings of the page, for a screen reader too
  assert.match(await page.locator('h1').innerText(), /^SASARAN KINERJA PEGAWAI\b/);
  const h2 = (await page.getByRole('heading', { level: 2 }).allInnerTexts()).map((h) => h.trim());
  for (const heading of ['HASIL KERJA', 'PERILAKU KERJA']) assert.ok(h2.includes(heading), `${heading} in ${h2}`);
  assert.ok(h2.some((h) => h.startsWith('LAMPIRAN')), `LAMPIRAN in ${h2}`);
  for (const party of ['PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA']) {
    assert.equal(await page.getByRole('columnheader', { name: party, exact: true }).count(), 1, party);
  }
  assert.match(text, /PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026/);
  assert.match(text, /DUKUNGAN SUMBER DAYA[\s\S]*SKEMA PERTANGGUNGJAWABAN[\s\S]*KONSEKUENSI/);
  const me = server.accounts.pegawai;
  const boss = server.accounts.pejabat;   // the demo Kepala Seksi assesses the demo pegawai
  assert.ok(text.includes(me.name), `${me.name} on the form`);
  assert.ok(text.includes(boss.name), `${boss.name} on the form`);
  // the seven BerAKHLAK values, and a place and date above the signatures
  for (const value of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']) {
    assert.ok(text.includes(value), value);
  }
  assert.match(text, /Surabaya, \d{1,2} [A-Z][a-z]+ 2026/);
  assert.ok(await page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible(), 'on screen the navigation is there');
  await snapshot(page, 'skp-print-screen');
});

test('on paper the navigation and the instructions are hidden and the form fits A4', async () => {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
  try {
    assert.equal(await page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible(), false, 'navbar hidden');
    assert.equal(await page.getByRole('button', { name: 'Terapkan' }).isVisible(), false, 'the place form hidden');
    assert.equal(await page.locator('h1').isVisible(), true, 'the form is printed');
    const widths = await page.evaluate(() => ({
      page: document.scrollingElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll('main table')].map((t) => t.getBoundingClientRect().right)),
    }));
    assert.ok(widths.page <= A4_PRINTABLE_PX + 1, `the printed page is ${widths.page}px wide, A4 holds ${A4_PRINTABLE_PX}px`);
    assert.ok(widths.widest <= A4_PRINTABLE_PX + 1, `a table reaches ${widths.widest}px`);
    await snapshot(page, 'skp-print-paper');
  } finally {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('Chromium prints the SKP to an A4 PDF of one or more pages', async () => {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const text = pdf.toString('latin1');
  assert.equal(text.slice(0, 5), '%PDF-');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  assert.ok(pages > 0, `the PDF has ${pages} pages`);
  // every page is A4 portrait: 595 x 842 points
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  assert.ok(boxes.length > 0, 'the pages have a size');
  for (const [, w, h] of boxes) {
    assert.ok(Math.abs(Number(w) - 595) < 2 && Math.abs(Number(h) - 842) < 2, `page of ${w} x ${h} points`);
  }
});
