/**
 * Names of the report formats. Kept apart from the formatters themselves so that the CLI can feed
 * commander's `.choices()` at start-up without loading chalk, cli-table3 or any formatter code.
 * index.ts checks, at compile time, that every name here has exactly one formatter.
 */
export const FORMAT_NAMES = ['text', 'json', 'markdown', 'sarif', 'junit', 'csv'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formats `compare` can render: the CI and review views of a change. */
export const COMPARE_FORMAT_NAMES = ['text', 'markdown', 'json'] as const;
export type CompareFormatName = (typeof COMPARE_FORMAT_NAMES)[number];

/** Version of the JSON report document (json format and `compare --format json`); see schema.ts. */
export const REPORT_SCHEMA_VERSION = 1;
