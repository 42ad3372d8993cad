/**
 * The framework file: facts about one jurisdiction's law. The fact catalogue in facts.ts is the
 * single source of the JSON Schema, the `init` template and the fact paths checklists may read.
 */

/** How a fact's value is written and compared. `set` is a list of values drawn from `values`. */
export type FactKind = 'boolean' | 'enum' | 'set' | 'integer' | 'number' | 'string' | 'date';

export interface FactSpec {
  kind: FactKind;
  description: string;
  /** Allowed values (enum, set) with a plain-language description of each. */
  values?: Record<string, string>;
  minimum?: number;
  maximum?: number;
  /** A value shown in the `init` template; it must validate. */
  example?: unknown;
}

export interface GroupSpec {
  description: string;
  facts: Record<string, FactSpec | GroupSpec>;
  /** Keys that must be present (jurisdiction name, as_of...). */
  required?: string[];
}

export type FactValue = boolean | number | string | string[];

/**
 * 1-based line and column in the source file. `endLine`/`endCol` point just past the end of the
 * range (exclusive), as SARIF regions do.
 */
export interface Position {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/** One fact as read from a file. `value: null` means unknown (absent, `null` or `unknown`). */
export interface Fact {
  path: string;
  value: FactValue | null;
  provision?: string;
  quote?: string;
  note?: string;
  position?: Position;
}

export interface Source {
  id: string;
  title?: string;
  url?: string;
  date?: string;
}

export interface Framework {
  /** The file as the user named it (display path). */
  file: string;
  schemaVersion: number;
  jurisdiction: {
    name: string;
    code?: string;
    kind?: string;
    asOf?: string;
  };
  assessment: {
    date?: string;
    assessors: string[];
    sources: Source[];
    notes?: string;
  };
  /** Every fact the file states, keyed by dotted path (`trafficking.acts`). Absent = unknown. */
  facts: Record<string, Fact>;
  /** Position of every mapping key in the file, by dotted path; used to locate missing facts. */
  positions: Record<string, Position>;
}

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  /** Dotted path of the offending node, when there is one. */
  path?: string;
  code: string;
}
