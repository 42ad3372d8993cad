import { describe, expect, it } from 'vitest';
import { gapCeiling, labelForScore, rate } from '../../src/engine/rating.js';
import { score } from '../../src/engine/score.js';
import type { RequirementResult } from '../../src/engine/types.js';
import { result } from '../support/results.js';

const rated = (results: RequirementResult[]) => rate(score(results), results);

/** `count` met binding requirements of weight 3 (critical), to build a high binding score around a gap. */
const met = (count: number, extra: Partial<RequirementResult> = {}) =>
  Array.from({ length: count }, () => result('met', 1, { severity: 'critical', weight: 3, ...extra }));

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

describe('gapCeiling', () => {
  it('caps at largely_aligned for a major gap, partly_aligned for a critical one, and not for a minor one', () => {
    expect([gapCeiling('critical'), gapCeiling('major'), gapCeiling('minor')]).toEqual(['partly_aligned', 'largely_aligned', undefined]);
  });
});

describe('rate', () => {
  it('rates the binding tier only', () => {
    // binding: 9 met of weight 1 and 1 minor not met → 90; the not-met good-practice item does not count.
    const results = [
      ...Array.from({ length: 9 }, () => result('met', 1, { weight: 1, severity: 'minor' })),
      result('not_met', 0, { weight: 1, severity: 'minor' }),
      result('not_met', 0, { weight: 3, severity: 'critical', tier: 'good_practice' }),
    ];
    expect(rated(results)).toEqual({ label: 'aligned', uncapped: 'aligned', capped: false, red_lines: [], limited_by: [] });
  });

  it('gives insufficient_information below 50 % binding coverage or when nothing binding is assessed', () => {
    // 1 assessed of 3 applicable = 33.3 % coverage
    expect(rated([result('met', 1), result('not_assessed', null), result('not_assessed', null)]).label).toBe('insufficient_information');
    // 1 of 2 = 50 % is enough
    expect(rated([result('met', 1), result('not_assessed', null)]).label).toBe('aligned');
    expect(rated([result('met', 1, { tier: 'consider' })]).label).toBe('insufficient_information');
    expect(rated([]).label).toBe('insufficient_information');
  });

  describe('gap ceilings', () => {
    it('holds "aligned" back to largely_aligned for a binding major gap, partly met', () => {
      // binding: (3·19 + 2·0.5) / (3·19 + 2) = 58 / 59 = 98.3 → aligned by score; the major gap caps it.
      const gap = result('partial', 0.5, { severity: 'major', weight: 2 });
      const rating = rated([...met(19), gap]);
      expect(score([...met(19), gap]).tiers.binding.score).toBe(98.3);
      expect(rating).toEqual({ label: 'largely_aligned', uncapped: 'aligned', capped: true, red_lines: [], limited_by: [gap.id] });
    });

    it('holds "aligned" back to partly_aligned for a binding critical gap, not met', () => {
      // binding: 3·29 / (3·30) = 96.7 → aligned by score; the critical gap caps it at partly_aligned.
      const gap = result('not_met', 0, { severity: 'critical', weight: 3 });
      expect(rated([...met(29), gap])).toEqual({ label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: [], limited_by: [gap.id] });
    });

    it('holds "largely aligned" back to partly_aligned for a critical gap, but not for a major one', () => {
      // binding: (3·4 + 2·0 + 2·0) / (3·4 + 2·2) = 12 / 16 = 75 → largely_aligned; major gaps do not cap it.
      const majors = [result('not_met', 0, { severity: 'major', weight: 2 }), result('not_met', 0, { severity: 'major', weight: 2 })];
      expect(rated([...met(4), ...majors])).toEqual({ label: 'largely_aligned', uncapped: 'largely_aligned', capped: false, red_lines: [], limited_by: [] });
      const critical = result('partial', 0.5, { severity: 'critical', weight: 3 });
      const major = result('not_met', 0, { severity: 'major', weight: 2 });
      // binding: (3·8 + 2·0 + 3·0.5) / (3·8 + 2 + 3) = 25.5 / 29 = 87.9 → largely_aligned by score; the
      // critical gap caps it at partly_aligned, and only it is listed (the major gap's ceiling is not lower).
      expect(rated([...met(8), major, critical])).toEqual({
        label: 'partly_aligned',
        uncapped: 'largely_aligned',
        capped: true,
        red_lines: [],
        limited_by: [critical.id],
      });
    });

    it('lists every gap that holds the label back, critical before major, then in result order', () => {
      // binding: (3·40 + 2·0.5 + 3·0.5 + 2·0) / (120 + 2 + 3 + 2) = 122.5 / 127 = 96.5 → aligned by score.
      const majorA = result('partial', 0.5, { severity: 'major', weight: 2 });
      const critical = result('partial', 0.5, { severity: 'critical', weight: 3 });
      const majorB = result('not_met', 0, { severity: 'major', weight: 2 });
      expect(rated([...met(40), majorA, critical, majorB])).toEqual({
        label: 'partly_aligned',
        uncapped: 'aligned',
        capped: true,
        red_lines: [],
        limited_by: [critical.id, majorA.id, majorB.id],
      });
    });

    it('ignores minor gaps, gaps outside the binding tier, summary results, and requirements not assessed', () => {
      const results = [
        ...met(20),
        result('not_met', 0, { severity: 'minor', weight: 1 }),
        result('not_met', 0, { severity: 'critical', weight: 3, tier: 'consider' }),
        result('not_met', 0, { severity: 'critical', weight: 3, tier: 'good_practice' }),
        result('not_met', 0, { severity: 'critical', weight: 3, summary: true }),
        result('not_assessed', null, { severity: 'critical', weight: 3 }),
      ];
      // binding (summary left out): 60 / 61 = 98.4, coverage 21 / 22 → aligned.
      expect(rated(results)).toEqual({ label: 'aligned', uncapped: 'aligned', capped: false, red_lines: [], limited_by: [] });
    });

    it('never lowers partly_aligned, not_aligned or insufficient_information', () => {
      // binding: (3·1 + 0) / 6 = 50 → partly_aligned; the critical gap changes nothing and is not listed.
      const gap = result('not_met', 0, { severity: 'critical', weight: 3 });
      expect(rated([...met(1), gap])).toEqual({ label: 'partly_aligned', uncapped: 'partly_aligned', capped: false, red_lines: [], limited_by: [] });
      // 1 assessed of 3 → insufficient information whatever the gap.
      const unknown = [gap, result('not_assessed', null), result('not_assessed', null)];
      expect(rated(unknown)).toEqual({ label: 'insufficient_information', uncapped: 'insufficient_information', capped: false, red_lines: [], limited_by: [] });
    });
  });

  it('caps the label at partly_aligned when a red line is not met or only partly met', () => {
    // binding: (3·1·9 + 3·0.5) / 30 = 95 → aligned before the cap; the red line is listed once, in red_lines.
    const redLine = result('partial', 0.5, { weight: 3, severity: 'critical', red_line: true });
    const results = [...met(9), redLine];
    expect(rated(results)).toEqual({ label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: [redLine.id], limited_by: [] });
  });

  it('reports binding gaps next to the red lines that cap the label', () => {
    // binding: (3·38 + 0 + 3·0.5) / (3·40) = 115.5 / 120 = 96.3 → aligned by score.
    const redLine = result('not_met', 0, { weight: 3, severity: 'critical', red_line: true });
    const critical = result('partial', 0.5, { weight: 3, severity: 'critical' });
    expect(rated([...met(38), redLine, critical])).toEqual({
      label: 'partly_aligned',
      uncapped: 'aligned',
      capped: true,
      red_lines: [redLine.id],
      limited_by: [critical.id],
    });
  });

  it('counts red lines of any tier, but not met, unknown or summary ones', () => {
    const consider = result('not_met', 0, { tier: 'consider', red_line: true });
    const results = [
      result('met', 1, { red_line: true }),
      result('not_assessed', null, { red_line: true, tier: 'good_practice' }),
      result('not_met', 0, { red_line: true, summary: true }),
      consider,
    ];
    expect(rated(results)).toEqual({ label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: [consider.id], limited_by: [] });
  });

  it('does not lift a lower label, nor turn insufficient information into a label', () => {
    const low = [result('met', 1), result('not_met', 0, { red_line: true }), result('not_met', 0)];
    // binding (2·1) / 6 = 33.3 → not_aligned; the red line and the major gap change nothing
    expect(rated(low)).toEqual({ label: 'not_aligned', uncapped: 'not_aligned', capped: false, red_lines: [low[1]!.id], limited_by: [] });
    const unknown = [result('not_met', 0, { red_line: true, tier: 'good_practice' }), result('not_assessed', null)];
    expect(rated(unknown)).toMatchObject({ label: 'insufficient_information', capped: false });
  });
});
