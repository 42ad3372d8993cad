import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/checklist/types.js';
import { canBePartial, describeCheck, referencedRequirements } from '../../src/engine/check.js';

const ACTS = { covers: { fact: 'trafficking.acts', values: ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'] } };
const FLAG = { equals: { fact: 'trafficking.consent_irrelevant', value: true } };

describe('describeCheck', () => {
  it('renders leaves in one line', () => {
    expect(describeCheck(ACTS)).toBe(
      'trafficking.acts includes recruitment, transportation, transfer, harbouring and receipt (an equal share of credit for each)',
    );
    expect(describeCheck({ at_least: { fact: 'trafficking.penalty.max_years', value: 4 } })).toBe('trafficking.penalty.max_years is at least 4');
    expect(describeCheck({ one_of: { fact: 'trafficking.offence', values: ['single_offence', 'combination_of_offences'] } })).toBe(
      'trafficking.offence is single_offence or combination_of_offences',
    );
    expect(describeCheck({ grade: { fact: 'victims.firewall', credits: { statutory: 1, policy_only: 0.5, none: 0 } } })).toBe(
      'credit by victims.firewall: statutory 1, policy_only 0.5, none 0',
    );
    expect(describeCheck({ not: FLAG })).toBe('not: trafficking.consent_irrelevant is true');
    expect(describeCheck({ requirement: 'TIP-DEF-ACTS' })).toBe('the result of requirement TIP-DEF-ACTS');
  });

  it('renders combinators as indented bullets', () => {
    expect(describeCheck({ all: [FLAG, { any: [ACTS, { known: { fact: 'victims.firewall' } }] }, { not: { mean: [FLAG, FLAG] } }] })).toBe(
      [
        'all of (the lowest credit counts):',
        '- trafficking.consent_irrelevant is true',
        '- any of (the highest credit counts):',
        '  - trafficking.acts includes recruitment, transportation, transfer, harbouring and receipt (an equal share of credit for each)',
        '  - victims.firewall is stated',
        '- none of the following holds:',
        '  - the average of:',
        '    - trafficking.consent_irrelevant is true',
        '    - trafficking.consent_irrelevant is true',
      ].join('\n'),
    );
  });
});

describe('canBePartial', () => {
  const cases: [string, Check, boolean][] = [
    ['covers of several values', ACTS, true],
    ['covers of one value', { covers: { fact: 'trafficking.acts', values: ['receipt'] } }, false],
    ['grade with a fractional credit', { grade: { fact: 'victims.firewall', credits: { statutory: 1, policy_only: 0.5, none: 0 } } }, true],
    ['grade with 0 and 1 only', { grade: { fact: 'victims.firewall', credits: { statutory: 1, policy_only: 0, none: 0 } } }, false],
    ['equals', FLAG, false],
    ['mean of several parts', { mean: [FLAG, FLAG] }, true],
    ['all of binary parts', { all: [FLAG, FLAG] }, false],
    ['any with a partial part', { any: [FLAG, ACTS] }, true],
    ['not of a partial part', { not: ACTS }, true],
  ];
  it.each(cases)('%s → %s', (_, check, expected) => {
    expect(canBePartial(check)).toBe(expected);
  });

  it('follows requirement references, and stops at cycles', () => {
    const checks: Record<string, Check> = { A: ACTS, B: FLAG, C: { requirement: 'D' }, D: { requirement: 'C' } };
    const resolve = (id: string) => checks[id];
    expect(canBePartial({ requirement: 'A' }, resolve)).toBe(true);
    expect(canBePartial({ requirement: 'B' }, resolve)).toBe(false);
    expect(canBePartial({ requirement: 'C' }, resolve)).toBe(false);
  });
});

describe('referencedRequirements', () => {
  it('finds references at any depth', () => {
    expect(referencedRequirements({ all: [{ requirement: 'A' }, { not: { any: [FLAG, { requirement: 'B' }] } }] })).toEqual(['A', 'B']);
  });
});
