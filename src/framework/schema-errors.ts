import type { ErrorObject } from 'ajv';
import { diagnostic, type At, type DiagnosticCode } from './diagnostic.js';
import { childPointer, dottedPath, parentPointer, pointerSegments, valueAtPointer } from './pointer.js';
import type { ReadDocument } from './read-document.js';
import { catalogueEntry, DATE_PATTERN, shown, UNKNOWN, type JsonSchema } from './schema.js';
import { closest } from './suggest.js';
import type { Diagnostic } from './types.js';

/**
 * Turns ajv's errors on the bare document into one diagnostic per problem, each saying what was
 * expected (with the allowed values and a "did you mean" where a near miss exists) and pointing
 * at the offending node, or at the nearest existing parent when a key is missing.
 */

/** Strings YAML 1.1 read as booleans and YAML 1.2 (which this tool uses) reads as text. */
const YAML11_TRUE = new Set(['y', 'yes', 'on']);
const YAML11_FALSE = new Set(['n', 'no', 'off']);

/** When several errors hit one node, the first keyword in this list explains it best. */
const KEYWORD_PRIORITY = ['type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'uniqueItems', 'maxItems'];

const MAX_LISTED_KEYS = 25;
const MAX_QUOTED = 60;

export function schemaAt(schema: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const segment of pointerSegments(pointer)) {
    if (node === undefined) return undefined;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (properties && Object.hasOwn(properties, segment)) node = properties[segment];
    else if (node.items !== undefined && /^\d+$/.test(segment)) node = node.items as JsonSchema;
    else return undefined;
  }
  return node;
}

function types(node: JsonSchema | undefined): string[] {
  const type = node?.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

function allowedValues(node: JsonSchema | undefined): string[] | undefined {
  const values = node?.enum;
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : undefined;
}

function allowsNull(node: JsonSchema | undefined): boolean {
  return types(node).includes('null') || (Array.isArray(node?.enum) && (node.enum as unknown[]).includes(null));
}

function quoted(value: string): string {
  const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return `'${short.replace(/[\u0000-\u001f\u007f]/g, ' ')}'`;
}

function found(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `text ${quoted(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

function isFactPointer(pointer: string): boolean {
  const first = pointerSegments(pointer)[0];
  return first !== undefined && first !== 'assessment' && first !== 'schema_version';
}

function range(node: JsonSchema): string {
  const { minimum, maximum } = node as { minimum?: number; maximum?: number };
  if (minimum !== undefined && maximum !== undefined) return ` from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return ` of at least ${minimum}`;
  if (maximum !== undefined) return ` of at most ${maximum}`;
  return '';
}

function expected(node: JsonSchema | undefined): string {
  if (node === undefined) return 'a valid value';
  if ('const' in node) return String(node.const);
  const values = allowedValues(node);
  if (values) return `one of: ${values.map(shown).join(', ')}`;
  const type = types(node).find((name) => name !== 'null');
  switch (type) {
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `a whole number${range(node)}`;
    case 'number':
      return `a number${range(node)}`;
    case 'string':
      return node.pattern === DATE_PATTERN ? 'a date written YYYY-MM-DD' : 'text';
    case 'array': {
      const items = node.items as JsonSchema | undefined;
      const itemValues = allowedValues(items);
      if (itemValues) return `a list of values from: ${itemValues.map(shown).join(', ')}`;
      return types(items).includes('object') ? 'a list of entries' : 'a list of text';
    }
    case 'object':
      return 'a section (keys with values, indented below it)';
    default:
      return 'a valid value';
  }
}

function orUnknown(node: JsonSchema | undefined, pointer: string): string {
  return allowsNull(node) && isFactPointer(pointer) && !types(node).includes('object') ? ', or unknown' : '';
}

/** Every place a key occurs in the schema, for "it belongs in ..." hints. */
function keyIndex(schema: JsonSchema): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const visit = (node: JsonSchema, pointer: string): void => {
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (!properties) return;
    for (const [key, child] of Object.entries(properties)) {
      const childAt = childPointer(pointer, key);
      index.set(key, [...(index.get(key) ?? []), dottedPath(pointer) || 'the top level']);
      visit(child, childAt);
    }
  };
  visit(schema, '');
  return index;
}

interface Problem {
  pointer: string;
  at: At;
  code: DiagnosticCode;
  message: string;
  /** The dotted path shown; defaults to the pointer's. */
  path?: string;
}

class Explainer {
  private index: Map<string, string[]> | undefined;

  constructor(
    private readonly document: ReadDocument,
    private readonly schema: JsonSchema,
  ) {}

  /** The node's value position, or the nearest existing parent's key. */
  valueAt(pointer: string): At {
    const record = this.document.nodes.get(pointer);
    if (record) return this.document.locate(record.value.start);
    return this.parentAt(pointer);
  }

  keyAt(pointer: string): At {
    const record = this.document.nodes.get(pointer);
    if (record) return this.document.locate((record.key ?? record.value).start);
    return this.parentAt(pointer);
  }

  parentAt(pointer: string): At {
    let current = pointer;
    while (current !== '') {
      current = parentPointer(current);
      const record = this.document.nodes.get(current);
      if (record && current !== '') return this.document.locate((record.key ?? record.value).start);
    }
    return { line: 1, col: 1 };
  }

  explain(error: ErrorObject): Problem {
    const pointer = error.instancePath;
    const node = schemaAt(this.schema, pointer);
    const value = valueAtPointer(this.document.data, pointer);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'additionalProperties':
        return this.unknownKey(pointer, String(params.additionalProperty));
      case 'required':
        return this.missingKey(pointer, String(params.missingProperty));
      case 'type':
        return this.wrongType(pointer, node, value);
      case 'enum':
        return this.notAllowed(pointer, node, value);
      case 'const':
        return {
          pointer,
          at: this.valueAt(pointer),
          code: 'schema-version',
          message: `schema_version must be ${String(node?.const)} (the format version this tool reads), found ${found(value)}`,
        };
      case 'pattern':
        return { pointer, at: this.valueAt(pointer), code: 'invalid-date', message: `expected ${expected(node)}, e.g. 2025-06-30, found ${found(value)}` };
      case 'minimum':
      case 'maximum':
        return {
          pointer,
          at: this.valueAt(pointer),
          code: 'out-of-range',
          message: `${String(value)} is ${error.keyword === 'minimum' ? 'below the minimum' : 'above the maximum'}; expected ${expected(node)}`,
        };
      case 'minLength':
        return { pointer, at: this.valueAt(pointer), code: 'invalid-value', message: `empty text; write the value${orUnknown(node, pointer)}` };
      case 'maxLength':
        return {
          pointer,
          at: this.valueAt(pointer),
          code: 'too-long',
          message: `text of ${typeof value === 'string' ? value.length : '?'} characters; the limit is ${String(params.limit)}`,
        };
      case 'maxItems':
        return {
          pointer,
          at: this.valueAt(pointer),
          code: 'too-long',
          message: `a list of ${Array.isArray(value) ? value.length : '?'} entries; the limit is ${String(params.limit)}`,
        };
      case 'uniqueItems': {
        const later = childPointer(pointer, Math.max(Number(params.i), Number(params.j)));
        const item = valueAtPointer(this.document.data, later);
        return { pointer: later, at: this.valueAt(later), code: 'duplicate-value', message: `${typeof item === 'string' ? quoted(item) : found(item)} is listed twice`, path: dottedPath(pointer) };
      }
      default:
        return { pointer, at: this.valueAt(pointer), code: 'invalid-value', message: error.message ?? 'invalid value' };
    }
  }

  private unknownKey(parent: string, key: string): Problem {
    const pointer = childPointer(parent, key);
    const properties = Object.keys((schemaAt(this.schema, parent)?.properties as object | undefined) ?? {});
    const where = parent === '' ? 'at the top level' : `in ${dottedPath(parent)}`;
    const suggestion = closest(key, properties);
    let message = `unknown key ${quoted(key)} ${where}`;
    if (suggestion) {
      message += `; did you mean '${suggestion}'?`;
    } else {
      this.index ??= keyIndex(this.schema);
      const elsewhere = this.index.get(key);
      if (elsewhere && elsewhere.length <= 3) message += `; '${key}' belongs in ${elsewhere.join(' or ')}`;
      else if (properties.length <= MAX_LISTED_KEYS) message += `; expected one of: ${properties.join(', ')}`;
    }
    return { pointer, at: this.keyAt(pointer), code: 'unknown-key', message };
  }

  private missingKey(parent: string, key: string): Problem {
    const pointer = childPointer(parent, key);
    const node = schemaAt(this.schema, pointer);
    let message: string;
    if (parent === '' && key === 'schema_version') {
      message = `missing schema_version; add 'schema_version: ${String(node?.const ?? 1)}' at the top of the file`;
    } else if (parent === '') {
      const required = (node?.required as string[] | undefined) ?? [];
      message = `missing the ${key} section${required.length > 0 ? ` (with ${required.join(' and ')})` : ''}`;
    } else {
      const entry = catalogueEntry(pointerSegments(pointer));
      const description = entry ? `: ${entry.description}` : '';
      message = `missing required key '${key}' in ${dottedPath(parent)}${description}`;
    }
    return { pointer, at: this.parentAt(pointer), code: 'missing-key', message };
  }

  private wrongType(pointer: string, node: JsonSchema | undefined, value: unknown): Problem {
    const at = this.valueAt(pointer);
    const wanted = types(node);
    if (wanted.includes('boolean') && typeof value === 'string') {
      const lower = value.toLowerCase();
      const meant = YAML11_TRUE.has(lower) ? 'true' : YAML11_FALSE.has(lower) ? 'false' : undefined;
      if (meant) {
        return {
          pointer,
          at,
          code: 'yaml11-boolean',
          message: `${quoted(value)} is text in YAML 1.2, not a boolean; write ${meant} (only true and false are booleans)`,
        };
      }
    }
    let message = `expected ${expected(node)}${orUnknown(node, pointer)}, found ${found(value)}`;
    const itemValues = allowedValues(node?.items as JsonSchema | undefined);
    if (isFactPointer(pointer) && value !== null && typeof value === 'object' && !Array.isArray(value) && !wanted.includes('object')) {
      message += '; to cite the provision, write {value: ..., provision: "...", quote: "..."}';
    } else if (typeof value === 'string' && itemValues?.includes(value)) {
      message += `; write [${shown(value)}] for a list of one`;
    } else if (typeof value === 'string' && value.toLowerCase() === UNKNOWN && isFactPointer(pointer)) {
      message += `; write ${UNKNOWN} in lower case`;
    }
    return { pointer, at, code: 'wrong-type', message };
  }

  private notAllowed(pointer: string, node: JsonSchema | undefined, value: unknown): Problem {
    const at = this.valueAt(pointer);
    const values = allowedValues(node) ?? [];
    const parent = parentPointer(pointer);
    const inSet = pointer !== '' && schemaAt(this.schema, parent)?.items === node;
    const factPointer = inSet ? parent : pointer;
    const path = dottedPath(factPointer);
    const listed = `${values.map(shown).join(', ')}${inSet ? '' : orUnknown(node, pointer)}`;
    if (typeof value === 'number' && values.includes(String(value))) {
      return {
        pointer,
        at,
        path,
        code: 'invalid-value',
        message: `${String(value)} is read as a number; write it in quotes: '${String(value)}'`,
      };
    }
    if (typeof value !== 'string') {
      return { pointer, at, path, code: inSet || value === null ? 'invalid-value' : 'wrong-type', message: `expected one of: ${listed}, found ${found(value)}` };
    }
    let message = `${quoted(value)} is not an allowed value; allowed: ${listed}`;
    const suggestion = closest(value, values);
    if (value.toLowerCase() === UNKNOWN && !inSet) message = `${quoted(value)} is not an allowed value; write ${UNKNOWN} in lower case`;
    else if (suggestion) message = `${quoted(value)} is not an allowed value; did you mean '${suggestion}'? Allowed: ${listed}`;
    return { pointer, at, path, code: 'invalid-value', message };
  }
}

/** One diagnostic per node with a problem, in document order. */
export function schemaDiagnostics(errors: readonly ErrorObject[], document: ReadDocument, schema: JsonSchema, file: string): Diagnostic[] {
  const explainer = new Explainer(document, schema);
  const ranked = [...errors].sort((a, b) => rank(a.keyword) - rank(b.keyword));
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of ranked) {
    const problem = explainer.explain(error);
    if (seen.has(problem.pointer)) continue;
    seen.add(problem.pointer);
    diagnostics.push(diagnostic(file, problem.at, problem.code, problem.message, problem.path ?? dottedPath(problem.pointer)));
  }
  return diagnostics;
}

function rank(keyword: string): number {
  const index = KEYWORD_PRIORITY.indexOf(keyword);
  return index === -1 ? KEYWORD_PRIORITY.length : index;
}
