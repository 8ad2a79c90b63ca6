// Bulk documents of a unit, the flow: on the demo year (through Triwulan
// III) the pengelola asks for the documents of Kelurahan Genting Kalianak
// (KEL-GKL and the units below it) through the API and polls the job to
// the end; the file is read back (the ZIP with `unzip`, each PDF and the
// one PDF with pdftotext / pdfinfo) and compared with what other routes
// say: the unit's active employees (/api/v1/pegawai), their SKPs
// (/api/v1/skp) and their assessments (/api/v1/skp/{id}/penilaian).  Then
// the pages (the form, asking through it, the progress page with its bar
// and its self-refresh while the job waits) and `kinerja report bulk`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loginAs, runCli, startServer } from './harness.mjs';
import { pageText } from './plan_util.mjs';
import {
  activeEmployees, askOk, demoPeriod, finalAt, jobFile, pdfPages, pdfText, squeeze, unitIds,
  unitSkps, unzipEntries, waitJob,
} from './165_bulk_util.mjs';

let server;
let admin;
let hr;
let units;
let period;
let employees;    // active employees of KEL-GKL and below
let skps;         // their SKPs of the period
let tmp;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  hr = await loginAs(server, 'pengelola');
  units = await unitIds(admin);
  period = await demoPeriod(admin);
  employees = await activeEmployees(admin, units['KEL-GKL']);
  skps = await unitSkps(admin, units['KEL-GKL'], period.id);
  assert.ok(skps.length >= 5, `KEL-GKL has SKPs (${skps.length})`);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'kinerja-bulk-flow-'));
});

after(async () => {
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const byNip = (list) => [...new Set(list.map((x) => x.nip))].sort();
/** The NIP an entry "NIP-Nama.pdf" is named by. */
const entryNip = (name) => name.split('-')[0];

/** Asserts that every entry of `pdfs` is a PDF naming the employee of its NIP. */
function assertEachNamesItsEmployee(pdfs, people) {
  for (const [name, bytes] of pdfs) {
    const who = people.find((p) => p.nip === entryNip(name));
    assert.ok(who, `${name}: no such employee`);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', `${name} is a PDF`);
    const text = squeeze(pdfText(bytes));
    assert.ok(text.includes(squeeze(who.nama)), `${name} names ${who.nama}`);
    assert.ok(text.includes(who.nip), `${name} shows NIP ${who.nip}`);
  }
}

test('a ZIP of the SKPs of a kelurahan holds one PDF per SKP of its people, each naming its employee', async () => {
  const asked = await askOk(hr, { unit_id: units['KEL-GKL'], periode_id: period.id, jenis: 'skp', format: 'zip' });
  assert.ok(['menunggu', 'berjalan'].includes(asked.status), asked.status);
  assert.equal(asked.dokumen_total, skps.length, 'the total counts every SKP of the unit');
  const { job } = await waitJob(hr, asked.id);
  assert.equal(job.status, 'selesai', job.galat);
  assert.equal(job.dokumen_selesai, skps.length);
  assert.equal(job.persen, 100);
  const withoutSkp = employees.filter((e) => !skps.some((s) => s.nip === e.nip));
  assert.equal(job.jumlah_tidak_termasuk, withoutSkp.length);
  assert.deepEqual(byNip(job.tidak_termasuk), byNip(withoutSkp));

  const file = await jobFile(hr, asked.id);
  assert.equal(file.status, 200);
  assert.match(file.type, /^application\/zip/);
  assert.equal(file.name, `skp-KEL-GKL-${period.year}.zip`);
  assert.equal(file.bytes.length, job.berkas.ukuran, 'the size the job reports');
  const entries = unzipEntries(file.bytes);
  const pdfs = [...entries].filter(([n]) => n.endsWith('.pdf'));
  assert.equal(pdfs.length, skps.length, `one PDF per SKP: ${[...entries.keys()].join(', ')}`);
  assert.deepEqual([...new Set(pdfs.map(([n]) => entryNip(n)))].sort(), byNip(skps),
    'exactly the employees with an SKP');
  for (const [n] of pdfs) assert.match(n, /^\d{18}-[A-Za-z0-9_]+(-\d+)?\.pdf$/, `${n}: NIP-Nama.pdf`);
  assert.equal(entries.has('tidak-termasuk.txt'), withoutSkp.length > 0, 'the not-included list when someone is left out');
  assertEachNamesItsEmployee(pdfs, skps);
});

test('the evaluation of Triwulan III as one PDF: a numbered section per rated employee, the others listed last', async () => {
  const cp = period.checkpoints['Triwulan III'];
  const rated = await finalAt(admin, skps, cp);
  assert.ok(rated.length >= 2 && rated.length < skps.length,
    `some but not all of KEL-GKL are rated at Triwulan III (${rated.length} of ${skps.length})`);
  const left = employees.filter((e) => !rated.some((s) => s.nip === e.nip));

  const asked = await askOk(hr, { unit_id: units['KEL-GKL'], periode_id: period.id, jenis: 'evaluasi', titik: cp, format: 'pdf' });
  assert.equal(asked.titik, 'Triwulan III');
  const { job } = await waitJob(hr, asked.id);
  assert.equal(job.status, 'selesai', job.galat);
  assert.equal(job.dokumen_total, rated.length, 'only the ditetapkan assessments');
  assert.deepEqual(byNip(job.tidak_termasuk), byNip(left), 'everyone else is listed as not included');
  assert.ok(job.tidak_termasuk.every((m) => m.alasan.length > 0), 'each with its reason');

  const file = await jobFile(hr, asked.id);
  assert.equal(file.status, 200);
  assert.match(file.type, /^application\/pdf/);
  const pages = pdfPages(file.bytes);
  const text = pdfText(file.bytes);
  const numbers = [...text.matchAll(/Halaman (\d+) dari (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.equal(numbers.length, pages, 'every page carries its number');
  const sections = [];
  for (const [k, of] of numbers) {
    if (k === 1) sections.push({ of, pages: 0 });
    const s = sections[sections.length - 1];
    s.pages++;
    assert.equal(k, s.pages, 'pages numbered 1, 2, ... within their document');
    assert.equal(of, s.of, 'every page of a document counts the same total');
  }
  for (const s of sections) assert.equal(s.pages, s.of, 'a document has as many pages as it says');
  assert.equal(sections.length, rated.length + 1, 'one document per rated employee and the not-included page');
  const flat = squeeze(text);
  for (const s of rated) assert.ok(flat.includes(squeeze(s.nama)) && flat.includes(s.nip), `${s.nama} is in the PDF`);
  const lastPage = squeeze(text.slice(text.lastIndexOf('tidak termasuk') - 200));
  for (const e of left) assert.ok(lastPage.includes(e.nip), `${e.nama} is on the not-included page`);
});

test('the progress page shows the bar, refreshes itself while the job waits, and offers the download when done', async () => {
  // a large job first (the whole kecamatan), so the next one waits its turn
  const big = await askOk(hr, { unit_id: units.ASM, periode_id: period.id, jenis: 'skp', format: 'zip' });
  const small = await askOk(hr, { unit_id: units['KEL-GKL'], periode_id: period.id, jenis: 'skp', format: 'pdf' });
  const waiting = await hr.get(`/laporan/massal/${small.id}`);
  assert.equal(waiting.status, 200);
  assert.match(waiting.text, /<meta http-equiv="refresh" content="\d+">/, 'refreshes itself without JavaScript');
  assert.match(waiting.text, new RegExp(`<progress[^>]* max="${skps.length}" value="0"`), 'the bar, empty');
  assert.match(pageText(waiting.text), new RegExp(`0 dari ${skps.length} dokumen`));
  assert.match(waiting.text, /data-status="menunggu"/, 'the second job waits for the first');
  assert.doesNotMatch(waiting.text, /\/unduh"/, 'no download yet');

  const first = await waitJob(hr, big.id);
  assert.equal(first.job.status, 'selesai', first.job.galat);
  assert.ok(first.seen.length >= 2, 'the job was seen before it finished');
  const second = await waitJob(hr, small.id);
  assert.equal(second.job.status, 'selesai', second.job.galat);
  const done = await hr.get(`/laporan/massal/${small.id}`);
  assert.equal(done.status, 200);
  assert.doesNotMatch(done.text, /http-equiv="refresh"/, 'a finished job no longer refreshes');
  assert.match(pageText(done.text), new RegExp(`${skps.length} dari ${skps.length} dokumen`));
  assert.match(done.text, new RegExp(`<progress[^>]* max="${skps.length}" value="${skps.length}"`), 'the bar, full');
  assert.match(done.text, new RegExp(`href="/laporan/massal/${small.id}/unduh"`));
  assert.doesNotMatch(done.text, /\sstyle="/, 'no inline style (CSP)');
  assert.doesNotMatch(done.text, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script (CSP)');
  const viaPage = await jobFile(hr, small.id, `/laporan/massal/${small.id}/unduh`);
  assert.equal(viaPage.status, 200);
  assert.match(viaPage.type, /^application\/pdf/);
  assert.equal(viaPage.name, `skp-KEL-GKL-${period.year}.pdf`);
});

test('the form lists the units and documents; asking through it leads to the job page', async () => {
  const form = await hr.get('/laporan/massal');
  assert.equal(form.status, 200);
  assert.match(form.text, new RegExp(`<option value="${units['KEL-GKL']}"[^>]*>[^<]*Kelurahan Genting Kalianak`));
  const cp = period.checkpoints['Triwulan III'];
  assert.match(form.text, new RegExp(`<option value="evaluasi:${cp}"[^>]*>Dokumen evaluasi Triwulan III`));
  assert.match(form.text, /name="format" [^>]*value="pdf"/);
  assert.doesNotMatch(form.text, /\sstyle="/, 'no inline style (CSP)');
  const r = await hr.postForm('/laporan/massal', {
    unit_id: units['KEL-GKL'], periode_id: period.id, dokumen: `evaluasi:${cp}`, format: 'zip',
  });
  assert.equal(r.status, 303, r.text.slice(0, 400));
  const m = /^\/laporan\/massal\/(\d+)\?pesan=massal_diminta$/.exec(r.location);
  assert.ok(m, r.location);
  const page = await hr.get(r.location);
  assert.equal(page.status, 200);
  assert.match(pageText(page.text), /Permintaan dokumen massal telah diterima/);
  assert.match(pageText(page.text), /Evaluasi Triwulan III/);
  const { job } = await waitJob(hr, Number(m[1]));
  assert.equal(job.status, 'selesai', job.galat);
  const list = await hr.get('/laporan/massal');
  assert.match(list.text, new RegExp(`href="/laporan/massal/${m[1]}/unduh"`), 'the list offers the download');
});

test('kinerja report bulk writes the documents through FILE.tmp, printing progress on stderr', async () => {
  const out = path.join(tmp, 'gkl.zip');
  const r = await runCli(['report', 'bulk', '--unit', 'KEL-GKL', '--period', String(period.year), '--kind', 'skp',
    '--format', 'zip', '--out', out], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  assert.match(r.stderr, new RegExp(`^  ${skps.length}/${skps.length} dokumen$`, 'm'), r.stderr);
  assert.ok(existsSync(out) && !existsSync(`${out}.tmp`), 'FILE written, FILE.tmp gone');
  const entries = unzipEntries(readFileSync(out));
  const pdfs = [...entries].filter(([n]) => n.endsWith('.pdf'));
  assert.deepEqual([...new Set(pdfs.map(([n]) => entryNip(n)))].sort(), byNip(skps));

  const cp = period.checkpoints['Triwulan III'];
  const rated = await finalAt(admin, skps, cp);
  const onePdf = path.join(tmp, 'gkl-tw3.pdf');
  const e = await runCli(['report', 'bulk', '--unit', String(units['KEL-GKL']), '--kind', 'evaluasi',
    '--checkpoint', 'triwulan iii', '--format', 'pdf', '--out', onePdf], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(e.code, 0, e.stderr);
  const text = pdfText(readFileSync(onePdf));
  assert.equal([...text.matchAll(/Halaman 1 dari/g)].length, rated.length + 1, 'a section per rated employee and the list');
});
