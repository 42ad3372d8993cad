/** Flat views of the fact catalogue, for checking the fact paths that packs read. */
import { FRAMEWORK_FACTS } from '../framework/facts.js';
import type { FactSpec, GroupSpec } from '../framework/types.js';

const isGroup = (node: FactSpec | GroupSpec): node is GroupSpec => 'facts' in node;

let facts: Map<string, FactSpec> | undefined;
let groups: Map<string, GroupSpec> | undefined;

function build(): void {
  facts = new Map();
  groups = new Map();
  const walk = (group: GroupSpec, prefix: string) => {
    for (const [key, node] of Object.entries(group.facts)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isGroup(node)) {
        groups!.set(path, node);
        walk(node, path);
      } else {
        facts!.set(path, node);
      }
    }
  };
  walk(FRAMEWORK_FACTS, '');
}

/** Every fact of the catalogue by dotted path (`trafficking.acts`). */
export function factSpecs(): ReadonlyMap<string, FactSpec> {
  if (!facts) build();
  return facts!;
}

/** Every group of the catalogue by dotted path (`victims.non_punishment`). */
export function groupSpecs(): ReadonlyMap<string, GroupSpec> {
  if (!groups) build();
  return groups!;
}

/** Treaties whose party status a framework file records (`instruments.<id>.status`). */
export function frameworkInstruments(): string[] {
  const instruments = FRAMEWORK_FACTS.facts['instruments'];
  return instruments && isGroup(instruments) ? Object.keys(instruments.facts) : [];
}
