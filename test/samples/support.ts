/**
 * Loads and assesses the shipped samples with the real loader, engine and built-in packs, so the
 * sample tests pin what a user sees when running `palermo-gap assess samples/<name>.yaml`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileBuiltinPacks } from '../../src/checklist/builtins.js';
import type { Pack } from '../../src/checklist/types.js';
import { assess } from '../../src/engine/evaluate.js';
import type { Assessment, RequirementResult, State } from '../../src/engine/types.js';
import { loadFramework } from '../../src/framework/load.js';
import type { Framework } from '../../src/framework/types.js';

export const root = join(import.meta.dirname, '..', '..');
export const samplesDir = join(root, 'samples');

let packs: Pack[] | undefined;

/** The built-in packs, compiled from checklists/ so the tests never depend on a stale build. */
export function builtinPacksFromSource(): Pack[] {
  packs ??= compileBuiltinPacks(join(root, 'checklists'));
  return packs;
}

export function sampleNames(): string[] {
  return readdirSync(samplesDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}

export function sampleText(name: string): string {
  return readFileSync(join(samplesDir, `${name}.yaml`), 'utf8');
}

export function loadSample(name: string): Framework {
  const loaded = loadFramework(sampleText(name), `samples/${name}.yaml`);
  if (!loaded.ok) {
    const lines = loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}  ${d.message}`);
    throw new Error(`samples/${name}.yaml does not load:\n${lines.join('\n')}`);
  }
  return loaded.framework;
}

const cache = new Map<string, Assessment>();

export function assessSample(name: string): Assessment {
  let assessment = cache.get(name);
  if (!assessment) {
    const library = builtinPacksFromSource();
    assessment = assess(loadSample(name), library, { library });
    cache.set(name, assessment);
  }
  return assessment;
}

export function resultOf(assessment: Assessment, id: string): RequirementResult {
  const result = assessment.results.find((r) => r.id === id);
  if (!result) throw new Error(`no result for ${id} in ${assessment.file}`);
  return result;
}

/** The scored gaps (partly met or not met), by requirement id; summary packs are left out. */
export function gapsOf(assessment: Assessment): Record<string, State> {
  const gaps: Record<string, State> = {};
  for (const result of assessment.results) {
    if (result.summary) continue;
    if (result.state === 'partial' || result.state === 'not_met') gaps[result.id] = result.state;
  }
  return gaps;
}
