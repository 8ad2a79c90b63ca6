// This file holds the test harness's cache of initialised databases.
//
// `kinerja init --demo` is the slowest step of most tests: the whole demo
// year takes about 11 s on PostgreSQL under ASan, and a test run starts a few
// hundred servers.  So each kind of database (program, demo level, database
// kind, extra environment) is initialised once per test run, and every server
// gets a copy: SQLite by copying the data directory, PostgreSQL through
// CREATE DATABASE ... TEMPLATE (a tenth of a second).
//
// The cache lives in KINERJA_TEST_CACHE_DIR (scripts/test.sh points it into
// its log directory, removed at exit), else in the system's temp directory.
// Its key includes the program's size and modification time, so a rebuilt
// program never gets an old database.  Test files run as separate processes,
// so the first one to need a kind builds it under a lock directory; the others
// wait for its READY marker.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BUILD_WAIT_MS = 300_000;
const STALE_LOCK_MS = 600_000;
const KEEP_MS = 86_400_000;   // cached kinds of earlier builds are removed after a day

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cacheRoot() {
  const dir = process.env.KINERJA_TEST_CACHE_DIR || path.join(os.tmpdir(), 'kinerja-test-demo-cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A short hash naming one kind of initialised database. */
export function cacheKey({ bin, initArgs, dbKind, pgBase, env }) {
  const st = statSync(bin);
  const parts = [realpathSync(bin), st.size, st.mtimeMs, initArgs.join(' '), dbKind, pgBase || '',
    JSON.stringify(env || {})];
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}

/* Takes the lock directory, or returns false when another process holds it.
 * A lock older than STALE_LOCK_MS belonged to a process that died. */
function tryLock(lock) {
  try {
    mkdirSync(lock);
    return true;
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    } catch { /* removed meanwhile */ }
    return false;
  }
}

/**
 * The directory of a cached, initialised kind: { dataDir } whose files are to
 * be copied, built by `build(dataDir)` the first time.  `build` must throw on
 * failure; a failed build is not cached, so the next test tries again and
 * reports the same error.
 */
export async function cachedInit(key, build) {
  const root = cacheRoot();
  const dir = path.join(root, key);
  const ready = path.join(dir, 'READY');
  const lock = path.join(root, `${key}.lock`);
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(ready)) {
    if (tryLock(lock)) {
      try {
        if (!existsSync(ready)) {
          rmSync(dir, { recursive: true, force: true });
          const dataDir = path.join(dir, 'data');
          mkdirSync(dataDir, { recursive: true });
          await build(dataDir);
          writeFileSync(ready, '');
          prune(root, key);
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    if (Date.now() > deadline) {
      throw new Error(`waited ${BUILD_WAIT_MS / 1000} s for another test to initialise ${dir}`);
    }
    await sleep(100);
  }
  return { dataDir: path.join(dir, 'data') };
}

/* Removes the cached kinds nobody has built for a day (earlier builds of
 * the program leave theirs behind when the cache is the shared one). */
function prune(root, keep) {
  for (const name of readdirSync(root)) {
    if (name === keep || !/^[0-9a-f]{16}$/.test(name)) continue;
    try {
      if (Date.now() - statSync(path.join(root, name)).mtimeMs > KEEP_MS) {
        rmSync(path.join(root, name), { recursive: true, force: true });
      }
    } catch { /* removed meanwhile */ }
  }
}

/** Copies the cached data directory's files (database included for SQLite) into `target`. */
export function copyDataDir(from, target) {
  cpSync(from, target, { recursive: true });
}
