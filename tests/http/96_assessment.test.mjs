// Assessment (penilaian) by the pejabat penilai on the demo office: the demo
// Kepala Seksi Pelayanan (role "pejabat") rates the demo pegawai (Dewi
// Handayani, ASM-YAN-P01) for Triwulan I through the API: a draft the
// employee does not see, the predicate computed by the matrix for every
// combination, finalising, the employee's acknowledgement.  Then the
// refusals, each leaving the assessment and the audit trail as they were:
// a predicate sent by the client (400), a rating outside the three
// levels, a missing justification, a stale version, someone who is not
// the pejabat penilai (the pegawai, another Kepala Seksi, an auditor, the
// Camat above), an SKP that is not approved, a checkpoint outside the SKP,
// and a closed checkpoint.  Last the pages: the list, the form and its
// POST.  The tests run in order and build on each other.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, loginAs } from './harness.mjs';
import { auditCount, auditLatest, positionByCode } from './util.mjs';
import { getSkp, loginNip, pageText, skpOfNip } from './plan_util.mjs';

const NUR = '198803022014112370';         // ASM-YAN-P02: approved SKP, same pejabat penilai
const ACHMAD = '198502022007101388';      // ASM-YAN-P03: SKP submitted, not approved

// The official matrix: [hasil][perilaku] -> predikat.
const MATRIX = {
  di_atas: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'sangat_baik' },
  sesuai: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'baik' },
  di_bawah: { di_bawah: 'sangat_kurang', sesuai: 'butuh_perbaikan', di_atas: 'butuh_perbaikan' },
};

let server;
let admin;
let pejabat;
let pegawai;
let auditor;
let camat;
let otherKasi;
const ids = {};

const url = (skp = ids.skp, cp = ids.tw1) => `/api/v1/skp/${skp}/penilaian?jenis=periodik&titik=${cp}`;

function body(hasil, perilaku, version, extra = {}) {
  return {
    hasil_kerja: hasil,
    alasan_hasil_kerja: `Capaian RHK triwulan ini ${hasil}`,
    perilaku_kerja: perilaku,
    alasan_perilaku_kerja: `Perilaku pelayanan ${perilaku}`,
    version,
    ...extra,
  };
}

async function current(client = pejabat, u = url()) {
  const r = await client.api('GET', u);
  assert.equal(r.status, 200, r.text.slice(0, 300));
  return r.json;
}

/** Asserts a refusal with this status and field. */
function refused(r, status, field, what) {
  assert.equal(r.status, status, `${what}: ${r.text.slice(0, 300)}`);
  assert.equal(r.json.error.field, field, `${what} names the field: ${r.text}`);
  assert.ok(r.json.error.message.length > 0, `${what} says why`);
}

/** Runs `fn` and asserts the assessment and the audit trail did not change. */
async function unchanged(what, fn) {
  const before = { a: await current(), audit: await auditCount(admin) };
  await fn();
  assert.deepEqual(await current(), before.a, `${what} changed the assessment`);
  assert.equal(await auditCount(admin), before.audit, `${what} added to the audit trail`);
}

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
  pejabat = await loginAs(server, 'pejabat');
  pegawai = await loginAs(server, 'pegawai');
  auditor = await loginAs(server, 'auditor');
  camat = await loginAs(server, 'camat');
  const pem = await positionByCode(admin, 'ASM-PEM-KA');
  const emp = await admin.api('GET', `/api/v1/pegawai/${pem.holder_id}`);
  otherKasi = await loginNip(server, emp.json.nip);
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.skp = own.skp.id;
  ids.period = own.skp.periode_id;
  const per = await admin.api('GET', `/api/v1/periode/${ids.period}`);
  ids.tw1 = per.json.checkpoint[0].id;
  ids.tw2 = per.json.checkpoint[1].id;
  ids.nur = (await skpOfNip(admin, NUR)).skp.id;
  ids.achmad = (await skpOfNip(admin, ACHMAD)).skp.id;
});

after(async () => {
  await server?.stop();
});

test('nothing is assessed yet: status belum, the pejabat penilai may save', async () => {
  const a = await current();
  assert.equal(a.status, 'belum');
  assert.equal(a.id, null);
  assert.equal(a.version, 0);
  assert.equal(a.titik.id, ids.tw1);
  assert.deepEqual(a.aksi_tersedia, ['simpan']);
});

test('the pejabat penilai saves a draft and the predicate is computed', async () => {
  const r = await pejabat.api('PUT', url(), body('sesuai', 'di_atas', 0));
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'draft');
  assert.equal(r.json.hasil_kerja, 'sesuai');
  assert.equal(r.json.perilaku_kerja, 'di_atas');
  assert.equal(r.json.predikat, 'baik');
  assert.equal(r.json.predikat_label, 'Baik');
  assert.equal(r.json.version, 1);
  assert.match(r.json.pejabat_penilai.nama, /Hosniyah Pratiwi/);
  assert.deepEqual(r.json.aksi_tersedia, ['simpan', 'tetapkan']);
  ids.version = r.json.version;
});

test('the predicate follows the matrix for every combination', async () => {
  for (const hasil of Object.keys(MATRIX)) {
    for (const perilaku of Object.keys(MATRIX[hasil])) {
      const r = await pejabat.api('PUT', url(), body(hasil, perilaku, ids.version));
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.predikat, MATRIX[hasil][perilaku], `${hasil} x ${perilaku}`);
      ids.version = r.json.version;
    }
  }
});

test('the employee and other readers do not see a draft', async () => {
  for (const c of [pegawai, camat, auditor]) {
    const a = await current(c);
    assert.equal(a.status, 'belum');
    assert.equal(a.hasil_kerja, undefined, 'no rating shown');
    assert.equal(a.predikat, undefined, 'no predicate shown');
  }
});

test('a predicate sent by the client is refused with 400 naming predikat', async () => {
  await unchanged('sending predikat', async () => {
    const r = await pejabat.api('PUT', url(), body('sesuai', 'sesuai', ids.version, { predikat: 'sangat_baik' }));
    refused(r, 400, 'predikat', 'predikat in the body');
    assert.match(r.json.error.message, /dihitung/);
  });
});

test('a rating outside the three levels is refused', async () => {
  await unchanged('a fourth level', async () => {
    refused(await pejabat.api('PUT', url(), body('istimewa', 'sesuai', ids.version)), 422,
      'hasil_kerja', 'hasil_kerja istimewa');
    refused(await pejabat.api('PUT', url(), body('sesuai', 5, ids.version)), 422,
      'perilaku_kerja', 'perilaku_kerja a number');
  });
});

test('a missing justification is refused, naming it', async () => {
  await unchanged('no justification', async () => {
    const b = body('sesuai', 'sesuai', ids.version);
    delete b.alasan_perilaku_kerja;
    refused(await pejabat.api('PUT', url(), b), 422, 'alasan_perilaku_kerja', 'no alasan_perilaku_kerja');
    refused(await pejabat.api('PUT', url(), { ...body('sesuai', 'sesuai', ids.version), alasan_hasil_kerja: '   ' }),
      422, 'alasan_hasil_kerja', 'a blank alasan_hasil_kerja');
    const noRating = body('sesuai', 'sesuai', ids.version);
    delete noRating.hasil_kerja;
    refused(await pejabat.api('PUT', url(), noRating), 422, 'hasil_kerja', 'no hasil_kerja');
  });
});

test('a stale or missing version is refused', async () => {
  await unchanged('a stale version', async () => {
    refused(await pejabat.api('PUT', url(), body('sesuai', 'sesuai', ids.version - 1)), 409, 'version', 'stale');
    const b = body('sesuai', 'sesuai', 0);
    delete b.version;
    refused(await pejabat.api('PUT', url(), b), 422, 'version', 'no version');
    refused(await pejabat.api('PUT', url(), { ...body('sesuai', 'sesuai', ids.version), x: 1 }), 422, 'x', 'unknown key');
  });
});

test('only the pejabat penilai rates', async () => {
  await unchanged('others rating', async () => {
    for (const [who, c] of [['the pegawai', pegawai], ['another Kepala Seksi', otherKasi],
      ['an auditor', auditor], ['the Camat above', camat], ['an administrator', admin]]) {
      const r = await c.api('PUT', url(), body('di_atas', 'di_atas', ids.version));
      assert.equal(r.status, 403, `${who}: ${r.text}`);
      const f = await c.api('POST', `/api/v1/skp/${ids.skp}/penilaian/tetapkan?jenis=periodik&titik=${ids.tw1}`,
        { version: ids.version });
      assert.equal(f.status, 403, `${who} finalising: ${f.text}`);
    }
  });
});

test('an SKP that is not approved cannot be assessed', async () => {
  const before = await auditCount(admin);
  const r = await pejabat.api('PUT', url(ids.achmad), body('sesuai', 'sesuai', 0));
  refused(r, 409, '', 'a submitted SKP');
  assert.match(r.json.error.message, /disetujui/);
  assert.equal((await current(pejabat, url(ids.achmad))).status, 'belum');
  assert.equal(await auditCount(admin), before);
});

test('a checkpoint that is not of the SKP is refused', async () => {
  const r = await pejabat.api('PUT', url(ids.skp, 999999), body('sesuai', 'sesuai', 0));
  refused(r, 422, 'titik', 'an unknown checkpoint');
  const k = await pejabat.api('PUT', `/api/v1/skp/${ids.skp}/penilaian?jenis=bulanan`, body('sesuai', 'sesuai', 0));
  refused(k, 422, 'jenis', 'an unknown kind');
});

test('the pejabat penilai finalises; the employee then sees it', async () => {
  let r = await pejabat.api('PUT', url(), body('sesuai', 'di_atas', ids.version));
  assert.equal(r.status, 200, r.text);
  r = await pejabat.api('POST', `/api/v1/skp/${ids.skp}/penilaian/tetapkan?jenis=periodik&titik=${ids.tw1}`,
    { version: r.json.version });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'ditetapkan');
  assert.ok(r.json.ditetapkan);
  const seen = await current(pegawai);
  assert.equal(seen.status, 'ditetapkan');
  assert.equal(seen.predikat, 'baik');
  assert.equal(seen.alasan_hasil_kerja, 'Capaian RHK triwulan ini sesuai');
  assert.deepEqual(seen.aksi_tersedia, ['ketahui']);
  assert.equal(seen.diketahui, null);
  const again = await pejabat.api('POST', `/api/v1/skp/${ids.skp}/penilaian/tetapkan?jenis=periodik&titik=${ids.tw1}`,
    { version: seen.version });
  refused(again, 409, '', 'finalising twice');
  ids.version = seen.version;
});

test('the employee acknowledges; only they can', async () => {
  const ack = `/api/v1/skp/${ids.skp}/penilaian/diketahui?jenis=periodik&titik=${ids.tw1}`;
  assert.equal((await pejabat.api('POST', ack)).status, 403);
  const r = await pegawai.api('POST', ack);
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.diketahui, 'acknowledged time');
  assert.deepEqual(r.json.aksi_tersedia, []);
  const before = await auditCount(admin);
  const again = await pegawai.api('POST', ack);
  assert.equal(again.status, 200, 'acknowledging again is harmless');
  assert.equal(again.json.diketahui, r.json.diketahui);
  assert.equal(await auditCount(admin), before, 'nothing recorded twice');
  ids.version = r.json.version;
});

test('a change after finalising keeps it ditetapkan and asks for a new acknowledgement', async () => {
  const r = await pejabat.api('PUT', url(), body('di_atas', 'di_atas', ids.version));
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.status, 'ditetapkan');
  assert.equal(r.json.predikat, 'sangat_baik');
  assert.equal(r.json.diketahui, null);
  ids.version = r.json.version;
});

test('every step is in the audit trail', async () => {
  const items = await auditLatest(admin, '&entitas=assessment', 50);
  const actions = items.map((i) => i.aksi);
  assert.ok(actions.includes('create'));
  assert.ok(actions.includes('update'));
  assert.ok(actions.includes('acknowledge'));
  const last = items[0];
  assert.equal(last.sesudah.predicate, 'sangat_baik');
  assert.equal(last.sesudah.state, 'ditetapkan');
});

test('a checkpoint with a draft left does not close; a closed one freezes its periodik assessments', async () => {
  // a draft for Nur first: Triwulan I cannot close while it is a draft
  const d = await pejabat.api('PUT', url(ids.nur), body('sesuai', 'sesuai', 0));
  assert.equal(d.status, 200, d.text);
  await unchanged('closing over a draft', async () => {
    const early = await admin.api('POST', `/api/v1/titik-periksa/${ids.tw1}/tutup`);
    refused(early, 409, '', 'closing with a draft left');
    assert.match(early.json.error.message, /1 penilaian periodik berstatus draf/);
  });
  const per = await admin.api('GET', `/api/v1/periode/${ids.period}`);
  assert.equal(per.json.checkpoint[0].status, 'terbuka', 'Triwulan I stays open');
  const fin = await pejabat.api('POST', `/api/v1/skp/${ids.nur}/penilaian/tetapkan?jenis=periodik&titik=${ids.tw1}`,
    { version: d.json.version });
  assert.equal(fin.status, 200, fin.text);
  const c = await admin.api('POST', `/api/v1/titik-periksa/${ids.tw1}/tutup`);
  assert.equal(c.status, 200, c.text);
  await unchanged('a closed checkpoint', async () => {
    refused(await pejabat.api('PUT', url(), body('sesuai', 'sesuai', ids.version)), 409, 'titik', 'changing');
    refused(await pejabat.api('PUT', url(ids.nur), body('di_atas', 'sesuai', fin.json.version)), 409, 'titik',
      'changing a final one');
  });
  const a = await current(pejabat);
  assert.deepEqual(a.aksi_tersedia, [], 'nothing to do any more');
  // Triwulan II is still open
  const t2 = await pejabat.api('PUT', url(ids.skp, ids.tw2), body('sesuai', 'sesuai', 0));
  assert.equal(t2.status, 200, t2.text);
});

test('the pages: the list, the form with its evidence, and saving through it', async () => {
  const list = await pejabat.get(`/penilaian?periode=${ids.period}&jenis=periodik&titik=${ids.tw2}`);
  assert.equal(list.status, 200);
  const text = pageText(list.text);
  assert.match(text, /Dewi Handayani/);
  assert.match(text, /Achmad Priyo Zainuddin/);
  assert.match(list.text, /href="\/penilaian"[^>]*aria-current="page"|aria-current="page">Penilaian/);

  const form = await pejabat.get(`/penilaian/${ids.nur}?jenis=periodik&titik=${ids.tw2}`);
  assert.equal(form.status, 200);
  const ft = pageText(form.text);
  assert.match(ft, /Bukti kinerja/);
  assert.match(ft, /Capaian hasil kerja per RHK/);
  assert.match(ft, /Umpan balik berkelanjutan/);
  assert.match(ft, /Umpan balik 360 derajat/);
  assert.match(form.text, /id="form-penilaian"/);

  const sent = {
    jenis: 'periodik', titik: ids.tw2, version: 0, aksi: 'simpan',
    hasil_kerja: 'di_bawah', alasan_hasil_kerja: 'Target verifikasi <belum> tercapai',
    perilaku_kerja: 'sesuai', alasan_perilaku_kerja: 'Ramah & cekatan',
  };
  const bad = await pejabat.postForm(`/penilaian/${ids.nur}`, { ...sent, predikat: 'baik' });
  assert.equal(bad.status, 400, 'a predicate in the form is refused');
  const missing = await pejabat.postForm(`/penilaian/${ids.nur}`, { ...sent, alasan_hasil_kerja: '' });
  assert.equal(missing.status, 422);
  assert.match(missing.text, /is-invalid/);
  assert.match(pageText(missing.text), /Ramah & cekatan/, 'what was typed is kept');
  const ok = await pejabat.postForm(`/penilaian/${ids.nur}`, sent);
  assert.equal(ok.status, 303, ok.text.slice(0, 500));
  const shown = await pejabat.get(ok.location);
  assert.match(pageText(shown.text), /Butuh Perbaikan/, 'the computed predicate is shown');
  assert.match(shown.text, /data-sel="1">Butuh Perbaikan/, 'its cell in the matrix is marked');
  assert.match(shown.text, /Target verifikasi &lt;belum&gt; tercapai/, 'escaped');
  const other = await otherKasi.postForm(`/penilaian/${ids.nur}`, sent);
  assert.equal(other.status, 403);
});

test('the form without jenis and titik opens the first checkpoint still open', async () => {
  const r = await pejabat.get(`/penilaian/${ids.nur}`);
  assert.equal(r.status, 200);
  assert.match(pageText(r.text), /Penilaian periodik: Triwulan II/, 'Triwulan I is closed by now');
});
