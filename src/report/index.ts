/**
 * The formatter registries. `satisfies Record<FormatName, Formatter>` makes the compiler reject a
 * format name without a formatter (or a formatter without a name); the CLI feeds commander's
 * `.choices()` from FORMAT_NAMES in formats.ts, so help, validation and code never drift.
 */
import { formatCompareMarkdown, formatCompareText } from './compare.js';
import { formatCsv } from './csv.js';
import { formatCompareJson, formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { CompareFormatName, FormatName } from './formats.js';
import type { CompareFormatter, Formatter } from './types.js';

export const formatters = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  junit: formatJunit,
  csv: formatCsv,
} as const satisfies Record<FormatName, Formatter>;

export const compareFormatters = {
  text: formatCompareText,
  markdown: formatCompareMarkdown,
  json: formatCompareJson,
} as const satisfies Record<CompareFormatName, CompareFormatter>;

export { FORMAT_NAMES, COMPARE_FORMAT_NAMES, REPORT_SCHEMA_VERSION } from './formats.js';
export type { FormatName, CompareFormatName } from './formats.js';
export type { CompareFormatter, FormatOptions, Formatter, ToolInfo } from './types.js';
