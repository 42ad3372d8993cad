/**
 * Property-based robustness: real framework files (the worked example, the `init` template, the
 * minimal file) and the built-in checklists, mutated at random (keys deleted, duplicated,
 * renamed, retyped; scalars swapped for collections; junk bytes, random Unicode, truncation), fed
 * to the pure loaders and, a bounded number of times, to the built CLI. Whatever the input:
 * nothing throws, nothing pollutes a prototype, every diagnostic names the file and a 1-based
 * place, the exit code is 0, 1 or 2, and a file that loads yields exactly one result per
 * requirement of every selected pack, which every formatter renders without a raw control
 * character.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/cli/read-input.js';
import { builtinPacks } from '../../src/checklist/builtin-packs.js';
import { loadPack } from '../../src/checklist/load.js';
import type { Pack } from '../../src/checklist/types.js';
import { assess } from '../../src/engine/evaluate.js';
import type { Assessment } from '../../src/engine/types.js';
import { loadFramework } from '../../src/framework/load.js';
import { frameworkTemplate } from '../../src/framework/template.js';
import type { Framework } from '../../src/framework/types.js';
import { formatters, FORMAT_NAMES } from '../../src/report/index.js';
import { runAsync } from './cli-run.js';
import { mutate, mutations } from './mutate.js';
import { expectNoPollution, expectWellFormed, HEAD, prototypeSnapshot } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const STATES = new Set(['met', 'partial', 'not_met', 'not_assessed', 'not_applicable']);
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const readIfThere = (path: string): string[] => (existsSync(path) ? [readFileSync(path, 'utf8')] : []);

/** Framework files to start from: every section and citation form, the template, the minimum. */
const FRAMEWORK_SEEDS: string[] = [
  ...readIfThere(join(ROOT, 'samples', 'meridia.yaml')),
  frameworkTemplate({ asOf: '2025-06-30', schemaRef: 'framework.schema.json' }),
  HEAD,
];

/** The built-in packs' sources. */
const PACK_SEEDS: string[] = readdirSync(join(ROOT, 'checklists'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => readFileSync(join(ROOT, 'checklists', name), 'utf8'));

const seedIndex = (count: number) => fc.nat({ max: Math.max(0, count - 1) });

function expectOneResultPerRequirement(assessment: Assessment, packs: readonly Pack[]): void {
  const expected = packs.flatMap((pack) => pack.requirements.map((requirement) => `${pack.id}/${requirement.id}`));
  expect(assessment.results.map((result) => `${result.pack}/${result.id}`)).toEqual(expected);
  for (const result of assessment.results) {
    expect(STATES.has(result.state)).toBe(true);
    if (result.credit !== null) expect(result.credit >= 0 && result.credit <= 1).toBe(true);
    expect(result.location.line).toBeGreaterThanOrEqual(1);
  }
  // Plain data: survives JSON unchanged (no NaN, no undefined in arrays, no class instances).
  expect(JSON.parse(JSON.stringify(assessment))).toEqual(assessment);
}

/** Loads a (mutated) framework text and checks every promise of the loader; returns it when valid. */
function checkFramework(text: string): Framework | undefined {
  const before = prototypeSnapshot();
  const result = loadFramework(text, 'mutant.yaml');
  const lines = text.split('\n').length;
  if (!result.ok) {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expectWellFormed(result.diagnostics, 'mutant.yaml');
    for (const d of result.diagnostics) {
      expect(d.code).not.toBe('internal-error');
      expect(d.line).toBeLessThanOrEqual(lines + 1);
    }
    expectNoPollution(before);
    return undefined;
  }
  expectWellFormed(result.warnings, 'mutant.yaml');
  expect(result.framework.file).toBe('mutant.yaml');
  expectNoPollution(before);
  return result.framework;
}

describe('mutated framework files through the pure loader', () => {
  const packs = builtinPacks();

  it('seeds are valid, so mutations start from real files', () => {
    for (const seed of FRAMEWORK_SEEDS) expect(loadFramework(seed, 'seed.yaml').ok).toBe(true);
  });

  it('never throw, never pollute, always name the file; valid ones give one result per requirement', () => {
    let valid = 0;
    fc.assert(
      fc.property(seedIndex(FRAMEWORK_SEEDS.length), mutations, (seed, changes) => {
        const framework = checkFramework(mutate(FRAMEWORK_SEEDS[seed]!, changes));
        if (framework) {
          valid++;
          expectOneResultPerRequirement(assess(framework, packs), packs);
        }
      }),
      { numRuns: 160, seed: 20250630 },
    );
    // The mutations must leave a fair share of files valid, or the second half proves nothing.
    expect(valid).toBeGreaterThan(12);
  }, 60_000);

  it('random text never throws and always names the file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkFramework(text);
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('valid mutants render in every format without a raw control, escape or bidi character', () => {
    fc.assert(
      fc.property(seedIndex(FRAMEWORK_SEEDS.length), mutations, fc.boolean(), (seed, changes, verbose) => {
        const framework = checkFramework(mutate(FRAMEWORK_SEEDS[seed]!, changes));
        fc.pre(framework !== undefined);
        const assessments = [assess(framework!, packs)];
        for (const format of FORMAT_NAMES) {
          const output = formatters[format](assessments, { color: false, verbose, tool: { name: 'palermo-gap', version: '1.0.0' } });
          expect(RAW_UNSAFE.test(output)).toBe(false);
        }
      }),
      { numRuns: 25, seed: 42 },
    );
  }, 60_000);
});

describe('mutated checklists through the pure loader', () => {
  const library = builtinPacks();
  let framework: Framework;
  beforeAll(() => {
    const loaded = loadFramework(FRAMEWORK_SEEDS[0]!, 'base.yaml');
    if (!loaded.ok) throw new Error('the base framework must be valid');
    framework = loaded.framework;
  });

  it('never throw, never pollute, always name the file; valid packs give one result per requirement', () => {
    let valid = 0;
    fc.assert(
      fc.property(seedIndex(PACK_SEEDS.length), mutations, (seed, changes) => {
        const text = mutate(PACK_SEEDS[seed]!, changes);
        const before = prototypeSnapshot();
        const { pack, diagnostics } = loadPack(text, 'mutant-pack.yaml', { library });
        expectWellFormed(diagnostics, 'mutant-pack.yaml');
        expectNoPollution(before);
        if (pack) {
          valid++;
          expect(diagnostics).toEqual([]);
          expectOneResultPerRequirement(assess(framework, [pack], { library }), [pack]);
        } else {
          expect(diagnostics.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 110, seed: 1 },
    );
    expect(valid).toBeGreaterThan(8);
  }, 60_000);
});

describe('bytes to text', () => {
  it('decode never throws, and what it accepts holds no NUL', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decode(Buffer.from(bytes));
        if (result.ok) expect(result.text.includes('\u0000')).toBe(false);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('mutated inputs through the built CLI (bounded)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'palermo-gap-fuzz-'));
    writeFileSync(join(dir, 'base.yaml'), FRAMEWORK_SEEDS[0]!);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const total = (packs: readonly Pack[]) => packs.reduce((sum, pack) => sum + pack.requirements.length, 0);

  /** Each stderr line names one of the files, with a 1-based line and column when it has one. */
  function expectNamedLines(stderr: string, files: readonly string[]): void {
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(RAW_UNSAFE.test(stderr)).toBe(false);
    for (const line of stderr.split('\n').filter((l) => l !== '')) {
      if (/^\.\.\. and \d+ more (problem|warning)s? not shown$/.test(line)) continue;
      const file = files.find((name) => line.startsWith(`${name}:`));
      expect(file, line).toBeDefined();
      const place = /^:(\d+):(\d+) {2}/.exec(line.slice(file!.length));
      if (place) {
        expect(Number(place[1])).toBeGreaterThanOrEqual(1);
        expect(Number(place[2])).toBeGreaterThanOrEqual(1);
      } else {
        expect(line.slice(file!.length)).toMatch(/^: \S/);
      }
    }
  }

  /** Text damage as bytes: the mutated text, with junk bytes (often invalid UTF-8) spliced in. */
  const bytesOf = (text: string, junk: Uint8Array, at: number): Buffer => {
    const encoded = Buffer.from(text, 'utf8');
    const offset = at % (encoded.length + 1);
    return Buffer.concat([encoded.subarray(0, offset), Buffer.from(junk), encoded.subarray(offset)]);
  };

  const command = fc.constantFrom(['validate'], ['assess', '--format', 'json'], ['assess', '--format', 'text'], ['assess', '--format', 'sarif'], ['assess', '--format', 'csv']);

  it('framework files: exit 0, 1 or 2, named diagnostics, one result per requirement', async () => {
    const packs = builtinPacks();
    await fc.assert(
      fc.asyncProperty(seedIndex(FRAMEWORK_SEEDS.length), mutations, fc.uint8Array({ maxLength: 6 }), fc.nat(), command, async (seed, changes, junk, at, args) => {
        writeFileSync(join(dir, 'mutant.yaml'), bytesOf(mutate(FRAMEWORK_SEEDS[seed]!, changes), junk, at));
        const result = await runAsync([...args, 'mutant.yaml'], { cwd: dir });
        expect(result.signal).toBeNull();
        expect([0, 1, 2]).toContain(result.code);
        expectNamedLines(result.stderr, ['mutant.yaml']);
        if (args[0] === 'assess' && result.code === 2) expect(result.stdout).toBe('');
        if (args[2] === 'json' && result.code !== 2) {
          const report = JSON.parse(result.stdout) as { assessments: Assessment[] };
          expect(report.assessments).toHaveLength(1);
          expect(report.assessments[0]!.results).toHaveLength(total(packs));
        }
      }),
      { numRuns: 12, seed: 7 },
    );
  }, 120_000);

  it('checklists: exit 0, 1 or 2, named diagnostics, one result per requirement of the pack', async () => {
    await fc.assert(
      fc.asyncProperty(seedIndex(PACK_SEEDS.length), mutations, fc.uint8Array({ maxLength: 4 }), fc.nat(), async (seed, changes, junk, at) => {
        writeFileSync(join(dir, 'mutant-pack.yaml'), bytesOf(mutate(PACK_SEEDS[seed]!, changes), junk, at));
        const result = await runAsync(['assess', 'base.yaml', '--checklist', 'mutant-pack.yaml', '--format', 'json'], { cwd: dir });
        expect(result.signal).toBeNull();
        expect([0, 1, 2]).toContain(result.code);
        expectNamedLines(result.stderr, ['mutant-pack.yaml', 'base.yaml']);
        if (result.code === 2) {
          expect(result.stdout).toBe('');
        } else {
          const report = JSON.parse(result.stdout) as { assessments: Assessment[] };
          const packIds = new Set(report.assessments[0]!.results.map((r) => r.pack));
          expect(packIds.size).toBe(1);
        }
      }),
      { numRuns: 8, seed: 11 },
    );
  }, 120_000);
});
