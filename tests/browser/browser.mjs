// This file contains the helpers for the browser tests: Debian's Chromium
// (/usr/bin/chromium) driven through playwright-core, an accessibility check
// with axe, and the server helpers of the HTTP tests re-exported.
//
//   import { launchBrowser, startServer, loginPage } from './browser.mjs';
//   const server = await startServer();
//   const browser = await launchBrowser();
//   const page = await (await browser.newContext({ baseURL: server.url })).newPage();
//   (axe needs pages from browser.newContext(), not browser.newPage())
//   ...
//   await browser.close(); await server.stop();
//
// KINERJA_CHROMIUM overrides the browser path.

import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export {
  Client, DEMO_PASSWORD, loginAs, runCli, startServer,
} from '../http/harness.mjs';

export const CHROMIUM_PATH = process.env.KINERJA_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic',
];

/** Launches headless Chromium; close it with `await browser.close()`. */
export function launchBrowser(opts = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...opts,
  });
}

/**
 * Opens a new page (in its own context, so its own cookies) on `server`,
 * logs in through the login form as the demo account of `role`, and
 * resolves to the page, left on wherever the login redirected to.
 */
export async function loginPage(browser, server, role) {
  const acct = server.accounts[role];
  if (!acct) throw new Error(`no demo account for role ${role}`);
  const context = await browser.newContext({ baseURL: server.url, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto('/masuk');
  await page.locator('input[name="login"]').fill(acct.login);
  await page.locator('input[name="password"]').fill(acct.password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/masuk')),
    page.locator('form [type="submit"]').first().click(),
  ]);
  return page;
}

/** axe-core violations (WCAG 2.1 A/AA) of the page as it is now; the page
 *  must come from browser.newContext(). */
export async function axeViolations(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations;
}

/** One readable line per axe violation, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} - ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

/** Asserts axe finds nothing serious or critical on the page as it is now
 *  (`what` names it in the message); lesser findings are printed. */
export async function assertAccessible(page, what) {
  const violations = await axeViolations(page);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !bad.includes(v));
  if (minor.length) console.log(`# ${what}: minor axe findings\n${formatViolations(minor)}`);
  assert.equal(bad.length, 0, `${what} (${page.url()}):\n${formatViolations(bad)}`);
}
