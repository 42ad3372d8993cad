import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/framework/load.js';
import { LIMITS } from '../../src/framework/limits.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

interface Expected {
  ok: boolean;
  diagnostics?: { line: number; col: number; code: string; path?: string; messageIncludes: string[] }[];
}

function load(text: string) {
  return loadFramework(text, 'test.yaml');
}

function diagnosticsOf(text: string) {
  const result = load(text);
  if (result.ok) throw new Error('expected the file to be invalid');
  return result.diagnostics;
}

const HEAD = 'schema_version: 1\njurisdiction:\n  name: Republic of Example\n  as_of: 2025-06-30\n';

describe('framework fixtures', () => {
  const scenarios = readdirSync(fixtures).filter((name) => name.startsWith('framework-'));

  it('there are fixtures for every class of mistake', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
  });

  for (const scenario of scenarios) {
    it(scenario, () => {
      const dir = join(fixtures, scenario);
      const file = `${scenario}/framework.yaml`;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const result = loadFramework(readFileSync(join(dir, 'framework.yaml'), 'utf8'), file);
      if (expected.ok) {
        expect(result.ok ? [] : result.diagnostics).toEqual([]);
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      // One diagnostic per problem: as many as expected, in document order, each in place.
      expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.path ?? ''}`)).toEqual(
        (expected.diagnostics ?? []).map((d) => `${d.line}:${d.col} ${d.code} ${d.path ?? ''}`),
      );
      result.diagnostics.forEach((diagnostic, index) => {
        expect(diagnostic.file).toBe(file);
        for (const part of expected.diagnostics?.[index]?.messageIncludes ?? []) expect(diagnostic.message).toContain(part);
      });
    });
  }
});

describe('loadFramework', () => {
  it('lists every allowed value of an enum and says unknown is allowed', () => {
    const [diagnostic] = diagnosticsOf(`${HEAD}victims:\n  firewall: sometimes\n`);
    expect(diagnostic?.message).toBe("'sometimes' is not an allowed value; allowed: statutory, policy_only, none, or unknown");
  });

  it('suggests the nearest allowed value for a misspelt enum value', () => {
    const [diagnostic] = diagnosticsOf(`${HEAD}trafficking:\n  offence: single-offence\n`);
    expect(diagnostic?.message).toContain("did you mean 'single_offence'?");
  });

  it('says where a key that belongs elsewhere goes', () => {
    const [diagnostic] = diagnosticsOf(`${HEAD}trafficking:\n  coastal: true\n`);
    expect(diagnostic?.code).toBe('unknown-key');
    expect(diagnostic?.message).toContain("'coastal' belongs in jurisdiction");
  });

  it('accepts true/false written True and FALSE, which YAML 1.2 reads as booleans', () => {
    const result = load(`${HEAD}  coastal: True\ntrafficking:\n  consent_irrelevant: FALSE\n`);
    expect(result.ok && result.framework.facts['jurisdiction.coastal']?.value).toBe(true);
    expect(result.ok && result.framework.facts['trafficking.consent_irrelevant']?.value).toBe(false);
  });

  it.each(['y', 'Y', 'yes', 'YES', 'on', 'On', 'n', 'N', 'no', 'No', 'off', 'OFF'])('explains that %s is text in YAML 1.2', (word) => {
    const [diagnostic] = diagnosticsOf(`${HEAD}  coastal: ${word}\n`);
    expect(diagnostic).toMatchObject({ line: 5, col: 12, code: 'yaml11-boolean', path: 'jurisdiction.coastal' });
    expect(diagnostic?.message).toContain(['y', 'yes', 'on'].includes(word.toLowerCase()) ? 'write true' : 'write false');
  });

  it('reports a missing key of a cited fact unless a misspelling of value explains it', () => {
    const diagnostics = diagnosticsOf(`${HEAD}trafficking:\n  consent_irrelevant: {valeu: true}\n`);
    expect(diagnostics.map((d) => d.message)).toEqual(["unknown key 'valeu' in a cited fact; did you mean 'value'?"]);
  });

  it('rejects a wrong schema_version', () => {
    const [diagnostic] = diagnosticsOf(HEAD.replace('schema_version: 1', 'schema_version: 2'));
    expect(diagnostic).toMatchObject({ line: 1, col: 17, code: 'schema-version' });
  });

  it('points a missing required key inside a cited jurisdiction at its section', () => {
    const [diagnostic] = diagnosticsOf('schema_version: 1\njurisdiction:\n  name: {value: X, provision: Constitution}\n');
    expect(diagnostic).toMatchObject({ line: 2, col: 1, code: 'missing-key', path: 'jurisdiction.as_of' });
  });

  it('requires the required facts to be known', () => {
    const [diagnostic] = diagnosticsOf('schema_version: 1\njurisdiction:\n  name: unknown\n  as_of: 2025-06-30\n');
    expect(diagnostic).toMatchObject({ line: 3, col: 9, code: 'wrong-type', path: 'jurisdiction.name' });
  });

  it('reports a value listed twice in a set at the repetition', () => {
    const [diagnostic] = diagnosticsOf(`${HEAD}trafficking:\n  acts: [transfer, receipt, transfer]\n`);
    expect(diagnostic).toMatchObject({ line: 6, col: 29, code: 'duplicate-value', path: 'trafficking.acts' });
  });

  it('rejects text longer than the limit in a cited fact', () => {
    const quote = 'x'.repeat(LIMITS.maxTextLength + 1);
    const [diagnostic] = diagnosticsOf(`${HEAD}trafficking:\n  consent_irrelevant: {value: true, quote: ${quote}}\n`);
    expect(diagnostic).toMatchObject({ code: 'too-long', path: 'trafficking.consent_irrelevant.quote' });
  });

  it('rejects an empty file and a file that is not a mapping', () => {
    expect(diagnosticsOf('')[0]).toMatchObject({ line: 1, col: 1, code: 'empty-document' });
    expect(diagnosticsOf('# only a comment\n')[0]?.code).toBe('empty-document');
    expect(diagnosticsOf('- a\n- b\n')[0]).toMatchObject({ line: 1, col: 1, code: 'wrong-type' });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(load(`\uFEFF${HEAD}`).ok).toBe(true);
  });

  it('does not let __proto__ keys reach any prototype', () => {
    const diagnostics = diagnosticsOf(`${HEAD}__proto__: {polluted: true}\ntrafficking:\n  __proto__: {polluted: true}\n`);
    expect(diagnostics.map((d) => d.path)).toEqual(['__proto__', 'trafficking.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = `${'['.repeat(LIMITS.maxDepth + 5)}${']'.repeat(LIMITS.maxDepth + 5)}`;
    expect(diagnosticsOf(`${HEAD}notes: ${deep}\n`)[0]?.code).toBe('limit-exceeded');
  });

  it('refuses YAML merge keys and complex keys with a diagnostic', () => {
    expect(diagnosticsOf(`${HEAD}trafficking:\n  <<: {acts: [transfer]}\n`)[0]).toMatchObject({ line: 6, col: 3, code: 'unsupported-yaml' });
    expect(diagnosticsOf(`${HEAD}? [a, b]\n: c\n`)[0]).toMatchObject({ line: 5, col: 3, code: 'unsupported-yaml' });
  });

  it('reads an explicit !!timestamp as text with a warning, and refuses custom tags', () => {
    const result = load(`${HEAD}assessment:\n  date: !!timestamp 2025-01-02\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.assessment.date).toBe('2025-01-02');
    expect(result.warnings.map((w) => w.code)).toContain('yaml-warning');
    expect(diagnosticsOf(`${HEAD}assessment:\n  notes: !custom text\n`)[0]).toMatchObject({ line: 6, col: 10, code: 'unsupported-yaml' });
  });

  it('warns when a minimum penalty exceeds the maximum, without failing', () => {
    const result = load(`${HEAD}smuggling:\n  penalty:\n    max_years: 5\n    min_years: 8\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toMatchObject([{ code: 'inconsistent-penalty', path: 'smuggling.penalty.min_years', line: 8 }]);
  });

  it('reports problems in document order', () => {
    const lines = diagnosticsOf(`${HEAD}victims:\n  firewall: x\ntrafficking:\n  acts: [y]\n  offence: z\n`).map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('never throws and always names the file, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = loadFramework(text, 'random.yaml');
        if (!result.ok) {
          expect(result.diagnostics.length).toBeGreaterThan(0);
          for (const d of result.diagnostics) {
            expect(d.file).toBe('random.yaml');
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.col).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on YAML-shaped noise', () => {
    const token = fc.constantFrom('schema_version: 1\n', 'jurisdiction:\n', '  name: X\n', '  as_of: 2025-01-01\n', 'trafficking:\n', '  acts: [', ']\n', '{', '}', '&a ', '*a ', '- ', ': ', '"', "'", '#', '\n', '  ', 'unknown', 'value: ', '__proto__: ', '---\n', '\t');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const result = loadFramework(tokens.join(''), 'noise.yaml');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
