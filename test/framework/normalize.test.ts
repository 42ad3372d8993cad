import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/framework/load.js';
import type { Framework } from '../../src/framework/types.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function loadFixture(scenario: string): Framework {
  const file = `${scenario}/framework.yaml`;
  const result = loadFramework(readFileSync(join(fixtures, file), 'utf8'), file);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.framework;
}

describe('normalization of bare and cited facts', () => {
  const framework = loadFixture('framework-cited-and-bare');

  it('keeps a bare fact as its value, without a citation', () => {
    expect(framework.facts['trafficking.acts']).toEqual({
      path: 'trafficking.acts',
      value: ['recruitment', 'transportation', 'transfer'],
      position: { line: 21, col: 3, endLine: 21, endCol: 48 },
    });
    expect(framework.facts['trafficking.penalty.max_years']?.value).toBe(15);
  });

  it('unwraps a cited fact into its value, provision, quote and note', () => {
    expect(framework.facts['trafficking.consent_irrelevant']).toEqual({
      path: 'trafficking.consent_irrelevant',
      value: true,
      provision: 'Penal Code art. 212(3)',
      quote: 'The consent of a victim ... shall be irrelevant',
      note: 'Applies to all means.',
      position: { line: 16, col: 3, endLine: 20, endCol: 32 },
    });
    expect(framework.facts['trafficking.child_age']).toMatchObject({ value: 18, provision: 'Penal Code art. 212(5)' });
    expect(framework.facts['victims.non_punishment.scope']).toMatchObject({
      value: 'listed_offences',
      provision: 'CTPA s. 20',
      note: 'Status offences only.',
    });
  });

  it('fills in the jurisdiction and the assessment', () => {
    expect(framework.file).toBe('framework-cited-and-bare/framework.yaml');
    expect(framework.schemaVersion).toBe(1);
    expect(framework.jurisdiction).toEqual({ name: 'Republic of Example', code: 'EXA', kind: 'country', asOf: '2025-06-30' });
    expect(framework.assessment).toEqual({
      date: '2025-09-15',
      assessors: ['Jane Doe'],
      sources: [{ id: 'pc', title: 'Penal Code', url: 'https://example.org/pc', date: '2024-12-31' }, { id: 'nap' }],
      notes: 'Desk review.',
    });
  });

  it('records the position of every key, sections and list items included', () => {
    expect(framework.positions['trafficking']).toEqual({ line: 15, col: 1, endLine: 15, endCol: 12 });
    expect(framework.positions['victims.non_punishment']).toMatchObject({ line: 26, col: 3 });
    expect(framework.positions['trafficking.acts.2']).toMatchObject({ line: 21, col: 39 });
    expect(framework.positions['assessment.sources.1.id']).toMatchObject({ line: 13, col: 8 });
  });

  it('holds only catalogue facts: the assessment is not a fact', () => {
    expect(Object.keys(framework.facts).some((path) => path.startsWith('assessment'))).toBe(false);
    expect(Object.keys(framework.facts)).toContain('jurisdiction.name');
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(framework))).toEqual(framework);
  });
});

describe('unknown facts: absent, null, unknown', () => {
  const framework = loadFixture('framework-unknown-forms');

  it('keeps a fact written unknown, null or empty with value null and its position', () => {
    expect(framework.facts['jurisdiction.coastal']).toMatchObject({ value: null, position: { line: 5 } });
    expect(framework.facts['trafficking.consent_irrelevant']).toMatchObject({ value: null, position: { line: 7 } });
    expect(framework.facts['trafficking.acts']).toMatchObject({ value: null, position: { line: 8 } });
  });

  it('keeps the citation of a cited fact whose value is unknown', () => {
    expect(framework.facts['trafficking.means']).toMatchObject({ value: null, provision: 'Penal Code art. 212', note: 'Text unclear.' });
  });

  it('leaves out facts that are not written, so absent means unknown and never no', () => {
    expect(framework.facts['trafficking.purposes']).toBeUndefined();
    expect(framework.facts['jurisdiction.code']).toBeUndefined();
    expect(Object.keys(framework.facts).some((path) => path.startsWith('victims.'))).toBe(false);
    expect(framework.jurisdiction).toEqual({ name: 'Republic of Example', asOf: '2025-06-30' });
  });

  it('keeps the position of an empty section, for findings about its missing facts', () => {
    expect(framework.positions['victims']).toMatchObject({ line: 10, col: 1 });
  });

  it('reads a known "none" as a value, not as unknown', () => {
    expect(framework.facts['smuggling.offence']?.value).toBe('none');
  });

  it('gives an empty assessment when the section is missing', () => {
    expect(framework.assessment).toEqual({ assessors: [], sources: [] });
  });
});

describe('sample files', () => {
  it('samples/meridia.yaml loads without problems or warnings', () => {
    const file = join(import.meta.dirname, '..', '..', 'samples', 'meridia.yaml');
    const result = loadFramework(readFileSync(file, 'utf8'), 'samples/meridia.yaml');
    expect(result.ok ? result.warnings : result.diagnostics).toEqual([]);
  });
});
