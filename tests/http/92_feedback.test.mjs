// Continuous feedback (umpan balik berkelanjutan) on the demo office: the
// demo Kepala Seksi Pelayanan (role "pejabat", Hosniyah Pratiwi) writes
// feedback on an RHK and on a behaviour value of the approved SKP of the
// demo pegawai (Dewi Handayani, ASM-YAN-P01, whose pejabat penilai she
// is); the pegawai sees it on the home page and on the feedback page
// (new, then read once opened) and replies; the superior sees the reply
// and answers through the page.  Then the refusals (each leaves the
// feedback and the audit trail as they were), the audit trail, and a
// closed period that keeps feedback readable only.  The tests run in
// order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount, auditLatest, freshNip } from './util.mjs';
import { addEmployee, addPosition, getSkp, loginNip, pageText, skpOfNip } from './plan_util.mjs';

const NUR = '198803022014112370';         // ASM-YAN-P02, the pegawai's colleague (approved SKP)
const ACHMAD = '198502022007101388';      // ASM-YAN-P03, SKP submitted, never approved
const TEXT_RHK = 'Verifikasi berkas bulan ini sudah tepat waktu; pertahankan & catat <kendala> harian';
const TEXT_VALUE = 'Pelayanan kepada pemohon ramah dan cekatan.\nTerus jaga sikap ini.';
const REPLY = 'Terima kasih, Bu. Kendala pekan ini: jaringan OSS sering terputus.';
const ANSWER = 'Baik, sudah saya sampaikan ke Subbagian Umum.';

let server;
let admin;
let pejabat;
let pegawai;
let auditor;
let camat;
let nur;
const ids = {};

/** WIB "dd-mm-yyyy" of an ISO time, as the pages write dates. */
function wibDate(iso) {
  const d = new Date(Date.parse(iso) + 7 * 3600 * 1000).toISOString();
  return `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
}

/** GET /api/v1/skp/{id}/umpan-balik as `client`; asserts 200. */
async function threads(client, skpId = ids.skp) {
  const r = await client.api('GET', `/api/v1/skp/${skpId}/umpan-balik`);
  assert.equal(r.status, 200, r.text.slice(0, 300));
  return r.json;
}

/** GET /api/v1/umpan-balik/baru as `client`; asserts 200. */
async function unread(client) {
  const r = await client.api('GET', '/api/v1/umpan-balik/baru');
  assert.equal(r.status, 200, r.text.slice(0, 300));
  return r.json;
}

/** Asserts a 4xx refusal with this status and field. */
function refused(r, status, field, what) {
  assert.equal(r.status, status, `${what}: ${r.text.slice(0, 300)}`);
  assert.equal(r.json.error.field, field, `${what} names the field: ${r.text}`);
  assert.ok(r.json.error.message.length > 0, `${what} says why`);
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  auditor = await loginAs(server, 'auditor');
  camat = await loginAs(server, 'camat');
  nur = await loginNip(server, NUR);
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.skp = own.skp.id;
  const full = await getSkp(admin, ids.skp);
  assert.equal(full.status, 'disetujui', 'the demo pegawai\'s SKP is approved');
  assert.equal(full.pejabat_penilai.nip, server.accounts.pejabat.login);
  ids.rhk = full.hasil_kerja[0];
  ids.peerSkp = (await skpOfNip(admin, NUR)).skp.id;
  ids.waiting = (await skpOfNip(admin, ACHMAD)).skp.id;
  const boss = await getSkp(admin, (await skpOfNip(admin, server.accounts.pejabat.login)).skp.id);
  ids.bossRhk = boss.hasil_kerja[0].id;
});

after(async () => {
  await server?.stop();
});

test('before any feedback: an empty list, and the assessor may start threads', async () => {
  const mine = await threads(pegawai);
  assert.deepEqual(mine.items, []);
  assert.equal(mine.belum_dibaca, 0);
  assert.deepEqual(mine.aksi_tersedia, ['balas'], 'the owner only replies');
  const boss = await threads(pejabat);
  assert.deepEqual(boss.aksi_tersedia, ['mulai', 'balas']);
  assert.deepEqual((await threads(auditor)).aksi_tersedia, [], 'an auditor only reads');
  assert.equal((await unread(pegawai)).total, 0);
  const home = pageText((await pegawai.get('/')).text);
  assert.ok(!home.includes('Umpan balik baru'), 'no card on the home page without new feedback');
});

test('the pejabat penilai writes feedback on an RHK and on a behaviour value', async () => {
  const audit0 = await auditCount(admin);
  const a = await pejabat.api('POST', `/api/v1/skp/${ids.skp}/umpan-balik`,
    { rhk_id: ids.rhk.id, teks: `  ${TEXT_RHK}\n` });
  assert.equal(a.status, 201, a.text);
  ids.threadRhk = a.json.id;
  assert.equal(a.json.skp_id, ids.skp);
  assert.equal(a.json.rhk_id, ids.rhk.id);
  assert.equal(a.json.rhk_teks, ids.rhk.teks);
  assert.equal(a.json.nilai, null);
  assert.equal(a.json.pesan.length, 1);
  const m = a.json.pesan[0];
  assert.equal(m.id, ids.threadRhk, 'the first message is the thread');
  assert.equal(m.utas_id, ids.threadRhk);
  assert.equal(m.teks, TEXT_RHK, 'the text is trimmed');
  assert.equal(m.dari_atasan, true);
  assert.equal(m.penulis, server.accounts.pejabat.name);
  assert.match(m.dibuat, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(m.dibaca, null);

  const b = await pejabat.api('POST', `/api/v1/skp/${ids.skp}/umpan-balik`,
    { nilai: 'berorientasi_pelayanan', teks: TEXT_VALUE });
  assert.equal(b.status, 201, b.text);
  ids.threadValue = b.json.id;
  assert.equal(b.json.rhk_id, null);
  assert.equal(b.json.rhk_teks, null);
  assert.equal(b.json.nilai, 'berorientasi_pelayanan');
  assert.equal(b.json.nilai_nama, 'Berorientasi Pelayanan');
  assert.equal(b.json.pesan[0].teks, TEXT_VALUE, 'line breaks are kept');
  assert.equal(await auditCount(admin), audit0 + 2, 'one audit entry per message');
});

test('the pegawai sees the new feedback on the home page and on the SKP page', async () => {
  const news = await unread(pegawai);
  assert.equal(news.total, 2);
  assert.deepEqual(news.items.map((i) => i.utas_id), [ids.threadValue, ids.threadRhk], 'newest first');
  assert.equal(news.items[1].rhk_teks, ids.rhk.teks);
  assert.equal(news.items[0].nilai_nama, 'Berorientasi Pelayanan');
  assert.ok(news.items.every((i) => i.dari_atasan && i.skp_id === ids.skp));
  const home = await pegawai.get('/');
  assert.equal(home.status, 200);
  const text = pageText(home.text);
  assert.match(text, /Umpan balik baru 2/);
  assert.ok(text.includes(`${server.accounts.pejabat.name} menulis umpan balik tentang perilaku Berorientasi Pelayanan`), text);
  assert.ok(home.text.includes(`href="/skp/${ids.skp}/umpan-balik#utas-${ids.threadRhk}"`), 'each item links to its thread');
  assert.ok(home.text.includes('&lt;kendala&gt;'), 'the text is escaped');
  assert.ok(!home.text.includes('<kendala>'));
  const skpPage = pageText((await pegawai.get(`/skp/${ids.skp}`)).text);
  assert.match(skpPage, /Umpan balik berkelanjutan 2 baru/);
  const list = await threads(pegawai);
  assert.equal(list.belum_dibaca, 2);
  assert.ok(list.items.every((t) => t.pesan.every((p) => p.dibaca === null)), 'not read yet');
  assert.equal((await unread(pejabat)).total, 0, 'nothing waits for the superior');
  assert.equal((await threads(pejabat)).belum_dibaca, 0);
});

test('the feedback page groups the threads, dates each message, and marks them read once opened', async () => {
  const page = await pegawai.get(`/skp/${ids.skp}/umpan-balik`);
  assert.equal(page.status, 200);
  const text = pageText(page.text);
  const created = (await threads(admin)).items[0].pesan[0].dibuat;
  assert.ok(text.includes(`RHK 1: ${ids.rhk.teks}`), 'grouped under the RHK');
  assert.ok(text.indexOf('Hasil kerja') < text.indexOf(TEXT_RHK.replace(/\s+/g, ' ')));
  assert.ok(text.indexOf('Perilaku kerja') < text.indexOf('Pelayanan kepada pemohon'));
  assert.ok(text.includes(`${server.accounts.pejabat.name} Pejabat penilai ${wibDate(created)}`), text);
  assert.match(text, /\d\d-\d\d-\d{4} \d\d:\d\d WIB Baru/);
  assert.equal((page.text.match(/>Baru</g) || []).length, 2, 'both shown as new this once');
  assert.ok(page.text.includes('&lt;kendala&gt;'));
  assert.equal((page.text.match(/action="\/umpan-balik\/\d+\/balas"/g) || []).length, 2, 'a reply form per thread');
  assert.ok(!page.text.includes(`action="/skp/${ids.skp}/umpan-balik"`), 'the owner has no form to start a thread');

  const after1 = await threads(pegawai);
  assert.equal(after1.belum_dibaca, 0);
  for (const t of after1.items) assert.ok(t.pesan[0].dibaca >= t.pesan[0].dibuat, 'read after written');
  assert.equal((await unread(pegawai)).total, 0);
  assert.ok(!pageText((await pegawai.get('/')).text).includes('Umpan balik baru'), 'the card is gone');
  const again = await pegawai.get(`/skp/${ids.skp}/umpan-balik`);
  assert.ok(!again.text.includes('>Baru<'), 'not new the second time');
  // the superior sees that it was read
  assert.match(pageText((await pejabat.get(`/skp/${ids.skp}/umpan-balik`)).text), /dibaca \d\d-\d\d-\d{4}/);
});

test('the pegawai replies; the superior sees the reply on the home page and answers through the page', async () => {
  const r = await pegawai.api('POST', `/api/v1/umpan-balik/${ids.threadRhk}/balas`, { teks: REPLY });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.id, ids.threadRhk, 'the whole thread comes back');
  assert.deepEqual(r.json.pesan.map((p) => [p.teks, p.dari_atasan]), [[TEXT_RHK, true], [REPLY, false]]);
  assert.equal(r.json.pesan[1].penulis, server.accounts.pegawai.name);
  assert.equal(r.json.pesan[1].utas_id, ids.threadRhk);
  assert.equal(r.json.pesan[1].dibaca, null);

  const news = await unread(pejabat);
  assert.equal(news.total, 1);
  assert.equal(news.items[0].teks, REPLY);
  assert.equal(news.items[0].dari_atasan, false);
  assert.match(news.items[0].pegawai, /Dewi Handayani/);
  const home = await pejabat.get('/');
  assert.ok(pageText(home.text).includes(`${server.accounts.pegawai.name} membalas umpan balik tentang RHK`));
  assert.ok(home.text.includes(`href="/skp/${ids.skp}/umpan-balik#utas-${ids.threadRhk}"`));
  assert.equal((await threads(pejabat)).belum_dibaca, 1);
  assert.match(pageText((await pejabat.get(`/skp/${ids.skp}`)).text), /Umpan balik berkelanjutan 1 baru/);

  // the superior answers through the page form: replying marks the reply read
  const post = await pejabat.postForm(`/umpan-balik/${ids.threadRhk}/balas`, { teks: ANSWER });
  assert.equal(post.status, 303, post.text.slice(0, 500));
  assert.equal(post.location, `/skp/${ids.skp}/umpan-balik?pesan=terkirim#utas-${ids.threadRhk}`);
  assert.equal((await unread(pejabat)).total, 0, 'answering marks the reply read');
  const t = (await threads(pegawai)).items.find((x) => x.id === ids.threadRhk);
  assert.deepEqual(t.pesan.map((p) => p.teks), [TEXT_RHK, REPLY, ANSWER], 'oldest first');
  assert.ok(t.pesan[1].dibaca, 'the reply was read by the superior');
  assert.equal(t.pesan[2].dibaca, null);
  assert.equal((await unread(pegawai)).total, 1);
});

test('order and dates: newest thread first, messages oldest first, every message dated', async () => {
  const start = await pejabat.postForm(`/skp/${ids.skp}/umpan-balik`,
    { tentang: 'nilai-kolaboratif', teks: 'Koordinasi dengan kelurahan sudah baik.' });
  assert.equal(start.status, 303, start.text.slice(0, 500));
  const m = /#utas-(\d+)$/.exec(start.location);
  assert.ok(m, start.location);
  ids.threadPage = Number(m[1]);
  const list = await threads(admin);
  assert.deepEqual(list.items.map((t) => t.id), [ids.threadPage, ids.threadValue, ids.threadRhk]);
  assert.equal(list.total, 3);
  assert.equal(list.items[0].nilai, 'kolaboratif');
  for (const t of list.items) {
    assert.equal(t.dibuat, t.pesan[0].dibuat);
    for (let i = 1; i < t.pesan.length; i++) {
      assert.ok(t.pesan[i].dibuat >= t.pesan[i - 1].dibuat, 'oldest first');
      assert.ok(t.pesan[i].id > t.pesan[i - 1].id);
    }
  }
  const page = pageText((await admin.get(`/skp/${ids.skp}/umpan-balik`)).text);
  assert.ok(page.indexOf(TEXT_RHK.replace(/\s+/g, ' ')) < page.indexOf(REPLY));
  assert.ok(page.indexOf(REPLY) < page.indexOf(ANSWER));
  assert.ok(page.includes('Kolaboratif'));
});

test('the page refuses an empty text and keeps the form, writing nothing', async () => {
  const before1 = await threads(admin);
  const audit0 = await auditCount(admin);
  const r = await pejabat.postForm(`/skp/${ids.skp}/umpan-balik`, { tentang: 'nilai-loyal', teks: '   ' });
  assert.equal(r.status, 422);
  assert.match(pageText(r.text), /Isi umpan balik wajib diisi/);
  assert.ok(r.text.includes('value="nilai-loyal" selected'), 'the choice is kept');
  const r2 = await pejabat.postForm(`/skp/${ids.skp}/umpan-balik`, { teks: 'Tanpa pilihan' });
  assert.equal(r2.status, 422);
  assert.ok(/id="f-tentang"[^>]*is-invalid/.test(r2.text), 'the choice is marked');
  assert.ok(r2.text.includes('Tanpa pilihan'), 'the text typed is kept');
  const r3 = await pegawai.postForm(`/umpan-balik/${ids.threadRhk}/balas`, { teks: '' });
  assert.equal(r3.status, 422);
  assert.deepEqual(await threads(admin), before1);
  assert.equal(await auditCount(admin), audit0);
});

test('refusals name the field and write nothing', async () => {
  const before1 = await threads(admin);
  const audit0 = await auditCount(admin);
  const url = `/api/v1/skp/${ids.skp}/umpan-balik`;
  refused(await pejabat.api('POST', url, { nilai: 'loyal', teks: '' }), 422, 'teks', 'empty text');
  refused(await pejabat.api('POST', url, { nilai: 'loyal', teks: ' \n\t ' }), 422, 'teks', 'blank text');
  refused(await pejabat.api('POST', url, { nilai: 'loyal' }), 422, 'teks', 'no text');
  refused(await pejabat.api('POST', url, { nilai: 'loyal', teks: 5 }), 422, 'teks', 'text not a string');
  const long = await pejabat.api('POST', url, { nilai: 'loyal', teks: 'é'.repeat(2001) });
  refused(long, 422, 'teks', 'too long');
  assert.match(long.json.error.message, /2000 karakter.*2001/);
  refused(await pejabat.api('POST', url, { rhk_id: ids.rhk.id, nilai: 'loyal', teks: 'x' }), 422, 'nilai', 'both');
  refused(await pejabat.api('POST', url, { teks: 'x' }), 422, 'rhk_id', 'neither');
  refused(await pejabat.api('POST', url, { rhk_id: ids.bossRhk, teks: 'x' }), 422, 'rhk_id', 'an RHK of another SKP');
  refused(await pejabat.api('POST', url, { rhk_id: 0, teks: 'x' }), 422, 'rhk_id', 'rhk_id 0');
  refused(await pejabat.api('POST', url, { nilai: 'amanah', teks: 'x' }), 422, 'nilai', 'an unknown value');
  refused(await pejabat.api('POST', url, { nilai: 'loyal', teks: 'x', judul: 'y' }), 422, 'judul', 'an unknown key');
  refused(await pejabat.api('POST', `/api/v1/umpan-balik/${ids.threadRhk}/balas`, { teks: '' }), 422, 'teks', 'an empty reply');
  refused(await pegawai.api('POST', `/api/v1/umpan-balik/${ids.threadRhk}/balas`, { teks: 'x'.repeat(2001) }), 422, 'teks', 'a long reply');
  assert.deepEqual(await threads(admin), before1, 'the feedback is as it was');
  assert.equal(await auditCount(admin), audit0, 'nothing in the audit trail');
});

test('who may read and write: owner replies only, others read or are refused', async () => {
  const before1 = await threads(admin);
  const audit0 = await auditCount(admin);
  const url = `/api/v1/skp/${ids.skp}/umpan-balik`;
  const reply = `/api/v1/umpan-balik/${ids.threadValue}/balas`;
  refused(await pegawai.api('POST', url, { nilai: 'loyal', teks: 'Saya mulai sendiri' }), 403, '', 'the owner starting a thread');
  assert.match((await pegawai.postForm(`/skp/${ids.skp}/umpan-balik`, { tentang: 'nilai-loyal', teks: 'x' })).text,
    /Umpan balik dimulai oleh pejabat penilai/);
  refused(await nur.api('GET', url), 403, '', 'another pegawai reading');
  assert.equal((await nur.get(`/skp/${ids.skp}/umpan-balik`)).status, 403);
  refused(await nur.api('POST', reply, { teks: 'Ikut membalas' }), 403, '', 'another pegawai replying');
  refused(await nur.api('POST', url, { nilai: 'loyal', teks: 'x' }), 403, '', 'another pegawai starting');
  assert.equal((await nur.postForm(`/umpan-balik/${ids.threadValue}/balas`, { teks: 'x' })).status, 403);
  assert.equal((await threads(auditor)).total, 3, 'an auditor reads');
  refused(await auditor.api('POST', url, { nilai: 'loyal', teks: 'x' }), 403, '', 'an auditor writing');
  refused(await auditor.api('POST', reply, { teks: 'x' }), 403, '', 'an auditor replying');
  assert.equal((await threads(camat)).total, 3, 'the superior further up reads');
  refused(await camat.api('POST', url, { nilai: 'loyal', teks: 'x' }), 403, '', 'the superior further up writing');
  refused(await admin.api('POST', reply, { teks: 'x' }), 403, '', 'an administrator replying');
  refused(await pejabat.api('POST', url, { nilai: 'loyal', teks: 'x' }, { csrf: false }), 403, '_csrf', 'no CSRF token');
  refused(await pegawai.api('POST', reply, { teks: 'x' }, { csrf: false }), 403, '_csrf', 'no CSRF token on a reply');
  assert.equal((await pejabat.postForm(`/umpan-balik/${ids.threadValue}/balas`, { teks: 'x' }, { csrf: false })).status, 403);
  refused(await pejabat.api('POST', '/api/v1/umpan-balik/999999/balas', { teks: 'x' }), 404, '', 'an unknown thread');
  refused(await pejabat.api('GET', '/api/v1/skp/999999/umpan-balik'), 404, '', 'an unknown SKP');
  refused(await nur.api('POST', `/api/v1/skp/${ids.skp}/umpan-balik/dibaca`), 403, '', 'another pegawai marking read');
  // reading, even the page, marks nothing read for those who only read
  for (const c of [auditor, camat, admin]) assert.equal((await c.get(`/skp/${ids.skp}/umpan-balik`)).status, 200);
  assert.deepEqual(await threads(admin), before1);
  assert.equal(await auditCount(admin), audit0);
  assert.equal((await threads(pegawai)).belum_dibaca, 2, 'the answer and the new thread are still new for the owner');
});

test('an SKP never approved takes no feedback yet', async () => {
  await addPosition(admin, 'ASM-YAN-P09', 'Pengadministrasi Umum', 'pelaksana', 'ASM-YAN', 'ASM-YAN-KA');
  const fresh = await addEmployee(server, admin,
    { nip: freshNip(9, 9), nama: 'Sari Wulandari', unit: 'ASM-YAN', jabatan: 'ASM-YAN-P09' });
  const draft = await fresh.client.api('POST', '/api/v1/skp', {});
  assert.equal(draft.status, 201, draft.text);
  const audit0 = await auditCount(admin);
  for (const id of [draft.json.id, ids.waiting]) {
    const r = await pejabat.api('POST', `/api/v1/skp/${id}/umpan-balik`, { nilai: 'loyal', teks: 'Terlalu dini' });
    assert.equal(r.status, 409, r.text);
    assert.match(r.json.error.message, /belum pernah disetujui/);
    const list = await threads(pejabat, id);
    assert.deepEqual(list.items, []);
    assert.deepEqual(list.aksi_tersedia, []);
    const page = await pejabat.get(`/skp/${id}/umpan-balik`);
    assert.equal(page.status, 200);
    assert.match(pageText(page.text), /belum pernah disetujui/);
    assert.ok(!page.text.includes('<form method="post" action="/skp/'), 'no form to start a thread');
    assert.ok(!pageText((await pejabat.get(`/skp/${id}`)).text).includes('Umpan balik berkelanjutan'),
      'no link from the SKP page yet');
  }
  assert.equal(await auditCount(admin), audit0);
});

test('the audit trail has every message, with who wrote it', async () => {
  const items = await auditLatest(admin, '&entitas=feedback', 50);
  assert.equal(items.length, 5, 'two threads by API, a reply, an answer, a thread by the page');
  const byId = new Map(items.map((i) => [i.entitas_id, i]));
  for (const [id, login] of [[ids.threadRhk, server.accounts.pejabat.login],
    [ids.threadValue, server.accounts.pejabat.login], [ids.threadPage, server.accounts.pejabat.login]]) {
    const e = byId.get(id);
    assert.ok(e, `thread ${id} is in the audit trail`);
    assert.equal(e.aksi, 'create');
    assert.equal(e.login, login);
    assert.equal(e.sebelum, null);
    assert.equal(e.sesudah.skp_id, ids.skp);
    assert.equal(e.sesudah.from_superior, true);
  }
  const reply = items.find((i) => i.sesudah.text === REPLY);
  assert.ok(reply, 'the pegawai\'s reply is there');
  assert.equal(reply.login, server.accounts.pegawai.login);
  assert.equal(reply.sesudah.thread_id, ids.threadRhk);
  assert.equal(reply.sesudah.from_superior, false);
  assert.equal(byId.get(ids.threadRhk).sesudah.text, TEXT_RHK);
  assert.equal(byId.get(ids.threadRhk).sesudah.rhk_id, ids.rhk.id);
  assert.equal(byId.get(ids.threadValue).sesudah.value_code, 'berorientasi_pelayanan');
});

test('a locked period still takes feedback; a closed one keeps it readable only', async () => {
  const period = (await getSkp(admin, ids.skp)).periode.id;
  const lock = await admin.api('POST', `/api/v1/periode/${period}/aksi`, { aksi: 'kunci' });
  assert.equal(lock.status, 200, lock.text);
  const r = await pegawai.api('POST', `/api/v1/umpan-balik/${ids.threadValue}/balas`, { teks: 'Siap, Bu.' });
  assert.equal(r.status, 201, r.text);
  const close = await admin.api('POST', `/api/v1/periode/${period}/aksi`, { aksi: 'tutup' });
  assert.equal(close.status, 200, close.text);
  const before1 = await threads(admin);
  const late = await pegawai.api('POST', `/api/v1/umpan-balik/${ids.threadValue}/balas`, { teks: 'Terlambat' });
  assert.equal(late.status, 409, late.text);
  assert.match(late.json.error.message, /ditutup/);
  const start = await pejabat.api('POST', `/api/v1/skp/${ids.skp}/umpan-balik`, { nilai: 'adaptif', teks: 'x' });
  assert.equal(start.status, 409, start.text);
  assert.deepEqual(await threads(admin), before1);
  const list = await threads(pegawai);
  assert.deepEqual(list.aksi_tersedia, []);
  assert.equal(list.total, 3);
  const page = await pegawai.get(`/skp/${ids.skp}/umpan-balik`);
  assert.equal(page.status, 200);
  assert.match(pageText(page.text), /sudah ditutup; umpan balik hanya dapat dibaca/);
  assert.ok(!/\/balas"/.test(page.text), 'no reply forms');
  assert.ok(pageText(page.text).includes(ANSWER), 'the feedback is still there');
});
