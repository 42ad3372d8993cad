/**
 * Loads checklist packs from YAML: parse with positions, validate with the pre-compiled
 * meta-schema validator, then check what a schema cannot (facts and their values, ids, references,
 * cycles). Every problem becomes a `file:line:col message (path)` diagnostic; a bad pack is an
 * error, never a silent skip.
 */
import { createRequire } from 'node:module';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { LIMITS } from '../framework/limits.js';
import { firstYamlError, NESTING_MESSAGE, preScan, refusedTag, shownTag, TAG_ADVICE, tagOffset, YAML_OPTIONS } from '../framework/read-document.js';
import { checkNode, childChecks, referencedRequirements } from '../engine/check.js';
import { PREDICATE_NAMES, isPredicateName, predicate, type PredicateName } from '../engine/predicates/index.js';
import type { Diagnostic, FactKind, Position } from '../framework/types.js';
import { factSpecs, groupSpecs } from './fact-index.js';
import { checklistSchema } from './schema.js';
import { closest } from '../framework/suggest.js';
import { didYouMean } from './suggest.js';
import type { Check, Pack, Requirement } from './types.js';

export interface PackSource {
  text: string;
  /** The file name shown in diagnostics (and recorded as the pack's origin). */
  origin: string;
}

export interface LoadOptions {
  /** Already validated packs that are part of the same selection (duplicate ids are errors). */
  selected?: readonly Pack[];
  /** Packs that `requirement:` references may also point to (the built-in packs). */
  library?: readonly Pack[];
  /** Size cap in bytes (--max-file-size); the default is LIMITS.maxChecklistBytes. */
  maxBytes?: number;
}

export interface LoadResult {
  /** The packs that loaded, in order. Meaningful only when `diagnostics` is empty. */
  packs: Pack[];
  diagnostics: Diagnostic[];
}

/** Packs bigger than this are refused before parsing (a built-in pack is about 50 KB). */
export const MAX_PACK_BYTES = LIMITS.maxChecklistBytes;
/** yaml's alias expansion limit, against "billion laughs" documents. */
const MAX_ALIAS_COUNT = LIMITS.maxAliasCount;

type Segment = string | number;

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
interface Validator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

let validator: Validator | undefined;
function validate(data: unknown): AjvError[] {
  // Compiled at build time (scripts/build-data.js): compiling with ajv here would cost start-up time.
  validator ??= createRequire(import.meta.url)('../../generated/checklist-validator.cjs') as Validator;
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.col}`;
  return `${where}  ${diagnostic.message}${diagnostic.path ? `  (${diagnostic.path})` : ''}`;
}

/** Loads one pack; references may point into the pack itself or into `options.library`. */
export function loadPack(text: string, origin: string, options: LoadOptions = {}): { pack?: Pack; diagnostics: Diagnostic[] } {
  const { packs, diagnostics } = loadPacks([{ text, origin }], options);
  return packs[0] && diagnostics.length === 0 ? { pack: packs[0], diagnostics } : { diagnostics };
}

/** Loads several packs and checks them together: ids unique across all, references resolvable, no cycles. */
export function loadPacks(sources: readonly PackSource[], options: LoadOptions = {}): LoadResult {
  const parsed = sources.map((source) => parsePack(source, options.maxBytes ?? MAX_PACK_BYTES));
  const diagnostics = parsed.flatMap((entry) => entry.diagnostics);
  const loaded = parsed.filter((entry): entry is ParsedPack & { pack: Pack } => entry.pack !== undefined);
  if (loaded.length === parsed.length) diagnostics.push(...crossCheck(loaded, options));
  const fileOrder = new Map(sources.map((source, index) => [source.origin, index]));
  diagnostics.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line || a.col - b.col);
  return { packs: loaded.map((entry) => entry.pack), diagnostics };
}

// ---------------------------------------------------------------------------------------------
// One file: YAML, schema, per-pack semantics

interface Reference {
  from: string;
  to: string;
  position: Position;
  path: string;
  kind: 'requirement' | 'part_of';
}

interface ParsedPack {
  origin: string;
  pack?: Pack;
  locator?: Locator;
  references: Reference[];
  diagnostics: Diagnostic[];
}

class Locator {
  constructor(
    readonly origin: string,
    readonly doc: Document,
    readonly lines: LineCounter,
  ) {}

  position(offset: number, end?: number): Position {
    const start = this.lines.linePos(offset);
    if (end === undefined) return { line: start.line, col: start.col };
    const stop = this.lines.linePos(end);
    return { line: start.line, col: start.col, endLine: stop.line, endCol: stop.col };
  }

  /** The node at `path`, or the nearest existing parent when part of it does not exist. */
  locate(path: readonly Segment[], key = false): Position {
    let node: unknown = this.doc.contents;
    let found: Node | undefined = this.doc.contents ?? undefined;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const last = i === path.length - 1;
        if (last && key && isScalar(pair.key)) {
          found = pair.key;
          break;
        }
        node = pair.value;
        if (node && (isScalar(node) || isMap(node) || isSeq(node))) found = node;
        else {
          // A key without a value (`check:`): point at the key.
          if (isScalar(pair.key)) found = pair.key;
          break;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item || isPair(item)) break;
        node = item;
        if (isScalar(item) || isMap(item) || isSeq(item)) found = item;
      } else break;
    }
    const range = found?.range;
    return range ? this.position(range[0], range[1]) : { line: 1, col: 1 };
  }

  diagnostic(path: readonly Segment[], message: string, code: string, key = false): Diagnostic {
    const { line, col } = this.locate(path, key);
    return { file: this.origin, line, col, message, code, ...(path.length > 0 ? { path: formatPath(path) } : {}) };
  }
}

export function formatPath(path: readonly Segment[]): string {
  return path.reduce<string>((out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), '');
}

function fileProblem(origin: string, message: string, code: string, position: Position = { line: 1, col: 1 }): ParsedPack {
  return { origin, references: [], diagnostics: [{ file: origin, line: position.line, col: position.col, message, code }] };
}

/**
 * What the YAML parser lets through but a pack must not hold: duplicate keys (yaml's own check is
 * quadratic, see YAML_OPTIONS), custom tags, nesting deeper than LIMITS.maxDepth (the schema
 * validator and the evaluator recurse through checks), text longer than LIMITS.maxTextLength, and
 * alias expansions beyond LIMITS.maxAliasCount ("billion laughs"), reported at the alias.
 */
function structureProblems(doc: Document, text: string, origin: string, locator: Locator): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (offset: number, message: string, code: string): void => {
    const { line, col } = locator.position(offset);
    problems.push({ file: origin, line, col, message, code });
  };
  let aliases = 0;
  let values = 0;
  /**
   * `from`: where the node's key ends (undefined for list items and the root). `via`: inside an
   * alias expansion, where the alias being expanded is written; limits are reported there.
   */
  const visit = (node: unknown, depth: number, from: number | undefined, via?: number): boolean => {
    if (node === null || node === undefined) return true;
    const start = (node as { range?: [number, number, number] }).range?.[0] ?? from ?? 0;
    if (depth > LIMITS.maxDepth) {
      at(via ?? start, NESTING_MESSAGE, 'limit-exceeded');
      return false;
    }
    values += 1;
    if (values > LIMITS.maxChecklistNodes) {
      at(via ?? start, `the file has more than ${LIMITS.maxChecklistNodes} values (counting alias expansions); a checklist needs far fewer`, 'limit-exceeded');
      return false;
    }
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > LIMITS.maxAliasCount) {
        at(via ?? start, `the document expands aliases (*name) more than ${LIMITS.maxAliasCount} times`, 'yaml-aliases');
        return false;
      }
      const target = node.resolve(doc);
      if (target === undefined) {
        at(start, `alias *${node.source} refers to no anchor`, 'yaml-syntax');
        return false;
      }
      return visit(target, depth + 1, from, via ?? start);
    }
    const tag = (node as { tag?: string }).tag;
    if (via === undefined && refusedTag(tag)) {
      at(tagOffset(text, from, start), `the tag ${shownTag(tag!)} is not supported: ${TAG_ADVICE}`, 'unsupported-yaml');
    }
    if (isScalar(node)) {
      if (via === undefined && typeof node.value === 'string' && node.value.length > LIMITS.maxTextLength) {
        at(start, `text of ${node.value.length} characters; the limit is ${LIMITS.maxTextLength}`, 'too-long');
      }
      return true;
    }
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const name = String(pair.key.value);
          if (keys.has(name) && via === undefined) at(pair.key.range?.[0] ?? start, `duplicate key '${name}': each key may appear only once in a mapping`, 'yaml-syntax');
          keys.add(name);
        }
        const keyEnd = isScalar(pair.key) ? pair.key.range?.[1] : undefined;
        if (!visit(pair.key, depth + 1, undefined, via) || !visit(pair.value, depth + 1, keyEnd, via)) return false;
      }
      return true;
    }
    if (isSeq(node)) {
      for (const item of node.items) if (!visit(item, depth + 1, undefined, via)) return false;
    }
    return true;
  };
  visit(doc.contents, 0, undefined);
  return problems;
}

function parsePack({ text, origin }: PackSource, maxBytes: number): ParsedPack {
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    return fileProblem(origin, `checklist is larger than ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MiB`, 'too-large');
  }
  if (text.includes('\u0000')) return fileProblem(origin, 'not a text file (it contains NUL bytes)', 'binary');

  const tooBig = preScan(text, { maxNodes: LIMITS.maxChecklistNodes, maxDepth: LIMITS.maxDepth, kind: 'checklist' });
  if (tooBig) {
    const before = text.slice(0, tooBig.offset);
    const line = before.split('\n').length;
    return fileProblem(origin, tooBig.message, 'limit-exceeded', { line, col: tooBig.offset - (before.lastIndexOf('\n') + 1) + 1 });
  }

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, ...YAML_OPTIONS });
  const locator = new Locator(origin, doc, lines);
  // One YAML error (the first: the rest are usually its echoes); warnings other than unknown tags,
  // which the structure check below reports with their place, are errors too.
  const firstError = firstYamlError(doc.errors);
  const yamlProblems = firstError ? [firstError] : doc.warnings.filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED');
  if (yamlProblems.length > 0) {
    return {
      origin,
      references: [],
      diagnostics: yamlProblems.map((error) => {
        const { line, col } = locator.position(error.pos[0]);
        if (error.code === 'RESOURCE_EXHAUSTION') return { file: origin, line, col, message: NESTING_MESSAGE, code: 'limit-exceeded' };
        if (error.code === 'MULTIPLE_DOCS') {
          return { file: origin, line, col, message: 'the file holds more than one YAML document (a second ---); write one pack per file', code: 'yaml-syntax' };
        }
        return { file: origin, line, col, message: `YAML: ${error.message.split('\n', 1)[0] ?? ''}`, code: 'yaml-syntax' };
      }),
    };
  }
  const structure = structureProblems(doc, text, origin, locator);
  if (structure.length > 0) return { origin, references: [], diagnostics: structure };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fileProblem(origin, `YAML: ${error instanceof Error ? error.message : String(error)}`, 'yaml-aliases');
  }
  if (data === null || data === undefined) return fileProblem(origin, 'checklist is empty', 'empty');

  const schemaErrors = validate(data);
  if (schemaErrors.length > 0) {
    return { origin, references: [], diagnostics: reduceSchemaErrors(schemaErrors, data, locator) };
  }

  const raw = data as Omit<Pack, 'origin' | 'positions'>;
  const positions: Record<string, Position> = {};
  raw.requirements.forEach((requirement, index) => {
    positions[requirement.id] ??= locator.locate(['requirements', index]);
  });
  const pack: Pack = { ...raw, origin, positions };
  const { diagnostics, references } = checkSemantics(pack, locator);
  return diagnostics.length > 0 ? { origin, references, diagnostics } : { origin, pack, locator, references, diagnostics };
}

// ---------------------------------------------------------------------------------------------
// ajv errors → one clear diagnostic per problem

function pointer(path: string): Segment[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

let schema: Record<string, unknown> | undefined;
function schemaDefinitions(): Record<string, Record<string, unknown>> {
  schema ??= checklistSchema();
  return schema['$defs'] as Record<string, Record<string, unknown>>;
}

/**
 * What the node at an instance path is. The standalone validator reports schema paths relative to
 * each referenced definition, so the context is read from the instance path instead.
 */
type NodeContext =
  | { kind: 'pack' | 'requirement' | 'citation' | 'reference' | 'check' | 'other' }
  | { kind: 'options'; predicate: PredicateName };

function contextOf(path: readonly Segment[]): NodeContext {
  if (path.length === 0) return { kind: 'pack' };
  if (path[0] !== 'requirements' || typeof path[1] !== 'number') return { kind: 'other' };
  if (path.length === 2) return { kind: 'requirement' };
  const field = path[2];
  if (field === 'source') return path.length === 3 ? { kind: 'citation' } : { kind: 'other' };
  if (field === 'binding_for_parties_of' || field === 'references') {
    return path.length === 4 ? { kind: field === 'references' ? 'reference' : 'citation' } : { kind: 'other' };
  }
  if (field !== 'check' && field !== 'applies_when') return { kind: 'other' };
  // Walk down the check tree: check node → predicate options → nested check nodes.
  let context: NodeContext = { kind: 'check' };
  for (const segment of path.slice(3)) {
    if (context.kind === 'check') {
      if (typeof segment !== 'string' || !isPredicateName(segment)) return { kind: 'other' };
      context = predicate(segment).operand === 'check' ? { kind: 'check' } : { kind: 'options', predicate: segment };
    } else if (context.kind === 'options' && predicate(context.predicate).operand === 'checks' && typeof segment === 'number') {
      context = { kind: 'check' };
    } else {
      return { kind: 'other' };
    }
  }
  return context;
}

function allowedKeys(context: NodeContext): string[] {
  const keysOf = (definition: Record<string, unknown> | undefined) => Object.keys((definition?.['properties'] as object | undefined) ?? {});
  switch (context.kind) {
    case 'pack':
      schema ??= checklistSchema();
      return keysOf(schema);
    case 'requirement':
      return keysOf(schemaDefinitions()['requirement']);
    case 'citation':
      return ['instrument', 'provision'];
    case 'reference':
      return ['title', 'provision'];
    case 'check':
      return [...PREDICATE_NAMES];
    case 'options':
      return keysOf(predicate(context.predicate).options);
    default:
      return [];
  }
}

/** A hint for a value that does not match its pattern, by where it sits. */
function patternHint(path: readonly Segment[]): string | undefined {
  const last = path[path.length - 1];
  if (path.length === 1 && last === 'id') return 'a pack id is kebab-case, e.g. tip-protocol';
  if (path.length === 1 && last === 'version') return 'a version is semantic, e.g. 1.0.0';
  if (last === 'recommendation') {
    return 'a recommendation completes "The authorities are urged to …": start with a lower-case verb and leave out the final full stop';
  }
  const parent = contextOf(path.slice(0, -1));
  if (last === 'id' || last === 'part_of' || (parent.kind === 'options' && parent.predicate === 'requirement')) {
    return 'a requirement id is SCREAMING-KEBAB, e.g. TIP-DEF-ACTS or PS-3';
  }
  return undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  // JSON.stringify writes NaN and Infinity (.nan, .inf in YAML) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return `the number ${String(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  object: 'a mapping',
  array: 'a list',
};

function reduceSchemaErrors(errors: AjvError[], data: unknown, locator: Locator): Diagnostic[] {
  // anyOf reports each failed branch as well; keep only the anyOf error itself.
  const anyOfPaths = errors.filter((error) => error.keyword === 'anyOf').map((error) => `${error.schemaPath}/`);
  const relevant = errors.filter((error) => !anyOfPaths.some((prefix) => error.schemaPath.startsWith(prefix)));

  // A typo of a required key is one problem: report the unknown key with its suggestion only.
  const typoFixes = new Set<string>();
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const push = (diagnostic: Diagnostic) => {
    const key = `${diagnostic.line}:${diagnostic.col}:${diagnostic.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(diagnostic);
    }
  };

  for (const error of relevant.filter((e) => e.keyword === 'additionalProperties')) {
    const path = pointer(error.instancePath);
    const unknownKey = String(error.params['additionalProperty']);
    const context = contextOf(path);
    const allowed = allowedKeys(context);
    const hint = closest(unknownKey, allowed);
    if (hint) typoFixes.add(`${error.instancePath}/${hint}`);
    const isCheck = context.kind === 'check';
    const message = isCheck
      ? `unknown predicate '${unknownKey}'${hint ? ` (did you mean '${hint}'?)` : ''}; predicates: ${PREDICATE_NAMES.join(', ')}`
      : `unknown key '${unknownKey}'${hint ? ` (did you mean '${hint}'?)` : ''}; allowed here: ${allowed.join(', ')}`;
    push(locator.diagnostic([...path, unknownKey], message, isCheck ? 'unknown-predicate' : 'unknown-key', true));
  }

  for (const error of relevant) {
    const path = pointer(error.instancePath);
    const value = valueAt(data, path);
    switch (error.keyword) {
      case 'additionalProperties':
        break;
      case 'required': {
        const missing = String(error.params['missingProperty']);
        if (typoFixes.has(`${error.instancePath}/${missing}`)) break;
        push(locator.diagnostic(path, `missing required key '${missing}'`, 'missing-key'));
        break;
      }
      case 'type': {
        const expected = String(error.params['type']);
        let message = `expected ${TYPE_WORDS[expected] ?? expected}, found ${describeType(value)}`;
        if (expected === 'boolean' && typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value)) {
          message += ` (YAML 1.2 reads ${value} as text: write true or false)`;
        }
        push(locator.diagnostic(path, message, 'wrong-type'));
        break;
      }
      case 'enum': {
        const allowed = (error.params['allowedValues'] as unknown[]).map(String);
        const parent = contextOf(path.slice(0, -1));
        if (path[path.length - 1] === 'fact' && parent.kind === 'options') {
          push(unknownFact(String(value), path, locator));
          break;
        }
        const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
        push(locator.diagnostic(path, `${describeType(value)} is not allowed${hint}; allowed: ${allowed.join(', ')}`, 'invalid-value'));
        break;
      }
      case 'pattern': {
        const hint = patternHint(path);
        push(locator.diagnostic(path, `${describeType(value)} is not valid${hint ? `: ${hint}` : ` (must match ${String(error.params['pattern'])})`}`, 'invalid-value'));
        break;
      }
      case 'minProperties':
      case 'maxProperties': {
        if (contextOf(path).kind === 'check') {
          const keys = Object.keys((value as object | null) ?? {});
          const message =
            keys.length === 0
              ? `a check needs exactly one predicate; predicates: ${PREDICATE_NAMES.join(', ')}`
              : `a check has exactly one predicate, found ${keys.length}: ${keys.join(', ')} (combine them with all, any or mean)`;
          push(locator.diagnostic(path, message, 'check-shape'));
        } else {
          push(locator.diagnostic(path, `must have at least ${String(error.params['limit'])} entr${error.params['limit'] === 1 ? 'y' : 'ies'}`, 'invalid-value'));
        }
        break;
      }
      case 'minItems':
        push(locator.diagnostic(path, `must list at least ${String(error.params['limit'])} item${error.params['limit'] === 1 ? '' : 's'}`, 'invalid-value'));
        break;
      case 'uniqueItems': {
        const list = value as unknown[];
        const index = Number(error.params['i']);
        push(locator.diagnostic([...path, index], `${describeType(list[index])} is listed twice`, 'duplicate-value'));
        break;
      }
      case 'minLength':
        push(locator.diagnostic(path, 'must not be empty', 'invalid-value'));
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const words = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' };
        push(locator.diagnostic(path, `must be ${words[error.keyword]} ${String(error.params['limit'])}, found ${String(value)}`, 'invalid-value'));
        break;
      }
      case 'anyOf':
        push(locator.diagnostic(path, `expected true or false, a number or text, found ${describeType(value)}`, 'wrong-type'));
        break;
      default:
        push(locator.diagnostic(path, error.message ?? `invalid (${error.keyword})`, 'invalid-value'));
    }
  }
  return out;
}

function unknownFact(path: string, at: readonly Segment[], locator: Locator): Diagnostic {
  const group = groupSpecs().get(path);
  if (group) {
    const members = Object.keys(group.facts).map((key) => `${path}.${key}`);
    return locator.diagnostic(at, `'${path}' is a group of facts, not a fact; its facts: ${members.join(', ')}`, 'unknown-fact');
  }
  return locator.diagnostic(at, `unknown fact '${path}'${didYouMean(path, factSpecs().keys())}`, 'unknown-fact');
}

// ---------------------------------------------------------------------------------------------
// Semantics: what the schema cannot say

const KIND_WORDS: Record<FactKind, string> = {
  boolean: 'a true/false fact',
  enum: 'a fact with one value from a list',
  set: 'a list fact',
  integer: 'a whole-number fact',
  number: 'a numeric fact',
  string: 'a text fact',
  date: 'a date fact',
};

function predicatesFor(kind: FactKind): string[] {
  return PREDICATE_NAMES.filter((name) => {
    const definition = predicate(name);
    return definition.operand === 'fact' && name !== 'known' && definition.kinds?.includes(kind);
  });
}

function checkSemantics(pack: Pack, locator: Locator): { diagnostics: Diagnostic[]; references: Reference[] } {
  const diagnostics: Diagnostic[] = [];
  const references: Reference[] = [];
  const firstSeen = new Map<string, number>();

  const walk = (requirement: Requirement, check: Check, at: Segment[]) => {
    const { name, options } = checkNode(check);
    const definition = predicate(name);
    if (definition.operand === 'fact') {
      const path = (options as { fact: string }).fact;
      const spec = factSpecs().get(path);
      if (!spec) {
        diagnostics.push(unknownFact(path, [...at, name, 'fact'], locator));
      } else if (!definition.kinds?.includes(spec.kind)) {
        diagnostics.push(
          locator.diagnostic(
            [...at, name, 'fact'],
            `${name} cannot read ${path}, which is ${KIND_WORDS[spec.kind]}; use ${predicatesFor(spec.kind).join(', ')}`,
            'fact-kind',
          ),
        );
      } else {
        for (const problem of definition.validate?.(options, spec, path) ?? []) {
          diagnostics.push(locator.diagnostic([...at, name, ...problem.at], problem.message, 'invalid-fact-value', problem.at[0] === 'credits' && problem.at.length === 2));
        }
      }
    }
    if (name === 'requirement') {
      const path = [...at, name];
      references.push({ from: requirement.id, to: options as string, position: locator.locate(path), path: formatPath(path), kind: 'requirement' });
    }
    for (const child of childChecks(check)) walk(requirement, child.check, [...at, ...child.at]);
  };

  pack.requirements.forEach((requirement, index) => {
    const first = firstSeen.get(requirement.id);
    if (first !== undefined) {
      const where = locator.locate(['requirements', first]);
      diagnostics.push(
        locator.diagnostic(['requirements', index, 'id'], `duplicate requirement id '${requirement.id}' (first defined at line ${where.line})`, 'duplicate-id'),
      );
    } else {
      firstSeen.set(requirement.id, index);
    }
    if (requirement.applies_when) walk(requirement, requirement.applies_when, ['requirements', index, 'applies_when']);
    walk(requirement, requirement.check, ['requirements', index, 'check']);
    if (requirement.part_of !== undefined) {
      const path: Segment[] = ['requirements', index, 'part_of'];
      if (requirement.part_of === requirement.id) {
        diagnostics.push(locator.diagnostic(path, `${requirement.id} cannot be part of itself`, 'reference-cycle'));
      } else {
        references.push({ from: requirement.id, to: requirement.part_of, position: locator.locate(path), path: formatPath(path), kind: 'part_of' });
      }
    }
  });
  return { diagnostics, references };
}

// ---------------------------------------------------------------------------------------------
// Across packs: duplicate ids, unknown references, cycles

function crossCheck(loaded: readonly (ParsedPack & { pack: Pack })[], options: LoadOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const packIds = new Map<string, string>((options.selected ?? []).map((pack) => [pack.id, pack.origin]));
  for (const { pack, locator } of loaded) {
    const other = packIds.get(pack.id);
    if (other !== undefined && locator) {
      diagnostics.push(locator.diagnostic(['id'], `duplicate pack id '${pack.id}': also the id of ${other}`, 'duplicate-id'));
    }
    packIds.set(pack.id, pack.origin);
  }
  const defined = new Map<string, string>();
  const at = (pack: Pack, id: string) => {
    const position = pack.positions?.[id];
    return position ? `${pack.origin}:${position.line}:${position.col}` : pack.origin;
  };
  for (const pack of options.selected ?? []) {
    for (const requirement of pack.requirements) defined.set(requirement.id, at(pack, requirement.id));
  }
  for (const { pack } of loaded) {
    pack.requirements.forEach((requirement, index) => {
      const other = defined.get(requirement.id);
      if (other !== undefined) {
        const position = pack.positions?.[requirement.id] ?? { line: 1, col: 1 };
        diagnostics.push({
          file: pack.origin,
          line: position.line,
          col: position.col,
          message: `duplicate requirement id '${requirement.id}': also defined at ${other}`,
          path: `requirements[${index}].id`,
          code: 'duplicate-id',
        });
      } else {
        defined.set(requirement.id, at(pack, requirement.id));
      }
    });
  }

  // The graph of `requirement:` references over everything a reference can reach; selected packs
  // hide library packs with the same requirement ids.
  const checks = new Map<string, Requirement>();
  for (const pack of [...(options.library ?? [])]) for (const requirement of pack.requirements) checks.set(requirement.id, requirement);
  for (const pack of [...(options.selected ?? []), ...loaded.map((entry) => entry.pack)]) {
    for (const requirement of pack.requirements) checks.set(requirement.id, requirement);
  }

  for (const { pack, references } of loaded) {
    for (const reference of references) {
      if (!checks.has(reference.to)) {
        const what = reference.kind === 'part_of' ? 'part_of names' : 'reference to';
        diagnostics.push({
          file: pack.origin,
          ...reference.position,
          message: `${what} unknown requirement '${reference.to}'${didYouMean(reference.to, checks.keys())}`,
          path: reference.path,
          code: 'unknown-requirement',
        });
      }
    }
  }

  const edges = (id: string): string[] => {
    const requirement = checks.get(id);
    if (!requirement) return [];
    return [...(requirement.applies_when ? referencedRequirements(requirement.applies_when) : []), ...referencedRequirements(requirement.check)];
  };
  const referenceSite = new Map<string, { origin: string; reference: Reference }>();
  for (const { pack, references } of loaded) {
    for (const reference of references) {
      if (reference.kind === 'requirement') referenceSite.set(`${reference.from}>${reference.to}`, { origin: pack.origin, reference });
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  // The longest chain of references from each requirement: the evaluator follows a chain link by
  // link, recursively, so a chain longer than LIMITS.maxReferenceDepth is refused (once).
  const height = new Map<string, number>();
  let chainReported = false;
  const reportChain = (from: string, to: string, length: number) => {
    const site = referenceSite.get(`${from}>${to}`);
    if (chainReported || !site) return;
    chainReported = true;
    // The chain as far as it is known: from the start of the walk when it runs through the stack.
    const onStack = stack[stack.length - 1] === from ? [...stack, to] : [from, to];
    const shown = onStack.length > 4 ? `${onStack[0]} → ${onStack[1]} → … → ${onStack.slice(-2).join(' → ')}` : onStack.join(' → ');
    diagnostics.push({
      file: site.origin,
      ...site.reference.position,
      message: `requirement references are chained ${Math.max(length, onStack.length)} deep (${shown}${onStack.length < length ? ' → …' : ''}); the limit is ${LIMITS.maxReferenceDepth}`,
      path: site.reference.path,
      code: 'reference-depth',
    });
  };
  const visit = (id: string) => {
    state.set(id, 'visiting');
    stack.push(id);
    let longest = 1;
    for (const next of edges(id)) {
      if (!checks.has(next)) continue;
      if (!state.has(next) && stack.length >= LIMITS.maxReferenceDepth) {
        reportChain(id, next, stack.length + 1);
        continue;
      }
      if (state.get(next) === 'done') {
        const length = 1 + (height.get(next) ?? 0);
        if (length > longest) longest = length;
        if (length > LIMITS.maxReferenceDepth) reportChain(id, next, length);
        continue;
      }
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...new Set(cycle)].sort().join(' ');
        if (reported.has(key)) continue;
        reported.add(key);
        const sites = cycle.slice(0, -1).map((from, i) => referenceSite.get(`${from}>${cycle[i + 1]}`));
        const site = sites.find((entry) => entry !== undefined);
        if (site) {
          diagnostics.push({
            file: site.origin,
            ...site.reference.position,
            message: `reference cycle: ${cycle.join(' → ')}`,
            path: site.reference.path,
            code: 'reference-cycle',
          });
        }
      } else {
        visit(next);
        const length = 1 + (height.get(next) ?? 0);
        if (length > longest) longest = length;
        if (length > LIMITS.maxReferenceDepth) reportChain(id, next, length);
      }
    }
    height.set(id, longest);
    stack.pop();
    state.set(id, 'done');
  };
  for (const { pack } of loaded) for (const requirement of pack.requirements) if (!state.has(requirement.id)) visit(requirement.id);
  return diagnostics;
}

