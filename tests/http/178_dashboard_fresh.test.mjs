// The dashboard's figures are never stale: a unit dashboard is kept between
// requests (an in-process cache checked against the data version, the
// newest audit row), and every write that feeds it shows on the very next
// request - a realisasi entered through the API (the achievement and the
// realisasi count, on the API and the page), a 360 round opened in bulk, a
// 360 answer, an SKP approved.  Each expectation is computed by hand from
// what the test itself wrote, read back through the plain API routes.
// A repeated request with nothing changed is served from the cache (the
// same `dihitung_pada`), which the page states as "Angka per ..."; an
// employee's own dashboard is never kept and says nothing of the kind.
// A scope with many units keeps the page small: the curve table shows the
// first 25 units, those that break their curve first, with a link to all
// of them, and the unit filter goes one level down at a time.  A kept
// dashboard is still refused to whoever may not see its scope (the access
// check runs on every request before the cache is asked).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { loginAs, startServer } from './harness.mjs';
import { actOk, loginNip, skpOfNip } from './plan_util.mjs';
import { checkpointNamed, ikiList, monitorView, record } from './monitor_util.mjs';
import { answerBody, checkpoints, openRound, taskFor } from './r360_util.mjs';
import { achievementOf, near } from './175_dashboard_util.mjs';
import { accessTests, roleClients, row } from './access_table.mjs';

let server;
const c = {};
const ids = {};
const unitIds = {};

async function dash(client, query = '') {
  const r = await client.api('GET', `/api/v1/dasbor${query}`);
  assert.equal(r.status, 200, r.text.slice(0, 400));
  return r.json;
}

/** The Camat's dashboard (the whole kecamatan) and the index of Triwulan I in it. */
async function camat() {
  const d = await dash(c.camat);
  return { d, t1: d.capaian.titik.findIndex((t) => t.id === ids.t1) };
}

before(async () => {
  server = await startServer();
  for (const role of ['admin', 'auditor', 'camat', 'pengelola', 'pegawai']) c[role] = await loginAs(server, role);
  c.roles = await roleClients(server);
  for (const u of (await c.admin.api('GET', '/api/v1/unit')).json.items) unitIds[u.code] = u.id;
  ids.skp = (await skpOfNip(c.admin, server.accounts.pegawai.login)).skp.id;
  const view = await monitorView(c.pegawai, ids.skp);
  ids.t1 = checkpointNamed(view, 'Triwulan I').id;
  // an IKI of an utama RHK with a plain target, so its achievement is certain
  ids.iki = ikiList(checkpointNamed(view, 'Triwulan I'))
    .filter((k) => k.rhk.jenis === 'utama' && k.target_max === '' && Number(k.target_min) > 0)
    .map((k) => k.id);
  assert.ok(ids.iki.length >= 2, 'two IKI of an utama RHK to record');
});

after(async () => {
  await server?.stop();
});

test('a realisasi entered through the API shows on the very next dashboard request', async () => {
  const before = await camat();
  assert.ok(before.t1 >= 0, 'Triwulan I on the dashboard');
  assert.equal(before.d.status.titik_sekarang.id, ids.t1, 'Triwulan I is the current checkpoint');
  const again = await camat();   // asked twice: kept, if the cache keeps it
  assert.deepEqual(again.d.status, before.d.status);
  const view = await monitorView(c.pegawai, ids.skp);
  const k = ikiList(checkpointNamed(view, 'Triwulan I')).find((x) => x.id === ids.iki[0]);
  assert.equal(k.realisasi, null, 'nothing recorded for it yet');
  // 90% of the target, recorded by the owner
  const value = String(Number(k.target_min) * 0.9).replace('.', ',');
  await record(c.pegawai, ids.skp, 'Triwulan I', k.id, { nilai: value });
  const mine = achievementOf(await monitorView(c.admin, ids.skp)).skp;
  const ti = (await monitorView(c.admin, ids.skp)).titik_periksa.findIndex((t) => t.id === ids.t1);
  const after = await camat();
  assert.equal(after.d.status.realisasi.terisi, before.d.status.realisasi.terisi + 1, 'one more IKI recorded');
  assert.equal(after.d.status.realisasi.total, before.d.status.realisasi.total);
  assert.equal(after.d.capaian.jumlah_skp[after.t1], before.d.capaian.jumlah_skp[before.t1] + 1,
    'one more SKP with an achievement at Triwulan I');
  // the mean over the SKPs with one: the others' sum plus hers
  const n0 = before.d.capaian.jumlah_skp[before.t1];
  const sum0 = n0 ? before.d.capaian.rata_rata[before.t1] * n0 : 0;
  near(after.d.capaian.rata_rata[after.t1], (sum0 + mine[ti]) / (n0 + 1), 'mean achievement at Triwulan I');
  if (n0 === 0) near(after.d.capaian.rata_rata[after.t1], mine[ti], 'her SKP alone');
  // the page, asked next, shows the same
  const page = await c.camat.get('/dasbor');
  assert.equal(page.status, 200);
  const row = page.text.match(/<tr data-chart-skip><th scope="row">SKP yang dihitung<\/th>(.*?)<\/tr>/);
  assert.ok(row, 'the count row of the achievement table');
  const counts = [...row[1].matchAll(/<td class="text-end">(\d+)<\/td>/g)].map((m) => Number(m[1]));
  assert.deepEqual(counts, after.d.capaian.jumlah_skp);
  assert.match(page.text, new RegExp(`id="angka-realisasi">${after.d.status.realisasi.terisi} dari `));
});

test('a repeated request is served from the cache; the next change is not', async () => {
  let prev = await dash(c.camat);
  assert.match(prev.dihitung_pada, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  let kept = false;
  for (let i = 0; i < 5 && !kept; i++) {   // a second apart: a new computation would say so
    await sleep(1100);
    const d = await dash(c.camat);
    kept = d.dihitung_pada === prev.dihitung_pada;
    assert.deepEqual(d.status, prev.status, 'nothing changed, the same figures');
    prev = d;
  }
  assert.ok(kept, 'a repeated request is answered from the cache');
  await sleep(1100);
  const view = await monitorView(c.pegawai, ids.skp);
  const k = ikiList(checkpointNamed(view, 'Triwulan I')).find((x) => x.id === ids.iki[1]);
  await record(c.pegawai, ids.skp, 'Triwulan I', k.id, { nilai: k.target_min });
  const d = await dash(c.camat);
  assert.ok(d.dihitung_pada > prev.dihitung_pada, 'computed again after the change');
  assert.equal(d.status.realisasi.terisi, prev.status.realisasi.terisi + 1);
  const page = await c.camat.get('/dasbor');
  assert.match(page.text, /id="angka-per">Angka per \d\d\.\d\d WIB, \d\d-\d\d-\d{4}\./, 'the page says when');
});

test('a 360 round opened in bulk, and an answer in it, show at once', async () => {
  const before = await dash(c.camat);
  const cps = await checkpoints(c.admin);
  const round = await openRound(c.pengelola, cps['Triwulan I']);
  // every form of the round (the auditor rates nobody and is rated by nobody)
  const forms = (await c.auditor.api('GET', `/api/v1/360/putaran/${round.id}/penilai?per_page=5000`)).json.items;
  const d = await dash(c.camat);
  const open = d.status.r360.putaran.find((o) => o.id === round.id);
  assert.ok(open, 'the new round is on the dashboard');
  assert.deepEqual([open.status, open.total, open.dijawab], ['terbuka', forms.length, 0]);
  assert.equal(d.status.r360.terbuka.total, before.status.r360.terbuka.total + forms.length);
  // the pegawai answers one of her forms
  const form = forms.find((f) => f.penilai.id !== f.pegawai.id && f.penilai.nip === server.accounts.pegawai.login)
    || forms.find((f) => f.penilai.nip === server.accounts.pegawai.login);
  assert.ok(form, 'a form of the pegawai');
  const t = await taskFor(c.pegawai, round.id, form.pegawai.id);
  const ans = await c.pegawai.api('POST', `/api/v1/360/tugas/${t.id}/jawab`, answerBody(3, 'Baik'));
  assert.equal(ans.status, 200, ans.text);
  const later = await dash(c.camat);
  assert.equal(later.status.r360.putaran.find((o) => o.id === round.id).dijawab, 1, 'her answer counted');
  assert.equal(later.status.r360.terbuka.dijawab, 1);
});

test('an SKP approved by its pejabat penilai shows at once', async () => {
  const period = (await c.admin.api('GET', '/api/v1/periode')).json.items.find((p) => p.nama === 'Tahun 2026');
  const all = (await c.admin.api('GET', `/api/v1/skp?periode=${period.id}&per_page=500`)).json.items;
  const waiting = all.find((s) => s.status === 'diajukan');
  assert.ok(waiting, 'an SKP waiting for approval in the demo');
  const full = (await c.admin.api('GET', `/api/v1/skp/${waiting.id}`)).json;
  const before = await dash(c.camat);
  const assessor = await loginNip(server, full.pejabat_penilai.nip);
  await actOk(assessor, waiting.id, 'setujui', 'disetujui');
  const d = await dash(c.camat);
  assert.equal(d.status.skp.disetujui, before.status.skp.disetujui + 1);
  assert.equal(d.status.skp.per_status.diajukan, before.status.skp.per_status.diajukan - 1);
  assert.equal(d.status.skp.total, before.status.skp.total);
});

test('an employee\'s own dashboard is computed for each request and says nothing of a cache', async () => {
  const a = await dash(c.pegawai);
  assert.equal(a.cakupan.jenis, 'pegawai');
  assert.equal(a.dihitung_pada, undefined);
  const page = await c.pegawai.get('/dasbor');
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /id="angka-per"/);
});

/** NIP n of the units test: born 7 July 1977, appointed January 2000. */
const testNip = (n) => `197707072000011${String(n).padStart(3, '0')}`;

test('a scope with many units keeps the page small: 25 units of the curve, the filter one level down', async () => {
  const made = [];
  for (let i = 1; i <= 62; i++) {
    const code = `KEL-GKL-X${String(i).padStart(2, '0')}`;
    const r = await c.admin.api('POST', '/api/v1/unit', { code, name: `Unit Uji ${String(i).padStart(2, '0')}`, kind: 'lainnya', parent_code: 'KEL-GKL' });
    assert.equal(r.status, 201, r.text);
    made.push(r.json);
  }
  for (const code of ['KEL-GKL-X01-A', 'KEL-GKL-X01-B']) {
    const r = await c.admin.api('POST', '/api/v1/unit', { code, name: `Sub ${code}`, kind: 'lainnya', parent_code: 'KEL-GKL-X01' });
    assert.equal(r.status, 201, r.text);
  }
  for (let i = 0; i < 26; i++) {   // a member each: in the curve table
    const r = await c.admin.api('POST', '/api/v1/pegawai', { nip: testNip(i + 1), nama: `Pegawai Uji ${i + 1}`, kode_unit: made[i].code, golongan: 'II/c' });
    assert.equal(r.status, 201, r.text);
  }
  const units = (await c.admin.api('GET', '/api/v1/unit')).json.items;
  const gkl = units.find((u) => u.code === 'KEL-GKL');
  const asm = units.find((u) => u.code === 'ASM');
  const d = await dash(c.camat, `?unit=${gkl.id}`);
  assert.ok(d.distribusi.unit.length >= 27, 'the API lists every unit of the curve');
  // the page: the units that break their curve first, then the others, 25 in all
  const want = [...d.distribusi.unit.filter((u) => u.penyimpangan.length > 0),
    ...d.distribusi.unit.filter((u) => u.penyimpangan.length === 0)].slice(0, 25).map((u) => u.id);
  const page = await c.camat.get(`/dasbor?unit=${gkl.id}`);
  assert.equal(page.status, 200);
  const table = page.text.match(/<table[^>]*id="tabel-kurva"[^>]*>([\s\S]*?)<\/table>/);
  assert.ok(table, 'the curve table');
  const rows = [...table[1].matchAll(/<tr><th scope="row"><a href="\/dasbor\?periode=\d+&amp;unit=(\d+)">/g)].map((m) => Number(m[1]));
  assert.deepEqual(rows, want);
  const basis = d.distribusi.dasar.titik_id === null ? 'jenis=tahunan' : `titik=${d.distribusi.dasar.titik_id}`;
  assert.match(page.text, new RegExp(`<a href="/predikat-unit\\?periode=${d.status.periode.id}&amp;${basis}" id="kurva-semua">Predikat unit \\(lihat semua ${d.distribusi.unit.length} unit\\)</a>`));
  // the unit filter: the root, its children, the path to the selected unit and the level below it
  const sel = page.text.match(/<select[^>]*id="f-unit"[^>]*>([\s\S]*?)<\/select>/);
  assert.ok(sel, 'the unit filter');
  const offered = [...sel[1].matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
  const expected = units.filter((u) => u.id === asm.id || u.parent_id === asm.id || u.parent_id === gkl.id)
    .map((u) => u.id).sort((a, b) => a - b);
  assert.deepEqual(offered, expected);
  assert.ok(!offered.includes(units.find((u) => u.code === 'KEL-GKL-X01-A').id), 'two levels down is not offered');
  assert.match(page.text, /aria-describedby="f-unit-help"/);
  assert.match(page.text, /id="f-unit-help">Unit kerja banyak/);
  assert.doesNotMatch(page.text, /style="/, 'no inline style');
});

// The kecamatan's and Seksi Pelayanan's dashboards are kept (asked by the
// Camat first), then every role asks for them: the same answers as the
// access table of 176_dashboard_access.
const KEPT = [
  ['GET', '/api/v1/dasbor?unit={ASM}', row(401, 403, 403, 200, 200, 200, 200)],
  ['GET', '/dasbor?unit={ASM}', row(303, 403, 403, 200, 200, 200, 200)],
  ['GET', '/api/v1/dasbor?unit={ASM-YAN}', row(401, 403, 200, 200, 200, 200, 200)],
  ['GET', '/dasbor?unit={ASM-PEM}', row(303, 403, 403, 200, 200, 200, 200)],
];
let primed = false;
accessTests(KEPT, {
  path: (pattern) => pattern.replace(/\{([A-Z-]+)\}/, (m, code) => String(unitIds[code])),
  client: async (role) => {
    if (!primed) {
      primed = true;
      for (const code of ['ASM', 'ASM-YAN', 'ASM-PEM']) {
        const d = await dash(c.camat, `?unit=${unitIds[code]}`);   // now kept
        assert.equal(d.cakupan.unit.kode, code);
      }
    }
    return c.roles[role];
  },
});
