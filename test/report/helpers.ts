import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../../src/engine/types.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A hand-built assessment (or list of them) from test/fixtures/<scenario>/<file>. */
export function loadAssessments(scenario: string, file = 'assessment.json'): Assessment[] {
  const data = JSON.parse(readFileSync(join(FIXTURES, scenario, file), 'utf8')) as Assessment | Assessment[];
  return Array.isArray(data) ? data : [data];
}

/** A deep copy, so a test can change one field without touching the others' fixture. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

export function resultById(assessment: Assessment, id: string) {
  const result = assessment.results.find((r) => r.id === id);
  if (!result) throw new Error(`fixture has no result ${id}`);
  return result;
}

export const TOOL = { name: 'palermo-gap', version: '1.2.3' };
