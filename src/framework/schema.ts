import { FRAMEWORK_FACTS } from './facts.js';
import { LIMITS } from './limits.js';
import type { FactSpec, GroupSpec } from './types.js';

/**
 * The JSON Schemas of the framework file, both generated from the fact catalogue (facts.ts):
 *
 * - `publishedSchema()` describes the file as people write it (every fact bare, `null`, `unknown`
 *   or cited as `{value, provision, quote, note}`), with a title and description on every
 *   property and each allowed value described, so editors can complete and explain it.
 * - `validationSchema()` is what ajv runs. The loader first unwraps cited facts and turns
 *   `unknown` into `null`, so each fact is checked against its bare type only. Validating the
 *   written forms directly would make ajv report every `anyOf` branch that failed (four or more
 *   errors for one wrong value); this way each problem yields one error.
 */

export type JsonSchema = { [keyword: string]: unknown };

export const SCHEMA_VERSION = 1;
export const FRAMEWORK_SCHEMA_ID = 'urn:palermo-gap:schema:framework:1';

/** The string that means "not known" wherever a fact is expected. */
export const UNKNOWN = 'unknown';

/** Keys of a cited fact besides `value`, with their length limits. */
export const CITATION_FIELDS = {
  provision: {
    maxLength: LIMITS.maxLineLength,
    description: 'The national provision that states the fact, e.g. "Penal Code art. 212(3)".',
  },
  quote: {
    maxLength: LIMITS.maxTextLength,
    description: 'The words of the provision, quoted exactly.',
  },
  note: {
    maxLength: LIMITS.maxTextLength,
    description: 'A note by the assessor: interpretation, practice, doubts, other sources.',
  },
} as const;

export type CitationField = keyof typeof CITATION_FIELDS;
export const CITED_KEYS: readonly string[] = ['value', ...Object.keys(CITATION_FIELDS)];

export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** How a value would be written in YAML: quoted when a plain scalar would not read as text. */
export function shown(value: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(value) && !['true', 'false', 'null'].includes(value) ? value : `'${value}'`;
}

export function isGroupSpec(node: FactSpec | GroupSpec): node is GroupSpec {
  return 'facts' in node;
}

/** The catalogue entry (fact or group) at a path of keys, if the catalogue defines one. */
export function catalogueEntry(keys: readonly string[]): FactSpec | GroupSpec | undefined {
  let entry: FactSpec | GroupSpec = FRAMEWORK_FACTS;
  for (const key of keys) {
    if (!isGroupSpec(entry) || !Object.hasOwn(entry.facts, key)) return undefined;
    const child: FactSpec | GroupSpec | undefined = entry.facts[key];
    if (child === undefined) return undefined;
    entry = child;
  }
  return entry;
}

type Mode = 'published' | 'validation';

/**
 * Titles and descriptions go into the published schema only: ajv ignores them, and in the
 * validator compiled at build time they would double the size of the code loaded at start-up.
 */
function annotations(mode: Mode, title: string, description: string): JsonSchema {
  return mode === 'published' ? { title, description } : {};
}

const ACRONYMS: Record<string, string> = {
  untoc: 'UNTOC',
  tip: 'TIP',
  som: 'SOM',
  coe: 'CoE',
  cets: 'CETS',
  eu: 'EU',
  actip: 'ACTIP',
  ilo: 'ILO',
  p029: 'P029',
  gcm: 'GCM',
  sdg: 'SDG',
  unsc: 'UNSC',
  ngo: 'NGO',
};

/** `non_punishment` → "Non punishment", `coe_cets_197` → "CoE CETS 197". */
export function titleOf(key: string): string {
  const words = key.split('_').map((word) => ACRONYMS[word] ?? word);
  const first = words[0] ?? key;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

function describeValues(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([value, meaning]) => `- ${value}: ${meaning}`)
    .join('\n');
}

function stringLimit(key: string): number {
  return key === 'code' ? LIMITS.maxIdLength : LIMITS.maxLineLength;
}

function valueChoices(values: Record<string, string>, mode: Mode): JsonSchema {
  if (mode === 'validation') return { enum: Object.keys(values) };
  return { oneOf: Object.entries(values).map(([value, meaning]) => ({ const: value, description: meaning })) };
}

/** The schema of a fact's value as written bare (not null, not `unknown`, not cited). */
function bareFactSchema(key: string, spec: FactSpec, mode: Mode): JsonSchema {
  const range: JsonSchema = {};
  if (spec.minimum !== undefined) range.minimum = spec.minimum;
  if (spec.maximum !== undefined) range.maximum = spec.maximum;
  switch (spec.kind) {
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', ...range };
    case 'number':
      return { type: 'number', ...range };
    case 'string':
      return { type: 'string', minLength: 1, maxLength: stringLimit(key) };
    case 'date':
      return { type: 'string', pattern: DATE_PATTERN };
    case 'enum':
      return valueChoices(spec.values ?? {}, mode);
    case 'set': {
      const values = spec.values ?? {};
      return {
        type: 'array',
        items: valueChoices(values, mode),
        uniqueItems: true,
        maxItems: Object.keys(values).length,
      };
    }
  }
}

/** Adds `null` to a bare schema for the validator (after unwrapping, unknown facts are null). */
function nullable(schema: JsonSchema): JsonSchema {
  if ('enum' in schema) return { ...schema, enum: [...(schema.enum as unknown[]), null] };
  return { ...schema, type: [schema.type, 'null'] };
}

function factDescription(spec: FactSpec): string {
  if (!spec.values) return spec.description;
  const list = spec.kind === 'set' ? 'A list of any of these values' : 'One of these values';
  return `${spec.description}\n\n${list}:\n${describeValues(spec.values)}`;
}

/**
 * Pieces the published schema shares between facts, kept once under `definitions` and referenced
 * (`$ref`), which keeps the schema a third of its inlined size.
 */
function sharedDefinitions(): Record<string, JsonSchema> {
  const definitions: Record<string, JsonSchema> = {
    unknown: {
      title: 'Unknown',
      description: 'Not known (the same as leaving the fact out). Never read as "no".',
      const: UNKNOWN,
    },
  };
  for (const [field, { maxLength, description }] of Object.entries(CITATION_FIELDS)) {
    definitions[field] = { title: titleOf(field), description, type: 'string', minLength: 1, maxLength };
  }
  return definitions;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });

function citedSchema(valueForms: JsonSchema[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    value: { title: 'Value', description: 'The fact itself, or unknown.', anyOf: valueForms },
  };
  for (const field of Object.keys(CITATION_FIELDS)) properties[field] = ref(field);
  return {
    type: 'object',
    description: 'The fact with the national provision that states it: {value, provision, quote, note}.',
    properties,
    required: ['value'],
    additionalProperties: false,
  };
}

interface Build {
  mode: Mode;
  /** Published mode: the value lists of enum and set facts, by fact path. */
  definitions: Record<string, JsonSchema>;
}

function factSchema(path: string, key: string, spec: FactSpec, required: boolean, build: Build): JsonSchema {
  let bare = bareFactSchema(key, spec, build.mode);
  if (build.mode === 'validation') return required ? bare : nullable(bare);
  if (spec.values) {
    build.definitions[path] = bare;
    bare = ref(path);
  }
  // A required fact must be known; `unknown` would otherwise pass as the text of a string fact.
  if (required && spec.kind === 'string') bare = { ...bare, not: ref('unknown') };
  const valueForms = required ? [bare] : [bare, { type: 'null', description: 'Not known.' }, ref('unknown')];
  return { title: titleOf(key), description: factDescription(spec), anyOf: [...valueForms, citedSchema(valueForms)] };
}

function groupSchema(path: string, key: string, group: GroupSpec, build: Build): JsonSchema {
  const required = new Set(group.required ?? []);
  const properties: Record<string, JsonSchema> = {};
  for (const [childKey, child] of Object.entries(group.facts)) {
    const childPath = path ? `${path}.${childKey}` : childKey;
    properties[childKey] = isGroupSpec(child)
      ? groupSchema(childPath, childKey, child, build)
      : factSchema(childPath, childKey, child, required.has(childKey), build);
  }
  return {
    ...annotations(build.mode, titleOf(key), group.description),
    // A section left empty (`victims:`) is null; it means the same as leaving it out. A section
    // with required keys must be written out.
    type: required.size > 0 ? 'object' : ['object', 'null'],
    properties,
    ...(required.size > 0 ? { required: [...required] } : {}),
    additionalProperties: false,
  };
}

function assessmentSchema(mode: Mode): JsonSchema {
  const nullableString = (title: string, description: string, maxLength: number): JsonSchema => ({
    ...annotations(mode, title, description),
    type: ['string', 'null'],
    maxLength,
  });
  const date = (title: string, description: string): JsonSchema => ({
    ...annotations(mode, title, description),
    type: ['string', 'null'],
    pattern: DATE_PATTERN,
  });
  return {
    ...annotations(mode, 'Assessment', 'Who assessed this framework, when, and from which texts.'),
    type: ['object', 'null'],
    properties: {
      date: date('Date', 'Date of this assessment (YYYY-MM-DD).'),
      assessors: {
        ...annotations(mode, 'Assessors', 'The people or teams who prepared this assessment.'),
        type: ['array', 'null'],
        items: { type: 'string', minLength: 1, maxLength: LIMITS.maxLineLength },
        maxItems: LIMITS.maxAssessors,
      },
      sources: {
        ...annotations(mode, 'Sources', 'The texts relied on (statutes, codes, plans). Notes can refer to them by id.'),
        type: ['array', 'null'],
        items: {
          type: 'object',
          properties: {
            id: {
              ...annotations(mode, 'Id', 'A short identifier for the source, e.g. penal-code.'),
              type: 'string',
              minLength: 1,
              maxLength: LIMITS.maxIdLength,
            },
            title: nullableString('Title', 'Title of the text, with its version or consolidation date.', LIMITS.maxLineLength),
            url: nullableString('URL', 'Where the text can be read.', LIMITS.maxUrlLength),
            date: date('Date', 'Date of the text or of its consolidation (YYYY-MM-DD).'),
          },
          required: ['id'],
          additionalProperties: false,
        },
        maxItems: LIMITS.maxSources,
      },
      notes: nullableString('Notes', 'Anything a reader of the report should know about this assessment.', LIMITS.maxTextLength),
    },
    additionalProperties: false,
  };
}

function rootSchema(mode: Mode): JsonSchema {
  const build: Build = { mode, definitions: mode === 'published' ? sharedDefinitions() : {} };
  const catalogue = groupSchema('', 'framework', FRAMEWORK_FACTS, build);
  const sections = catalogue.properties as Record<string, JsonSchema>;
  const { jurisdiction, ...rest } = sections;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...(mode === 'published' ? { $id: FRAMEWORK_SCHEMA_ID } : {}),
    ...annotations(
      mode,
      'palermo-gap framework file',
      `${FRAMEWORK_FACTS.description} Facts that are absent, null or "unknown" are unknown, never "no".`,
    ),
    type: 'object',
    properties: {
      schema_version: {
        ...annotations(mode, 'Schema version', `Version of the framework file format. Write ${SCHEMA_VERSION}.`),
        const: SCHEMA_VERSION,
      },
      jurisdiction,
      assessment: assessmentSchema(mode),
      ...rest,
    },
    required: ['schema_version', 'jurisdiction'],
    additionalProperties: false,
    ...(mode === 'published' ? { definitions: build.definitions } : {}),
  };
}

/** The JSON Schema of the framework file as written, for editors and for `palermo-gap schema`. */
export function publishedSchema(): JsonSchema {
  return rootSchema('published');
}

/**
 * The schema ajv runs (compiled at build time into generated/framework-validator.cjs), applied to
 * the document after the loader has unwrapped cited facts and turned `unknown` into `null`.
 */
export function validationSchema(): JsonSchema {
  return rootSchema('validation');
}
