// Build step run last: bundles the compiled CLI (dist/cli/main.js) and its dependencies into
// dist/bundle/, one chunk per lazily imported command. Resolving and loading ~150 separate modules
// (yaml, commander and cli-table3 are CommonJS) cost more start-up time than running the command,
// and a CLI is judged by how instant it feels. dist/bundle sits at the same depth as dist/cli, so
// the relative paths to generated/, schemas/ and package.json still resolve.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: [join(root, 'dist', 'cli', 'main.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies call require() for Node built-ins; an ES module has none of its own.
  banner: { js: "import { createRequire as __palermoGapRequire } from 'node:module'; const require = __palermoGapRequire(import.meta.url);" },
  logLevel: 'warning',
});
