/** The built-in packs at run time: pre-validated JSON written by the build, no YAML parsing. */
import { createRequire } from 'node:module';
import type { BuiltinPackId } from './registry.js';
import type { Pack } from './types.js';

let cache: readonly Pack[] | undefined;

/** The built-in packs, in registry order (generated/packs.json, written by scripts/build-data.js). */
export function builtinPacks(): readonly Pack[] {
  cache ??= createRequire(import.meta.url)('../../generated/packs.json') as Pack[];
  return cache;
}

export function builtinPack(id: BuiltinPackId): Pack | undefined {
  return builtinPacks().find((pack) => pack.id === id);
}
