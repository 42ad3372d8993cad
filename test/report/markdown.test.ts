import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/engine/types.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { copy, loadAssessments, resultById } from './helpers.js';

const [draft] = loadAssessments('report-draft-with-red-line') as [Assessment];
const [hostile] = loadAssessments('report-hostile-strings') as [Assessment];
const two = loadAssessments('report-two-files-summary', 'assessments.json');

/** Cells of a GFM table row: split on pipes not escaped by a backslash. */
function cells(line: string): string[] {
  return line.replace(/\\\\/g, '').split(/(?<!\\)\|/).slice(1, -1);
}

function expectTablesIntact(md: string): void {
  const lines = md.split('\n');
  let columns = 0;
  for (const [i, line] of lines.entries()) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const n = cells(line).length;
    if (columns === 0) {
      columns = n;
      expect(lines[i + 1], `rule under the header at line ${i + 1}`).toMatch(/^\|( -{3,}:? \|)+$/);
    } else expect(n, `columns in line ${i + 1}: ${line.slice(0, 80)}`).toBe(columns);
  }
}

describe('Markdown report', () => {
  it('keeps every table rectangular, for every fixture and option', () => {
    for (const assessments of [[draft], two, [hostile]]) {
      for (const options of [{}, { verbose: true }, { onlyGaps: true }]) expectTablesIntact(formatMarkdown(assessments, { color: false, ...options }));
    }
  });

  it('answers the post-session questions and lists gaps with source, provision and recommendation', () => {
    const md = formatMarkdown([draft], { color: false });
    expect(md).toContain('| **PS-2** | The legal framework addresses all elements of both crimes as set forth in the Protocols | **partly** |');
    expect(md).toContain('| ↳ PS-2-TIP | All elements of trafficking in persons | no |');
    expect(md).toContain('#### 1. TIP-DEF-CHILD: No means need be proved when the victim is a child');
    expect(md).toContain('- **Source:** Trafficking in Persons Protocol, art. 3(c)');
    expect(md).toContain('- **National law:** Penal Code art. 212(4)');
    expect(md).toContain('- **Recommendation:** The authorities are urged to remove the requirement to prove any means when the victim is a child.');
    expect(md.indexOf('Red line not met')).toBeLessThan(md.indexOf('**Rating:**'));
  });

  it('shows the overall score on a labelled row and a table of scores by instrument after the areas', () => {
    const md = formatMarkdown([draft], { color: false });
    expect(md).toContain('| Overall (all tiers blended) | 57.6 | █████░░░░░ | 88% (7/8) |');
    expect(md).toContain('Overall blends every tier and is not what the rating is based on');
    expect(md.indexOf('### Scores by area')).toBeLessThan(md.indexOf('### Scores by instrument'));
    expect(md).toContain('| Trafficking in Persons Protocol | 47.5 | ████░░░░░░ | 75% (3/4) |');
    expect(md).toContain('| UN Convention against Transnational Organized Crime | 100 | ██████████ | 100% (1/1) |');
    expect(md).not.toContain('| UNODC post-session checklist |');
  });

  it('explains the rating: red lines, binding gaps that held it back, or too little assessed', () => {
    const held = copy(draft);
    held.rating = { label: 'largely_aligned', uncapped: 'aligned', capped: true, red_lines: [], limited_by: ['TIP-DEF-ACTS', 'PRIN-NONPUNISH'] };
    expect(formatMarkdown([held], { color: false })).toContain(
      '**Rating:** largely aligned (the binding score alone gives “aligned”; held back by binding gaps TIP-DEF-ACTS, PRIN-NONPUNISH).',
    );
    held.rating = { label: 'partly_aligned', uncapped: 'aligned', capped: true, red_lines: ['TIP-DEF-CHILD'], limited_by: ['TIP-DEF-ACTS'] };
    expect(formatMarkdown([held], { color: false })).toContain(
      '**Rating:** partly aligned, capped by red line TIP-DEF-CHILD (the binding score alone gives “aligned”; also held back by binding gap TIP-DEF-ACTS).',
    );
    held.rating = { label: 'insufficient_information', uncapped: 'insufficient_information', capped: false, red_lines: ['TIP-DEF-CHILD'], limited_by: [] };
    held.scores.tiers.binding = { score: 75, coverage: 5, assessed: 4, applicable: 88 };
    const thin = formatMarkdown([held], { color: false });
    expect(thin).toContain('> **Red line not met:** a red line not met would cap the headline rating; too little is assessed to give one.');
    expect(thin).toContain('**Rating:** insufficient information (only 5% of the binding obligations could be assessed; at least 50% is needed; red line not met: TIP-DEF-CHILD).');
  });

  it('says when a gap would be binding only for parties to a regional treaty', () => {
    const a = copy(draft);
    resultById(a, 'SOM-HUMANITARIAN').binding_only_for = [{ instrument: 'coe_cets_197', provision: 'art. 12(6)' }, { instrument: 'actip', provision: 'art. 14(1)' }];
    expect(formatMarkdown([a], { color: false })).toContain(
      '- **Source:** Smuggling of Migrants Protocol, art. 3(a); art. 6(1)\n- **Binding only for parties to:** CETS 197 art. 12(6); ACTIP art. 14(1)\n',
    );
  });

  it('renders hostile text inert: no HTML, no code span, no link, no mention, no math, one line', () => {
    const md = formatMarkdown([hostile], { color: false, verbose: true });
    for (const raw of ['<b>', '<script', '<img', '<!--', '</failure', '@octocat', '@mention', '@SUM', '[link](', '$x$']) expect(md).not.toContain(raw);
    expect(md).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(md).toContain('\\`code\\`');
    expect(md).toContain('\\[link\\](javascript:alert(1))');
    // Our own <br> in the trace table is the only tag.
    expect(md.replace(/<br>/g, '')).not.toMatch(/<[a-z!/]/i);
    expect(md).toContain('- **Finding:** line1 line2 \\| pipe \\| table \\]\\]&gt; click');
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('ends a multi-file report with the summary matrix', () => {
    const md = formatMarkdown(two, { color: false });
    const summary = md.indexOf('## Summary of 2 files');
    expect(summary).toBeGreaterThan(md.indexOf('## Gap report: Sylvania (SYL)'));
    expect(md.slice(summary)).toContain(
      '| Sylvania (SYL) | samples/sylvania.yaml | partly aligned (capped) | 80 (100%) | TIP-DEF-CHILD | 72.7 (100%) | 100 (100%) | 100 (100%) | 100 (100%) |',
    );
  });
});
