// The instansi's logo on the official documents: an administrator uploads
// a PNG or JPEG on /dokumen/pengaturan (or POST /api/v1/dokumen/logo); it
// is stored (type, size and SHA-256 as uploaded), audited, shown on the
// settings page, and from then on every document's header carries it as
// an image (pdfimages lists it: the SKP, the evaluation, the TPP
// breakdown, the credit statement, the certificate); replacing and
// removing it are audited too.  Refused, with 422 naming the field "logo"
// and nothing stored: a GIF, text named .png, a PNG over the size limit, a
// broken PNG that libharu cannot embed, a form without a file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { loginAs, startServer } from './harness.mjs';
import { auditCount, auditLatest, sqlOn } from './util.mjs';
import { skpOfNip } from './plan_util.mjs';
import { getPdf, pdfImages } from './document_util.mjs';

let server;
let admin;
let pegawai;
const ids = {};

const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  let c = 0xffffffff;
  for (const b of body) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((c ^ 0xffffffff) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A w x h RGB PNG of a colour gradient; `pad` adds an ancillary chunk of that many bytes. */
function png(w, h, pad = 0) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc(h * (1 + 3 * w));
  for (let y = 0; y < h; y++) {
    raw[y * (1 + 3 * w)] = 0;
    for (let x = 0; x < w; x++) raw.set([x * 20 % 256, y * 40 % 256, 128], y * (1 + 3 * w) + 1 + 3 * x);
  }
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (pad) parts.push(chunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), Buffer.alloc(pad, 0x41)])));
  parts.push(chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

// a 1x1 JPEG (JFIF, one grey component, progressive)
const JPEG = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

const upload = (client, file, name, type) => client.postMultipart('/api/v1/dokumen/logo', {},
  { logo: { name, type, content: file } });
const settings = async () => (await admin.api('GET', '/api/v1/dokumen/pengaturan')).json;

/** The documents whose header must carry the logo, as URLs. */
function documents() {
  return [`/api/v1/dokumen/skp/${ids.skp}`, `/api/v1/dokumen/penilaian/${ids.assessment}`,
    `/api/v1/dokumen/tpp/${ids.tpp}`, `/api/v1/dokumen/kredit/${ids.employee}?periode=${ids.period}`,
    `/api/v1/dokumen/piagam/${ids.nom}`];
}

async function imagesOf(url) {
  return pdfImages((await getPdf(admin, url)).bytes);
}

before(async () => {
  server = await startServer({ demo: 'lengkap' });
  admin = await loginAs(server, 'admin');
  pegawai = await loginAs(server, 'pegawai');
  const own = await skpOfNip(admin, server.accounts.pegawai.login);
  ids.skp = own.skp.id;
  ids.employee = own.employee.id;
  ids.period = own.skp.periode_id;
  const x = (await admin.api('GET', `/api/v1/skp/${ids.skp}/penjelasan`)).json;
  ids.assessment = x.penilaian.find((p) => p.status === 'ditetapkan').id;
  ids.tpp = (await pegawai.api('GET', '/api/v1/tpp/saya')).json.items[0].id;
  ids.nom = Number(sqlOn(server, "SELECT id FROM recognition_nomination WHERE state = 'disetujui' ORDER BY id LIMIT 1"));
});

after(async () => {
  await server?.stop();
});

test('without a logo the documents carry no image and the settings page says so', async () => {
  assert.equal((await settings()).logo, null);
  for (const url of documents()) assert.deepEqual(await imagesOf(url), [], url);
  const page = await admin.get('/dokumen/pengaturan');
  assert.equal(page.status, 200);
  assert.match(page.text, /id="tanpa-logo"/);
  assert.match(page.text, /name="logo"[^>]*accept="image\/png,image\/jpeg"|accept="image\/png,image\/jpeg"[^>]*name="logo"/);
});

for (const [what, file, name, type, words] of [
  ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'logo.gif', 'image/gif', /PNG atau JPEG/],
  ['text named .png', Buffer.from('bukan gambar sama sekali\n'), 'logo.png', 'image/png', /PNG atau JPEG/],
  ['a PNG over 512 KB', png(8, 8, 600 * 1024), 'besar.png', 'image/png', /terlalu besar/],
  ['a broken PNG', Buffer.concat([png(8, 8).subarray(0, 33), Buffer.from('rusak')]), 'rusak.png', 'image/png', /tidak dapat dibaca/],
]) {
  test(`${what} is refused with 422 on "logo" and nothing is stored`, async () => {
    const audit0 = await auditCount(admin);
    const r = await upload(admin, file, name, type);
    assert.equal(r.status, 422, r.text);
    assert.equal(r.json.error.field, 'logo');
    assert.match(r.json.error.message, words);
    const page = await admin.postMultipart('/dokumen/pengaturan', {}, { logo: { name, type, content: file } });
    assert.equal(page.status, 422);
    assert.match(page.text, /is-invalid/);
    assert.equal(await auditCount(admin), audit0, 'no audit row');
    assert.equal((await settings()).logo, null, 'no logo stored');
    assert.equal(sqlOn(server, 'SELECT COUNT(*) FROM document_logo'), '0');
  });
}

test('a form without a file is refused on the page and the API', async () => {
  const page = await admin.postForm('/dokumen/pengaturan', {});
  assert.equal(page.status, 422);
  const api = await admin.api('POST', '/api/v1/dokumen/logo', {});
  assert.equal(api.status, 422);
  assert.equal(api.json.error.field, 'logo');
});

test('an uploaded PNG is stored as sent, audited, previewed and drawn on every document', async () => {
  const file = png(40, 30);
  const r = await admin.postMultipart('/dokumen/pengaturan', {}, { logo: { name: 'Logo Surabaya.png', type: 'image/png', content: file } });
  assert.equal(r.status, 303, r.text);
  assert.equal(r.location, '/dokumen/pengaturan?pesan=logo_dipasang');
  const s = await settings();
  assert.equal(s.logo.tipe, 'image/png');
  assert.equal(s.logo.ukuran, file.length);
  assert.equal(s.logo.sha256, createHash('sha256').update(file).digest('hex'));
  assert.equal(s.logo.nama_berkas, 'Logo Surabaya.png');
  const [entry] = await auditLatest(admin, '&entitas=dokumen_logo', 1);
  assert.equal(entry.aksi ?? entry.action, 'unggah');
  const page = await admin.get('/dokumen/pengaturan?pesan=logo_dipasang');
  assert.match(page.text, /<img src="\/dokumen\/logo"/);
  assert.match(page.text, /Logo instansi telah dipasang/);
  const img = await pegawai.get('/dokumen/logo');
  assert.equal(img.status, 200);
  assert.equal(img.headers.get('content-type'), 'image/png');
  for (const url of documents()) {
    const images = await imagesOf(url);
    assert.ok(images.some((i) => i.width === 40 && i.height === 30), `${url}: the 40x30 logo in ${JSON.stringify(images)}`);
    assert.equal(images.filter((i) => i.page === 1 && i.width === 40).length, 1, `${url}: once on the first page`);
  }
});

test('a JPEG replaces it (audited as a change) and the documents carry the new one', async () => {
  const r = await upload(admin, JPEG, 'logo.jpg', 'image/jpeg');
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.logo.tipe, 'image/jpeg');
  assert.equal(r.json.logo.ukuran, JPEG.length);
  const [entry] = await auditLatest(admin, '&entitas=dokumen_logo', 1);
  assert.equal(entry.aksi ?? entry.action, 'ganti');
  assert.equal(sqlOn(server, 'SELECT COUNT(*) FROM document_logo'), '1', 'one logo at a time');
  const images = await imagesOf(`/api/v1/dokumen/skp/${ids.skp}`);
  assert.ok(images.some((i) => i.width === 1 && i.height === 1 && i.type === 'image'), JSON.stringify(images));
  assert.ok(!images.some((i) => i.width === 40), 'the old logo is gone');
});

test('removing the logo leaves the documents without an image', async () => {
  const r = await admin.postForm('/dokumen/pengaturan/hapus', {});
  assert.equal(r.status, 303);
  assert.equal((await settings()).logo, null);
  const [entry] = await auditLatest(admin, '&entitas=dokumen_logo', 1);
  assert.equal(entry.aksi ?? entry.action, 'hapus');
  assert.deepEqual(await imagesOf(`/api/v1/dokumen/skp/${ids.skp}`), []);
  const again = await admin.api('DELETE', '/api/v1/dokumen/logo');
  assert.equal(again.status, 404);
  assert.equal(again.json.error.field, 'logo');
});
