/**
 * The closed predicate vocabulary. A check in a pack is an object with exactly one of these keys;
 * the checklist meta-schema, the loader's checks, evaluation and `explain` all read this map.
 */
import { all } from './all.js';
import { any } from './any.js';
import { atLeast } from './at-least.js';
import { atMost } from './at-most.js';
import { covers } from './covers.js';
import { equals } from './equals.js';
import { grade } from './grade.js';
import { known } from './known.js';
import { mean } from './mean.js';
import { not } from './not.js';
import { oneOf } from './one-of.js';
import { requirement } from './requirement.js';
import type { PredicateDefinition } from './types.js';

export const PREDICATES = {
  equals,
  one_of: oneOf,
  covers,
  at_least: atLeast,
  at_most: atMost,
  grade,
  known,
  all,
  any,
  mean,
  not,
  requirement,
} as const satisfies Record<string, PredicateDefinition<never>>;

export type PredicateName = keyof typeof PREDICATES;

export const PREDICATE_NAMES = Object.keys(PREDICATES) as PredicateName[];

export function isPredicateName(name: string): name is PredicateName {
  return Object.hasOwn(PREDICATES, name);
}

/** The definition with its options type erased, for dispatch on a name read from data. */
export function predicate(name: PredicateName): PredicateDefinition<unknown> {
  return PREDICATES[name] as unknown as PredicateDefinition<unknown>;
}

export type { PredicateDefinition, PredicateOutcome, PredicateCredit, EvalContext } from './types.js';
