/** Shared pieces of the hostile-input suites: minimal valid inputs and the pollution probe. */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/framework/types.js';

/** The smallest valid framework file. */
export const HEAD = 'schema_version: 1\njurisdiction:\n  name: Republic of Example\n  as_of: 2025-06-30\n';

/** One valid requirement, indented as an item of `requirements:`. */
export function requirementYaml(id: string, check: string, extra = ''): string {
  return [
    `  - id: ${id}`,
    '    title: A requirement',
    '    question: Is it so?',
    '    area: criminalization',
    '    source: { instrument: tip_protocol, provision: "art. 5(1)" }',
    '    level: mandatory',
    '    severity: major',
    `    check: ${check}`,
    '    recommendation: make it so',
    ...(extra ? [extra] : []),
    '',
  ].join('\n');
}

/** A pack with the given requirements (YAML text of `requirements:` items). */
export function packYaml(requirements: string, head = ''): string {
  return `id: hostile-pack\ntitle: Hostile pack\nversion: 1.0.0\nsource: Test\n${head}requirements:\n${requirements}`;
}

export const KNOWN_NAME = '{ known: { fact: jurisdiction.name } }';

/**
 * Everything a prototype-pollution payload could reach: the own properties of the built-in
 * prototypes, with their descriptors.
 */
export function prototypeSnapshot(): string {
  const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
  return JSON.stringify(
    Object.entries(prototypes).map(([name, proto]) => [
      name,
      Object.getOwnPropertyNames(proto)
        .sort()
        .map((key) => {
          const descriptor = Object.getOwnPropertyDescriptor(proto, key);
          return [key, typeof descriptor?.value, descriptor?.writable, descriptor?.enumerable];
        }),
      Object.getPrototypeOf(proto) === null ? 'null' : 'object',
    ]),
  );
}

export function expectNoPollution(before: string): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(prototypeSnapshot()).toBe(before);
}

/** Diagnostics must name the file and a real place (1-based), and be one line each. */
export function expectWellFormed(diagnostics: readonly Diagnostic[], file: string): void {
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    expect(Number.isInteger(d.col) && d.col >= 1).toBe(true);
    expect(typeof d.message).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
    expect(typeof d.code).toBe('string');
  }
}

/** The codes of a list of diagnostics, for compact assertions. */
export const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);
