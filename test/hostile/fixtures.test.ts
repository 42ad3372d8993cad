/**
 * The corpus of hand-written adversarial inputs in test/fixtures/hostile/<behaviour>/, each run
 * through the built CLI from inside its folder: case.json holds the arguments, the exit code and
 * (when it matters) standard output; expected.txt holds the exact standard error. `U=1` rewrites
 * expected.txt from the current output (review the diff before committing it).
 *
 * Beyond the exact text, every case must keep the promises of bad-input handling: exit code 0, 1
 * or 2; no stack trace; no raw control, escape or bidi character on the terminal; every problem
 * line names the file; nothing written to --output and no temporary file left behind.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAsync } from './cli-run.js';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const UPDATE = process.env['U'] === '1';

interface Case {
  description: string;
  args: string[];
  exit: 0 | 1 | 2;
  stdout?: string;
}

/** Every path under `dir` (links not followed), so a file written during the run shows up. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((name) => name !== 'expected.txt')
    .sort();
}

// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const scenarios = readdirSync(CORPUS).sort();

describe('hostile input corpus', () => {
  it('covers the classes of hostile input', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(60);
    for (const prefix of ['alias-', 'nesting-', 'duplicate-key', 'tag-', 'binary-', 'encoding-', 'symlink-', 'number-', 'date-', 'checklist-']) {
      expect(scenarios.some((name) => name.startsWith(prefix))).toBe(true);
    }
  });

  describe.concurrent('each case', () => {
    for (const scenario of scenarios) {
      it(scenario, async () => {
        const dir = join(CORPUS, scenario);
        const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Case;
        const expectedFile = join(dir, 'expected.txt');
        const before = listing(dir);

        const result = await runAsync(spec.args, { cwd: dir });

        if (UPDATE) writeFileSync(expectedFile, result.stderr);
        expect(result.code).toBe(spec.exit);
        expect(result.stderr).toBe(existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : '');
        if (spec.stdout !== undefined) expect(result.stdout).toBe(spec.stdout);

        expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(RAW_UNSAFE.test(result.stderr)).toBe(false);
        if (spec.exit === 2) {
          expect(result.stderr).not.toBe('');
          const named = spec.args.filter((arg) => arg.endsWith('.yaml'));
          for (const line of result.stderr.trimEnd().split('\n')) {
            expect(named.some((file) => line.startsWith(`${file}:`) || line.startsWith(`${file} `))).toBe(true);
          }
          if (spec.args[0] !== 'validate') expect(result.stdout).toBe('');
        }
        // Nothing written: no report, no temporary file.
        expect(listing(dir)).toEqual(before);
      });
    }
  });
});
