/**
 * Size limits for framework files. A framework file describes one jurisdiction in a few hundred
 * lines; anything far larger is a mistake or an attack (alias bombs, megabyte quotes), and is
 * refused with a diagnostic before it can cost memory or time. The schema and the loader read
 * these numbers from here, so tightening one is a one-line change.
 */
export const LIMITS = {
  /** Largest file read, in bytes. */
  maxFileBytes: 2 * 1024 * 1024,
  /** Alias nodes (`*anchor`) a file may use; each expansion also counts towards maxNodes. */
  maxAliasCount: 100,
  /** YAML nodes visited while reading the document, alias expansions included. */
  maxNodes: 50_000,
  /** Nesting depth of mappings and lists. The format itself needs five levels at most. */
  maxDepth: 32,
  /** Diagnostics printed per file; the rest are summarised in one line. */
  maxDiagnostics: 100,
  /** Characters in a short identifier: a code, a source id. */
  maxIdLength: 100,
  /** Characters in a name, title, provision reference or other one-line text. */
  maxLineLength: 1_000,
  /** Characters in a quote or note. */
  maxTextLength: 20_000,
  /** URLs. */
  maxUrlLength: 2_000,
  /** Entries in assessment.assessors. */
  maxAssessors: 100,
  /** Entries in assessment.sources. */
  maxSources: 1_000,
} as const;
