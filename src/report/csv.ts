/**
 * CSV for spreadsheets: one row per requirement per file, RFC 4180 (CRLF line ends, quoted
 * fields where needed), every cell passed through csvField(), which also defuses formula
 * injection. Columns are fixed and documented by CSV_COLUMNS.
 */
import type { Assessment, RequirementResult } from '../engine/types.js';
import { csvField } from './escape.js';
import { citationText, isGap, nationalProvisions, recommendationSentence } from './model.js';
import type { Formatter } from './types.js';

export const CSV_COLUMNS = [
  'file',
  'jurisdiction',
  'pack',
  'id',
  'title',
  'area',
  'level',
  'tier',
  'bound_by',
  'severity',
  'weight',
  'red_line',
  'state',
  'credit',
  'reason',
  'provision',
  'recommendation',
  'source',
  'line',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

function row(result: RequirementResult, assessment: Assessment): Record<Column, string | number | boolean | null> {
  const j = assessment.jurisdiction;
  return {
    file: assessment.file,
    jurisdiction: j.code ? `${j.name} (${j.code})` : j.name,
    pack: result.pack,
    id: result.id,
    title: result.title,
    area: result.area,
    level: result.level,
    tier: result.tier,
    bound_by: result.bound_by ? citationText(result.bound_by) : '',
    severity: result.severity,
    weight: result.weight,
    red_line: result.red_line,
    state: result.state,
    credit: result.credit,
    reason: result.reason,
    provision: nationalProvisions(result).join('; '),
    recommendation: recommendationSentence(result),
    source: citationText(result.source),
    line: result.location.line,
  };
}

export const formatCsv: Formatter = (assessments, options) => {
  const lines = [CSV_COLUMNS.join(',')];
  for (const assessment of assessments) {
    for (const result of assessment.results) {
      if (options.onlyGaps && !isGap(result)) continue;
      const cells = row(result, assessment);
      lines.push(CSV_COLUMNS.map((c) => csvField(cells[c])).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
};
