// Smoke tests: the server starts on a fresh database, answers its health
// check, and serves a login page with a CSRF-protected form.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, startServer } from './harness.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

test('GET /healthz answers 200 with {"status":"ok"}', async () => {
  const res = await new Client(server.url).get('/healthz');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') || '', /application\/json/);
  assert.deepEqual(res.json, { status: 'ok' });
});

test('the login page /masuk has a form with a hidden _csrf input', async () => {
  const res = await new Client(server.url).get('/masuk');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') || '', /text\/html/);
  assert.match(res.text, /<form\b[^>]*method="post"/i);
  assert.match(res.text, /<input\b[^>]*type="hidden"[^>]*name="_csrf"[^>]*value="[^"]+"/i);
});
