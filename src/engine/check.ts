/** Reading check nodes: the single predicate key, nested checks, words for `explain`. */
import type { Check } from '../checklist/types.js';
import { PREDICATES, isPredicateName, predicate, type PredicateName } from './predicates/index.js';
import type { AnalysisContext } from './predicates/types.js';

export interface CheckNode {
  name: PredicateName;
  options: unknown;
}

/** The predicate of a check node (packs are validated, so exactly one known key is present). */
export function checkNode(check: Check): CheckNode {
  const keys = Object.keys(check);
  const name = keys[0];
  if (keys.length !== 1 || name === undefined || !isPredicateName(name)) {
    throw new Error(`not a check: ${JSON.stringify(check)}`);
  }
  return { name, options: check[name] };
}

/** The checks nested directly in a check node, with the key path from the node to each. */
export function childChecks(check: Check): { check: Check; at: (string | number)[] }[] {
  const { name, options } = checkNode(check);
  switch (PREDICATES[name].operand) {
    case 'checks':
      return (options as Check[]).map((child, index) => ({ check: child, at: [name, index] }));
    case 'check':
      return [{ check: options as Check, at: [name] }];
    default:
      return [];
  }
}

/** Every requirement id a check refers to (through `requirement:` at any depth). */
export function referencedRequirements(check: Check): string[] {
  const { name, options } = checkNode(check);
  if (name === 'requirement') return [options as string];
  return childChecks(check).flatMap((child) => referencedRequirements(child.check));
}

/** The check in words, one line per part, nested parts indented by two spaces. */
export function describeCheck(check: Check): string {
  return describeLines(check).join('\n');
}

export function describeLines(check: Check): string[] {
  const { name, options } = checkNode(check);
  return predicate(name).describe(options, { describe: describeLines });
}

/**
 * Whether some facts can give the check a credit strictly between 0 and 1. Decided from the
 * structure (covers of several values, grade with fractional credits, mean of several parts),
 * so that the meta-test can demand a `partial` case exactly where one is possible.
 */
export function canBePartial(check: Check, resolve: (id: string) => Check | undefined = () => undefined): boolean {
  const visiting = new Set<string>();
  const ctx: AnalysisContext = {
    canBePartial: (nested) => {
      const { name, options } = checkNode(nested);
      return predicate(name).canBePartial(options, ctx);
    },
    requirementCanBePartial: (id) => {
      const target = resolve(id);
      if (target === undefined || visiting.has(id)) return false;
      visiting.add(id);
      try {
        return ctx.canBePartial(target);
      } finally {
        visiting.delete(id);
      }
    },
  };
  return ctx.canBePartial(check);
}
