import { describe, expect, it } from 'vitest';
import { explainRequirement } from '../../src/engine/explain.js';
import { pack, requirement } from '../support/packs.js';

const packs = [
  pack('base', [
    requirement('A-ACTS', { covers: { fact: 'trafficking.acts', values: ['recruitment', 'receipt'] } }, {
      partial: 'Some acts are covered.',
      references: [{ title: 'UNODC Model Law against Trafficking in Persons (2009)', provision: 'art. 8' }],
    }),
    requirement('A-NP', { equals: { fact: 'victims.non_punishment.model', value: 'causation' } }, {
      level: 'good_practice',
      binding_for_parties_of: [{ instrument: 'coe_cets_197', provision: 'art. 26' }],
      red_line: true,
    }),
  ]),
  pack('post', [requirement('PS-1', { all: [{ requirement: 'A-ACTS' }, { requirement: 'A-NP' }] }, { level: 'political' }), requirement('PS-1.A', { requirement: 'A-ACTS' }, { part_of: 'PS-1' })], { summary: true }),
];

describe('explainRequirement', () => {
  it('describes source, level, tier, check, partial and recommendation', () => {
    const result = explainRequirement('A-ACTS', packs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.explanation).toMatchObject({
      id: 'A-ACTS',
      pack: { id: 'base' },
      source: { instrument: 'tip_protocol', provision: 'art. 5(1)', instrument_title: 'Trafficking in Persons Protocol' },
      level: 'mandatory',
      tier: 'binding',
      weight: 2,
      check: 'trafficking.acts includes recruitment and receipt (an equal share of credit for each)',
      can_be_partial: true,
      partial: 'Some acts are covered.',
      recommendation: {
        if_not_met: 'The authorities are urged to address A-ACTS.',
        if_partly_met: 'The authorities should address A-ACTS.',
      },
      used_by: ['PS-1', 'PS-1.A'],
      uses: [],
    });
    expect(result.explanation.recommendation.if_bound_and_not_met).toBeUndefined();
  });

  it('words the recommendation for a jurisdiction bound by a regional treaty', () => {
    const result = explainRequirement('A-NP', packs);
    if (!result.ok) throw new Error(result.message);
    expect(result.explanation).toMatchObject({
      tier: 'good_practice',
      red_line: true,
      can_be_partial: false,
      binding_for_parties_of: [{ instrument: 'coe_cets_197', provision: 'art. 26' }],
      recommendation: {
        if_not_met: 'The authorities are invited to address A-NP.',
        if_bound_and_not_met: 'The authorities are urged to address A-NP.',
      },
    });
  });

  it('lists sub-questions and the requirements a summary question uses', () => {
    const result = explainRequirement('ps-1', packs);
    if (!result.ok) throw new Error(result.message);
    expect(result.explanation).toMatchObject({ id: 'PS-1', pack: { summary: true }, sub_questions: ['PS-1.A'], uses: ['A-ACTS', 'A-NP'], can_be_partial: true });
  });

  it('suggests the nearest id for an unknown one', () => {
    expect(explainRequirement('A-ACT', packs)).toEqual({
      ok: false,
      message: "unknown requirement 'A-ACT' (did you mean 'A-ACTS'?); run palermo-gap list to see every requirement",
    });
  });
});
