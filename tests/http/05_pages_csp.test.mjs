// Every page the navigation offers each demo role on the demo year (and
// a few more) answers 200 and holds no inline style attribute or inline
// script: the
// Content-Security-Policy (style-src 'self'; script-src 'self') would make
// the browser drop them, so a page that relied on one would look broken.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startServer } from './harness.mjs';

const MORE = ['/', '/akun', '/predikat-unit', '/angka-kredit'];

/** The paths the navigation bar links to. */
function navLinks(html) {
  const nav = html.match(/<nav class="navbar[\s\S]*?<\/nav>/)?.[0] ?? '';
  return [...nav.matchAll(/href="(\/[^"#?]*)"/g)].map((m) => m[1]);
}
const ROLES = ['admin', 'pengelola', 'camat', 'pejabat', 'pegawai', 'auditor'];

let server;

before(async () => {
  server = await startServer({ demo: 'lengkap' });
});

after(async () => {
  await server?.stop();
});

for (const role of ROLES) {
  test(`the main pages as ${role}: 200, no inline style or script`, async () => {
    const client = await loginAs(server, role);
    const csp = (await client.get('/')).headers.get('content-security-policy');
    assert.match(csp ?? '', /style-src 'self'/);
    const home = await client.get('/');
    const pages = [...new Set([...navLinks(home.text), ...MORE])];
    assert.ok(pages.length >= 8, `${role}: ${pages.join(' ')}`);
    for (const path of pages) {
      let r = await client.get(path);
      if (r.status === 303) r = await client.get(r.location);   // e.g. to one's own statement
      assert.equal(r.status, 200, `${role} ${path}: ${r.status}`);
      assert.doesNotMatch(r.text, /\sstyle="/, `${role} ${path} has an inline style attribute`);
      assert.doesNotMatch(r.text, /<script(?![^>]*\ssrc=)[^>]*>/, `${role} ${path} has an inline script`);
    }
  });
}
