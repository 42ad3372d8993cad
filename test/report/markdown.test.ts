import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/engine/types.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { loadAssessments } from './helpers.js';

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
