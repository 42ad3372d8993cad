import { describe, expect, it } from 'vitest';
import { labelForScore, rate } from '../../src/engine/rating.js';
import { score } from '../../src/engine/score.js';
import type { RequirementResult } from '../../src/engine/types.js';
import { result } from '../support/results.js';

const rated = (results: RequirementResult[]) => rate(score(results), results);

describe('labelForScore', () => {
  it('uses the thresholds 90 / 70 / 40', () => {
    expect([100, 90, 89.9, 70, 69.9, 40, 39.9, 0].map(labelForScore)).toEqual([
      'aligned',
      'aligned',
      'largely_aligned',
      'largely_aligned',
      'partly_aligned',
      'partly_aligned',
      'not_aligned',
      'not_aligned',
    ]);
  });
});

describe('rate', () => {
  it('rates the binding tier only', () => {
    // binding: 9 met of weight 1 and 1 not met → 90; the not-met good-practice item does not count.
    const results = [
      ...Array.from({ length: 9 }, () => result('met', 1, { weight: 1 })),
      result('not_met', 0, { weight: 1 }),
      result('not_met', 0, { weight: 3, tier: 'good_practice' }),
    ];
    expect(rated(results)).toEqual({ label: 'aligned', uncapped: 'aligned', capped: false, red_lines: [] });
  });

  it('gives insufficient_information below 50 % binding coverage or when nothing binding is assessed', () => {
    // 1 assessed of 3 applicable = 33.3 % coverage
    expect(rated([result('met', 1), result('not_assessed', null), result('not_assessed', null)]).label).toBe('insufficient_information');
    // 1 of 2 = 50 % is enough
    expect(rated([result('met', 1), result('not_assessed', null)]).label).toBe('aligned');
    expect(rated([result('met', 1, { tier: 'consider' })]).label).toBe('insufficient_information');
    expect(rated([]).label).toBe('insufficient_information');
  });

  it('caps the label at partly_aligned when a red line is not met or only partly met', () => {
    // binding: (3·1·9 + 3·0.5) / 30 = 95 → aligned before the cap
    const redLine = result('partial', 0.5, { weight: 3, red_line: true });
    const results = [...Array.from({ length: 9 }, () => result('met', 1, { weight: 3 })), redLine];
    expect(rated(results)).toEqual({ label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: [redLine.id] });
  });

  it('counts red lines of any tier, but not met, unknown or summary ones', () => {
    const consider = result('not_met', 0, { tier: 'consider', red_line: true });
    const results = [
      result('met', 1, { red_line: true }),
      result('not_assessed', null, { red_line: true, tier: 'good_practice' }),
      result('not_met', 0, { red_line: true, summary: true }),
      consider,
    ];
    expect(rated(results)).toEqual({ label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: [consider.id] });
  });

  it('does not lift a lower label, nor turn insufficient information into a label', () => {
    const low = [result('met', 1), result('not_met', 0, { red_line: true }), result('not_met', 0)];
    // binding (2·1) / 6 = 33.3 → not_aligned; the red line changes nothing
    expect(rated(low)).toEqual({ label: 'not_aligned', uncapped: 'not_aligned', capped: false, red_lines: [low[1]!.id] });
    const unknown = [result('not_met', 0, { red_line: true, tier: 'good_practice' }), result('not_assessed', null)];
    expect(rated(unknown)).toMatchObject({ label: 'insufficient_information', capped: false });
  });
});
