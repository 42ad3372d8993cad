import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { Assessment } from '../../src/engine/types.js';
import { formatCompareMarkdown, formatCompareText, verdict } from '../../src/report/compare.js';
import { formatCompareJson } from '../../src/report/json.js';
import { TOOL, copy, loadAssessments } from './helpers.js';

const [base] = loadAssessments('compare-one-closed-one-opened', 'base.json') as [Assessment];
const [head] = loadAssessments('compare-one-closed-one-opened', 'head.json') as [Assessment];
const comparison = compare(base, head);

describe('comparison reports', () => {
  it('text (golden)', async () => {
    await expect(formatCompareText(comparison, { color: false })).toMatchFileSnapshot('../fixtures/compare-one-closed-one-opened/expected.txt');
  });

  it('markdown (golden)', async () => {
    await expect(formatCompareMarkdown(comparison, { color: false })).toMatchFileSnapshot('../fixtures/compare-one-closed-one-opened/expected.md');
  });

  it('json (golden)', async () => {
    await expect(formatCompareJson(comparison, { color: false, tool: TOOL })).toMatchFileSnapshot('../fixtures/compare-one-closed-one-opened/expected.json');
  });

  it('states the verdict first', () => {
    const text = formatCompareText(comparison, { color: false });
    expect(text.indexOf('Regression: 1 gap opened; the binding score fell from 65.3 to 56.7.')).toBeGreaterThan(0);
    expect(text.indexOf('Regression')).toBeLessThan(text.indexOf('Gaps opened'));
    expect(verdict(compare(base, copy(base)))).toBe('No regression: no gap opened and the binding score did not fall.');
  });

  it('names both jurisdictions when they differ, and escapes them', () => {
    const other = copy(head);
    other.jurisdiction = { name: 'Other | <b>x</b>', code: 'OTH' };
    const c = compare(base, other);
    expect(formatCompareText(c, { color: false })).toContain('Comparison: Freedonia (FRE) → Other | <b>x</b> (OTH)');
    expect(formatCompareMarkdown(c, { color: false })).toContain('## Comparison: Freedonia (FRE) → Other \\| &lt;b&gt;x&lt;/b&gt; (OTH)');
  });
});
