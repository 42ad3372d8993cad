import { FRAMEWORK_FACTS } from './facts.js';
import { childPointer, dottedPath } from './pointer.js';
import type { ReadDocument, Span } from './read-document.js';
import { isGroupSpec } from './schema.js';
import type { Fact, FactValue, Framework, GroupSpec, Position, Source } from './types.js';

/**
 * Builds the Framework the engine reads from a document that has passed the schema: facts keyed
 * by dotted path (a fact written `null` or `unknown` is kept with `value: null` and its position;
 * a fact left out is simply absent), the jurisdiction and assessment blocks, and the position of
 * every key so that a finding on a missing fact can point at its section.
 */

type Data = Record<string, unknown>;

function isData(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function position(document: ReadDocument, from: Span, to: Span): Position {
  const start = document.locate(from.start);
  const end = document.locate(to.end);
  return { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
}

function factValue(value: unknown): FactValue | null {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function collectFacts(document: ReadDocument, group: GroupSpec, data: unknown, pointer: string, facts: Record<string, Fact>): void {
  if (!isData(data)) return;
  for (const [key, spec] of Object.entries(group.facts)) {
    if (!Object.hasOwn(data, key)) continue;
    const at = childPointer(pointer, key);
    if (isGroupSpec(spec)) {
      collectFacts(document, spec, data[key], at, facts);
      continue;
    }
    const path = dottedPath(at);
    const fact: Fact = { path, value: factValue(data[key]) };
    const citation = document.citations.get(at);
    if (citation?.provision !== undefined) fact.provision = citation.provision;
    if (citation?.quote !== undefined) fact.quote = citation.quote;
    if (citation?.note !== undefined) fact.note = citation.note;
    const record = document.nodes.get(at);
    if (record) fact.position = position(document, record.key ?? record.whole, record.whole);
    facts[path] = fact;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function sources(value: unknown): Source[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isData).map((entry) => {
    const source: Source = { id: String(entry.id) };
    for (const field of ['title', 'url', 'date'] as const) {
      const fieldText = text(entry[field]);
      if (fieldText !== undefined) source[field] = fieldText;
    }
    return source;
  });
}

/** The normalized framework of a document that passed validation. */
export function normalizeFramework(document: ReadDocument, file: string): Framework {
  const data = isData(document.data) ? document.data : {};
  const facts: Record<string, Fact> = Object.create(null);
  collectFacts(document, FRAMEWORK_FACTS, data, '', facts);

  const positions: Record<string, Position> = Object.create(null);
  for (const [pointer, record] of document.nodes) {
    if (pointer === '') continue;
    const span = record.key ?? record.value;
    positions[dottedPath(pointer)] = position(document, span, span);
  }

  const factText = (path: string): string | undefined => text(facts[path]?.value);
  const jurisdiction: Framework['jurisdiction'] = { name: factText('jurisdiction.name') ?? '' };
  const code = factText('jurisdiction.code');
  const kind = factText('jurisdiction.kind');
  const asOf = factText('jurisdiction.as_of');
  if (code !== undefined) jurisdiction.code = code;
  if (kind !== undefined) jurisdiction.kind = kind;
  if (asOf !== undefined) jurisdiction.asOf = asOf;

  const assessmentData = isData(data.assessment) ? data.assessment : {};
  const assessment: Framework['assessment'] = {
    assessors: Array.isArray(assessmentData.assessors) ? assessmentData.assessors.map(String) : [],
    sources: sources(assessmentData.sources),
  };
  const date = text(assessmentData.date);
  const notes = text(assessmentData.notes);
  if (date !== undefined) assessment.date = date;
  if (notes !== undefined) assessment.notes = notes;

  return {
    file,
    schemaVersion: typeof data.schema_version === 'number' ? data.schema_version : 0,
    jurisdiction,
    assessment,
    facts,
    positions,
  };
}
