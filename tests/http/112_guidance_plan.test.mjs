// The improvement plan (Rencana Perbaikan Kinerja) after it opened: the Kasi
// (role "pejabat") of Dewi (the demo pegawai) fills its goals and support,
// records progress at checkpoints and the outcome; what is overdue (a
// checkpoint date past without progress, six months past without an
// outcome) shows on the plan, in the Kasi's and HR's overdue lists, HR's
// unit overview and the CLI's CSV report; the plan's dates are moved back
// on the test database (the server has no clock to shift).  Refusals
// write nothing: an outcome before any progress, dates that are not dates
// or outside the six months, someone else's plan (Nur, Dewi's colleague;
// Dewi on her own plan; the auditor), changes after the outcome.  The
// tests run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs, runCli } from './harness.mjs';
import { csvObjects } from './util.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { rateFinal } from './objection_util.mjs';
import { NUR, addMonths, readPlan, records, refusedWith, setPlanDates, unchangedBy, wibDate } from './guidance_util.mjs';

let server;
const c = {};
const ids = {};

const planUrl = () => `/api/v1/pembinaan/rencana-perbaikan/${ids.plan}`;
const cpUrl = (i) => `/api/v1/pembinaan/titik/${ids.cps[i]}`;

before(async () => {
  server = await startServer();
  for (const role of ['admin', 'pejabat', 'pegawai', 'camat', 'pengelola', 'auditor']) c[role] = await loginAs(server, role);
  c.nur = await loginNip(server, NUR);
  const own = await skpOfNip(c.admin, server.accounts.pegawai.login);
  ids.dewi = own.employee.id;
  const tw1 = (await c.admin.api('GET', `/api/v1/periode/${own.skp.periode_id}`)).json.checkpoint[0].id;
  await rateFinal(c.pejabat, own.skp.id, `jenis=periodik&titik=${tw1}`, 'di_bawah', 'sesuai');
  ids.plan = (await records(c.admin, ids.dewi)).rencana_perbaikan[0].id;
  ids.cps = (await readPlan(c.admin, ids.plan)).titik.map((t) => t.id);
});

after(async () => {
  await server?.stop();
});

test('an outcome before any progress is refused, nothing written', async () => {
  await unchangedBy(server, c.admin, 'an early outcome', async () => {
    refusedWith(await c.pejabat.api('POST', `${planUrl()}/hasil`, { hasil: 'berhasil' }), 409, 'hasil', 'an outcome before any checkpoint');
  });
  assert.deepEqual((await c.pejabat.api('GET', planUrl())).json.aksi_tersedia, ['ubah', 'catat_kemajuan']);
});

test('someone else\'s plan: Nur, Dewi herself and the auditor may not change it; Nur may not read it', async () => {
  assert.equal((await c.nur.api('GET', planUrl())).status, 403);
  assert.equal((await c.pegawai.api('GET', planUrl())).status, 200, 'Dewi reads her plan');
  for (const who of ['nur', 'pegawai', 'auditor']) {
    await unchangedBy(server, c.admin, `changes by ${who}`, async () => {
      assert.equal((await c[who].api('PUT', planUrl(), { tujuan: 'x' })).status, 403, who);
      assert.equal((await c[who].api('PUT', cpUrl(0), { kemajuan: 'x' })).status, 403, who);
      assert.equal((await c[who].api('POST', `${planUrl()}/hasil`, { hasil: 'berhasil' })).status, 403, who);
    });
  }
  const page = await c.nur.get(`/pembinaan/rencana/${ids.plan}`);
  assert.equal(page.status, 403);
});

test('the Kasi fills goals and support', async () => {
  const cur = await readPlan(c.admin, ids.plan);
  const r = await c.pejabat.api('PUT', planUrl(), {
    tujuan: 'Capaian izin kembali 100% dari target bulanan.', dukungan: 'Pendampingan mingguan oleh Kasi.', version: cur.version,
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.tujuan, 'Capaian izin kembali 100% dari target bulanan.');
  assert.equal(r.json.version, cur.version + 1);
  await unchangedBy(server, c.admin, 'blank goals', async () => {
    refusedWith(await c.pejabat.api('PUT', planUrl(), { tujuan: '  ' }), 422, 'tujuan', 'blank goals');
  });
});

test('checkpoint dates that are not dates, or outside the six months, are refused', async () => {
  const p = await readPlan(c.admin, ids.plan);
  const cases = [
    ['2026-02-30', 'a day February lacks'], ['bulan depan', 'words'], ['2026/05/01', 'slashes'],
    [wibDate(-1), 'before the plan opened'], [addMonths(p.dibuka, 6).replace(/..$/, (d) => String(Number(d) + 1).padStart(2, '0')), 'after six months'],
  ];
  for (const [tanggal, what] of cases) {
    await unchangedBy(server, c.admin, what, async () => {
      refusedWith(await c.pejabat.api('PUT', cpUrl(1), { tanggal }), 422, 'tanggal', what);
    });
  }
  await unchangedBy(server, c.admin, 'an empty change', async () => {
    refusedWith(await c.pejabat.api('PUT', cpUrl(1), {}), 422, 'kemajuan', 'nothing to change');
  });
  assert.equal((await c.pejabat.api('PUT', '/api/v1/pembinaan/titik/999999', { kemajuan: 'x' })).status, 404);
});

test('progress at the first checkpoint is recorded today, with the name', async () => {
  const r = await c.pejabat.api('PUT', cpUrl(0), { kemajuan: 'Capaian naik ke 85%.', target: 'Capaian 85%' });
  assert.equal(r.status, 200, r.text);
  const t = r.json.titik[0];
  assert.equal(t.kemajuan, 'Capaian naik ke 85%.');
  assert.equal(t.target, 'Capaian 85%');
  assert.equal(t.kemajuan_pada, wibDate(0));
  assert.match(t.dicatat_oleh, /\S/);
  assert.equal(r.json.titik_selesai, 1);
  assert.ok(r.json.aksi_tersedia.includes('catat_hasil'));
});

test('overdue: a checkpoint date past without progress, and six months past without an outcome', async () => {
  // checkpoint 1 (with progress) 40 days ago, 2 ten days ago, 3 today, the rest ahead
  setPlanDates(server, ids.plan, { checkpoints: { 1: wibDate(-40), 2: wibDate(-10), 3: wibDate(0) } });
  let p = await readPlan(c.admin, ids.plan);
  assert.deepEqual(p.titik.map((t) => t.terlambat), [false, true, false, false, false, false]);
  assert.equal(p.titik_terlambat, 1);
  assert.equal(p.hasil_terlambat, false);
  assert.equal(p.terlambat, true);
  assert.equal(p.titik_berikutnya, wibDate(-10));
  // opened seven months ago: the outcome was due a month ago
  const opened = addMonths(wibDate(0), -7);
  setPlanDates(server, ids.plan, { opened, due: addMonths(opened, 6) });
  p = await readPlan(c.admin, ids.plan);
  assert.equal(p.hasil_terlambat, true);
  // the Kasi's and HR's lists show it; Dewi leads nobody, Nur neither
  for (const who of ['pejabat', 'camat', 'pengelola', 'auditor', 'admin']) {
    const r = await c[who].api('GET', '/api/v1/pembinaan/terlambat');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.items.map((x) => x.id), [ids.plan], who);
  }
  assert.deepEqual((await c.pegawai.api('GET', '/api/v1/pembinaan/terlambat')).json.items, []);
  const hr = (await c.pengelola.api('GET', '/api/v1/pembinaan')).json.unit;
  const yan = hr.find((u) => u.kode === 'ASM-YAN');
  assert.equal(yan.rencana_terbuka, 1);
  assert.equal(yan.rencana_terlambat, 1);
  const page = await c.pengelola.get('/pembinaan');
  assert.match(pageText(page.text), /Rencana perbaikan yang terlambat/);
  assert.ok(page.text.includes(`data-rencana="${ids.plan}"`));
});

test('the CLI reports what is overdue as CSV', async () => {
  const r = await runCli(['guidance', 'overdue'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  const rows = csvObjects(r.stdout);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].rencana_id, String(ids.plan));
  assert.equal(rows[0].nip, server.accounts.pegawai.login);
  assert.equal(rows[0].titik_terlambat, '1');
  assert.equal(rows[0].titik_tertua_tanpa_kemajuan, wibDate(-10));
  assert.equal(rows[0].hasil_terlambat, 'ya');
  const other = await runCli(['guidance', 'overdue', '--unit', 'ASM-PEM'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(other.code, 0, other.stderr);
  assert.equal(csvObjects(other.stdout).length, 0, 'Seksi Pemerintahan has nothing overdue');
  const bad = await runCli(['guidance', 'overdue', '--unit', 'NOPE'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--unit/);
  const list = await runCli(['guidance', 'list', '--status', 'terlambat'], { dbUrl: server.dbUrl, dataDir: server.dataDir });
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, /1 rencana perbaikan/);
});

test('the plan page: a refused checkpoint form keeps what was typed and names the field', async () => {
  const page = await c.pejabat.get(`/pembinaan/rencana/${ids.plan}`);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(`action="/pembinaan/titik/${ids.cps[1]}"`), 'a form per checkpoint');
  await unchangedBy(server, c.admin, 'a refused checkpoint form', async () => {
    const r = await c.pejabat.postForm(`/pembinaan/titik/${ids.cps[1]}`,
      { tanggal: '2026-02-30', target: 'Capaian 90%', kemajuan: 'Naik sedikit' });
    assert.equal(r.status, 422);
    assert.match(r.text, /id="f-tanggal"[^>]*is-invalid/);
    assert.ok(r.text.includes('Naik sedikit'), 'the progress typed is kept');
  });
  const ok = await c.pejabat.postForm(`/pembinaan/titik/${ids.cps[1]}`,
    { tanggal: addMonths(wibDate(0), -2), target: 'Capaian 90%', kemajuan: 'Naik ke 88%' });
  assert.equal(ok.status, 303, 'a date within the (moved) six months');
  const p = await readPlan(c.admin, ids.plan);
  assert.equal(p.titik[1].kemajuan, 'Naik ke 88%');
  assert.equal(p.titik_terlambat, 0, 'recorded: no longer overdue');
});

test('the outcome closes the plan with PP 30/2019\'s recommendation; nothing changes after', async () => {
  await unchangedBy(server, c.admin, 'an unknown outcome', async () => {
    refusedWith(await c.pejabat.api('POST', `${planUrl()}/hasil`, { hasil: 'gagal' }), 422, 'hasil', 'an unknown outcome');
  });
  const r = await c.pejabat.api('POST', `${planUrl()}/hasil`, { hasil: 'belum_berhasil', catatan: 'Capaian masih 85%.' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'selesai');
  assert.equal(r.json.hasil, 'belum_berhasil');
  assert.match(r.json.rekomendasi, /PP 30\/2019/);
  assert.equal(r.json.terlambat, false);
  assert.deepEqual(r.json.aksi_tersedia, []);
  await unchangedBy(server, c.admin, 'changes to a closed plan', async () => {
    refusedWith(await c.pejabat.api('POST', `${planUrl()}/hasil`, { hasil: 'berhasil' }), 409, 'hasil', 'a second outcome');
    refusedWith(await c.pejabat.api('PUT', cpUrl(1), { kemajuan: 'Terlambat dicatat' }), 409, 'status', 'progress after the outcome');
    refusedWith(await c.pejabat.api('PUT', planUrl(), { tujuan: 'Baru' }), 409, 'status', 'goals after the outcome');
  });
  assert.deepEqual((await c.pengelola.api('GET', '/api/v1/pembinaan/terlambat')).json.items, []);
});

test('the plan page shows the outcome, without forms', async () => {
  const page = await c.pegawai.get(`/pembinaan/rencana/${ids.plan}`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  assert.match(text, /Selesai: Belum berhasil/);
  assert.match(text, /PP 30\/2019/);
  assert.ok(!page.text.includes('action="/pembinaan/titik/'), 'no forms on a closed plan');
});
