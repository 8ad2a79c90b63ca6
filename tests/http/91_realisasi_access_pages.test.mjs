// Who may see and record realisasi, and the pages.  An access table in the
// style of 83_skp_access.test.mjs (every role asked on every route, the
// database unchanged afterwards): the owner records; the pejabat penilai,
// the superiors up the chain, the pengelola, auditors and administrators
// read and download; another pegawai gets 403.  Then CSRF for cookie
// sessions (bearer tokens need none), and the pages: the realisasi page
// for the owner (with its forms) and for the assessor (read-only, the
// same figures), saving and refusing through the forms, uploading a file
// through a multipart form and downloading it, the SKP page's link, and
// closing a checkpoint from the period page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, loginAs, startServer } from './harness.mjs';
import { tokenFor } from './util.mjs';
import { getSkp, loginNip, pageText, skpOfNip } from './plan_util.mjs';
import {
  assertMonitorUnchanged, assertRefused, checkpointNamed, download, ikiAt, monitorSnapshot, monitorView,
  pdfBytes, pngBytes, putRealisasi, record,
} from './monitor_util.mjs';

const NUR = '198803022014112370';   // ASM-YAN-P02, the pegawai's colleague
const ROLES = ['anon', 'pegawai', 'peer', 'pejabat', 'camat', 'pengelola', 'auditor', 'admin'];

let server;
const clients = {};
const ids = {};

before(async () => {
  server = await startServer();
  for (const role of ROLES) {
    if (role === 'anon') clients[role] = new Client(server.url);
    else if (role === 'peer') clients[role] = await loginNip(server, NUR);
    else clients[role] = await loginAs(server, role);
  }
  const own = clients.pegawai;
  ids.own = (await skpOfNip(clients.admin, server.accounts.pegawai.login)).skp.id;
  const view = await monitorView(own, ids.own);
  ids.period = view.periode.id;
  ids.t1 = checkpointNamed(view, 'Triwulan I').id;
  ids.t4 = checkpointNamed(view, 'Triwulan IV-Akhir').id;
  const t1 = checkpointNamed(view, 'Triwulan I');
  ids.iki = t1.hasil_kerja[0].iki[0].id;            // 900 berkas
  ids.iki2 = t1.hasil_kerja[0].iki[1].id;           // 95 %
  assert.equal(ikiAt(t1, ids.iki).target_min, '900');
  const rec = await record(own, ids.own, 'Triwulan I', ids.iki, { nilai: 450, catatan: 'Separuh target tahunan' });
  ids.real = rec.id;
  const up = await own.postMultipart(`/api/v1/realisasi/${ids.real}/bukti`, {},
    { berkas: { name: 'rekap-tw1.pdf', type: 'application/pdf', content: pdfBytes('TW I') } });
  assert.equal(up.status, 201, up.text);
  ids.pdf = up.json.id;
});

after(async () => {
  await server?.stop();
});

const row = (anon, pegawai, peer, pejabat, camat, pengelola, auditor, admin) =>
  ({ anon, pegawai, peer, pejabat, camat, pengelola, auditor, admin });
const API_READ = row(401, 200, 403, 200, 200, 200, 200, 200);
const PAGE_READ = row(303, 200, 403, 200, 200, 200, 200, 200);
const API_OWNER_422 = row(401, 422, 403, 403, 403, 403, 403, 403);
const PAGE_OWNER_422 = row(303, 422, 403, 403, 403, 403, 403, 403);

// [method, path, expected, body]; {name} is replaced by ids[name].
const TABLE = [
  ['GET', '/api/v1/skp/{own}/realisasi', API_READ],
  ['GET', '/api/v1/bukti/{pdf}', API_READ],
  ['GET', '/skp/{own}/realisasi', PAGE_READ],
  ['GET', '/skp/{own}/realisasi?titik=1', PAGE_READ],
  ['GET', '/bukti/{pdf}', PAGE_READ],
  ['GET', '/api/v1/skp/999999/realisasi', row(401, 404, 404, 404, 404, 404, 404, 404)],
  ['GET', '/skp/{own}/realisasi?titik=9', row(303, 404, 403, 404, 404, 404, 404, 404)],
  ['PUT', '/api/v1/realisasi', API_OWNER_422, { iki_id: '{iki}', titik_periksa_id: '{t1}', nilai: -1 }],
  ['POST', '/api/v1/realisasi/{real}/bukti', API_OWNER_422, { tautan: 'ftp://x.go.id', judul: 'x' }],
  ['POST', '/api/v1/titik-periksa/999999/tutup', row(401, 403, 403, 403, 403, 403, 403, 404)],
  ['POST', '/skp/{own}/realisasi', PAGE_OWNER_422,
    { iki_id: '{iki}', checkpoint_id: '{t1}', version: 1, value: '-1' }],
  ['POST', '/realisasi/{real}/bukti', PAGE_OWNER_422, {}],
  ['POST', '/realisasi/{real}/tautan', PAGE_OWNER_422, { url: 'ftp://x.go.id', title: 'x' }],
  ['POST', '/titik-periksa/999999/tutup', row(303, 403, 403, 403, 403, 403, 403, 404), {}],
];

function fill(v) {
  if (typeof v !== 'string') return v;
  const m = /^\{(\w+)\}$/.exec(v);
  return m ? ids[m[1]] : v.replace(/\{(\w+)\}/g, (_, k) => String(ids[k]));
}

async function send(client, method, urlPath, body) {
  const anon = !client.cookies.size;
  const filled = body && Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v)]));
  if (urlPath.startsWith('/api/')) return client.api(method, urlPath, method === 'GET' ? undefined : filled, { csrf: !anon });
  if (method === 'GET') return client.get(urlPath);
  return client.postForm(urlPath, filled || {}, { csrf: !anon });
}

test('the access table: the owner records; assessor, superiors, pengelola, auditor, admin read; others 403', async () => {
  const before0 = await monitorSnapshot(clients.admin, [ids.own]);
  const wrong = [];
  for (const [method, pattern, expected, body] of TABLE) {
    const urlPath = fill(pattern);
    for (const role of ROLES) {
      const r = await send(clients[role], method, urlPath, body);
      if (r.status !== expected[role]) {
        wrong.push(`${method} ${urlPath} as ${role}: got ${r.status}, expected ${expected[role]} ` +
          `(${(r.json?.error?.message || r.location || '').slice(0, 120)})`);
      } else if (r.status === 303) {
        assert.match(r.location, /^\/masuk\?lanjut=/, `${method} ${urlPath} as ${role}`);
      } else if (urlPath.startsWith('/api/') && r.status === 403) {
        assert.equal(r.json?.error?.code, 'forbidden', `${method} ${urlPath} as ${role}`);
      }
    }
  }
  assert.deepEqual(wrong, [], wrong.join('\n'));
  await assertMonitorUnchanged(clients.admin, before0, 'the access table');
});

test('readers get the same figures and the same bytes as the owner; only the owner may record', async () => {
  const mine = await monitorView(clients.pegawai, ids.own);
  assert.equal(mine.boleh_catat, true);
  const want = await download(clients.pegawai, `/api/v1/bukti/${ids.pdf}`);
  for (const role of ['pejabat', 'camat', 'pengelola', 'auditor', 'admin']) {
    const v = await monitorView(clients[role], ids.own);
    assert.equal(v.boleh_catat, false, role);
    assert.ok(v.titik_periksa.every((t) => !t.boleh_catat), role);
    assert.deepEqual(v.titik_periksa.map((t) => t.capaian_skp), mine.titik_periksa.map((t) => t.capaian_skp), role);
    const d = await download(clients[role], `/api/v1/bukti/${ids.pdf}`);
    assert.ok(d.bytes.equals(want.bytes), `${role} downloads the same bytes`);
  }
});

test('nobody but the owner deletes evidence (403), and it stays', async () => {
  const before0 = await monitorSnapshot(clients.admin, [ids.own]);
  for (const role of ['peer', 'pejabat', 'camat', 'pengelola', 'auditor', 'admin']) {
    assertRefused(await clients[role].api('DELETE', `/api/v1/bukti/${ids.pdf}`), 403, '', `DELETE as ${role}`);
    const page = await clients[role].postForm(`/bukti/${ids.pdf}/hapus`, {});
    assert.equal(page.status, 403, `page delete as ${role}`);
  }
  assert.equal((await clients.anon.api('DELETE', `/api/v1/bukti/${ids.pdf}`, undefined, { csrf: false })).status, 401);
  await assertMonitorUnchanged(clients.admin, before0, 'deleting someone else\'s evidence');
});

test('cookie sessions need the CSRF token on every change; bearer tokens do not', async () => {
  const own = clients.pegawai;
  const before0 = await monitorSnapshot(clients.admin, [ids.own]);
  const body = { iki_id: ids.iki2, titik_periksa_id: ids.t1, nilai: 90 };
  assertRefused(await own.api('PUT', '/api/v1/realisasi', body, { csrf: false }), 403, '_csrf', 'PUT without CSRF');
  assertRefused(await own.api('PUT', '/api/v1/realisasi', body, { headers: { 'X-CSRF-Token': 'salah' } }),
    403, '_csrf', 'PUT with a wrong CSRF token');
  assertRefused(await own.postMultipart(`/api/v1/realisasi/${ids.real}/bukti`, {},
    { berkas: { name: 'a.pdf', content: pdfBytes() } }, { csrf: false }), 403, '_csrf', 'an upload without CSRF');
  assertRefused(await own.api('DELETE', `/api/v1/bukti/${ids.pdf}`, undefined, { csrf: false }), 403, '_csrf',
    'DELETE without CSRF');
  const page = await own.postMultipart(`/realisasi/${ids.real}/bukti`, {},
    { berkas: { name: 'a.pdf', content: pdfBytes() } }, { csrf: false });
  assert.equal(page.status, 403, 'a page upload without CSRF');
  const form = await own.postForm(`/skp/${ids.own}/realisasi`,
    { iki_id: ids.iki2, checkpoint_id: ids.t1, version: 0, value: '90' }, { csrf: false });
  assert.equal(form.status, 403, 'a page form without CSRF');
  await assertMonitorUnchanged(clients.admin, before0, 'requests without CSRF');

  const token = await tokenFor(server, 'pegawai');
  const bearer = new Client(server.url);
  const r = await bearer.api('PUT', '/api/v1/realisasi', body,
    { csrf: false, headers: { Authorization: `Bearer ${token}` } });
  assert.equal(r.status, 201, r.text);
});

/* ---- the pages --------------------------------------------------------------------------- */

test('the owner\'s page shows the figures, the realisasi, the evidence and the forms', async () => {
  const r = await clients.pegawai.get(`/skp/${ids.own}/realisasi?titik=1`);
  assert.equal(r.status, 200);
  const text = pageText(r.text);
  assert.match(text, /Realisasi dan Bukti Dukung/);
  assert.match(text, /Capaian SKP pada Triwulan I/);
  assert.match(text, /Capaian IKI 50,00%/, '450 of 900 berkas');
  assert.match(text, /Realisasi 450 berkas/);
  assert.match(text, /Separuh target tahunan/);
  assert.match(r.text, new RegExp(`href="/bukti/${ids.pdf}">rekap-tw1\\.pdf</a>`));
  assert.match(r.text, /<form method="post" enctype="multipart\/form-data" action="\/realisasi\/\d+\/bukti/);
  assert.match(r.text, /name="_csrf"/);
  assert.match(text, /Simpan realisasi/);
  assert.match(r.text, /aria-current="page" href="\/skp\/\d+\/realisasi\?titik=1">Triwulan I</);
  assert.doesNotMatch(text, /sebagai pembaca/);
});

test('the assessor\'s page shows the same figures, read-only, saying why', async () => {
  for (const role of ['pejabat', 'auditor']) {
    const r = await clients[role].get(`/skp/${ids.own}/realisasi?titik=1`);
    assert.equal(r.status, 200, role);
    const text = pageText(r.text);
    assert.match(text, /Capaian IKI 50,00%/, role);
    assert.match(text, /Realisasi 450 berkas/, role);
    assert.match(text, /sebagai pembaca; hanya pegawai pemilik SKP yang mengisinya/, role);
    assert.doesNotMatch(text, /Simpan realisasi|Unggah|Tambah tautan|Hapus/, role);
    assert.match(r.text, new RegExp(`href="/bukti/${ids.pdf}"`), role);
  }
});

test('the realisasi form: a bad value comes back with the message and what was typed; a good one is saved', async () => {
  const own = clients.pegawai;
  const before0 = await monitorSnapshot(clients.admin, [ids.own]);
  const bad = await own.postForm(`/skp/${ids.own}/realisasi`,
    { iki_id: ids.iki2, checkpoint_id: ids.t1, version: 0, value: '9O,5', note: 'Catatan yang diketik' });
  assert.equal(bad.status, 422);
  assert.match(pageText(bad.text), /Realisasi harus berupa angka/);
  assert.match(bad.text, /value="9O,5"/);
  assert.match(bad.text, /Catatan yang diketik/);
  assert.match(bad.text, /is-invalid/);
  await assertMonitorUnchanged(clients.admin, before0, 'a refused page form');
  const cur = ikiAt(checkpointNamed(await monitorView(own, ids.own), 'Triwulan I'), ids.iki2).realisasi;
  const ok = await own.postForm(`/skp/${ids.own}/realisasi`,
    { iki_id: ids.iki2, checkpoint_id: ids.t1, version: cur ? cur.version : 0, value: '90,5', note: 'Dari formulir' });
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  assert.equal(ok.location, `/skp/${ids.own}/realisasi?titik=1&pesan=realisasi_disimpan#iki-${ids.iki2}`);
  const page = pageText((await own.get(ok.location.replace(/#.*/, ''))).text);
  assert.match(page, /Realisasi telah disimpan/);
  assert.match(page, /Realisasi 90,5 %/);
  const saved = ikiAt(checkpointNamed(await monitorView(own, ids.own), 'Triwulan I'), ids.iki2).realisasi;
  assert.equal(saved.nilai, '90.5');
  assert.equal(saved.catatan, 'Dari formulir');
});

test('the upload form (multipart) stores the file; the page links it; it downloads byte for byte', async () => {
  const own = clients.pegawai;
  const png = pngBytes();
  const r = await own.postMultipart(`/realisasi/${ids.real}/bukti`, {},
    { berkas: { name: 'foto loket.png', type: 'image/png', content: png } });
  assert.equal(r.status, 303, r.text.slice(0, 300));
  assert.equal(r.location, `/skp/${ids.own}/realisasi?titik=1&pesan=bukti_ditambah#iki-${ids.iki}`);
  const page = await own.get(r.location.replace(/#.*/, ''));
  assert.match(pageText(page.text), /Bukti dukung telah ditambahkan/);
  const m = /href="\/bukti\/(\d+)">foto loket\.png<\/a>/.exec(page.text);
  assert.ok(m, 'the page links the new file');
  const d = await download(clients.pejabat, `/bukti/${m[1]}`);
  assert.equal(d.status, 200);
  assert.ok(d.bytes.equals(png));
  assert.equal(d.headers.get('content-type'), 'image/png');
  assert.match(d.headers.get('content-disposition'), /^attachment; filename="foto_loket\.png"/);

  const before0 = await monitorSnapshot(clients.admin, [ids.own]);
  const exe = await own.postMultipart(`/realisasi/${ids.real}/bukti`, {},
    { berkas: { name: 'pasang.exe', content: Buffer.from('MZ\x90\x00') } });
  assert.equal(exe.status, 422);
  assert.match(pageText(exe.text), /Jenis berkas \.exe tidak diizinkan/);
  await assertMonitorUnchanged(clients.admin, before0, 'a refused page upload');

  const link = await own.postForm(`/realisasi/${ids.real}/tautan`, { url: 'https://surabaya.go.id/a', title: 'Laman dinas' });
  assert.equal(link.status, 303);
  const del = await own.postForm(`/bukti/${m[1]}/hapus`, {});
  assert.equal(del.status, 303);
  assert.match(del.location, /pesan=bukti_dihapus/);
  const after0 = pageText((await own.get(`/skp/${ids.own}/realisasi?titik=1`)).text);
  assert.doesNotMatch(after0, /foto loket\.png/);
  assert.match(after0, /Laman dinas/);
});

test('the SKP page links to the realisasi page once the SKP is approved, and not before', async () => {
  const own = await clients.pegawai.get(`/skp/${ids.own}`);
  assert.match(own.text, new RegExp(`href="/skp/${ids.own}/realisasi"`));
  const drafts = await clients.admin.api('GET', '/api/v1/skp?status=draft');
  const draft = drafts.json.items[0];
  const other = await clients.admin.get(`/skp/${draft.id}`);
  assert.equal(other.status, 200);
  assert.doesNotMatch(other.text, /\/realisasi"/);
  const owner = await loginNip(server, draft.nip);
  const page = pageText((await owner.get(`/skp/${draft.id}/realisasi`)).text);
  assert.match(page, /SKP ini belum disetujui/);
  assert.doesNotMatch(page, /Simpan realisasi/);
  assert.equal((await getSkp(owner, draft.id)).status, 'draft');
});

test('closing a checkpoint from the period page (with a confirmation) makes it read-only', async () => {
  const mine = await clients.pegawai.get(`/periode/${ids.period}`);
  assert.doesNotMatch(mine.text, /titik-periksa\/\d+\/tutup/);
  const page = await clients.admin.get(`/periode/${ids.period}`);
  assert.match(page.text, new RegExp(`action="/titik-periksa/${ids.t4}/tutup" class="d-inline ms-2" data-confirm="Tutup Triwulan IV-Akhir\\?`));
  const r = await clients.admin.postForm(`/titik-periksa/${ids.t4}/tutup`, {});
  assert.equal(r.status, 303);
  assert.equal(r.location, `/periode/${ids.period}?pesan=titik_ditutup#kalender`);
  const after0 = await clients.admin.get(r.location.replace(/#.*/, ''));
  assert.match(pageText(after0.text), /Titik periksa telah ditutup/);
  assert.match(pageText(after0.text), /Triwulan IV-Akhir .* Ditutup/);
  const ownPage = pageText((await clients.pegawai.get(`/skp/${ids.own}/realisasi?titik=4`)).text);
  assert.match(ownPage, /Titik periksa ini sudah ditutup administrator/);
  assert.doesNotMatch(ownPage, /Simpan realisasi/);
  assert.match(ownPage, /Triwulan IV-Akhir \(ditutup\)/);
  const v = checkpointNamed(await monitorView(clients.pegawai, ids.own), 'Triwulan IV-Akhir');
  assert.equal(v.status, 'ditutup');
  assertRefused(await putRealisasi(clients.pegawai, { iki_id: ids.iki, titik_periksa_id: ids.t4, nilai: 5 }),
    409, 'titik_periksa_id', 'a realisasi at the closed checkpoint');
});
