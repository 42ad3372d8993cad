// Start-up and memory benchmark: paired runs of `node -e 0` and `palermo-gap assess` on the same
// machine, reported as medians. Timings are not asserted in the test suite (shared machines make
// them flaky); run `npm run bench` and compare with the figures in the README.
//   node scripts/bench.js [--runs N] [--file samples/meridia.yaml] [--batch N]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    file: { type: 'string', default: 'samples/meridia.yaml' },
    batch: { type: 'string', default: '50' },
  },
});
const runs = Number(values.runs);
const bin = join(root, 'bin', 'palermo-gap.js');
const probe = join(root, 'scripts', 'max-rss-probe.js');
const scratch = mkdtempSync(join(tmpdir(), 'palermo-gap-bench-'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function timeRun(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// Peak memory: a tiny preload records the child's maxRSS at exit (node reports it in KiB).
function peakMiB(args) {
  const out = join(scratch, 'rss');
  spawnSync(process.execPath, ['--import', probe, ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, MAX_RSS_FILE: out },
  });
  return Number(readFileSync(out, 'utf8')) / 1024;
}

const assess = [bin, 'assess', values.file, '--no-color'];
// --version loads only the CLI wiring; validate adds reading the YAML; assess adds the engine and
// the report: the three show where start-up time goes.
const commands = { version: [bin, '--version'], validate: [bin, 'validate', values.file], assess };
const baseline = [];
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
timeRun(['-e', '0']);
timeRun(assess); // warm the file-system cache
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) {
    baseline.push(timeRun(['-e', '0']));
    times[name].push(timeRun(args));
  }
}

const batchSize = Number(values.batch);
const files = [];
for (let i = 0; i < batchSize; i++) {
  const copy = join(scratch, `copy-${i}.yaml`);
  cpSync(join(root, values.file), copy);
  files.push(copy);
}
const batchArgs = [bin, 'assess', ...files, '--format', 'json'];
const batchTimes = [];
for (let i = 0; i < Math.max(3, Math.floor(runs / 4)); i++) batchTimes.push(timeRun(batchArgs));

const base = median(baseline);
const result = {
  runs,
  node_e_0_ms: +base.toFixed(1),
  ...Object.fromEntries(
    Object.entries(times).flatMap(([name, xs]) => [
      [`${name}_ms`, +median(xs).toFixed(1)],
      [`${name}_ratio`, +(median(xs) / base).toFixed(2)],
    ]),
  ),
  assess_peak_mib: +peakMiB(assess).toFixed(1),
  [`assess_${batchSize}_files_ms`]: +median(batchTimes).toFixed(1),
  [`assess_${batchSize}_files_peak_mib`]: +peakMiB(batchArgs).toFixed(1),
};
rmSync(scratch, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
