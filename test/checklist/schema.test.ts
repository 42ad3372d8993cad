import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { frameworkInstruments } from '../../src/checklist/fact-index.js';
import { checklistSchema } from '../../src/checklist/schema.js';
import { AREAS, INSTRUMENTS, OBLIGATION_LEVELS, SEVERITIES } from '../../src/checklist/types.js';
import { PREDICATE_NAMES } from '../../src/engine/predicates/index.js';

type Schema = Record<string, unknown>;
const schema = checklistSchema();
const defs = schema['$defs'] as Record<string, Schema>;
const requirementProps = defs['requirement']!['properties'] as Record<string, Schema>;

describe('checklistSchema', () => {
  it('compiles under ajv strict mode', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('offers exactly the predicates of the registry, one per check', () => {
    const check = defs['check']!;
    expect(Object.keys(check['properties'] as object)).toEqual(PREDICATE_NAMES);
    expect(check).toMatchObject({ minProperties: 1, maxProperties: 1, additionalProperties: false });
  });

  it('takes its enums from types.ts', () => {
    expect(requirementProps['area']!['enum']).toEqual(Object.keys(AREAS));
    expect(requirementProps['level']!['enum']).toEqual(Object.keys(OBLIGATION_LEVELS));
    expect(requirementProps['severity']!['enum']).toEqual(Object.keys(SEVERITIES));
    const source = requirementProps['source']!['properties'] as Record<string, Schema>;
    expect(source['instrument']!['enum']).toEqual(Object.keys(INSTRUMENTS));
  });

  it('lets binding_for_parties_of name only treaties whose party status a framework file records', () => {
    const items = (requirementProps['binding_for_parties_of']!['items'] as Schema)['properties'] as Record<string, Schema>;
    expect(items['instrument']!['enum']).toEqual(frameworkInstruments());
  });

  it('closes every object and describes every property', () => {
    const problems: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${at}/${index}`));
      if (node === null || typeof node !== 'object') return;
      const object = node as Schema;
      if (object['type'] === 'object' && object['properties'] && object['additionalProperties'] !== false) problems.push(`${at} is open`);
      for (const [key, property] of Object.entries((object['properties'] as Record<string, Schema> | undefined) ?? {})) {
        if (typeof property['description'] !== 'string' || property['description'] === '') problems.push(`${at}/properties/${key} has no description`);
      }
      for (const [key, value] of Object.entries(object)) if (key !== 'enum') walk(value, `${at}/${key}`);
    };
    walk(schema, '#');
    expect(problems).toEqual([]);
  });
});
