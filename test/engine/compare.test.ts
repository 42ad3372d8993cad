import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { Assessment } from '../../src/engine/types.js';
import { copy, loadAssessments, resultById } from '../report/helpers.js';

const [base] = loadAssessments('compare-one-closed-one-opened', 'base.json') as [Assessment];
const [head] = loadAssessments('compare-one-closed-one-opened', 'head.json') as [Assessment];

describe('compare', () => {
  const comparison = compare(base, head);

  it('finds the gap closed and the gap opened between two versions of a draft', () => {
    expect(comparison.closed.map((c) => [c.id, c.base?.state, c.head?.state])).toEqual([['TIP-DEF-ACTS', 'partial', 'met']]);
    expect(comparison.opened.map((c) => [c.id, c.base?.state, c.head?.state, c.red_line])).toEqual([
      ['SOM-ART5-NONCRIM', 'met', 'not_met', true],
    ]);
  });

  it('reports other changes of credit with their direction', () => {
    expect(comparison.changed).toEqual([
      expect.objectContaining({ id: 'PRIN-NONPUNISH', change: 'improved', base: { state: 'partial', credit: 0.5 }, head: { state: 'partial', credit: 0.75 } }),
    ]);
  });

  it('leaves out the post-session answers, which only repeat the detailed results', () => {
    const ids = [...comparison.closed, ...comparison.opened, ...comparison.changed].map((c) => c.id);
    expect(ids.some((id) => id.startsWith('PS-'))).toBe(false);
  });

  it('gives score deltas per tier and area, with coverage', () => {
    expect(comparison.scores.tiers.binding.base).toBeCloseTo(65.333, 3);
    expect(comparison.scores.tiers.binding.head).toBeCloseTo(56.667, 3);
    expect(comparison.scores.tiers.binding.delta).toBeCloseTo(-8.667, 3);
    expect(comparison.scores.tiers.consider).toEqual({ base: null, head: null, delta: null, coverage_base: 0, coverage_head: 0 });
    expect(comparison.scores.areas.criminalization?.delta).toBeCloseTo(-16.364, 3);
    expect(Object.keys(comparison.scores.areas)).toEqual(['criminalization', 'protection', 'prevention', 'cooperation']);
    expect(comparison.rating).toEqual({ base: 'partly_aligned', head: 'partly_aligned' });
  });

  it('is a regression: a gap was opened', () => {
    expect(comparison.regression).toBe(true);
  });

  it('is no regression when nothing changed', () => {
    const same = compare(base, copy(base));
    expect(same.closed).toEqual([]);
    expect(same.opened).toEqual([]);
    expect(same.changed).toEqual([]);
    expect(same.regression).toBe(false);
  });

  it('is a regression when only the binding score falls', () => {
    const lower = copy(base);
    resultById(lower, 'TIP-DEF-ACTS').credit = 0.4;
    lower.scores.tiers.binding = { ...lower.scores.tiers.binding, score: 61.3 };
    const c = compare(base, lower);
    expect(c.opened).toEqual([]);
    expect(c.changed.map((x) => [x.id, x.change])).toEqual([['TIP-DEF-ACTS', 'worsened']]);
    expect(c.regression).toBe(true);
  });

  it('is a regression when the binding score can no longer be computed', () => {
    const unknown = copy(base);
    for (const r of unknown.results) if (r.tier === 'binding') Object.assign(r, { state: 'not_assessed', credit: null });
    unknown.scores.tiers.binding = { score: null, coverage: 0, assessed: 0, applicable: 6 };
    const c = compare(base, unknown);
    expect(c.opened).toEqual([]);
    expect(c.regression).toBe(true);
    // Gaps that became "not assessed" are not closed: the information was lost, not the gap.
    expect(c.closed).toEqual([]);
    expect(c.changed.find((x) => x.id === 'TIP-DEF-CHILD')?.change).toBe('changed');
  });

  it('is no regression when the head is strictly better', () => {
    const c = compare(head, base);
    expect(c.opened.map((x) => x.id)).toEqual(['TIP-DEF-ACTS']);
    const better = copy(base);
    resultById(better, 'TIP-DEF-ACTS').state = 'met';
    resultById(better, 'TIP-DEF-ACTS').credit = 1;
    better.scores.tiers.binding = { ...better.scores.tiers.binding, score: 73.3 };
    const up = compare(base, better);
    expect(up.closed.map((x) => x.id)).toEqual(['TIP-DEF-ACTS']);
    expect(up.regression).toBe(false);
  });

  it('treats a requirement new in the head as opened when it is a gap there', () => {
    const trimmed = copy(base);
    trimmed.results = trimmed.results.filter((r) => r.id !== 'TIP-DEF-CHILD');
    const c = compare(trimmed, base);
    expect(c.opened.map((x) => [x.id, x.base])).toEqual([['TIP-DEF-CHILD', null]]);
    const gone = compare(base, trimmed);
    expect(gone.changed.map((x) => [x.id, x.head])).toEqual([['TIP-DEF-CHILD', null]]);
  });

  it('treats a gap that no longer applies as a change, not as a closed gap', () => {
    const na = copy(base);
    Object.assign(resultById(na, 'SOM-HUMANITARIAN'), { state: 'not_applicable', credit: null });
    const c = compare(base, na);
    expect(c.closed).toEqual([]);
    expect(c.changed.map((x) => [x.id, x.change])).toEqual([['SOM-HUMANITARIAN', 'changed']]);
  });

  it('orders red lines first, then by severity', () => {
    const worse = copy(base);
    for (const id of ['UNTOC-MLA', 'SOM-ART5-NONCRIM']) Object.assign(resultById(worse, id), { state: 'not_met', credit: 0 });
    expect(compare(base, worse).opened.map((x) => x.id)).toEqual(['SOM-ART5-NONCRIM', 'UNTOC-MLA']);
  });
});
