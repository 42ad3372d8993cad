/**
 * The json report: the assessments exactly as the engine produced them, wrapped in a versioned
 * document described by reportSchema() (schema.ts). JSON.stringify escapes C0 controls, and
 * jsonSafe() the rest of what a terminal could act on (C1 controls, bidi overrides), so hostile
 * text is data here, never an instruction to the terminal that prints the report.
 */
import type { Assessment } from '../engine/types.js';
import { jsonSafe } from './escape.js';
import { REPORT_SCHEMA_VERSION } from './formats.js';
import { isGap } from './model.js';
import { summaryRows } from './summary.js';
import { DEFAULT_TOOL, type CompareFormatter, type Formatter, type ToolInfo } from './types.js';

const toolOf = (tool: ToolInfo | undefined) => ({ name: (tool ?? DEFAULT_TOOL).name, version: (tool ?? DEFAULT_TOOL).version });

export const formatJson: Formatter = (assessments, options) => {
  const listed: readonly Assessment[] = options.onlyGaps
    ? assessments.map((a) => ({ ...a, results: a.results.filter(isGap) }))
    : assessments;
  const document = {
    schema_version: REPORT_SCHEMA_VERSION,
    tool: toolOf(options.tool),
    ...(options.onlyGaps ? { only_gaps: true } : {}),
    assessments: listed,
    ...(assessments.length > 1 ? { summary: { rows: summaryRows(assessments) } } : {}),
  };
  return jsonSafe(JSON.stringify(document, null, 2)) + '\n';
};

export const formatCompareJson: CompareFormatter = (comparison, options) => {
  return jsonSafe(JSON.stringify({ schema_version: REPORT_SCHEMA_VERSION, tool: toolOf(options.tool), comparison }, null, 2)) + '\n';
};
