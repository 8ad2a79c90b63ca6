// The "Turunkan ke bawahan" form on one's own SKP page appears exactly for
// those who lead a post: the Kepala Seksi who holds hers, the staff member
// who leads Seksi Perekonomian dan Pembangunan as its Plt (his own post
// leads nobody), and not a pelaksana.  The page skips looking for
// subordinates when nobody sits under the owner's posts, so this pins the
// short cut to the same answer as the full search.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';
import { positionByCode } from './util.mjs';
import { loginNip, skpOfNip } from './plan_util.mjs';

let server;
let admin;
const HAND_DOWN = 'Turunkan ke bawahan';

before(async () => {
  server = await startServer();
  admin = await loginAs(server, 'admin');
});

after(async () => {
  await server?.stop();
});

async function ownPage(client, nip) {
  const { skp } = await skpOfNip(admin, nip);
  const page = await client.get(`/skp/${skp.id}`);
  assert.equal(page.status, 200);
  return page.text;
}

test('a Kepala Seksi sees the hand-down form on her own SKP, a pelaksana does not', async () => {
  const pejabat = await loginAs(server, 'pejabat');
  assert.ok((await ownPage(pejabat, server.accounts.pejabat.login)).includes(HAND_DOWN));
  const pegawai = await loginAs(server, 'pegawai');
  assert.ok(!(await ownPage(pegawai, server.accounts.pegawai.login)).includes(HAND_DOWN));
});

test('an acting head (Plt) sees it through the post he acts in', async () => {
  const post = await positionByCode(admin, 'ASM-EKBANG-KA');
  assert.ok(post.plt_id, 'the demo has a Plt over Seksi Perekonomian dan Pembangunan');
  const nip = (await admin.api('GET', `/api/v1/pegawai/${post.plt_id}`)).json.nip;
  const plt = await loginNip(server, nip);
  const text = await ownPage(plt, nip);
  assert.ok(text.includes(HAND_DOWN), 'the Plt hands results down to the seksi');
});
