import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/checklist/types.js';
import { evaluateCheck } from '../../src/engine/evaluate.js';
import { PREDICATES } from '../../src/engine/predicates/index.js';
import { frameworkFromFacts } from '../support/framework-from-facts.js';
import { pack, requirement } from '../support/packs.js';

const run = (check: Check, facts: Record<string, unknown> = {}) =>
  evaluateCheck(frameworkFromFacts(facts), check, [], { library: [] });

const ACTS = ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'];

describe('predicate registry', () => {
  it('keys each predicate by its own name', () => {
    for (const [key, definition] of Object.entries(PREDICATES)) expect(definition.name).toBe(key);
  });
});

describe('equals', () => {
  const check = { equals: { fact: 'smuggling.benefit_element', value: 'element_of_offence' } };
  it('gives 1 when the fact has the value', () => {
    expect(run(check, { 'smuggling.benefit_element': 'element_of_offence' })).toMatchObject({
      credit: 1,
      reason: 'smuggling.benefit_element is element_of_offence',
    });
  });
  it('gives 0 and says what was expected otherwise', () => {
    expect(run(check, { 'smuggling.benefit_element': 'absent' })).toMatchObject({
      credit: 0,
      reason: 'smuggling.benefit_element is absent (expected element_of_offence)',
    });
  });
  it('is unknown when the fact is absent, null or "unknown"', () => {
    for (const facts of [{}, { 'smuggling.benefit_element': null }, { 'smuggling.benefit_element': 'unknown' }]) {
      expect(run(check, facts)).toMatchObject({ credit: null, reason: 'smuggling.benefit_element is unknown' });
    }
  });
  it('never reads false as unknown', () => {
    expect(run({ equals: { fact: 'trafficking.consent_irrelevant', value: true } }, { 'trafficking.consent_irrelevant': false }).credit).toBe(0);
  });
  it('records the fact read with its position and cited provision', () => {
    const outcome = run(check, {
      'smuggling.benefit_element': { value: 'absent', provision: 'Aliens Act s. 12', quote: 'Any person who...' },
    });
    expect(outcome.facts).toEqual([
      { path: 'smuggling.benefit_element', value: 'absent', position: { line: 3, col: 3 }, provision: 'Aliens Act s. 12', quote: 'Any person who...' },
    ]);
  });
});

describe('one_of', () => {
  const check = { one_of: { fact: 'trafficking.offence', values: ['single_offence', 'combination_of_offences'] } };
  it('gives 1 for any listed value and 0 otherwise', () => {
    expect(run(check, { 'trafficking.offence': 'combination_of_offences' }).credit).toBe(1);
    expect(run(check, { 'trafficking.offence': 'none' })).toMatchObject({
      credit: 0,
      reason: 'trafficking.offence is none (expected single_offence or combination_of_offences)',
    });
    expect(run(check).credit).toBeNull();
  });
});

describe('covers', () => {
  const check = { covers: { fact: 'trafficking.acts', values: ACTS } };
  it('gives the share of values present and names the missing ones', () => {
    const outcome = run(check, { 'trafficking.acts': ['recruitment', 'transportation', 'transfer'] });
    expect(outcome.credit).toBe(0.6);
    expect(outcome.reason).toBe('trafficking.acts lacks harbouring, receipt');
  });
  it('gives 1 when all are present and 0 for an empty list', () => {
    expect(run(check, { 'trafficking.acts': ACTS }).credit).toBe(1);
    expect(run(check, { 'trafficking.acts': [] })).toMatchObject({ credit: 0, reason: `trafficking.acts lacks ${ACTS.join(', ')}` });
  });
  it('is unknown when the fact is unknown', () => {
    expect(run(check).credit).toBeNull();
  });
});

describe('at_least and at_most', () => {
  it('compare inclusively', () => {
    const atLeast = { at_least: { fact: 'trafficking.penalty.max_years', value: 4 } };
    expect(run(atLeast, { 'trafficking.penalty.max_years': 4 }).credit).toBe(1);
    expect(run(atLeast, { 'trafficking.penalty.max_years': 3 })).toMatchObject({
      credit: 0,
      reason: 'trafficking.penalty.max_years is 3 (expected at least 4)',
    });
    const atMost = { at_most: { fact: 'trafficking.child_age', value: 18 } };
    expect(run(atMost, { 'trafficking.child_age': 18 }).credit).toBe(1);
    expect(run(atMost, { 'trafficking.child_age': 19 }).credit).toBe(0);
    expect(run(atMost).credit).toBeNull();
  });
});

describe('grade', () => {
  const check = {
    grade: {
      fact: 'victims.non_punishment.scope',
      credits: { all_offences: 1, listed_offences: 0.5, immigration_offences_only: 0.25, none: 0 },
    },
  };
  it('maps each value to its credit', () => {
    expect(run(check, { 'victims.non_punishment.scope': 'all_offences' })).toMatchObject({ credit: 1, reason: 'victims.non_punishment.scope is all_offences' });
    expect(run(check, { 'victims.non_punishment.scope': 'listed_offences' })).toMatchObject({
      credit: 0.5,
      reason: 'victims.non_punishment.scope is listed_offences (credit 0.5; full credit for all_offences)',
    });
    expect(run(check, { 'victims.non_punishment.scope': 'none' }).credit).toBe(0);
  });
  it('is unknown when the fact is unknown', () => {
    expect(run(check)).toMatchObject({ credit: null, reason: 'victims.non_punishment.scope is unknown' });
  });
  it('grades boolean facts by true and false', () => {
    const flag = { grade: { fact: 'victims.assistance.shelters_confine', credits: { true: 0, false: 1 } } };
    expect(run(flag, { 'victims.assistance.shelters_confine': false }).credit).toBe(1);
    expect(run(flag, { 'victims.assistance.shelters_confine': true }).credit).toBe(0);
  });
});

describe('known', () => {
  it('is 1 when stated (even as false) and 0 when unknown, never unknown', () => {
    const check = { known: { fact: 'victims.firewall' } };
    expect(run(check, { 'victims.firewall': 'none' }).credit).toBe(1);
    expect(run(check)).toMatchObject({ credit: 0, reason: 'victims.firewall is not stated' });
  });
});

// Kleene logic over credits: ZERO is 0, ONE is 1, UNKNOWN is unknown, HALF is 0.5.
const ZERO = { equals: { fact: 'trafficking.consent_irrelevant', value: true } };
const ONE = { equals: { fact: 'trafficking.transnationality_required', value: false } };
const UNKNOWN = { equals: { fact: 'trafficking.organized_group_required', value: false } };
const HALF = { covers: { fact: 'prevention.national_action_plan', values: ['trafficking', 'smuggling'] } };
const FACTS = {
  'trafficking.consent_irrelevant': false,
  'trafficking.transnationality_required': false,
  'prevention.national_action_plan': ['trafficking'],
};
const credit = (check: Check) => run(check, FACTS).credit;

describe('Kleene logic', () => {
  it('all is the minimum; a 0 wins over unknown; otherwise unknown wins', () => {
    expect(credit({ all: [ONE, HALF] })).toBe(0.5);
    expect(credit({ all: [ONE, ONE] })).toBe(1);
    expect(credit({ all: [ZERO, UNKNOWN] })).toBe(0);
    expect(credit({ all: [UNKNOWN, ZERO] })).toBe(0);
    expect(credit({ all: [ONE, UNKNOWN] })).toBeNull();
    expect(credit({ all: [HALF, UNKNOWN] })).toBeNull();
  });
  it('any is the maximum; a 1 wins over unknown; otherwise unknown wins', () => {
    expect(credit({ any: [ZERO, HALF] })).toBe(0.5);
    expect(credit({ any: [ZERO, ZERO] })).toBe(0);
    expect(credit({ any: [ONE, UNKNOWN] })).toBe(1);
    expect(credit({ any: [UNKNOWN, ONE] })).toBe(1);
    expect(credit({ any: [ZERO, UNKNOWN] })).toBeNull();
    expect(credit({ any: [HALF, UNKNOWN] })).toBeNull();
  });
  it('mean is the average and unknown if any part is unknown', () => {
    expect(credit({ mean: [ONE, ZERO, HALF] })).toBe(0.5);
    expect(credit({ mean: [ONE, ONE, ZERO] })).toBe(0.666667);
    expect(credit({ mean: [ONE, UNKNOWN] })).toBeNull();
    expect(credit({ mean: [ZERO, UNKNOWN] })).toBeNull();
  });
  it('not is 1 minus the credit and keeps unknown', () => {
    expect(credit({ not: ZERO })).toBe(1);
    expect(credit({ not: ONE })).toBe(0);
    expect(credit({ not: HALF })).toBe(0.5);
    expect(credit({ not: UNKNOWN })).toBeNull();
    expect(credit({ not: { not: ONE } })).toBe(1);
  });
  it('nests', () => {
    expect(credit({ all: [{ any: [ZERO, ONE] }, { not: ZERO }, { mean: [ONE, HALF] }] })).toBe(0.75);
    expect(credit({ any: [{ all: [ZERO, UNKNOWN] }, { all: [ONE, UNKNOWN] }] })).toBeNull();
    expect(credit({ any: [{ all: [ZERO, UNKNOWN] }, { any: [ONE, UNKNOWN] }] })).toBe(1);
  });
});

describe('reasons of combinators', () => {
  it('all names the parts that failed, deciding facts first', () => {
    const outcome = run({ all: [ONE, ZERO, UNKNOWN] }, FACTS);
    expect(outcome.reason).toBe('trafficking.consent_irrelevant is false (expected true)');
    expect(outcome.facts.map((fact) => fact.path)).toEqual([
      'trafficking.consent_irrelevant',
      'trafficking.transnationality_required',
      'trafficking.organized_group_required',
    ]);
  });
  it('all names the unknown parts when unknown', () => {
    expect(run({ all: [ONE, UNKNOWN] }, FACTS).reason).toBe('trafficking.organized_group_required is unknown');
  });
  it('any names the part that held', () => {
    expect(run({ any: [ZERO, ONE] }, FACTS).reason).toBe('trafficking.transnationality_required is false');
  });
  it('not does not state the expectation of the negated check', () => {
    const check = { not: { equals: { fact: 'smuggling.migrant_liability.liable_as_smuggled', value: true } } };
    expect(run(check, { 'smuggling.migrant_liability.liable_as_smuggled': false })).toMatchObject({
      credit: 1,
      reason: 'smuggling.migrant_liability.liable_as_smuggled is false',
    });
    expect(run(check, { 'smuggling.migrant_liability.liable_as_smuggled': true })).toMatchObject({
      credit: 0,
      reason: 'smuggling.migrant_liability.liable_as_smuggled is true (expected anything but true)',
    });
  });
});

describe('requirement references', () => {
  const packs = [
    pack('base', [
      requirement('A-ACTS', { covers: { fact: 'trafficking.acts', values: ACTS } }),
      requirement('A-SEA', { known: { fact: 'cooperation.sea_authority' } }, {
        applies_when: { equals: { fact: 'jurisdiction.coastal', value: true } },
      }),
      requirement('A-UNKNOWN', UNKNOWN),
    ]),
  ];
  const runRef = (check: Check, facts: Record<string, unknown>) => evaluateCheck(frameworkFromFacts(facts), check, packs, { library: [] });

  it('gives the credit of the referenced requirement, with its reason and facts', () => {
    const outcome = runRef({ requirement: 'A-ACTS' }, { 'trafficking.acts': ['recruitment', 'transportation', 'transfer', 'harbouring'] });
    expect(outcome.credit).toBe(0.8);
    expect(outcome.reason).toBe('A-ACTS is partly met: trafficking.acts lacks receipt');
    expect(outcome.facts.map((fact) => fact.path)).toEqual(['trafficking.acts']);
  });
  it('is unknown when the referenced requirement is not assessed', () => {
    expect(runRef({ requirement: 'A-UNKNOWN' }, {}).credit).toBeNull();
  });
  it('is skipped by all/any/mean when the referenced requirement does not apply', () => {
    const landlocked = { 'jurisdiction.coastal': false, 'trafficking.acts': ACTS };
    expect(runRef({ requirement: 'A-SEA' }, landlocked).credit).toBe('skip');
    expect(runRef({ all: [{ requirement: 'A-SEA' }, { requirement: 'A-ACTS' }] }, landlocked).credit).toBe(1);
    expect(runRef({ mean: [{ requirement: 'A-SEA' }, { requirement: 'A-ACTS' }] }, landlocked).credit).toBe(1);
    expect(runRef({ all: [{ requirement: 'A-SEA' }] }, landlocked).credit).toBe('skip');
    expect(runRef({ not: { requirement: 'A-SEA' } }, landlocked).credit).toBe('skip');
  });
  it('applies when the applies_when fact is unknown', () => {
    expect(runRef({ requirement: 'A-SEA' }, { 'cooperation.sea_authority': true }).credit).toBe(1);
  });
});
