// The cascade page folds a tree bigger than its budget (cascade_max_nodes,
// here KINERJA_CASCADE_MAX_NODES=20 on the demo office): a notice saying
// how much is shown, the tree down to a level, and in place of what lies
// below a node a link to its owner's unit cascade anchored at that node;
// the counts and the boxes of gaps still cover the whole tree, and
// ?lengkap=1 draws it all.  A bad budget (flag, environment or config file)
// stops `kinerja serve` with an error naming the setting.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, loginAs, runCli, startServer } from './harness.mjs';
import { loginNip, pageText, skpOfNip } from './plan_util.mjs';

const BUDGET = 20;
const AISYAH = '198611202017042297';   // ASM-TRANTIB-P04, a draft SKP

let server;
let admin;
let period;

before(async () => {
  server = await startServer({ env: { KINERJA_CASCADE_MAX_NODES: String(BUDGET) } });
  admin = await loginAs(server, 'admin');
  period = (await admin.api('GET', '/api/v1/periode')).json.items[0].id;
});

after(async () => {
  await server?.stop();
});

async function page(client, url) {
  const r = await client.get(url);
  assert.equal(r.status, 200, `GET ${url}: ${r.text.slice(0, 300)}`);
  return r.text;
}

/** "8 sasaran, 188 RHK, 80 pegawai" of the summary line, as numbers. */
function summary(html) {
  const m = /: (\d+) sasaran, (\d+) RHK, (\d+) pegawai\./.exec(pageText(html));
  assert.ok(m, 'the page has its summary line');
  return m.slice(1).map(Number);
}

/** The numbers in the headings of the two boxes of gaps. */
function gapCounts(html) {
  return ['h-tanpa-dukungan', 'h-tidak-mendukung'].map((id) => {
    const m = new RegExp(`id="${id}">[^<]*<span class="badge[^"]*">(\\d+)</span>`).exec(html);
    assert.ok(m, `the box ${id} is there`);
    return Number(m[1]);
  });
}

/** The fold links: { href, unit, key, below }. */
function foldLinks(html) {
  return [...html.matchAll(/class="cas-fold[^"]*"><a href="([^"]+)">(\d+) RHK di bawahnya/g)].map((m) => {
    const href = m[1].replace(/&amp;/g, '&');
    const u = new URL(href, 'http://x');
    return { href, unit: Number(u.searchParams.get('unit')), key: Number(u.hash.replace('#r-', '')),
      below: Number(m[2]), periode: Number(u.searchParams.get('periode')),
      lengkap: u.searchParams.get('lengkap') };
  });
}

const rhkIds = (html) => [...html.matchAll(/id="r-(\d+)"/g)].map((m) => Number(m[1]));
const goalIds = (html) => [...html.matchAll(/id="s-(\d+)"/g)].map((m) => Number(m[1]));

/** The API's whole cascade, and for each key how many items lie below it. */
async function apiCascade(query = '') {
  const r = await admin.api('GET', `/api/v1/kaskade${query}`);
  assert.equal(r.status, 200, r.text);
  const below = new Map();
  r.json.items.forEach((it, k) => {
    let n = 0;
    while (k + 1 + n < r.json.items.length && r.json.items[k + 1 + n].kedalaman > it.kedalaman) n++;
    below.set(it.kunci, n);
  });
  return { ...r.json, below, byKey: new Map(r.json.items.map((i) => [i.kunci, i])) };
}

test('a tree over the budget is folded, with a notice and the whole tree\'s counts', async () => {
  const folded = await page(admin, '/kaskade');
  const full = await page(admin, `/kaskade?periode=${period}&lengkap=1`);
  const [goals, rhk] = summary(full);
  assert.deepEqual(summary(folded), summary(full), 'the summary counts the whole tree');
  assert.deepEqual(gapCounts(folded), gapCounts(full), 'the boxes of gaps cover the whole tree');
  const note = /(\d+) dari (\d+) simpul ditampilkan, pohon dilipat pada tingkat (\d+)/.exec(pageText(folded));
  assert.ok(note, 'a notice says the tree is folded and how much is shown');
  const [shown, total, level] = note.slice(1).map(Number);
  assert.equal(total, goals + rhk);
  assert.ok(shown < total);
  assert.ok(level >= 1, 'at least the first RHK level is drawn');
  assert.equal(rhkIds(folded).length + goalIds(folded).length, shown, 'the notice counts the nodes drawn');
  const all = /<a href="([^"]+)">Tampilkan semua<\/a>/.exec(folded);
  assert.ok(all, 'a link draws the whole tree');
  const u = new URL(all[1].replace(/&amp;/g, '&'), 'http://x');
  assert.equal(u.pathname, '/kaskade');
  assert.equal(u.searchParams.get('periode'), String(period));
  assert.equal(u.searchParams.get('lengkap'), '1');
});

test('each fold link opens its owner\'s unit cascade at the folded node', async () => {
  const folded = await page(admin, '/kaskade');
  const links = foldLinks(folded);
  assert.ok(links.length > 0, 'the folded page has fold links');
  const c = await apiCascade();
  for (const l of links) {
    const node = c.byKey.get(l.key);
    assert.ok(node && !node.sasaran, `${l.href}: the anchor is an RHK`);
    assert.equal(l.periode, period);
    assert.equal(l.unit, node.unit_id, `${l.href}: the unit of the RHK's owner`);
    assert.equal(l.below, c.below.get(l.key), `${l.href}: counts the RHK below the node`);
    assert.ok(rhkIds(folded).includes(l.key), `${l.href}: the folded node itself is drawn`);
    assert.equal(l.lengkap, null, `${l.href}: the unit's page, folded as it needs`);
    const target = await page(admin, l.href);
    assert.ok(rhkIds(target).includes(l.key), `${l.href}: the unit's page has the node id="r-${l.key}"`);
    // folded there too, a node of that very unit opens the unit's page in full
    for (const t of foldLinks(target).filter((x) => x.unit === l.unit)) {
      assert.equal(t.lengkap, '1', `${t.href} on ${l.href}`);
      assert.ok(rhkIds(await page(admin, t.href)).includes(t.key), `${t.href}: has id="r-${t.key}"`);
    }
  }
});

test('?lengkap=1 draws every node, each RHK with its anchor, and no fold links', async () => {
  const full = await page(admin, `/kaskade?periode=${period}&lengkap=1`);
  assert.deepEqual(foldLinks(full), []);
  assert.ok(!full.includes('cas-fold-note'), 'no notice');
  const c = await apiCascade();
  const want = c.items.filter((i) => !i.sasaran).map((i) => i.kunci).sort((a, b) => a - b);
  assert.deepEqual(rhkIds(full).sort((a, b) => a - b), want);
  const unit = c.items.find((i) => !i.sasaran).unit_id;
  const unitFull = await page(admin, `/kaskade?periode=${period}&unit=${unit}&lengkap=1`);
  assert.deepEqual(foldLinks(unitFull), [], 'a unit\'s page too');
});

test('a page within the budget is not folded', async () => {
  const units = (await admin.api('GET', '/api/v1/unit')).json.items;
  let small = null;
  for (const u of units) {
    const c = await apiCascade(`?unit=${u.id}`);
    if (c.items.length && c.items.length <= BUDGET && c.items.some((i) => !i.sasaran)) {
      small = u;
      break;
    }
  }
  assert.ok(small, 'the demo has a unit whose cascade fits in the budget');
  const html = await page(admin, `/kaskade?unit=${small.id}`);
  assert.ok(!html.includes('cas-fold-note'));
  assert.deepEqual(foldLinks(html), []);
});

test('the box of RHK that support nothing links each to its node on the folded page', async () => {
  const aisyah = await loginNip(server, AISYAH);
  const own = (await skpOfNip(admin, AISYAH)).skp.id;
  const r = await aisyah.api('POST', `/api/v1/skp/${own}/rhk`, { teks: 'Terlaksananya piket malam di kantor kecamatan' });
  assert.equal(r.status, 201, r.text);
  try {
    const folded = await page(admin, '/kaskade');
    assert.ok(folded.includes('cas-fold-note'));
    assert.ok(folded.includes(`<li><a href="#r-${r.json.id}">`), 'the box links to the node');
    assert.ok(rhkIds(folded).includes(r.json.id), 'and the node is drawn');
  } finally {
    assert.equal((await aisyah.api('DELETE', `/api/v1/rhk/${r.json.id}`)).status, 200);
  }
});

test('the flag overrides the environment', async () => {
  const roomy = await startServer({ dbUrl: server.dbUrl, dataDir: server.dataDir, skipInit: true,
    env: { KINERJA_CASCADE_MAX_NODES: String(BUDGET) }, args: ['--cascade-max-nodes', '100000'] });
  try {
    const html = await page(await loginAs(roomy, 'admin'), '/kaskade');
    assert.ok(!html.includes('cas-fold-note'));
    assert.deepEqual(foldLinks(html), []);
  } finally {
    await roomy.stop();
  }
});

test('a bad cascade_max_nodes stops kinerja serve with an error naming the setting', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-fold-'));
  const port = await freePort();
  const serve = (extra, env = {}) => runCli(['serve', '--listen', `127.0.0.1:${port}`, ...extra],
    { dbUrl: server.dbUrl, dataDir: server.dataDir, env, timeout: 20_000 });
  try {
    const cases = [
      ...['0', '-5', 'banyak', '12abc', ''].map((v) => ({ what: `--cascade-max-nodes=${v}`, run: () => serve([`--cascade-max-nodes=${v}`]) })),
      ...['0', '-1', 'dua ribu'].map((v) => ({ what: `KINERJA_CASCADE_MAX_NODES=${v}`, run: () => serve([], { KINERJA_CASCADE_MAX_NODES: v }) })),
      { what: 'cascade_max_nodes = 0 in the config file', run: () => {
        const file = path.join(dir, 'kinerja.conf');
        writeFileSync(file, 'cascade_max_nodes = 0\n');
        return serve(['--config', file]);
      } },
    ];
    for (const c of cases) {
      const r = await c.run();
      assert.equal(r.sanitizer, null, r.sanitizer ?? '');
      assert.equal(r.code, 2, `${c.what}: exit code (stderr: ${r.stderr})`);
      assert.match(r.stderr, /cascade_max_nodes harus bilangan 1-/, `${c.what}: says what is wrong`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
