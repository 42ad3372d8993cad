import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { Assessment } from '../../src/engine/types.js';
import { REPORT_SCHEMA_VERSION } from '../../src/report/formats.js';
import { formatCompareJson, formatJson } from '../../src/report/json.js';
import { reportSchema } from '../../src/report/schema.js';
import { TOOL, copy, loadAssessments } from './helpers.js';

const [draft] = loadAssessments('report-draft-with-red-line') as [Assessment];
const [hostile] = loadAssessments('report-hostile-strings') as [Assessment];
const two = loadAssessments('report-two-files-summary', 'assessments.json');

const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(reportSchema());
const valid = (doc: unknown) => {
  const ok = validate(doc);
  return ok ? 'valid' : ajv.errorsText(validate.errors);
};

describe('JSON report', () => {
  it('is a versioned document with the tool name and version', () => {
    const doc = JSON.parse(formatJson([draft], { color: false, tool: TOOL }));
    expect(doc.schema_version).toBe(REPORT_SCHEMA_VERSION);
    expect(doc.tool).toEqual(TOOL);
    expect(doc.assessments).toEqual([draft]);
    expect(doc.summary).toBeUndefined();
  });

  it('validates against the published report schema, with one or several files and hostile text', () => {
    for (const assessments of [[draft], two, [hostile]]) {
      expect(valid(JSON.parse(formatJson(assessments, { color: false, tool: TOOL })))).toBe('valid');
      expect(valid(JSON.parse(formatJson(assessments, { color: false, tool: TOOL, onlyGaps: true })))).toBe('valid');
    }
  });

  it('documents the binding gaps that held the rating back and the treaties that would make a gap binding', () => {
    const a = copy(draft);
    a.rating = { label: 'largely_aligned', uncapped: 'aligned', capped: true, red_lines: [], limited_by: ['PRIN-NONPUNISH'] };
    a.results.find((r) => r.id === 'SOM-HUMANITARIAN')!.binding_only_for = [{ instrument: 'coe_cets_197', provision: 'art. 12(6)' }];
    const doc = JSON.parse(formatJson([a], { color: false, tool: TOOL }));
    expect(valid(doc)).toBe('valid');
    expect(doc.assessments[0].rating.limited_by).toEqual(['PRIN-NONPUNISH']);
    const empty = copy(doc);
    empty.assessments[0].results.find((r: { id: string }) => r.id === 'SOM-HUMANITARIAN').binding_only_for = [];
    expect(valid(empty)).toMatch(/binding_only_for/);
    // Reports written before limited_by existed still validate.
    const older = copy(doc);
    delete older.assessments[0].rating.limited_by;
    expect(valid(older)).toBe('valid');
  });

  it('adds the summary matrix for several files', () => {
    const doc = JSON.parse(formatJson(two, { color: false, tool: TOOL }));
    expect(doc.summary.rows.map((r: { jurisdiction: string; capped: boolean }) => [r.jurisdiction, r.capped])).toEqual([
      ['Freedonia (FRE)', false],
      ['Sylvania (SYL)', true],
    ]);
  });

  it('with --only-gaps lists only gaps and says so', () => {
    const doc = JSON.parse(formatJson([draft], { color: false, tool: TOOL, onlyGaps: true }));
    expect(doc.only_gaps).toBe(true);
    expect(doc.assessments[0].results.map((r: { state: string }) => r.state)).toEqual(['partial', 'not_met', 'partial', 'not_met', 'not_met', 'partial']);
    expect(doc.assessments[0].scores).toEqual(draft.scores);
  });

  it('the schema rejects what it does not document', () => {
    const doc = JSON.parse(formatJson([draft], { color: false, tool: TOOL }));
    doc.assessments[0].results[0].state = 'passed';
    expect(valid(doc)).toMatch(/state/);
    const extra = JSON.parse(formatJson([draft], { color: false, tool: TOOL }));
    extra.assessments[0].surprise = 1;
    expect(valid(extra)).not.toBe('valid');
  });

  it('describes every property that is not self-explanatory', () => {
    const plain = new Set(['line', 'col', 'endLine', 'endCol', 'name', 'version', 'id', 'title', 'file', 'pack', 'verb', 'as_of']);
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(properties ?? {})) {
        const described = typeof value === 'object' && value !== null && ('description' in value || '$ref' in value);
        // Tier, area and score-cell maps are keyed by documented enums.
        const enumKeyed = /\.(tiers|areas|instruments)$/.test(path);
        if (value !== true && !described && !plain.has(key) && !enumKeyed) undescribed.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'properties') walk(value, `${path}/${key}`);
    };
    walk(reportSchema(), '#');
    expect(undescribed).toEqual([]);
  });

  it('renders a comparison as a document the same schema validates', () => {
    const head = copy(draft);
    head.file = 'samples/freedonia-draft-v2.yaml';
    const doc = JSON.parse(formatCompareJson(compare(draft, head), { color: false, tool: TOOL }));
    expect(doc.comparison.regression).toBe(false);
    expect(valid(doc)).toBe('valid');
  });
});
