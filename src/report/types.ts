import type { ChalkInstance } from 'chalk';
import type { Comparison } from '../engine/compare.js';
import type { Assessment } from '../engine/types.js';

export interface ToolInfo {
  name: string;
  version: string;
  /** Where the tool is documented; SARIF `informationUri`. */
  uri?: string;
}

export interface FormatOptions {
  /** A chalk instance chosen by the CLI (colour level already decided), or true/false. */
  color: ChalkInstance | boolean;
  /** Show only the gaps (not met, partly met). */
  onlyGaps?: boolean;
  /** Show the full trace: facts read with values, positions and provisions. */
  verbose?: boolean;
  /** Name and version written into machine formats (JSON, SARIF). */
  tool?: ToolInfo;
  /** Directory SARIF paths are made relative to when a file was named by an absolute path. */
  cwd?: string;
}

/** A formatter is pure: the same assessments and options always give the same text. */
export type Formatter = (assessments: readonly Assessment[], options: FormatOptions) => string;

export const DEFAULT_TOOL: ToolInfo = { name: 'palermo-gap', version: '0.0.0' };

/** Renders the diff of two assessments (`palermo-gap compare`); pure like Formatter. */
export type CompareFormatter = (comparison: Comparison, options: FormatOptions) => string;
