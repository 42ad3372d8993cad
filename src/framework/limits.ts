/**
 * Limits on what palermo-gap reads. Framework files and custom checklists are written by hand,
 * mailed around and run in CI on pull requests from strangers, so every input is treated as
 * untrusted. A framework file describes one jurisdiction in a few hundred lines (about 700 YAML
 * values, 20 KB); a built-in checklist pack has about 1,000 values in 50 KB. Anything far larger
 * or deeper is a mistake or an attack (alias bombs, megabyte quotes, a million-key mapping), and
 * is refused with one diagnostic before it can cost memory or time. The loaders, the schema and
 * the CLI read these numbers from here only, so changing one is a one-line change.
 */
export const LIMITS = {
  /** Largest framework file read, in bytes (raise with --max-file-size). */
  maxFileBytes: 2 * 1024 * 1024,
  /** Largest checklist file read, in bytes (raise with --max-file-size). */
  maxChecklistBytes: 4 * 1024 * 1024,
  /** Largest value --max-file-size accepts: the other limits still bound the work. */
  maxFileBytesCeiling: 256 * 1024 * 1024,
  /** Alias nodes (`*anchor`) a file may use; each expansion also counts towards maxNodes. */
  maxAliasCount: 100,
  /**
   * YAML values in a framework file, alias expansions included. Composing a value costs the parser
   * a few microseconds and about a kilobyte, so this also bounds time and memory; the richest
   * framework file (every fact cited, a thousand sources) needs under 8,000.
   */
  maxNodes: 20_000,
  /** YAML values in a checklist file. */
  maxChecklistNodes: 50_000,
  /**
   * Nesting depth of mappings and lists, in framework files and checklists. The framework format
   * needs five levels at most; the deepest built-in check nests 14.
   */
  maxDepth: 32,
  /**
   * How long a chain of `requirement:` references may be (A refers to B, which refers to C...).
   * Each link is evaluated recursively; the built-in packs need three.
   */
  maxReferenceDepth: 64,
  /** Diagnostics printed per file; the rest are summarised in one line. */
  maxDiagnostics: 100,
  /** Characters of one diagnostic message shown on a terminal; a key or value it quotes is cut. */
  maxMessageLength: 500,
  /** Characters in a short identifier: a code, a source id. */
  maxIdLength: 100,
  /** Characters in a name, title, provision reference or other one-line text. */
  maxLineLength: 1_000,
  /** Characters in a quote or note, and in any text of a checklist. */
  maxTextLength: 20_000,
  /** URLs. */
  maxUrlLength: 2_000,
  /** Entries in assessment.assessors. */
  maxAssessors: 100,
  /** Entries in assessment.sources. */
  maxSources: 1_000,
} as const;
