import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { byPosition, diagnostic } from './diagnostic.js';
import { normalizeFramework } from './normalize.js';
import { dottedPath, valueAtPointer } from './pointer.js';
import { readDocument, type ReadDocument } from './read-document.js';
import { schemaAt, schemaDiagnostics } from './schema-errors.js';
import { DATE_PATTERN, validationSchema, type JsonSchema } from './schema.js';
import type { Diagnostic, Framework } from './types.js';

export type LoadResult =
  | { ok: true; framework: Framework; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let validator: CompiledValidator | undefined;
let schema: JsonSchema | undefined;

/**
 * The validator compiled at build time (scripts/build-data.js): compiling the schema with ajv at
 * run time would cost more than the rest of start-up. The path is the same from src/ and dist/.
 */
function frameworkValidator(): CompiledValidator {
  validator ??= createRequire(import.meta.url)('../../generated/framework-validator.cjs') as CompiledValidator;
  return validator;
}

function frameworkSchema(): JsonSchema {
  schema ??= validationSchema();
  return schema;
}

/** A string of the right shape can still name no day (2025-02-30); JSON Schema cannot tell. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dateProblems(document: ReadDocument, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const pattern = new RegExp(DATE_PATTERN);
  for (const [pointer, record] of document.nodes) {
    const node = schemaAt(frameworkSchema(), pointer);
    if (node?.pattern !== DATE_PATTERN) continue;
    const value = valueAtPointer(document.data, pointer);
    if (typeof value === 'string' && pattern.test(value) && !isCalendarDate(value)) {
      problems.push(diagnostic(file, document.locate(record.value.start), 'invalid-date', `'${value}' is not a date in the calendar`, dottedPath(pointer)));
    }
  }
  return problems;
}

/** Facts that are each valid but contradict each other; the file still loads. */
function consistencyWarnings(framework: Framework): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  for (const [path, fact] of Object.entries(framework.facts)) {
    if (!path.endsWith('.min_years') || typeof fact.value !== 'number') continue;
    const maximum = framework.facts[path.replace(/min_years$/, 'max_years')]?.value;
    if (typeof maximum === 'number' && fact.value > maximum) {
      const at = fact.position ?? { line: 1, col: 1 };
      warnings.push(diagnostic(framework.file, at, 'inconsistent-penalty', `the minimum penalty (${fact.value} years) is above the maximum (${maximum} years)`, path));
    }
  }
  return warnings;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a framework file's text (YAML 1.2) into the normalized Framework, or into diagnostics
 * that each point at a line and column. Pure: no file system, and it never throws.
 */
export function loadFramework(text: string, file: string): LoadResult {
  try {
    const read = readDocument(text, file);
    if (!read.ok) return { ok: false, diagnostics: [...read.diagnostics].sort(byPosition) };
    const { document } = read;
    const problems = [...read.problems];
    const validate = frameworkValidator();
    if (!validate(document.data)) {
      // A value the reader refused (a custom tag, a broken citation) reaches the schema as null:
      // the reader's diagnostic says what is wrong, a second line about the null would not.
      const refused = new Set(read.problems.map((problem) => problem.path));
      const fromSchema = schemaDiagnostics(validate.errors ?? [], document, frameworkSchema(), file);
      problems.push(...fromSchema.filter((problem) => problem.path === undefined || !refused.has(problem.path)));
    }
    problems.push(...dateProblems(document, file));
    if (problems.length > 0) return { ok: false, diagnostics: problems.sort(byPosition) };
    const framework = normalizeFramework(document, file);
    return { ok: true, framework, warnings: [...read.warnings, ...consistencyWarnings(framework)].sort(byPosition) };
  } catch (error) {
    return {
      ok: false,
      diagnostics: [diagnostic(file, { line: 1, col: 1 }, 'internal-error', `could not load the file: ${errorMessage(error)}`)],
    };
  }
}
