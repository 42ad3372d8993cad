import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORK_FACTS } from '../../src/framework/facts.js';
import { loadFramework } from '../../src/framework/load.js';
import { isGroupSpec, publishedSchema, validationSchema, type JsonSchema } from '../../src/framework/schema.js';
import { frameworkTemplate } from '../../src/framework/template.js';
import type { FactSpec, GroupSpec } from '../../src/framework/types.js';

const root = join(import.meta.dirname, '..', '..');

function facts(group: GroupSpec = FRAMEWORK_FACTS, prefix = ''): [string, FactSpec, boolean][] {
  const required = new Set(group.required ?? []);
  return Object.entries(group.facts).flatMap(([key, entry]): [string, FactSpec, boolean][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isGroupSpec(entry) ? facts(entry, path) : [[path, entry, required.has(key)]];
  });
}

const FACTS = facts();

function resolve(schema: JsonSchema, node: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = ref.replace('#/definitions/', '');
  return (schema.definitions as Record<string, JsonSchema>)[name] ?? {};
}

function propertyAt(schema: JsonSchema, path: string): JsonSchema {
  let node = schema;
  for (const key of path.split('.')) node = (node.properties as Record<string, JsonSchema>)[key] ?? {};
  return node;
}

/** A document with the required parts and one fact set to `value`. */
function documentWith(path: string, value: unknown): Record<string, unknown> {
  const document: Record<string, unknown> = { schema_version: 1, jurisdiction: { name: 'Republic of Example', as_of: '2025-06-30' } };
  const keys = path.split('.');
  let node = document;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? ''] = value;
  return document;
}

function validBare(spec: FactSpec): unknown {
  switch (spec.kind) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return spec.minimum ?? 0;
    case 'string':
      return 'Text';
    case 'date':
      return '2020-02-29';
    case 'enum':
      return Object.keys(spec.values ?? {})[0];
    case 'set':
      return Object.keys(spec.values ?? {}).slice(0, 2);
  }
}

describe('publishedSchema', () => {
  const schema = publishedSchema();
  let validate: ValidateFunction;

  beforeAll(() => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    validate = ajv.compile(schema);
  });

  it('is a draft-07 schema with an $id', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(typeof schema.$id).toBe('string');
    expect(schema.required).toEqual(['schema_version', 'jurisdiction']);
  });

  it('gives every property a title and a description', () => {
    const missing: string[] = [];
    const visit = (node: JsonSchema, path: string): void => {
      for (const [key, child] of Object.entries((node.properties as Record<string, JsonSchema> | undefined) ?? {})) {
        const property = resolve(schema, child);
        if (typeof property.title !== 'string' || typeof property.description !== 'string' || property.description === '') missing.push(`${path}${key}`);
        visit(property, `${path}${key}.`);
        for (const form of (property.anyOf as JsonSchema[] | undefined) ?? []) visit(resolve(schema, form), `${path}${key}.`);
        if (property.items) visit(resolve(schema, property.items as JsonSchema), `${path}${key}[].`);
      }
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });

  it('describes every allowed value of every enum and set fact', () => {
    for (const [path, spec] of FACTS.filter(([, spec]) => spec.values)) {
      const definition = (schema.definitions as Record<string, JsonSchema>)[path] ?? {};
      const choices = ((spec.kind === 'set' ? (definition.items as JsonSchema) : definition).oneOf ?? []) as JsonSchema[];
      expect(choices, path).toEqual(Object.entries(spec.values ?? {}).map(([value, description]) => ({ const: value, description })));
      expect(propertyAt(schema, path).description, path).toContain(Object.keys(spec.values ?? {})[0]);
    }
  });

  it('accepts every fact bare, null, unknown and cited', () => {
    for (const [path, spec, required] of FACTS) {
      const bare = validBare(spec);
      const forms = required ? [bare] : [bare, null, 'unknown', { value: 'unknown' }];
      for (const form of [...forms, { value: bare, provision: 'Act art. 1', quote: 'Words.', note: 'A note.' }]) {
        expect(validate(documentWith(path, form)), `${path} = ${JSON.stringify(form)}`).toBe(true);
      }
    }
  });

  it('rejects unknown keys in a cited fact, and unknown for required facts', () => {
    expect(validate(documentWith('trafficking.consent_irrelevant', { value: true, article: 'x' }))).toBe(false);
    expect(validate(documentWith('trafficking.consent_irrelevant', { provision: 'x' }))).toBe(false);
    expect(validate(documentWith('jurisdiction.name', 'unknown'))).toBe(false);
    expect(validate(documentWith('jurisdiction.as_of', 'unknown'))).toBe(false);
    expect(validate(documentWith('jurisdiction.as_of', null))).toBe(false);
  });

  it('rejects yes for a boolean, as YAML 1.2 reads it as text', () => {
    expect(validate(parse('schema_version: 1\njurisdiction: {name: X, as_of: 2025-01-01, coastal: yes}\n'))).toBe(false);
  });

  it('accepts the init template', () => {
    const template = frameworkTemplate({ asOf: '2025-06-30', schemaRef: 'framework.schema.json' });
    expect(validate(parse(template)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts samples/meridia.yaml', () => {
    const sample = parse(readFileSync(join(root, 'samples', 'meridia.yaml'), 'utf8'));
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is the schema published in schemas/framework.schema.json (regenerate with: node scripts/build-data.js --write-schemas)', () => {
    const published = JSON.parse(readFileSync(join(root, 'schemas', 'framework.schema.json'), 'utf8'));
    expect(published).toEqual(schema);
  });

  it('agrees with the loader on which files are valid', () => {
    const valueFor = (spec: FactSpec): fc.Arbitrary<unknown> => {
      const allowed = Object.keys(spec.values ?? {});
      const wrong = fc.constantFrom<unknown>('yes', 'no', 'Unknown', '', 'text', 3, -1, 1.5, true, ['x'], { value: 1, cite: 'x' }, 'harboring');
      let right: fc.Arbitrary<unknown>;
      switch (spec.kind) {
        case 'boolean':
          right = fc.boolean();
          break;
        case 'integer':
          right = fc.integer({ min: (spec.minimum ?? 0) - 2, max: (spec.maximum ?? 100) + 2 });
          break;
        case 'number':
          right = fc.double({ min: (spec.minimum ?? 0) - 2, max: (spec.maximum ?? 100) + 2, noNaN: true });
          break;
        case 'string':
          right = fc.string({ maxLength: 20 });
          break;
        case 'date':
          right = fc.constantFrom('2024-02-29', '2025-06-30', '2025-6-30', '30/06/2025');
          break;
        case 'enum':
          right = fc.constantFrom(...allowed);
          break;
        case 'set':
          right = fc.array(fc.constantFrom(...allowed, 'other'), { maxLength: allowed.length + 1 });
          break;
      }
      const value = fc.oneof(right, right, wrong, fc.constant(null), fc.constant('unknown'));
      return fc.oneof(value, value.map((v) => ({ value: v, provision: 'Act s. 1' })));
    };
    const factArbitrary = fc.constantFrom(...FACTS).chain(([path, spec]) => fc.tuple(fc.constant(path), valueFor(spec)));
    fc.assert(
      fc.property(fc.array(factArbitrary, { maxLength: 6 }), (entries) => {
        let document: Record<string, unknown> = documentWith('jurisdiction.name', 'Republic of Example');
        for (const [path, value] of entries) {
          const next = documentWith(path, value);
          document = mergeDeep(document, next);
        }
        const text = stringify(document);
        const loaded = loadFramework(text, 'generated.yaml');
        expect(loaded.ok, text).toBe(validate(parse(text)));
      }),
      { numRuns: 400 },
    );
  });
});

function mergeDeep(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = result[key];
    const mergeable = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !('value' in v);
    result[key] = mergeable(existing) && mergeable(value) ? mergeDeep(existing, value) : value;
  }
  return result;
}

describe('validationSchema', () => {
  it('compiles in ajv strict mode and checks the bare document only', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(validationSchema());
    expect(validate(documentWith('trafficking.consent_irrelevant', null))).toBe(true);
    expect(validate(documentWith('trafficking.consent_irrelevant', { value: true }))).toBe(false);
    expect(validate(documentWith('victims.non_punishment.scope', 'some'))).toBe(false);
  });

  it('leaves titles and descriptions out of the validator compiled at build time', () => {
    expect(JSON.stringify(validationSchema())).not.toContain('"description"');
  });
});
