/**
 * The meta-test: every requirement of every built-in pack has fixture cases that make it met and
 * not met (and partly met where its check allows partial credit, not applicable where it has
 * `applies_when`), and each case gives the state it claims. Cases live in
 * test/fixtures/requirements/<pack-id>.yaml as flat maps of fact path → value.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileBuiltinPacks } from '../../src/checklist/builtins.js';
import type { Check, Pack } from '../../src/checklist/types.js';
import { canBePartial } from '../../src/engine/check.js';
import { assess } from '../../src/engine/evaluate.js';
import type { State } from '../../src/engine/types.js';
import { frameworkFromFacts } from '../support/framework-from-facts.js';

const root = join(import.meta.dirname, '..', '..');
const CASES: readonly State[] = ['met', 'partial', 'not_met', 'not_applicable', 'not_assessed'];

let packs: Pack[] = [];
let compileError = '';
try {
  packs = compileBuiltinPacks(join(root, 'checklists'));
} catch (error) {
  compileError = String(error);
}

it('the built-in packs compile', () => {
  expect(compileError).toBe('');
  expect(packs.length).toBeGreaterThan(0);
});

const checks = new Map<string, Check>(packs.flatMap((pack) => pack.requirements.map((r) => [r.id, r.check] as const)));
const resolve = (id: string) => checks.get(id);

type Fixture = Record<string, Partial<Record<State, Record<string, unknown>>>>;

function readFixture(pack: Pack): { fixture?: Fixture; error?: string } {
  const file = join(root, 'test', 'fixtures', 'requirements', `${pack.id}.yaml`);
  if (!existsSync(file)) return { error: `missing ${file}` };
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { error: `${file} is not a mapping of requirement ids` };
  return { fixture: data as Fixture };
}

for (const pack of packs) {
  describe(pack.id, () => {
    const { fixture, error } = readFixture(pack);

    it('has a fixture file', () => {
      expect(error).toBeUndefined();
    });
    if (!fixture) return;

    it('has cases only for requirements of the pack, and only known case names', () => {
      const ids = new Set(pack.requirements.map((r) => r.id));
      expect(Object.keys(fixture).filter((id) => !ids.has(id))).toEqual([]);
      const badCases = Object.entries(fixture).flatMap(([id, cases]) =>
        Object.keys(cases ?? {})
          .filter((name) => !CASES.includes(name as State))
          .map((name) => `${id}.${name}`),
      );
      expect(badCases).toEqual([]);
    });

    for (const requirement of pack.requirements) {
      const cases = fixture[requirement.id] ?? {};
      const needed: State[] = ['met', 'not_met'];
      if (canBePartial(requirement.check, resolve)) needed.push('partial');
      if (requirement.applies_when) needed.push('not_applicable');

      it(`${requirement.id} has ${needed.join(', ')} cases`, () => {
        expect(needed.filter((name) => cases[name] === undefined)).toEqual([]);
      });

      for (const state of CASES) {
        const facts = cases[state];
        if (facts === undefined) continue;
        it(`${requirement.id} is ${state}`, () => {
          expect(facts !== null && typeof facts === 'object' && !Array.isArray(facts), 'a case is a map of fact path → value').toBe(true);
          const framework = frameworkFromFacts(facts, `${pack.id}.yaml`);
          const result = assess(framework, [pack], { library: packs }).results.find((r) => r.id === requirement.id);
          expect({ state: result?.state, reason: result?.reason }).toMatchObject({ state });
        });
      }
    }
  });
}
