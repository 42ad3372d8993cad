/**
 * Properties of evaluation over the built-in packs for arbitrary framework files: every
 * requirement yields exactly one result, and state, credit, missing facts and recommendation
 * always agree with each other.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBuiltinPacks } from '../../src/checklist/builtins.js';
import { factSpecs } from '../../src/checklist/fact-index.js';
import { assess } from '../../src/engine/evaluate.js';
import type { FactSpec } from '../../src/framework/types.js';
import { frameworkFromFacts } from '../support/framework-from-facts.js';

const packs = compileBuiltinPacks(join(import.meta.dirname, '..', '..', 'checklists'));

function valueOf(spec: FactSpec): fc.Arbitrary<unknown> {
  const values = Object.keys(spec.values ?? {});
  switch (spec.kind) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...values);
    case 'set':
      return fc.subarray(values);
    case 'integer':
    case 'number':
      return fc.integer({ min: spec.minimum ?? 0, max: spec.maximum ?? 100 });
    case 'date':
      return fc.constant('2020-01-01');
    case 'string':
      return fc.string({ minLength: 1, maxLength: 10 });
  }
}

// Each fact is absent, explicitly unknown, or a valid value.
const facts = fc.record(
  Object.fromEntries([...factSpecs()].map(([path, spec]) => [path, fc.oneof(fc.constant(null), valueOf(spec))])),
  { requiredKeys: [] },
);

describe('evaluation of the built-in packs', () => {
  const ids = packs.flatMap((pack) => pack.requirements.map((requirement) => requirement.id));

  it('gives exactly one consistent result per requirement whatever the facts', () => {
    fc.assert(
      fc.property(facts, (flat) => {
        const assessment = assess(frameworkFromFacts(flat), packs, { library: packs });
        expect(assessment.results.map((result) => result.id)).toEqual(ids);
        for (const result of assessment.results) {
          const { state, credit } = result;
          if (state === 'met') expect(credit).toBe(1);
          else if (state === 'not_met') expect(credit).toBe(0);
          else if (state === 'partial') expect(credit! > 0 && credit! < 1).toBe(true);
          else expect(credit).toBeNull();
          expect(result.missing.length > 0).toBe(state === 'not_assessed');
          expect(result.recommendation !== undefined).toBe(state === 'not_met' || state === 'partial');
          expect(result.location.line).toBeGreaterThanOrEqual(1);
          expect(result.reason.length).toBeGreaterThan(0);
        }
        for (const cell of [assessment.scores.overall, ...Object.values(assessment.scores.tiers)]) {
          if (cell.score !== null) expect(cell.score >= 0 && cell.score <= 100).toBe(true);
          expect(cell.assessed).toBeLessThanOrEqual(cell.applicable);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('assesses nothing and rates insufficient_information for an empty file', () => {
    const assessment = assess(frameworkFromFacts({}), packs, { library: packs });
    expect(assessment.rating.label).toBe('insufficient_information');
    expect(assessment.scores.tiers.binding.assessed).toBe(0);
    expect(assessment.results.filter((result) => result.state === 'partial')).toEqual([]);
  });

  it('makes every requirement with binding_for_parties_of binding for a party to one of those treaties', () => {
    for (const pack of packs) {
      for (const requirement of pack.requirements) {
        const [first] = requirement.binding_for_parties_of ?? [];
        if (!first) continue;
        const framework = frameworkFromFacts({ [`instruments.${first.instrument}.status`]: 'party' });
        const result = assess(framework, [pack], { library: packs }).results.find((r) => r.id === requirement.id)!;
        expect({ id: requirement.id, tier: result.tier, bound_by: result.bound_by?.instrument }).toEqual({
          id: requirement.id,
          tier: 'binding',
          bound_by: ['mandatory', 'mandatory_qualified'].includes(requirement.level) ? undefined : first.instrument,
        });
      }
    }
  });
});
