import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/engine/types.js';
import { CSV_COLUMNS, formatCsv } from '../../src/report/csv.js';
import { loadAssessments } from './helpers.js';
import { parseCsv } from './csv-parse.js';

const [draft] = loadAssessments('report-draft-with-red-line') as [Assessment];
const [hostile] = loadAssessments('report-hostile-strings') as [Assessment];
const two = loadAssessments('report-two-files-summary', 'assessments.json');

function table(csv: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(csv);
  expect(head).toEqual([...CSV_COLUMNS]);
  for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  return rows.map((row) => Object.fromEntries(row.map((cell, i) => [CSV_COLUMNS[i]!, cell])));
}

describe('CSV report', () => {
  it('has one row per requirement per file, CRLF line ends', () => {
    const csv = formatCsv(two, { color: false });
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = table(csv);
    expect(rows).toHaveLength(two[0]!.results.length + two[1]!.results.length);
    expect(new Set(rows.map((r) => r.file))).toEqual(new Set(['samples/freedonia-draft.yaml', 'samples/sylvania.yaml']));
  });

  it('carries the treaty source, the regional treaty, the national provision and the graded recommendation', () => {
    const row = table(formatCsv([draft], { color: false })).find((r) => r.id === 'PRIN-NONPUNISH')!;
    expect(row).toMatchObject({
      jurisdiction: 'Freedonia (FRE)',
      pack: 'principles',
      tier: 'binding',
      level: 'good_practice',
      bound_by: 'Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197), art. 26',
      state: 'partial',
      credit: '0.5',
      provision: 'Aliens Act art. 9',
      recommendation:
        'The authorities should extend non-punishment to all offences victims were compelled to commit as a direct consequence of being trafficked.',
      source: 'UNODC Model Laws, Model Law against Trafficking in Persons (2009), art. 10',
    });
  });

  it('leaves credit empty when unknown', () => {
    const row = table(formatCsv([draft], { color: false })).find((r) => r.id === 'TIP-VICT-RECOVERY')!;
    expect(row.credit).toBe('');
    expect(row.state).toBe('not_assessed');
  });

  it('defuses formula injection in every cell and keeps line breaks inside quoted cells', () => {
    const rows = table(formatCsv([hostile], { color: false }));
    const child = rows.find((r) => r.id === 'TIP-DEF-CHILD')!;
    expect(child.title).toBe("'+cmd|' /C calc'!A0");
    expect(child.provision).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(child.reason).toBe('line1\nline2\r\n| pipe | table ]]> click');
    const acts = rows.find((r) => r.id === 'TIP-DEF-ACTS')!;
    expect(acts.reason).toBe("'@mention #123 \\ backslash");
    expect(acts.provision).toBe("'\t=1+1");
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[\t\r]|^ *[=+\-@]/);
      expect(row.jurisdiction).not.toMatch(/[\u001b\u202e]/);
    }
  });

  it('with --only-gaps has only the gaps', () => {
    const rows = table(formatCsv([draft], { color: false, onlyGaps: true }));
    expect(rows.map((r) => r.state).every((s) => s === 'not_met' || s === 'partial')).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
  });
});
