/**
 * Turns `--checklist <id|path>` values into packs: built-in ids come from the pre-validated
 * built-in packs, paths are read by the caller's `read` (the CLI's guarded reader: size cap,
 * encodings, no endless devices) and loaded (and may refer to built-in requirements).
 */
import type { Diagnostic } from '../framework/types.js';
import { builtinPacks } from './builtin-packs.js';
import { loadPacks, type PackSource } from './load.js';
import { BUILTIN_PACK_IDS, isBuiltinPackId } from './registry.js';
import { didYouMean } from './suggest.js';
import type { Pack } from './types.js';

export interface Selection {
  packs: Pack[];
  /** Problems inside checklist files (file:line:col). */
  diagnostics: Diagnostic[];
  /** Problems with the selection itself: an unknown id, an unreadable file. One line each. */
  errors: string[];
}

export type ReadText = (path: string) => string;

const looksLikePath = (spec: string) => /[\\/]/.test(spec) || /\.(ya?ml|json)$/i.test(spec);

export interface SelectOptions {
  read: ReadText;
  /** Size cap for checklist files (--max-file-size); the default is LIMITS.maxChecklistBytes. */
  maxBytes?: number;
  /** The built-in packs (defaults to those of the build). */
  builtins?: () => readonly Pack[];
}

/** All built-in packs when `specs` is empty; otherwise the named packs, in the order given. */
export function selectPacks(specs: readonly string[], options: SelectOptions): Selection {
  const { read } = options;
  const builtins = options.builtins ?? builtinPacks;
  if (specs.length === 0) return { packs: [...builtins()], diagnostics: [], errors: [] };
  const errors: string[] = [];
  const order: ({ builtin: Pack } | { source: PackSource })[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec)) continue;
    seen.add(spec);
    if (isBuiltinPackId(spec)) {
      const pack = builtins().find((candidate) => candidate.id === spec);
      if (pack) order.push({ builtin: pack });
      else errors.push(`built-in checklist '${spec}' is missing from this build`);
    } else if (looksLikePath(spec)) {
      try {
        order.push({ source: { text: read(spec), origin: spec } });
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    } else {
      errors.push(`unknown checklist '${spec}'${didYouMean(spec, BUILTIN_PACK_IDS)}; built-in checklists: ${BUILTIN_PACK_IDS.join(', ')}; or give a path to a .yaml file`);
    }
  }
  if (errors.length > 0) return { packs: [], diagnostics: [], errors };

  const selected = order.flatMap((entry) => ('builtin' in entry ? [entry.builtin] : []));
  const sources = order.flatMap((entry) => ('source' in entry ? [entry.source] : []));
  const { packs: loaded, diagnostics } = loadPacks(sources, { selected, library: builtins(), ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) });
  if (diagnostics.length > 0) return { packs: [], diagnostics, errors };
  const byOrigin = new Map(loaded.map((pack) => [pack.origin, pack]));
  const packs = order.map((entry) => ('builtin' in entry ? entry.builtin : byOrigin.get(entry.source.origin)!));
  return { packs, diagnostics: [], errors };
}
