import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_FACTS } from '../../src/framework/facts.js';
import { loadFramework } from '../../src/framework/load.js';
import { isGroupSpec } from '../../src/framework/schema.js';
import { frameworkTemplate } from '../../src/framework/template.js';
import type { GroupSpec } from '../../src/framework/types.js';

function factPaths(group: GroupSpec = FRAMEWORK_FACTS, prefix = ''): string[] {
  return Object.entries(group.facts).flatMap(([key, entry]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isGroupSpec(entry) ? factPaths(entry, path) : [path];
  });
}

const template = frameworkTemplate({ asOf: '2025-06-30', schemaRef: '../schemas/framework.schema.json' });

describe('frameworkTemplate', () => {
  it('starts with the yaml-language-server modeline', () => {
    expect(template.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/framework.schema.json');
  });

  it('validates as written', () => {
    const result = loadFramework(template, 'template.yaml');
    expect(result.ok ? result.warnings : result.diagnostics).toEqual([]);
  });

  it('writes every fact of the catalogue, unknown except the required ones', () => {
    const result = loadFramework(template, 'template.yaml');
    if (!result.ok) throw new Error('template is invalid');
    const paths = factPaths();
    expect(Object.keys(result.framework.facts).sort()).toEqual([...paths].sort());
    const known = Object.values(result.framework.facts).filter((fact) => fact.value !== null);
    expect(known.map((fact) => [fact.path, fact.value])).toEqual([
      ['jurisdiction.name', 'Republic of Example'],
      ['jurisdiction.as_of', '2025-06-30'],
    ]);
  });

  it('explains each fact and lists each allowed value in comments', () => {
    expect(template).toContain('  # Which offences the provision covers. One of:\n');
    expect(template).toMatch(/#\s+immigration_offences_only\s+Immigration offences only\n/);
    expect(template).toMatch(/#   '5.2' +Target 5.2: /);
    expect(template).toContain('A list, e.g. [recruitment, transportation], of any of:');
    expect(template).toContain('Write true or false.');
  });

  it('keeps comment lines within 100 characters', () => {
    expect(template.split('\n').filter((line) => line.length > 100)).toEqual([]);
  });

  it.each(['Republic of Meridia', 'yes', 'null', 'a: b', '#1 draft', "O'Brien \"Land\"", '2025', '- list', '[x]', 'Ünïcödé 国家'])('writes the name %j so that it reads back unchanged', (name) => {
    const text = frameworkTemplate({ name, asOf: '2025-06-30', schemaRef: 'x.json' });
    expect(parse(text).jurisdiction.name).toBe(name);
    const result = loadFramework(text, 'named.yaml');
    expect(result.ok && result.framework.jurisdiction.name).toBe(name);
  });
});
