#!/usr/bin/env node
// Loads the bundled CLI with the V8 code cache made at build time (scripts/bundle.js), so its
// functions need not be parsed and compiled again on every run. A missing or stale cache (another
// Node version) is simply not used.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/bundle/palermo-gap.cjs', import.meta.url));
const cache = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cache);
} catch {
  // No cache yet: the build is making it, or the package was built without one.
}
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (process.env.PALERMO_GAP_WRITE_CODE_CACHE) {
  process.on('exit', () => writeFileSync(cache, script.createCachedData()));
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
