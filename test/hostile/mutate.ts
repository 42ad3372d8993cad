/**
 * Mutations of real inputs for the property suite: text-level damage (truncation, junk, lost or
 * doubled lines, broken indentation) and structure-level edits made through yaml's Document API
 * (keys deleted, duplicated, renamed; values retyped; scalars swapped for collections and back).
 * Each mutation is plain data, so fast-check can shrink a failing case to the smallest edit list.
 */
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace-char'; at: number; text: string }
  | { kind: 'delete-line'; line: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'delete-key'; target: number }
  | { kind: 'duplicate-key'; target: number }
  | { kind: 'rename-key'; target: number; name: string }
  | { kind: 'retype'; target: number; value: unknown }
  | { kind: 'wrap'; target: number; as: 'list' | 'mapping' }
  | { kind: 'unwrap'; target: number };

/** Characters that mean something to YAML, and characters that mean something to a terminal. */
const SIGNIFICANT = [':', ': ', '- ', '-', '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '!', '!!js/function ', '#', '|', '>', '?', '\t', '\n', '\r', '\r\n', '---\n', '...\n', '%YAML 1.1\n', '\\', '\u0000', '\u001b[2J', '\u001b]8;;x\u0007', '\u202e', '\u2028', '\ufeff', '\ud800', '<<: ', '~', 'yes', '.nan', '.inf', '1e400', '0x1F', '2025-02-30', '__proto__'];

const KEY_NAMES = ['__proto__', 'constructor', 'prototype', 'value', 'provision', 'quote', 'note', '<<', 'yes', '', ' ', 'schema_version', 'jurisdiction', 'acts', 'check', 'all', 'requirement', 'id', 'requirements', 'fact', 'values', 'credits', 'true', '1'];

const hostileScalar = fc.constantFrom<unknown>(null, 'unknown', 'yes', 'no', 'on', true, false, 0, -1, 1.5, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '', '2025-02-30', '0000-00-00', '\u001b[2J<script>', '=1+1', '| a | b |', ']]>', 'x'.repeat(25_000));

const text = fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant('replace-char' as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('delete-key' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-key' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('rename-key' as const), target: fc.nat(), name: fc.oneof(fc.constantFrom(...KEY_NAMES), fc.string({ maxLength: 10 })) }),
  fc.record({ kind: fc.constant('retype' as const), target: fc.nat(), value: fc.oneof(hostileScalar, fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ kind: fc.constant('wrap' as const), target: fc.nat(), as: fc.constantFrom('list' as const, 'mapping' as const) }),
  fc.record({ kind: fc.constant('unwrap' as const), target: fc.nat() }),
);

/** A list of mutations, structure edits and text damage mixed. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

interface Slot {
  /** The mapping pair or list that holds the node. */
  parent: YAMLMap | YAMLSeq;
  index: number;
}

/** Every pair of every mapping and every item of every list, in document order. */
function slots(doc: Document): Slot[] {
  const found: Slot[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 40) return;
    if (isMap(node) || isSeq(node)) {
      node.items.forEach((item, index) => {
        found.push({ parent: node, index });
        walk(isPair(item) ? item.value : item, depth + 1);
      });
    }
  };
  walk(doc.contents, 0);
  return found;
}

function valueOf(slot: Slot): unknown {
  const item = slot.parent.items[slot.index];
  return isPair(item) ? item.value : item;
}

function setValue(slot: Slot, value: unknown): void {
  const item = slot.parent.items[slot.index];
  if (isPair(item)) item.value = value as Node;
  else (slot.parent.items as unknown[])[slot.index] = value;
}

function applyToDocument(textIn: string, change: Mutation): string {
  const doc = parseDocument(textIn, { uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length > 0) return textIn;
  const all = slots(doc);
  if (all.length === 0) return textIn;
  const target = all[(change as { target: number }).target % all.length]!;
  const item = target.parent.items[target.index];
  switch (change.kind) {
    case 'delete-key':
      target.parent.items.splice(target.index, 1);
      break;
    case 'duplicate-key':
      if (isPair(item)) (target.parent as YAMLMap).items.splice(target.index + 1, 0, (item as Pair).clone() as Pair<unknown, unknown>);
      else (target.parent as YAMLSeq).items.splice(target.index + 1, 0, doc.createNode(valueOf(target) === null ? null : String(valueOf(target))));
      break;
    case 'rename-key':
      if (isPair(item)) item.key = new Scalar(change.name);
      break;
    case 'retype':
      setValue(target, doc.createNode(change.value));
      break;
    case 'wrap': {
      const current = valueOf(target);
      setValue(target, change.as === 'list' ? doc.createNode([null]) : doc.createNode({ value: null }));
      const wrapped = valueOf(target) as YAMLMap | YAMLSeq;
      if (isSeq(wrapped)) wrapped.items[0] = current;
      else if (isMap(wrapped) && isPair(wrapped.items[0])) wrapped.items[0].value = current as Node;
      break;
    }
    case 'unwrap': {
      const current = valueOf(target);
      if (isMap(current) || isSeq(current)) {
        const first = current.items[0];
        const inner = isPair(first) ? first.value : first;
        setValue(target, isScalar(inner) ? inner : doc.createNode(inner === undefined ? null : String(current.items.length)));
      }
      break;
    }
    default:
      return textIn;
  }
  try {
    return doc.toString({ lineWidth: 0 });
  } catch {
    return textIn;
  }
}

function applyToText(textIn: string, change: Mutation): string {
  const lines = textIn.split('\n');
  const line = (n: number) => n % Math.max(1, lines.length);
  switch (change.kind) {
    case 'truncate':
      return textIn.slice(0, change.at % (textIn.length + 1));
    case 'insert': {
      const at = change.at % (textIn.length + 1);
      return textIn.slice(0, at) + change.text + textIn.slice(at);
    }
    case 'replace-char': {
      const at = change.at % (textIn.length + 1);
      return textIn.slice(0, at) + change.text + textIn.slice(at + 1);
    }
    case 'delete-line':
      lines.splice(line(change.line), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(change.line), 0, lines[line(change.line)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [line(change.a), line(change.b)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'indent': {
      const n = line(change.line);
      const current = lines[n] ?? '';
      lines[n] = change.by >= 0 ? ' '.repeat(change.by) + current : current.replace(new RegExp(`^ {0,${-change.by}}`), '');
      return lines.join('\n');
    }
    default:
      return applyToDocument(textIn, change);
  }
}

/** The text after every mutation, in order. */
export function mutate(textIn: string, changes: readonly Mutation[]): string {
  return changes.reduce(applyToText, textIn);
}
