// Guidance sessions (dialog kinerja, coaching, mentoring, konseling) on the
// demo office: the Kasi (role "pejabat") records a session with Dewi (the
// demo pegawai); Dewi, the Camat above, HR and the auditor read it; Dewi
// responds; the Kasi changes and deletes it.  Nobody else reads or writes
// (Nur, Dewi's colleague; Dewi for herself; the auditor), and every
// refused input (a date that is not a date, a session in the future, a
// follow-up before the session, an unknown kind, a blank topic, a stale
// version) names the field and writes nothing.  Pages: the form keeps what
// was typed and names the field.  The tests run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';
import { NUR, records, refusedWith, unchangedBy, wibDate } from './guidance_util.mjs';

let server;
const c = {};
const ids = {};

const body = (extra = {}) => ({
  pegawai_id: ids.dewi, jenis: 'coaching', tanggal: wibDate(-2), topik: 'Ketepatan waktu layanan izin',
  kesepakatan: 'Memakai daftar periksa berkas setiap pagi.', tanggal_tindak_lanjut: wibDate(12), ...extra,
});

before(async () => {
  server = await startServer();
  for (const role of ['admin', 'pejabat', 'pegawai', 'camat', 'pengelola', 'auditor']) c[role] = await loginAs(server, role);
  c.nur = await loginNip(server, NUR);
  ids.dewi = (await skpOfNip(c.admin, server.accounts.pegawai.login)).employee.id;
});

after(async () => {
  await server?.stop();
});

test('the Kasi records a session with Dewi', async () => {
  const r = await c.pejabat.api('POST', '/api/v1/pembinaan/sesi', body());
  assert.equal(r.status, 201, r.text);
  ids.session = r.json.id;
  assert.equal(r.json.jenis, 'coaching');
  assert.equal(r.json.tanggal, wibDate(-2));
  assert.equal(r.json.tanggal_tindak_lanjut, wibDate(12));
  assert.equal(r.json.dipimpin_oleh_id, (await c.pejabat.api('GET', '/api/v1/me')).json.employee_id);
  assert.deepEqual(r.json.aksi_tersedia, ['ubah', 'hapus']);
  assert.deepEqual((await records(c.admin, ids.dewi)).sesi.map((s) => s.id), [ids.session]);
});

test('Dewi, the Camat, HR and the auditor read it; Nur does not', async () => {
  for (const who of ['pegawai', 'camat', 'pengelola', 'auditor', 'admin']) {
    const r = await c[who].api('GET', `/api/v1/pembinaan/sesi/${ids.session}`);
    assert.equal(r.status, 200, `${who}: ${r.text}`);
  }
  assert.deepEqual((await c.pegawai.api('GET', `/api/v1/pembinaan/sesi/${ids.session}`)).json.aksi_tersedia, ['tanggapi']);
  assert.deepEqual((await c.auditor.api('GET', `/api/v1/pembinaan/sesi/${ids.session}`)).json.aksi_tersedia, []);
  const nur = await c.nur.api('GET', `/api/v1/pembinaan/sesi/${ids.session}`);
  assert.equal(nur.status, 403);
  assert.equal((await c.nur.api('GET', `/api/v1/pembinaan/pegawai/${ids.dewi}`)).status, 403);
});

test('only those who lead her record: Nur, Dewi herself and the auditor are refused, nothing written', async () => {
  for (const who of ['nur', 'pegawai', 'auditor']) {
    await unchangedBy(server, c.admin, `a session by ${who}`, async () => {
      const r = await c[who].api('POST', '/api/v1/pembinaan/sesi', body());
      assert.equal(r.status, 403, `${who}: ${r.text}`);
    });
  }
  const camat = await c.camat.api('POST', '/api/v1/pembinaan/sesi', body({ jenis: 'mentoring' }));
  assert.equal(camat.status, 201, 'the Camat, above the Kasi, may');
  ids.camatSession = camat.json.id;
});

test('bad input names the field and writes nothing', async () => {
  const cases = [
    [{ tanggal: '2026-02-30' }, 'tanggal', 'a date that does not exist'],
    [{ tanggal: '17-04-2026' }, 'tanggal', 'a date in another layout'],
    [{ tanggal: wibDate(3) }, 'tanggal', 'a session in the future'],
    [{ tanggal_tindak_lanjut: 'besok' }, 'tanggal_tindak_lanjut', 'a follow-up that is not a date'],
    [{ tanggal_tindak_lanjut: wibDate(-5) }, 'tanggal_tindak_lanjut', 'a follow-up before the session'],
    [{ jenis: 'rapat' }, 'jenis', 'an unknown kind'],
    [{ topik: '   ' }, 'topik', 'a blank topic'],
    [{ topik: 'dua\nbaris' }, 'topik', 'a topic of two lines'],
    [{ pegawai_id: 999999 }, 'pegawai_id', 'an unknown employee'],
    [{ tanggal: 20260417 }, 'tanggal', 'a number for a date'],
  ];
  for (const [extra, field, what] of cases) {
    await unchangedBy(server, c.admin, what, async () => {
      refusedWith(await c.pejabat.api('POST', '/api/v1/pembinaan/sesi', body(extra)), 422, field, what);
    });
  }
});

test('Dewi responds; the Kasi cannot respond for her', async () => {
  await unchangedBy(server, c.admin, 'a response by the Kasi', async () => {
    const r = await c.pejabat.api('POST', `/api/v1/pembinaan/sesi/${ids.session}/tanggapan`, { tanggapan: 'x' });
    assert.equal(r.status, 403);
  });
  const r = await c.pegawai.api('POST', `/api/v1/pembinaan/sesi/${ids.session}/tanggapan`,
    { tanggapan: 'Saya setuju; daftar periksa sudah saya pakai.' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.tanggapan, 'Saya setuju; daftar periksa sudah saya pakai.');
  assert.ok(r.json.tanggapan_pada);
});

test('the Kasi changes it; a stale version is refused with 409', async () => {
  const cur = (await c.pejabat.api('GET', `/api/v1/pembinaan/sesi/${ids.session}`)).json;
  const change = { jenis: 'konseling', tanggal: cur.tanggal, topik: 'Beban kerja loket', kesepakatan: '', tanggal_tindak_lanjut: '' };
  const r = await c.pejabat.api('PUT', `/api/v1/pembinaan/sesi/${ids.session}`, { ...change, version: cur.version });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.jenis, 'konseling');
  assert.equal(r.json.tanggal_tindak_lanjut, null);
  assert.equal(r.json.tanggapan, cur.tanggapan, 'the response stays');
  await unchangedBy(server, c.admin, 'a stale change', async () => {
    refusedWith(await c.pejabat.api('PUT', `/api/v1/pembinaan/sesi/${ids.session}`, { ...change, version: cur.version }),
      409, 'version', 'a stale version');
  });
  await unchangedBy(server, c.admin, 'a change by Dewi', async () => {
    const d = await c.pegawai.api('PUT', `/api/v1/pembinaan/sesi/${ids.session}`, change);
    assert.equal(d.status, 403);
  });
});

test('the form page keeps what was typed and names the field', async () => {
  const form = await c.pejabat.get(`/pembinaan/sesi/baru?pegawai=${ids.dewi}`);
  assert.equal(form.status, 200);
  await unchangedBy(server, c.admin, 'a refused form', async () => {
    const r = await c.pejabat.postForm('/pembinaan/sesi', {
      pegawai: String(ids.dewi), jenis: 'dialog_kinerja', tanggal: '2026-13-01',
      topik: 'Target triwulan berikut', kesepakatan: 'Rapat mingguan',
    });
    assert.equal(r.status, 422);
    assert.match(r.text, /id="f-tanggal"[^>]*is-invalid/);
    assert.ok(r.text.includes('value="Target triwulan berikut"'), 'the topic is kept');
    assert.ok(r.text.includes('Rapat mingguan'), 'the actions are kept');
  });
  const ok = await c.pejabat.postForm('/pembinaan/sesi', {
    pegawai: String(ids.dewi), jenis: 'dialog_kinerja', tanggal: wibDate(0), topik: 'Target triwulan berikut',
  });
  assert.equal(ok.status, 303);
  const page = await c.pegawai.get(ok.location);
  assert.equal(page.status, 200);
  assert.match(pageText(page.text), /Sesi pembinaan telah dicatat/);
  assert.match(pageText(page.text), /Tanggapan saya/);
});

test('the Kasi deletes the session; Dewi may not', async () => {
  await unchangedBy(server, c.admin, 'a delete by Dewi', async () => {
    assert.equal((await c.pegawai.api('DELETE', `/api/v1/pembinaan/sesi/${ids.session}`)).status, 403);
  });
  const r = await c.pejabat.api('DELETE', `/api/v1/pembinaan/sesi/${ids.session}`);
  assert.equal(r.status, 200, r.text);
  assert.equal((await c.admin.api('GET', `/api/v1/pembinaan/sesi/${ids.session}`)).status, 404);
  assert.ok(!(await records(c.admin, ids.dewi)).sesi.some((s) => s.id === ids.session));
});
