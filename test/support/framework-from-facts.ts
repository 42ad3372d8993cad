/**
 * Builds a Framework from a flat map of fact path → value, as the per-requirement fixtures write
 * them. Values are checked against the fact catalogue so that a nonsense fixture fails loudly
 * instead of silently testing nothing.
 */
import { factSpecs } from '../../src/checklist/fact-index.js';
import { valueProblem } from '../../src/engine/predicates/fact-helpers.js';
import type { Fact, FactValue, Framework, Position } from '../../src/framework/types.js';

const isCited = (value: unknown): value is { value: unknown; provision?: string; quote?: string; note?: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'value' in value;

function problemsOf(path: string, value: unknown): string[] {
  const spec = factSpecs().get(path);
  if (!spec) return [`unknown fact '${path}'`];
  if (value === null || value === 'unknown') return [];
  if (spec.kind === 'set') {
    if (!Array.isArray(value)) return [`${path} is a list, not ${JSON.stringify(value)}`];
    const problems = value.flatMap((item) => valueProblem(item, spec, path) ?? []);
    if (new Set(value).size !== value.length) problems.push(`${path} lists a value twice`);
    return problems;
  }
  const problem = valueProblem(value, spec, path);
  return problem ? [problem] : [];
}

/**
 * Each fact is placed on its own line, nested keys indented as in a YAML file, so that locations
 * can be asserted: the first key is on line 2 (line 1 holds schema_version).
 */
export function frameworkFromFacts(flat: Readonly<Record<string, unknown>>, file = 'fixture.yaml'): Framework {
  const problems: string[] = [];
  const facts: Record<string, Fact> = {};
  const positions: Record<string, Position> = {};
  let line = 1;
  for (const [path, written] of Object.entries(flat)) {
    const cited = isCited(written) ? written : undefined;
    const value = cited ? cited.value : written;
    problems.push(...problemsOf(path, value));
    const segments = path.split('.');
    segments.forEach((_, index) => {
      const prefix = segments.slice(0, index + 1).join('.');
      if (!Object.hasOwn(positions, prefix)) positions[prefix] = { line: ++line, col: 1 + 2 * index };
    });
    facts[path] = {
      path,
      value: value === 'unknown' || value === null || value === undefined ? null : (value as FactValue),
      position: positions[path]!,
      ...(cited?.provision !== undefined ? { provision: cited.provision } : {}),
      ...(cited?.quote !== undefined ? { quote: cited.quote } : {}),
      ...(cited?.note !== undefined ? { note: cited.note } : {}),
    };
  }
  if (problems.length > 0) throw new Error(`invalid fixture facts:\n  ${problems.join('\n  ')}`);
  const text = (key: string) => (typeof flat[key] === 'string' ? (flat[key] as string) : undefined);
  return {
    file,
    schemaVersion: 1,
    jurisdiction: {
      name: text('jurisdiction.name') ?? 'Fixture',
      ...(text('jurisdiction.code') ? { code: text('jurisdiction.code')! } : {}),
      ...(text('jurisdiction.kind') ? { kind: text('jurisdiction.kind')! } : {}),
      asOf: text('jurisdiction.as_of') ?? '2026-01-01',
    },
    assessment: { assessors: [], sources: [] },
    facts,
    positions,
  };
}
