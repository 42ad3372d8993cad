import { describe, expect, it } from 'vitest';
import { score, scoreCell } from '../../src/engine/score.js';
import { result } from '../support/results.js';

describe('scoreCell', () => {
  it('weights credits over assessed, applicable requirements', () => {
    const cell = scoreCell([
      result('met', 1, { weight: 3 }),
      result('partial', 0.5, { weight: 2 }),
      result('not_met', 0, { weight: 1 }),
      result('not_assessed', null, { weight: 3 }),
      result('not_applicable', null, { weight: 3 }),
    ]);
    // Σ w·c = 3·1 + 2·0.5 + 1·0 = 4; Σ w = 3 + 2 + 1 = 6; 100 × 4 / 6 = 66.67 → 66.7
    // applicable = 4 (all but not_applicable); assessed = 3; coverage = 100 × 3 / 4 = 75
    expect(cell).toEqual({ score: 66.7, coverage: 75, assessed: 3, applicable: 4 });
  });

  it('has no score when nothing is assessed and no coverage when nothing applies', () => {
    expect(scoreCell([result('not_assessed', null)])).toEqual({ score: null, coverage: 0, assessed: 0, applicable: 1 });
    expect(scoreCell([result('not_applicable', null)])).toEqual({ score: null, coverage: null, assessed: 0, applicable: 0 });
    expect(scoreCell([])).toEqual({ score: null, coverage: null, assessed: 0, applicable: 0 });
  });
});

describe('score', () => {
  const results = [
    result('met', 1, { weight: 3, tier: 'binding', area: 'criminalization' }),
    result('not_met', 0, { weight: 2, tier: 'binding', area: 'protection', source: { instrument: 'som_protocol', provision: 'art. 6' } }),
    result('partial', 0.25, { weight: 1, tier: 'consider', area: 'protection' }),
    result('not_assessed', null, { weight: 2, tier: 'good_practice', area: 'prevention', source: { instrument: 'ohchr_principles', provision: 'Principle 7' } }),
    // Summary results restate others and are never scored.
    result('not_met', 0, { weight: 3, summary: true, source: { instrument: 'unodc_checklist', provision: 'q. 1' } }),
  ];
  const scores = score(results);

  it('scores overall without the summary pack', () => {
    // Σ w·c = 3·1 + 2·0 + 1·0.25 = 3.25; Σ w = 6; 100 × 3.25 / 6 = 54.17 → 54.2; coverage 3 of 4 = 75
    expect(scores.overall).toEqual({ score: 54.2, coverage: 75, assessed: 3, applicable: 4 });
  });

  it('scores each tier separately', () => {
    // binding: (3·1 + 2·0) / 5 = 60; consider: 0.25 → 25; good practice: nothing assessed
    expect(scores.tiers).toEqual({
      binding: { score: 60, coverage: 100, assessed: 2, applicable: 2 },
      consider: { score: 25, coverage: 100, assessed: 1, applicable: 1 },
      good_practice: { score: null, coverage: 0, assessed: 0, applicable: 1 },
    });
  });

  it('scores per area, only for areas that have requirements', () => {
    // protection: (2·0 + 1·0.25) / 3 = 8.33 → 8.3
    expect(scores.areas).toEqual({
      criminalization: { score: 100, coverage: 100, assessed: 1, applicable: 1 },
      protection: { score: 8.3, coverage: 100, assessed: 2, applicable: 2 },
      prevention: { score: null, coverage: 0, assessed: 0, applicable: 1 },
    });
  });

  it('scores per instrument of the requirement source', () => {
    // tip_protocol: (3·1 + 1·0.25) / 4 = 81.25 → 81.3
    expect(scores.instruments).toEqual({
      tip_protocol: { score: 81.3, coverage: 100, assessed: 2, applicable: 2 },
      som_protocol: { score: 0, coverage: 100, assessed: 1, applicable: 1 },
      ohchr_principles: { score: null, coverage: 0, assessed: 0, applicable: 1 },
    });
  });
});
