import { stringify } from 'yaml';
import { FRAMEWORK_FACTS } from './facts.js';
import { isGroupSpec, publishedSchema, SCHEMA_VERSION, shown, UNKNOWN, type JsonSchema } from './schema.js';
import type { FactSpec, GroupSpec } from './types.js';

/**
 * The `init` template: a framework file with every section and fact of the catalogue, each
 * explained in comments (description, kind, allowed values), all facts `unknown` except the
 * required ones. Generated from the catalogue and the published schema, never kept by hand, so
 * it cannot drift from what `validate` accepts.
 */

export interface TemplateOptions {
  /** jurisdiction.name; the catalogue's example when absent. */
  name?: string;
  /** jurisdiction.as_of (YYYY-MM-DD). */
  asOf: string;
  /** What the yaml-language-server modeline points at. */
  schemaRef: string;
}

const WIDTH = 100;
const INDENT = '  ';

function wrap(text: string, prefix: string, continuation = prefix): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const start = line === prefix || line === continuation;
    if (!start && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = continuation + word;
    } else {
      line += (start ? '' : ' ') + word;
    }
  }
  lines.push(line);
  return lines;
}

function comment(text: string, indent: string): string[] {
  return wrap(text, `${indent}# `);
}

/** A YAML scalar for `text`: plain when that reads back as the same text, else double-quoted. */
export function yamlScalar(text: string): string {
  const plain = stringify(text, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(text) : plain;
}

function range(spec: FactSpec): string {
  if (spec.minimum !== undefined && spec.maximum !== undefined) return ` (${spec.minimum} to ${spec.maximum})`;
  return '';
}

function listExample(values: Record<string, string>): string {
  return `[${Object.keys(values).slice(0, 2).map(shown).join(', ')}]`;
}

function kindHint(spec: FactSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return 'Write true or false.';
    case 'integer':
      return `A whole number${range(spec)}.`;
    case 'number':
      return `A number${range(spec)}.`;
    case 'string':
      return 'Text.';
    case 'date':
      return spec.description.includes('YYYY-MM-DD') ? '' : 'A date, YYYY-MM-DD.';
    case 'enum':
      return 'One of:';
    case 'set':
      return `A list, e.g. ${listExample(spec.values ?? {})}, of any of:`;
  }
}

function valueLines(values: Record<string, string>, indent: string): string[] {
  const names = Object.keys(values).map(shown);
  const width = Math.max(...names.map((name) => name.length));
  return Object.values(values).flatMap((meaning, index) => {
    const name = (names[index] ?? '').padEnd(width);
    return wrap(meaning, `${indent}#   ${name}  `, `${indent}#   ${' '.repeat(width)}  `);
  });
}

function factLines(key: string, spec: FactSpec, required: boolean, value: string, indent: string): string[] {
  const lines = comment(`${spec.description} ${required ? 'Required. ' : ''}${kindHint(spec)}`, indent);
  if (spec.values) lines.push(...valueLines(spec.values, indent));
  lines.push(`${indent}${key}: ${value}`);
  return lines;
}

function groupLines(group: GroupSpec, indent: string, values: Record<string, string>, path: string): string[] {
  const required = new Set(group.required ?? []);
  const lines: string[] = [];
  for (const [key, entry] of Object.entries(group.facts)) {
    const at = path ? `${path}.${key}` : key;
    if (isGroupSpec(entry)) {
      // A blank line around each sub-section, not doubled between two of them.
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      lines.push(...comment(entry.description, indent), `${indent}${key}:`, ...groupLines(entry, indent + INDENT, values, at), '');
    } else {
      const value = values[at] ?? (required.has(key) && entry.example !== undefined ? yamlScalar(String(entry.example)) : UNKNOWN);
      lines.push(...factLines(key, entry, required.has(key), value, indent));
    }
  }
  return lines;
}

function assessmentLines(schema: JsonSchema): string[] {
  const section = schema.properties as Record<string, JsonSchema> | undefined;
  const assessment = section?.assessment;
  const fields = (assessment?.properties ?? {}) as Record<string, JsonSchema>;
  const describe = (field: string): string => String(fields[field]?.description ?? '');
  return [
    ...comment(String(assessment?.description ?? ''), ''),
    'assessment:',
    ...comment(describe('date'), INDENT),
    `${INDENT}date: null`,
    ...comment(`${describe('assessors')} A list, e.g. [Jane Doe, Ministry of Justice].`, INDENT),
    `${INDENT}assessors: []`,
    ...comment(`${describe('sources')} Each one is written:`, INDENT),
    `${INDENT}#   - {id: penal-code, title: Penal Code (2024), url: "https://...", date: 2024-05-01}`,
    `${INDENT}sources: []`,
    ...comment(describe('notes'), INDENT),
    `${INDENT}notes: null`,
  ];
}

const PREAMBLE = [
  'A palermo-gap framework file: facts about one jurisdiction\'s law on trafficking in persons and smuggling of migrants. Record what the law says, not answers to checklist questions: many requirements read the same fact.',
  '',
  'Each fact can be written bare, or with the provision that states it:',
  '@  consent_irrelevant: true',
  '@  consent_irrelevant: {value: true, provision: "Penal Code art. 212(3)", quote: "...", note: "..."}',
  `A fact you do not know stays ${UNKNOWN} (or null, or can be deleted): unknown is never read as "no".`,
  'Booleans are true or false; YAML 1.2 reads yes, no, on and off as text. Lists are written [a, b] or as indented "- a" lines. Dates are YYYY-MM-DD.',
  '',
  'Check the file with: palermo-gap validate <file>. Assess it with: palermo-gap assess <file>.',
];

/** The commented template written by `palermo-gap init`. It validates as written. */
export function frameworkTemplate(options: TemplateOptions): string {
  const schema = publishedSchema();
  const values: Record<string, string> = { 'jurisdiction.as_of': options.asOf };
  if (options.name !== undefined) values['jurisdiction.name'] = yamlScalar(options.name);

  const lines = [`# yaml-language-server: $schema=${options.schemaRef}`, '#'];
  for (const paragraph of PREAMBLE) {
    if (paragraph === '') lines.push('#');
    else if (paragraph.startsWith('@')) lines.push(`#  ${paragraph.slice(1).trim()}`);
    else lines.push(...comment(paragraph, ''));
  }
  const version = (schema.properties as Record<string, JsonSchema>).schema_version;
  lines.push('', ...comment(String(version?.description ?? ''), ''), `schema_version: ${SCHEMA_VERSION}`);

  for (const key of Object.keys(schema.properties as object)) {
    if (key === 'schema_version') continue;
    lines.push('');
    if (key === 'assessment') {
      lines.push(...assessmentLines(schema));
      continue;
    }
    const section = FRAMEWORK_FACTS.facts[key];
    if (section === undefined || !isGroupSpec(section)) continue;
    lines.push(...comment(section.description, ''), `${key}:`, ...groupLines(section, INDENT, values, key));
    while (lines[lines.length - 1] === '') lines.pop();
  }
  return `${lines.join('\n')}\n`;
}
