import type { Diagnostic } from './types.js';

/**
 * Codes of the problems the framework loader reports. Tests and machine consumers match on the
 * code; the message is for people and may be reworded.
 */
export const DIAGNOSTIC_CODES = {
  'yaml-syntax': 'The file is not well-formed YAML.',
  'yaml-warning': 'The YAML parser noticed something suspicious (an unknown tag, for instance).',
  'multiple-documents': 'The file holds more than one YAML document.',
  'empty-document': 'The file holds no data.',
  'limit-exceeded': 'The file is larger or more deeply nested than a framework file can be.',
  'unsupported-yaml': 'A YAML feature the format does not use (complex keys, merge keys, special tags).',
  'unknown-key': 'A key the format does not define.',
  'missing-key': 'A required key is missing.',
  'wrong-type': 'A value of the wrong kind (text where true/false is expected, for instance).',
  'yaml11-boolean': 'yes/no/on/off written where true/false is expected.',
  'invalid-value': 'A value outside the allowed values.',
  'duplicate-value': 'A value listed twice.',
  'out-of-range': 'A number below the minimum or above the maximum.',
  'too-long': 'Text or a list longer than the limit.',
  'invalid-date': 'A date not written YYYY-MM-DD, or not a real calendar date.',
  'schema-version': 'A schema_version this tool does not read.',
  'inconsistent-penalty': 'A minimum penalty above the maximum.',
  'internal-error': 'The loader failed unexpectedly.',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface At {
  line: number;
  col: number;
}

export function diagnostic(file: string, at: At, code: DiagnosticCode, message: string, path?: string): Diagnostic {
  return path === undefined || path === ''
    ? { file, line: at.line, col: at.col, message, code }
    : { file, line: at.line, col: at.col, message, path, code };
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.col - b.col;
}
