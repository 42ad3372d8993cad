// Build step run last: bundles the compiled CLI and its dependencies into one CommonJS file,
// dist/bundle/palermo-gap.cjs, then records V8's compiled code for it (a code cache) by running
// one assessment. Start-up is most of what a CLI run costs: resolving ~150 separate modules (yaml,
// commander and cli-table3 are CommonJS) and compiling their functions on first call took more
// time than the assessment itself. bin/palermo-gap.js loads the bundle with that cache.
// dist/bundle sits at the same depth as dist/cli, so relative paths to generated/, schemas/ and
// package.json still resolve.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: [join(root, 'dist', 'cli', 'entry.js')],
  outfile: join(outdir, 'palermo-gap.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // CommonJS has no import.meta; the code uses it only to find files beside the package.
  define: { 'import.meta.url': '__palermoGapUrl' },
  banner: { js: "const __palermoGapUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// A typical run compiles the functions worth caching: reading YAML, evaluating, the text report.
const warm = spawnSync(process.execPath, [join(root, 'bin', 'palermo-gap.js'), 'assess', join(root, 'samples', 'meridia.yaml'), '--no-color'], {
  env: { ...process.env, PALERMO_GAP_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status !== 0) throw new Error(`warming the code cache failed (exit ${warm.status})`);
