import { isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document, type YAMLMap } from 'yaml';
import { diagnostic, type At, type DiagnosticCode } from './diagnostic.js';
import { FRAMEWORK_FACTS } from './facts.js';
import { LIMITS } from './limits.js';
import { childPointer, dottedPath } from './pointer.js';
import { CITATION_FIELDS, CITED_KEYS, isGroupSpec, UNKNOWN, type CitationField } from './schema.js';
import { closest } from './suggest.js';
import type { Diagnostic, FactSpec, GroupSpec } from './types.js';

/**
 * Reads the YAML text into the "bare" document the validator checks: plain data in which every
 * cited fact `{value, provision, quote, note}` is replaced by its value and every `unknown` fact
 * by `null`, plus the source span of every node (by JSON Pointer) and the citations that were
 * unwrapped. Mappings become null-prototype objects, so a `__proto__` or `constructor` key is an
 * ordinary (and, to the schema, unknown) key, never a prototype.
 */

/** Offsets into the source text. */
export interface Span {
  start: number;
  end: number;
}

export interface NodeRecord {
  /** The mapping key that names the node (absent for the root and for list items). */
  key?: Span;
  /** The value: for a cited fact, its `value:` node. */
  value: Span;
  /** Everything written for the node: for a cited fact, the whole `{value, ...}` mapping. */
  whole: Span;
}

export type Citation = Partial<Record<CitationField, string>>;

export interface ReadDocument {
  data: unknown;
  /** Every node of the document by JSON Pointer ('' is the root). */
  nodes: Map<string, NodeRecord>;
  /** Citations of cited facts, by the fact's JSON Pointer. */
  citations: Map<string, Citation>;
  locate(offset: number): At;
}

export type ReadResult =
  /** `problems` are errors found while reading (in cited facts, keys...); the schema check adds its own. */
  | { ok: true; document: ReadDocument; problems: Diagnostic[]; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Where a node sits in the format, which decides how it is read. */
type Guide =
  | { kind: 'root' }
  | { kind: 'group'; spec: GroupSpec }
  | { kind: 'fact'; spec: FactSpec }
  /** The `value:` of a cited fact: `unknown` is still null, but no second level of citing. */
  | { kind: 'cited-value'; spec: FactSpec }
  | { kind: 'plain' };

const PLAIN: Guide = { kind: 'plain' };

function childGuide(guide: Guide, key: string): Guide {
  let facts: GroupSpec['facts'];
  if (guide.kind === 'root') facts = FRAMEWORK_FACTS.facts;
  else if (guide.kind === 'group') facts = guide.spec.facts;
  else return PLAIN;
  if (!Object.hasOwn(facts, key)) return PLAIN;
  const spec = facts[key];
  if (spec === undefined) return PLAIN;
  return isGroupSpec(spec) ? { kind: 'group', spec } : { kind: 'fact', spec };
}

/** Stops reading: the document is too large or too deep to be a framework file. */
class LimitExceeded extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** yaml's messages start with a capital and may carry a code frame; ours are one lower-case line. */
function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.charAt(0).toLowerCase() + line.slice(1);
}

interface OpenAt {
  brackets: { char: string; at: number }[];
  quote?: { char: string; at: number };
}

/**
 * The flow collections (`[`, `{`) and the quote still open at `offset`. yaml reports an unclosed
 * flow list where it gives up (often the next line) and an unclosed quote at the end of the file;
 * the bracket or quote that was never closed is the useful place. Comments are skipped; brackets
 * inside plain text are rare in these files and, being balanced, cancel out.
 */
function openAt(source: string, offset: number): OpenAt {
  const brackets: { char: string; at: number }[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let i = 0; i < offset && i < source.length; i++) {
    const char = source[i];
    if (quote !== undefined) {
      if (char === '\\' && quote.char === '"') i++;
      else if (char === quote.char) quote = undefined;
      continue;
    }
    if (char === '"' || (char === "'" && /[\s[{,:]/.test(source[i - 1] ?? ' '))) quote = { char, at: i };
    else if (char === '#' && /\s/.test(source[i - 1] ?? ' ')) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (char === '[' || char === '{') brackets.push({ char, at: i });
    else if (char === ']' || char === '}') brackets.pop();
  }
  return { brackets, ...(quote ? { quote } : {}) };
}

function unclosedBracket(source: string, offset: number, open: '[' | '{'): number | undefined {
  const { brackets } = openAt(source, offset);
  const last = brackets[brackets.length - 1];
  return last?.char === open ? last.at : undefined;
}

// --- Guards shared with the checklist loader ----------------------------------------------------

/**
 * Options for every YAML file palermo-gap reads. `uniqueKeys` is off because yaml checks it by
 * comparing each key with every earlier one (quadratic: a 2 MB mapping takes minutes); the readers
 * find duplicate keys themselves with a hash lookup.
 */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: false,
  prettyErrors: false,
} as const;

/** Tags of the YAML 1.2 core schema: they only say what plain YAML already says. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** How a tag is written in a file: `!!name` for the YAML namespace, as resolved otherwise. */
export function shownTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/**
 * Whether a node's explicit tag is refused. Custom tags (`!foo`, `!!js/function`,
 * `!!python/object`) ask a loader to construct application objects, and some loaders run code
 * for them; palermo-gap never does, and a file that carries one was written for another tool or
 * crafted. `!!timestamp` is accepted where `allowTimestamp` says so: the value stays the text the
 * file shows.
 */
export function refusedTag(tag: string | undefined, allowTimestamp = false): boolean {
  if (tag === undefined || CORE_TAGS.has(tag)) return false;
  return !(allowTimestamp && tag === 'tag:yaml.org,2002:timestamp');
}

/**
 * Where the tag of the node starting at `start` is written: yaml's range starts after the tag.
 * Looked for between the end of the node's key (or the start of its line) and the node.
 */
export function tagOffset(source: string, keyEnd: number | undefined, start: number): number {
  const from = keyEnd ?? source.lastIndexOf('\n', start - 1) + 1;
  const bang = from < start ? source.slice(from, start).search(/(?<![^\s:,[{-])!/) : -1;
  return bang === -1 ? start : from + bang;
}

export const TAG_ADVICE = 'palermo-gap reads plain YAML (text, numbers, true/false, lists and mappings); remove the tag';

export type PreScan = { offset: number; message: string } | undefined;

/**
 * Refuses, before parsing, a text that would make the parser build more than `maxNodes` values
 * or nest flow collections deeper than `maxDepth`: composing costs time and memory per value, and
 * a 2 MB file of `[1,1,1,...]` would take seconds and most of a gigabyte. A value needs a
 * separator before it (a line break, `,`, `:`, `-`, `?`, `[` or `{`), so a text with few of those
 * cannot hold many values and skips the exact count, which runs yaml's lexer (about 250 ms per MB).
 * The exact count counts only tokens that each become a value, so it never refuses a file the
 * limit allows.
 */
export function preScan(source: string, limits: { maxNodes: number; maxDepth: number; kind: string }): PreScan {
  const { maxNodes, maxDepth } = limits;
  // Regular expressions, not a character loop: they run as native code before the JIT has warmed
  // up, which keeps this at a fraction of a millisecond for a real file on a cold start.
  const separators = source.match(SEPARATORS)?.length ?? 0;
  let depth = 0;
  let deepest = 0;
  for (const [bracket] of source.matchAll(BRACKETS)) {
    depth = bracket === '[' || bracket === '{' ? depth + 1 : Math.max(0, depth - 1);
    if (depth > deepest) deepest = depth;
  }
  if (2 * separators + 1 <= maxNodes && deepest <= maxDepth) return undefined;
  return exactScan(source, maxNodes, maxDepth, limits.kind);
}

const SEPARATORS = /[\n,:?[{-]/g;
const BRACKETS = /[[\]{}]/g;

/** The exact count behind preScan(), with yaml's lexer. */
function exactScan(source: string, maxNodes: number, maxDepth: number, kind: string): PreScan {
  let values = 0;
  let depth = 0;
  // `- - - x` nests a list in a list on one line; a long run of them is as deep as it is long.
  let dashes = 0;
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === '-') {
      dashes++;
      if (dashes > maxDepth) return { offset, message: `values are nested more than ${maxDepth} levels deep` };
    } else if (!/^[ \t]+$/.test(token)) {
      dashes = 0;
    }
    switch (token) {
      case '\u0002': // document start: not source text
        continue;
      case '\u0018': // end of a flow collection left open: not source text
        depth = Math.max(0, depth - 1);
        continue;
      case '\u001f': // a plain or block scalar follows
        values++;
        break;
      case '[':
      case '{':
        values++;
        depth++;
        if (depth > maxDepth) return { offset, message: `values are nested more than ${maxDepth} levels deep` };
        break;
      case ']':
      case '}':
        depth = Math.max(0, depth - 1);
        break;
      default: {
        const first = token.charAt(0);
        if (first === '"' || first === "'" || first === '*') values++;
      }
    }
    if (values > maxNodes) {
      return { offset, message: `the file has more than ${maxNodes} values; a ${kind} needs far fewer` };
    }
    // The scalar marker is the lexer's, not source text.
    if (token !== '\u001f') offset += token.length;
  }
  return undefined;
}

/**
 * The YAML errors worth showing: the first one only. After a syntax error yaml's view of the rest
 * of the file is unreliable (one tab used as indentation yields a dozen errors on the lines below),
 * so the first is the one to fix; the next run shows the next. A stack overflow while composing
 * (nesting far beyond maxDepth) is reported once, whatever else went wrong.
 */
export function firstYamlError<E extends { code: string; pos: [number, number] }>(errors: readonly E[]): E | undefined {
  const exhausted = errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return exhausted;
  return [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
}

export const NESTING_MESSAGE = `values are nested more than ${LIMITS.maxDepth} levels deep`;

class Reader {
  readonly nodes = new Map<string, NodeRecord>();
  readonly citations = new Map<string, Citation>();
  readonly problems: Diagnostic[] = [];
  private visited = 0;
  private aliases = 0;
  private insideAlias = 0;

  constructor(
    private readonly doc: Document,
    private readonly source: string,
    private readonly file: string,
    private readonly locate: (offset: number) => At,
  ) {}

  /** The node's source span, without the line breaks a block collection's range ends with. */
  private spanOf(node: unknown, fallback: Span): Span {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return fallback;
    let end = range[1];
    while (end > range[0] && /\s/.test(this.source[end - 1] ?? '')) end--;
    return { start: range[0], end };
  }

  /** Problems already reported, by place and text: an alias reads its anchor's node again. */
  private readonly reported = new Set<string>();

  report(offset: number, code: DiagnosticCode, message: string, pointer?: string): void {
    const key = `${offset}\u0000${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push(diagnostic(this.file, this.locate(offset), code, message, pointer === undefined ? undefined : dottedPath(pointer)));
  }

  /** Counts one more node read, and stops reading past the limit. */
  private tick(offset: number): void {
    this.visited += 1;
    if (this.visited > LIMITS.maxNodes) {
      throw new LimitExceeded(`the document has more than ${LIMITS.maxNodes} values (counting alias expansions); a framework file needs far fewer`, offset);
    }
  }

  read(node: unknown, pointer: string, guide: Guide, depth: number, key: Span | undefined, at: Span): unknown {
    this.tick(at.start);
    if (depth > LIMITS.maxDepth) {
      throw new LimitExceeded(`values are nested more than ${LIMITS.maxDepth} levels deep`, at.start);
    }
    const span = this.spanOf(node, at);
    if (isAlias(node)) {
      this.aliases += 1;
      if (this.aliases > LIMITS.maxAliasCount) {
        throw new LimitExceeded(`the document expands aliases (*name) more than ${LIMITS.maxAliasCount} times`, span.start);
      }
      const target = node.resolve(this.doc);
      if (target === undefined) {
        this.report(span.start, 'yaml-syntax', `alias *${node.source} refers to no anchor`, pointer);
        return null;
      }
      // The target's own positions point at the anchor; the alias is where the value is used.
      this.insideAlias += 1;
      const value = this.read(target, pointer, guide, depth + 1, key, span);
      this.insideAlias -= 1;
      this.nodes.set(pointer, { ...(key ? { key } : {}), value: span, whole: span });
      return value;
    }
    this.nodes.set(pointer, { ...(key ? { key } : {}), value: span, whole: span });
    const tag = (node as { tag?: string } | null)?.tag;
    // Reported where the anchor is written, not again at every alias that repeats it.
    if (this.insideAlias === 0 && refusedTag(tag, true)) {
      this.report(tagOffset(this.source, key?.end, span.start), 'unsupported-yaml', `the tag ${shownTag(tag!)} is not supported: ${TAG_ADVICE}`, pointer);
      return null;
    }
    if (guide.kind === 'fact' || guide.kind === 'cited-value') {
      if (isScalar(node) && node.value === UNKNOWN) return null;
      if (guide.kind === 'fact' && isMap(node) && this.looksCited(node)) {
        return this.readCited(node, pointer, guide.spec, depth, key, span);
      }
    }
    if (isMap(node)) return this.readMap(node, pointer, guide, depth);
    if (isSeq(node)) {
      return node.items.map((item, index) => this.read(item, childPointer(pointer, index), PLAIN, depth + 1, undefined, span));
    }
    if (isScalar(node)) return this.scalar(node.value, span, pointer, node.tag);
    if (node === null || node === undefined) return null;
    this.report(span.start, 'unsupported-yaml', 'unsupported YAML node', pointer);
    return null;
  }

  private scalar(value: unknown, span: Span, pointer: string, tag: string | undefined): unknown {
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
    this.report(span.start, 'unsupported-yaml', `values tagged ${tag ?? 'this way'} are not supported; write plain text, numbers or true/false`, pointer);
    return null;
  }

  private keyOf(pairKey: unknown, parentSpan: Span): { text: string; span: Span } | undefined {
    const span = this.spanOf(pairKey, parentSpan);
    if (pairKey === null || pairKey === undefined) return { text: '', span };
    if (isScalar(pairKey)) {
      const value = pairKey.value;
      if (typeof value === 'string') return { text: value, span };
      if (value === null) return { text: '', span };
      if (typeof value === 'number' || typeof value === 'boolean') return { text: pairKey.source ?? String(value), span };
    }
    this.report(span.start, 'unsupported-yaml', 'keys must be plain words (complex keys, aliases and tagged keys are not supported)');
    return undefined;
  }

  private readMap(node: YAMLMap, pointer: string, guide: Guide, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = Object.create(null);
    const mapSpan = this.spanOf(node, { start: 0, end: 0 });
    for (const pair of node.items) {
      const key = this.keyOf(pair.key, mapSpan);
      if (key === undefined) continue;
      if (key.text === '<<') {
        this.report(key.span.start, 'unsupported-yaml', 'merge keys (<<) are not part of YAML 1.2; write the keys out', pointer);
        continue;
      }
      // yaml compares keys by value, so `1:` and `'1':` both pass its check but name one key here.
      if (Object.hasOwn(result, key.text)) {
        this.report(key.span.start, 'yaml-syntax', `duplicate key '${key.text}': each key may appear only once in a mapping`);
        continue;
      }
      const valueFallback = { start: key.span.end, end: key.span.end };
      result[key.text] = this.read(pair.value, childPointer(pointer, key.text), childGuide(guide, key.text), depth + 1, key.span, valueFallback);
    }
    return result;
  }

  /** A mapping is read as a cited fact when one of its keys is, or nearly is, a citation key. */
  private looksCited(node: YAMLMap): boolean {
    return node.items.some((pair) => {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      return typeof key === 'string' && (CITED_KEYS.includes(key) || closest(key, CITED_KEYS) !== undefined);
    });
  }

  private readCited(node: YAMLMap, pointer: string, spec: FactSpec, depth: number, key: Span | undefined, whole: Span): unknown {
    const citation: Citation = {};
    let value: unknown = null;
    let valueSpan: Span | undefined;
    let valueTypo = false;
    const seen = new Set<string>();
    for (const pair of node.items) {
      this.tick(whole.start);
      const field = this.keyOf(pair.key, whole);
      if (field === undefined) continue;
      if (seen.has(field.text)) {
        this.report(field.span.start, 'yaml-syntax', `duplicate key '${field.text}': each key may appear only once in a mapping`);
        continue;
      }
      seen.add(field.text);
      const fieldPointer = childPointer(pointer, field.text);
      const fieldFallback = { start: field.span.end, end: field.span.end };
      if (field.text === 'value') {
        valueSpan = this.spanOf(pair.value, fieldFallback);
        value = this.read(pair.value, pointer, { kind: 'cited-value', spec }, depth + 1, key, fieldFallback);
      } else if (Object.hasOwn(CITATION_FIELDS, field.text)) {
        const name = field.text as CitationField;
        const text = this.citationText(pair.value, name, fieldPointer, fieldFallback);
        if (text !== undefined) citation[name] = text;
      } else {
        const suggestion = closest(field.text, CITED_KEYS);
        if (suggestion === 'value') valueTypo = true;
        const hint = suggestion ? `did you mean '${suggestion}'?` : `a cited fact has only ${CITED_KEYS.join(', ')}`;
        this.report(field.span.start, 'unknown-key', `unknown key '${field.text}' in a cited fact; ${hint}`, fieldPointer);
      }
    }
    if (valueSpan === undefined && !valueTypo) {
      this.report(whole.start, 'missing-key', "a cited fact needs 'value:' (write 'value: unknown' if the value is not known)", pointer);
    }
    this.nodes.set(pointer, { ...(key ? { key } : {}), value: valueSpan ?? whole, whole });
    if (Object.keys(citation).length > 0) this.citations.set(pointer, citation);
    return value;
  }

  private citationText(node: unknown, field: CitationField, pointer: string, fallback: Span): string | undefined {
    const span = this.spanOf(node, fallback);
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
    if (!isScalar(node) || typeof node.value !== 'string') {
      const found = isScalar(node) ? `'${node.source ?? String(node.value)}'` : isSeq(node) ? 'a list' : 'a mapping';
      this.report(span.start, 'wrong-type', `${field} must be text, found ${found}; put it in quotes`, pointer);
      return undefined;
    }
    if (node.value === '') {
      this.report(span.start, 'invalid-value', `${field} is empty; write it, or leave the key out`, pointer);
      return undefined;
    }
    const { maxLength } = CITATION_FIELDS[field];
    if (node.value.length > maxLength) {
      this.report(span.start, 'too-long', `${field} is ${node.value.length} characters long; the limit is ${maxLength}`, pointer);
      return undefined;
    }
    return node.value;
  }
}

/** Parses YAML 1.2 text into a bare document with positions. Never throws on bad input. */
export function readDocument(text: string, file: string): ReadResult {
  const lineCounter = new LineCounter();
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const tooBig = preScan(source, { maxNodes: LIMITS.maxNodes, maxDepth: LIMITS.maxDepth, kind: 'framework file' });
  if (tooBig) {
    // No parse, so no line counter: count the lines up to the offset here.
    const before = source.slice(0, tooBig.offset);
    const line = before.split('\n').length;
    const col = tooBig.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { ok: false, diagnostics: [diagnostic(file, { line, col }, 'limit-exceeded', tooBig.message)] };
  }
  const doc = parseDocument(source, {
    lineCounter,
    ...YAML_OPTIONS,
    // Explicit YAML 1.1 tags (!!timestamp, !!binary, !!set...) would produce dates and byte
    // arrays; with this off they stay plain strings, and the reader refuses all but !!timestamp.
    resolveKnownTags: false,
  });
  const locate = (offset: number): At => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, source.length)));
    return { line, col };
  };
  const yamlProblem = (error: { code: string; message: string; pos: [number, number] }, code: DiagnosticCode): Diagnostic => {
    const message = firstLine(error.message);
    if (error.code === 'RESOURCE_EXHAUSTION') {
      return diagnostic(file, locate(error.pos[0]), 'limit-exceeded', NESTING_MESSAGE);
    }
    if (error.code === 'MULTIPLE_DOCS') {
      return diagnostic(file, locate(error.pos[0]), 'multiple-documents', 'the file holds more than one YAML document (a second ---); describe one jurisdiction per file');
    }
    const quote = /^Missing closing (["'])quote/.exec(error.message);
    const openQuote = quote ? openAt(source, source.length).quote : undefined;
    if (quote && openQuote !== undefined && openQuote.char === quote[1]) {
      return diagnostic(file, locate(openQuote.at), code, `the quote opened here with ${quote[1]} is never closed`);
    }
    if (error.code === 'TAG_RESOLVE_FAILED') {
      const tag = / tag: (.+)$/.exec(error.message)?.[1];
      if (tag) return diagnostic(file, locate(error.pos[0]), code, `the tag ${shownTag(tag)} is not needed: the value is read as the text it shows`);
    }
    const flow = /^Flow (sequence|map) in block collection/.exec(error.message);
    const opened = flow ? unclosedBracket(source, error.pos[0], flow[1] === 'sequence' ? '[' : '{') : undefined;
    if (flow && opened !== undefined) {
      const [what, close] = flow[1] === 'sequence' ? ['list', ']'] : ['mapping', '}'];
      return diagnostic(file, locate(opened), code, `the ${what} opened here with '${source[opened] ?? ''}' is never closed with '${close}'`);
    }
    return diagnostic(file, locate(error.pos[0]), code, message);
  };

  const firstError = firstYamlError(doc.errors);
  if (firstError) return { ok: false, diagnostics: [yamlProblem(firstError, 'yaml-syntax')] };
  const warnings = doc.warnings.map((warning) => yamlProblem(warning, 'yaml-warning'));
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      ok: false,
      diagnostics: [diagnostic(file, { line: 1, col: 1 }, 'empty-document', 'the file is empty; it must start with schema_version: 1 and a jurisdiction section (palermo-gap init writes a template)')],
    };
  }

  const reader = new Reader(doc, source, file, locate);
  let data: unknown;
  try {
    data = reader.read(doc.contents, '', { kind: 'root' }, 0, undefined, { start: 0, end: 0 });
  } catch (error) {
    if (error instanceof LimitExceeded) {
      return { ok: false, diagnostics: [diagnostic(file, locate(error.offset), 'limit-exceeded', error.message)] };
    }
    throw error;
  }
  return {
    ok: true,
    document: { data, nodes: reader.nodes, citations: reader.citations, locate },
    problems: reader.problems,
    warnings,
  };
}
