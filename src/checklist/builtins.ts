/**
 * The built-in packs. At build time they go through the same loader as users' packs and are
 * written to generated/packs.json; at run time builtin-packs.ts reads them from there, with no
 * YAML parsing or schema validation on the start-up path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { formatDiagnostic, loadPacks } from './load.js';
import { BUILTIN_PACK_IDS, isBuiltinPackId } from './registry.js';
import type { Pack } from './types.js';

/**
 * Loads checklists/*.yaml (build time). Throws with every diagnostic when a pack is invalid, a
 * registered pack has no file, or a file is not registered, so a broken pack never ships.
 */
export function compileBuiltinPacks(dir: string): Pack[] {
  const files = readdirSync(dir).filter((file) => ['.yaml', '.yml'].includes(extname(file)));
  const problems: string[] = [];
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = basename(file, extname(file));
    if (!isBuiltinPackId(id)) {
      problems.push(`${join(basename(dir), file)}: not a registered built-in pack (add '${id}' to BUILTIN_PACKS in src/checklist/registry.ts)`);
    } else {
      byId.set(id, file);
    }
  }
  for (const id of BUILTIN_PACK_IDS) {
    if (!byId.has(id)) problems.push(`${basename(dir)}/${id}.yaml: missing (every built-in pack needs a file)`);
  }
  const ids = BUILTIN_PACK_IDS.filter((id) => byId.has(id));
  const sources = ids.map((id) => {
    const file = byId.get(id) ?? `${id}.yaml`;
    return { text: readFileSync(join(dir, file), 'utf8'), origin: join(basename(dir), file) };
  });
  const { packs, diagnostics } = loadPacks(sources);
  problems.push(...diagnostics.map(formatDiagnostic));
  for (const pack of packs) {
    // A pack that failed to load is missing from `packs`, so match each by its own file, not by index.
    const id = basename(pack.origin, extname(pack.origin));
    if (pack.id !== id) problems.push(`${pack.origin}: pack id '${pack.id}' must match the file name '${id}'`);
  }
  if (problems.length > 0) {
    throw new Error(`invalid built-in checklists:\n${problems.join('\n')}`);
  }
  return packs.map((pack) => ({ ...pack, origin: pack.id }));
}

export { builtinPack, builtinPacks } from './builtin-packs.js';
