// Employees: adding, reading, searching, paging, changing (with optimistic
// locking) and deactivating them, through the JSON API and the pages; the
// reporting line (pejabat penilai); what a pengelola may do in their scope.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import {
  auditCount, auditLatest, employeeByNip, employeeCount, freshNip, positionByCode, spacedNip,
} from './util.mjs';

let server;
let admin;
let pengelola;

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pengelola = await loginAs(server, 'pengelola');
});

after(async () => {
  await server?.stop();
});

/** Creates an employee through the API as admin; returns the JSON. */
async function create(fields) {
  const r = await admin.api('POST', '/api/v1/pegawai', fields);
  assert.equal(r.status, 201, r.text);
  return r.json;
}

/** The hidden version input of an edit form. */
function formVersion(html) {
  const m = /name="version" value="(\d+)"/.exec(html);
  assert.ok(m, 'the edit form has a version');
  return m[1];
}

test('an administrator adds an employee through the API: 201, the stored record, and an audit entry', async () => {
  const nip = freshNip(1);
  const employees = await employeeCount(admin);
  const audits = await auditCount(admin);
  const r = await admin.api('POST', '/api/v1/pegawai', {
    nip: spacedNip(nip), nama: 'Rina Kartikasari', gelar_depan: '', gelar_belakang: 'S.AP.',
    golongan: 'III/b', kode_unit: 'ASM-YAN', email: 'rina@surabaya.go.id',
  });
  assert.equal(r.status, 201, r.text);
  const e = r.json;
  assert.equal(e.nip, nip);
  assert.equal(e.jenis_nip, 'pns');
  assert.equal(e.nama, 'Rina Kartikasari');
  assert.equal(e.gelar_belakang, 'S.AP.');
  assert.equal(e.golongan, 'III/b');
  assert.equal(e.pangkat, 'Penata Muda Tk I');
  assert.equal(e.kode_unit, 'ASM-YAN');
  assert.equal(e.nama_unit, 'Seksi Pelayanan');
  assert.equal(e.status, 'aktif');
  assert.equal(e.version, 1);
  const got = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.json.nama, 'Rina Kartikasari');
  assert.equal(got.json.email, 'rina@surabaya.go.id');
  assert.equal(await employeeCount(admin), employees + 1);
  assert.equal(await auditCount(admin), audits + 1);
  const [entry] = await auditLatest(admin, `&entitas=employee&id=${e.id}`, 1);
  assert.equal(entry.aksi, 'create');
  assert.equal(entry.login, server.accounts.admin.login);
  assert.equal(entry.ip, '127.0.0.1');
  assert.equal(entry.sebelum, null);
  assert.equal(entry.sesudah.nip, nip);
  assert.equal(entry.sesudah.name, 'Rina Kartikasari');
});

test('an employee is found by part of the name and by the NIP typed in groups', async () => {
  const e = await create({ nip: freshNip(2), nama: 'Bagus Setiawan Prakoso', kode_unit: 'ASM-PEM' });
  const byName = await admin.api('GET', '/api/v1/pegawai?q=setiawan%20pra');
  assert.deepEqual(byName.json.items.map((x) => x.id), [e.id]);
  const byNip = await admin.api('GET', `/api/v1/pegawai?q=${encodeURIComponent(spacedNip(e.nip))}`);
  assert.deepEqual(byNip.json.items.map((x) => x.id), [e.id]);
  const page = await admin.get(`/pegawai?q=${encodeURIComponent(spacedNip(e.nip))}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Bagus Setiawan Prakoso/);
  assert.match(page.text, /1 pegawai ditemukan/);
});

test('the list is paged: per_page rows, the total of all, an empty page past the end', async () => {
  const total = await employeeCount(admin);
  const p1 = await admin.api('GET', '/api/v1/pegawai?per_page=10&page=1');
  assert.equal(p1.json.items.length, 10);
  assert.equal(p1.json.total, total);
  const p2 = await admin.api('GET', '/api/v1/pegawai?per_page=10&page=2');
  assert.equal(p2.json.items.length, 10);
  const seen = new Set([...p1.json.items, ...p2.json.items].map((e) => e.id));
  assert.equal(seen.size, 20, 'pages 1 and 2 overlap');
  const past = await admin.api('GET', `/api/v1/pegawai?per_page=10&page=${Math.ceil(total / 10) + 1}`);
  assert.equal(past.json.items.length, 0);
  const bad = await admin.api('GET', '/api/v1/pegawai?per_page=0');
  assert.equal(bad.status, 422);
  assert.equal(bad.json.error.field, 'per_page');
});

test('adding through the form sends the browser to the new employee\'s page', async () => {
  const nip = freshNip(3);
  await admin.get('/pegawai/baru');
  const r = await admin.postForm('/pegawai', {
    nip: spacedNip(nip), nip_kind: 'pns', front_title: 'Ir.', name: 'Dwi Lestari', back_title: 'M.T.',
    golongan: 'III/c', email: '', unit_code: 'ASM-EKBANG', position_code: '', status: 'aktif',
  });
  assert.equal(r.status, 303, r.text.slice(0, 500));
  const m = /^\/pegawai\/(\d+)\?pesan=dibuat$/.exec(r.location);
  assert.ok(m, `redirect to ${r.location}`);
  const page = await admin.get(`/pegawai/${m[1]}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Ir\. Dwi Lestari, M\.T\./);
  assert.match(page.text, new RegExp(spacedNip(nip)));
  assert.match(page.text, /III\/c \u2014 Penata/);
  assert.match(page.text, /Seksi Perekonomian dan Pembangunan/);
});

test('an update with the current version lands, bumps the version and records before and after', async () => {
  const e = await create({ nip: freshNip(4), nama: 'Yoga Pratama', golongan: 'III/b', kode_unit: 'ASM-YAN' });
  const r = await admin.api('PUT', `/api/v1/pegawai/${e.id}`, { golongan: 'III/c', version: e.version });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.golongan, 'III/c');
  assert.equal(r.json.pangkat, 'Penata');
  assert.equal(r.json.nama, 'Yoga Pratama', 'a field not sent keeps its value');
  assert.equal(r.json.version, e.version + 1);
  const [entry] = await auditLatest(admin, `&entitas=employee&id=${e.id}`, 1);
  assert.equal(entry.aksi, 'update');
  assert.equal(entry.sebelum.golongan, 'III/b');
  assert.equal(entry.sesudah.golongan, 'III/c');
});

test('an update from a stale version gets 409 on "version" and changes nothing', async () => {
  const e = await create({ nip: freshNip(5), nama: 'Siti Nurhaliza', kode_unit: 'ASM-YAN' });
  const first = await admin.api('PUT', `/api/v1/pegawai/${e.id}`, { nama: 'Siti Nurhaliza Putri', version: e.version });
  assert.equal(first.status, 200);
  const audits = await auditCount(admin);
  const stale = await admin.api('PUT', `/api/v1/pegawai/${e.id}`, { nama: 'Siti Lain', version: e.version });
  assert.equal(stale.status, 409);
  assert.equal(stale.json.error.code, 'conflict');
  assert.equal(stale.json.error.field, 'version');
  const now = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(now.json.nama, 'Siti Nurhaliza Putri');
  assert.equal(now.json.version, e.version + 1);
  assert.equal(await auditCount(admin), audits);
});

test('two edits sent at once from the same version: one lands, the other gets 409', async () => {
  const e = await create({ nip: freshNip(14), nama: 'Serentak', kode_unit: 'ASM-PEM' });
  const other = await loginAs(server, 'pengelola');
  const bodies = [{ nama: 'Serentak Admin', version: e.version }, { nama: 'Serentak Pengelola', version: e.version }];
  const res = await Promise.all([admin, other].map((c, i) => c.api('PUT', `/api/v1/pegawai/${e.id}`, bodies[i])));
  assert.deepEqual(res.map((r) => r.status).sort(), [200, 409]);
  const won = bodies[res.findIndex((r) => r.status === 200)];
  const now = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(now.json.nama, won.nama);
  assert.equal(now.json.version, e.version + 1);
});

test('editing through the form with the page\'s version saves; a form from an old page gets 409', async () => {
  const e = await create({ nip: freshNip(6), nama: 'Agus Salim', golongan: 'II/c', kode_unit: 'ASM-PEM' });
  const form = await admin.get(`/pegawai/${e.id}/ubah`);
  assert.equal(form.status, 200);
  const version = formVersion(form.text);
  const fields = {
    nip: e.nip, nip_kind: 'pns', front_title: '', name: 'Agus Salim Wibowo', back_title: '',
    golongan: 'II/d', email: '', unit_code: 'ASM-PEM', position_code: '', status: 'aktif', version,
  };
  const ok = await admin.postForm(`/pegawai/${e.id}`, fields);
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  assert.equal(ok.location, `/pegawai/${e.id}?pesan=disimpan`);
  const now = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(now.json.nama, 'Agus Salim Wibowo');
  assert.equal(now.json.golongan, 'II/d');
  const again = await admin.postForm(`/pegawai/${e.id}`, { ...fields, name: 'Agus Lama' });
  assert.equal(again.status, 409);
  assert.match(again.text, /telah diubah oleh orang lain/);
  assert.match(again.text, /value="Agus Lama"/, 'the form comes back with what was typed');
  assert.equal((await admin.api('GET', `/api/v1/pegawai/${e.id}`)).json.nama, 'Agus Salim Wibowo');
});

test('deactivating an employee from their page sets the status and keeps the record', async () => {
  const e = await create({ nip: freshNip(7), nama: 'Hadi Susanto', kode_unit: 'ASM-TRANTIB' });
  const page = await admin.get(`/pegawai/${e.id}`);
  assert.match(page.text, /action="\/pegawai\/\d+\/nonaktif"/);
  const r = await admin.postForm(`/pegawai/${e.id}/nonaktif`, { status: 'pensiun', version: formVersion(page.text) });
  assert.equal(r.status, 303);
  assert.equal(r.location, `/pegawai/${e.id}?pesan=nonaktif`);
  const now = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(now.json.status, 'pensiun');
  const active = await admin.api('GET', '/api/v1/pegawai?q=hadi%20susanto&status=aktif');
  assert.equal(active.json.total, 0);
  const retired = await admin.api('GET', '/api/v1/pegawai?q=hadi%20susanto&status=pensiun');
  assert.equal(retired.json.total, 1);
  const again = await admin.get(`/pegawai/${e.id}`);
  assert.doesNotMatch(again.text, /\/nonaktif"/, 'no deactivation form for an inactive employee');
});

test('the pegawai\'s pejabat penilai is her Kepala Seksi, and the atasan is the camat', async () => {
  const self = await employeeByNip(admin, server.accounts.pegawai.login);
  const boss = await employeeByNip(admin, server.accounts.pejabat.login);
  const camat = await employeeByNip(admin, server.accounts.camat.login);
  const r = await admin.api('GET', `/api/v1/pegawai/${self.id}`);
  assert.equal(r.json.kode_jabatan, 'ASM-YAN-P01');
  assert.equal(r.json.pejabat_penilai_id, boss.id);
  assert.equal(r.json.atasan_pejabat_penilai_id, camat.id);
  const top = await admin.api('GET', `/api/v1/pegawai/${camat.id}`);
  assert.equal(top.json.pejabat_penilai_id, null);
  const page = await loginAs(server, 'pegawai').then((c) => c.get(`/pegawai/${self.id}`));
  assert.match(page.text, /Pejabat penilai/);
  assert.match(page.text, /Hosniyah Pratiwi/);
});

test('a new employee in a vacant post gets the holder of the parent post as pejabat penilai', async () => {
  const jab = await admin.api('GET', '/api/v1/jabatan');
  const vacant = jab.json.items.find((p) => !p.holder_id && p.parent_id &&
    jab.json.items.find((q) => q.id === p.parent_id)?.holder_id);
  assert.ok(vacant, 'the demo has a vacant post under a held one');
  const parent = jab.json.items.find((q) => q.id === vacant.parent_id);
  const e = await create({ nip: freshNip(8), nama: 'Lia Amalia', kode_unit: vacant.unit_code, kode_jabatan: vacant.code });
  assert.equal(e.kode_jabatan, vacant.code);
  const r = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(r.json.pejabat_penilai_id, parent.holder_id);
  const after = await positionByCode(admin, vacant.code);
  assert.equal(after.holder_id, e.id);
  assert.equal(after.holder_name, 'Lia Amalia');
});

test('a pengelola adds employees inside their scope and is refused outside it', async () => {
  const inside = await pengelola.api('POST', '/api/v1/pegawai', { nip: freshNip(9), nama: 'Rudi Hartono', kode_unit: 'KEL-ASM-PEM' });
  assert.equal(inside.status, 201, inside.text);
  const employees = await employeeCount(admin);
  const outside = await pengelola.api('POST', '/api/v1/pegawai', { nip: freshNip(10), nama: 'Kota Luar', kode_unit: 'SBY' });
  assert.equal(outside.status, 403);
  assert.equal(outside.json.error.field, 'kode_unit');
  assert.equal(await employeeCount(admin), employees);
});

test('a pengelola may not move an employee out of their scope', async () => {
  const e = await create({ nip: freshNip(11), nama: 'Wawan Kurniawan', kode_unit: 'ASM-PEM' });
  const r = await pengelola.api('PUT', `/api/v1/pegawai/${e.id}`, { kode_unit: 'SBY', version: e.version });
  assert.equal(r.status, 403);
  assert.equal(r.json.error.field, 'kode_unit');
  const form = await pengelola.get(`/pegawai/${e.id}/ubah`);
  const page = await pengelola.postForm(`/pegawai/${e.id}`, {
    nip: e.nip, nip_kind: 'pns', name: e.nama, unit_code: 'SBY', status: 'aktif', version: formVersion(form.text),
  });
  assert.equal(page.status, 403);
  const now = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(now.json.kode_unit, 'ASM-PEM');
  assert.equal(now.json.version, e.version);
});

test('a pengelola may not give an employee a position in a unit outside their scope', async () => {
  const pos = await admin.api('POST', '/api/v1/jabatan', { code: 'SBY-STAF-01', name: 'Staf Ahli Kota', kind: 'pelaksana', unit_code: 'SBY' });
  assert.equal(pos.status, 201, pos.text);
  const e = await create({ nip: freshNip(13), nama: 'Tono Sugiarto', kode_unit: 'ASM-PEM' });
  const api = await pengelola.api('PUT', `/api/v1/pegawai/${e.id}`, { kode_jabatan: 'SBY-STAF-01', version: e.version });
  const form = await pengelola.get(`/pegawai/${e.id}/ubah`);
  const page = await pengelola.postForm(`/pegawai/${e.id}`, {
    nip: e.nip, nip_kind: 'pns', name: e.nama, unit_code: 'ASM-PEM', position_code: 'SBY-STAF-01',
    status: 'aktif', version: formVersion(form.text),
  });
  assert.equal(page.status, 403, 'through the form');
  assert.equal(api.status, 403, `through the API: ${api.text.slice(0, 300)}`);
  assert.equal(api.json.error.field, 'kode_jabatan');
  const now = await admin.api('GET', `/api/v1/pegawai/${e.id}`);
  assert.equal(now.json.kode_jabatan, '');
});

test('a name with HTML in it is shown as text on the list, the record, the chart and the audit trail', async () => {
  const nasty = '<script>alert(1)</script> "Ani" & <b>Budi</b>';
  const e = await create({ nip: freshNip(12), nama: nasty, kode_unit: 'ASM-KESRA', kode_jabatan: '' });
  assert.equal(e.nama, nasty);
  const pages = [`/pegawai/${e.id}`, `/pegawai?q=${encodeURIComponent('"Ani"')}`,
    `/audit?entitas=employee&id=${e.id}`, `/pegawai/${e.id}/ubah`];
  for (const p of pages) {
    const r = await admin.get(p);
    assert.equal(r.status, 200, p);
    assert.ok(!r.text.includes('<script>alert(1)'), `${p}: the name is not escaped`);
    assert.ok(!r.text.includes('<b>Budi'), `${p}: the name is not escaped`);
    assert.match(r.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, `${p}: the escaped name`);
  }
});

test('an administrator renames a position and names its Plt through the API', async () => {
  const pos = await positionByCode(admin, 'ASM-KESRA-KA');
  const plt = await employeeByNip(admin, server.accounts.pejabat.login);
  const r = await admin.api('PUT', `/api/v1/jabatan/${pos.id}`, { name: 'Kepala Seksi Kesejahteraan Masyarakat', plt_id: plt.id });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.name, 'Kepala Seksi Kesejahteraan Masyarakat');
  assert.equal(r.json.code, 'ASM-KESRA-KA');
  assert.equal(r.json.plt_id, plt.id);
  assert.equal(r.json.plt_name, 'Hosniyah Pratiwi');
  assert.equal(r.json.parent_code, pos.parent_code, 'a field not sent keeps its value');
  const chart = await admin.get('/organisasi');
  assert.match(chart.text, /Kepala Seksi Kesejahteraan Masyarakat/);
  assert.match(chart.text, /\(Plt: <a href="\/pegawai\/\d+">Hosniyah Pratiwi<\/a>\)/);
});

test('the audit trail is filtered by who changed what; an auditor reads it, a pengelola may not', async () => {
  const e = await create({ nip: freshNip(15), nama: 'Jejak Audit', kode_unit: 'ASM-PEM' });
  const r = await pengelola.api('PUT', `/api/v1/pegawai/${e.id}`, { golongan: 'II/b', version: e.version });
  assert.equal(r.status, 200, r.text);
  const auditor = await loginAs(server, 'auditor');
  const mine = await auditor.api('GET', `/api/v1/audit?login=${server.accounts.pengelola.login}&entitas=employee&id=${e.id}`);
  assert.equal(mine.status, 200);
  assert.deepEqual(mine.json.items.map((x) => [x.aksi, x.login, x.sesudah.golongan]),
    [['update', server.accounts.pengelola.login, 'II/b']]);
  const all = await auditor.api('GET', `/api/v1/audit?entitas=employee&id=${e.id}`);
  assert.deepEqual(all.json.items.map((x) => x.aksi), ['update', 'create'], 'newest first');
  const page = await auditor.get(`/audit?entitas=employee&id=${e.id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /2 catatan\./);
  assert.match(page.text, /golongan<\/span>: <del>\(kosong\)<\/del> \u2192 <ins>II\/b<\/ins>/);
  assert.equal((await pengelola.api('GET', '/api/v1/audit')).status, 403);
});
