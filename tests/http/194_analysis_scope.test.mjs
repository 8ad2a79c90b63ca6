// The rater analysis for a pengelola with a smaller scope: on the full demo
// year the demo pengelola is scoped to the Sekretariat Kecamatan (ASM-SEK,
// with its two subbagian), which holds the planted lenient rater (Ilham
// Bakri) but not the planted severe one (Achmad, Seksi Pelayanan).  Every
// HR figure they get is the administrator's for ?unit=ASM-SEK: the rater
// list (every rater's unit inside the scope, Ilham flagged, Achmad absent),
// the agreement and the fairness tables; a unit or a rater outside the
// scope is 403 on the API and the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, runCli, startServer } from './harness.mjs';
import { employeeByNip, unitList } from './util.mjs';
import { PLANTED } from './190_analysis_util.mjs';
import { pageText } from './plan_util.mjs';

let server;
let admin;
let hr;
const ids = {};

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  const role = await runCli(['user', 'role', server.accounts.pengelola.login, 'pengelola', '--unit', 'ASM-SEK'],
    { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(role.code, 0, role.stderr);
  hr = await loginAs(server, 'pengelola');
  const units = await unitList(admin);
  const byCode = Object.fromEntries(units.map((u) => [u.code, u]));
  ids.sek = byCode['ASM-SEK'].id;
  ids.asm = byCode.ASM.id;
  ids.inScope = new Set(units.filter((u) => u.code === 'ASM-SEK' || u.parent_code === 'ASM-SEK').map((u) => u.id));
  ids.lenient = (await employeeByNip(admin, PLANTED.lenient.nip)).id;
  ids.severe = (await employeeByNip(admin, PLANTED.severe.nip)).id;
});

after(() => server?.stop());

async function ok(client, url) {
  const r = await client.api('GET', url);
  assert.equal(r.status, 200, `${url}: ${r.text.slice(0, 300)}`);
  return r.json;
}

test('the rater list holds only raters of the scope, and is the administrator\'s for that unit', async () => {
  const mine = await ok(hr, '/api/v1/analisis/penilai');
  assert.ok(mine.items.length >= 1, 'the sekretariat has raters with enough ratings');
  for (const it of mine.items) {
    assert.ok(ids.inScope.has(it.pegawai.unit.id), `${it.pegawai.nama} (${it.pegawai.unit.nama}) is in the scope`);
  }
  const nips = mine.items.map((it) => it.pegawai.nip);
  assert.ok(nips.includes(PLANTED.lenient.nip), 'the lenient rater of the sekretariat is listed');
  assert.ok(!nips.includes(PLANTED.severe.nip), 'the severe rater of Seksi Pelayanan is not');
  const lenient = mine.items.find((it) => it.pegawai.nip === PLANTED.lenient.nip);
  assert.ok(lenient.tanda.some((t) => t.kode === 'lenient'), JSON.stringify(lenient.tanda));
  assert.deepEqual(mine.cakupan, { id: ids.sek, nama: 'Sekretariat Kecamatan Asemrowo' }, 'the answer names the scope');
  assert.equal(mine.unit, null, 'no unit was asked for');
  const adminView = await ok(admin, `/api/v1/analisis/penilai?unit=${ids.sek}`);
  assert.equal(adminView.cakupan, null, 'an administrator sees everything');
  assert.deepEqual(mine.items, adminView.items, 'the same rows as the administrator asking for ASM-SEK');
  const whole = await ok(admin, '/api/v1/analisis/penilai');
  assert.ok(whole.items.length > mine.items.length, 'the whole office has more raters');
});

/** A response without the unit asked for and the caller's scope. */
const figures = ({ unit, cakupan, ...rest }) => rest;

test('agreement and fairness are the administrator\'s figures for the scope unit', async () => {
  assert.deepEqual(figures(await ok(hr, '/api/v1/analisis/kesepakatan')),
    figures(await ok(admin, `/api/v1/analisis/kesepakatan?unit=${ids.sek}`)));
  const fair = await ok(hr, '/api/v1/analisis/keadilan');
  assert.deepEqual(figures(fair), figures(await ok(admin, `/api/v1/analisis/keadilan?unit=${ids.sek}`)));
  const all = await ok(admin, '/api/v1/analisis/keadilan');
  const people = (f) => f.dimensi.find((d) => d.kode === 'unit' || d.dimensi === 'unit');
  const total = (d) => d.kelompok.reduce((s, g) => s + g.n, 0) + (d.n_tersembunyi || 0);
  assert.ok(total(people(fair)) < total(people(all)), 'fewer people in the scope than in the office');
});

test('outside the scope: a unit, a rater and the pages are refused', async () => {
  const unit = await hr.api('GET', `/api/v1/analisis/penilai?unit=${ids.asm}`);
  assert.equal(unit.status, 403, unit.text);
  assert.equal(unit.json.error.field, 'unit');
  const rater = await hr.api('GET', `/api/v1/analisis/penilai/${ids.severe}`);
  assert.equal(rater.status, 403, rater.text);
  assert.equal(rater.json.error.field, 'pegawai');
  assert.equal((await hr.api('GET', `/api/v1/analisis/penilai/${ids.lenient}`)).status, 200);
  const page = await hr.get('/analisis/penilai');
  assert.equal(page.status, 200);
  assert.match(pageText(page.text), /Cakupan Anda: Sekretariat Kecamatan Asemrowo/, 'the page names the scope');
  assert.match(pageText(page.text), new RegExp(PLANTED.lenient.nama));
  assert.doesNotMatch(pageText(page.text), new RegExp(PLANTED.severe.nama));
  assert.equal((await hr.get(`/analisis/penilai?unit=${ids.asm}`)).status, 403);
  assert.equal((await hr.get(`/analisis/penilai/${ids.severe}`)).status, 403);
});
