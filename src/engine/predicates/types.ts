/** The shape every predicate module has: name, options JSON Schema, evaluate, describe. */
import type { Check } from '../../checklist/types.js';
import type { FactKind, FactSpec } from '../../framework/types.js';
import type { FactRead } from '../types.js';

/**
 * A predicate's credit: a number in [0, 1], null when the facts it needs are unknown, or 'skip'
 * when it refers only to requirements that do not apply (left out of the enclosing all/any/mean).
 */
export type PredicateCredit = number | null | 'skip';

export interface PredicateOutcome {
  credit: PredicateCredit;
  /** Short and human: "trafficking.acts lacks harbouring, receipt". */
  reason: string;
  /** Facts read, the ones that decided the credit first. */
  facts: FactRead[];
}

export interface EvalContext {
  /** The fact as stated in the framework; `value: null` when unknown. */
  fact(path: string): FactRead;
  /** The outcome of another requirement ('skip' when it is not applicable). */
  requirement(id: string): PredicateOutcome;
  /** Evaluates a nested check; `negated` is true under an odd number of `not`s. */
  evaluate(check: Check, negated: boolean): PredicateOutcome;
  /**
   * True under an odd number of `not`s: a high credit is then the bad outcome, so a leaf states
   * its expectation when its credit is high rather than low.
   */
  negated: boolean;
}

export interface DescribeContext {
  /** Lines describing a nested check. */
  describe(check: Check): string[];
}

export interface AnalysisContext {
  canBePartial(check: Check): boolean;
  requirementCanBePartial(id: string): boolean;
}

/** A problem with a predicate's options, found by checking them against the fact catalogue. */
export interface OptionProblem {
  message: string;
  /** Path below the options node of the offending value, e.g. ['values', 2]. */
  at: (string | number)[];
}

export type JsonSchema = Record<string, unknown>;

export interface PredicateDefinition<Options> {
  /** The key that names the predicate in a pack. */
  name: string;
  description: string;
  /**
   * What the options hold: `fact` (an object naming a fact), `checks` (a list of checks),
   * `check` (one check) or `requirement` (a requirement id).
   */
  operand: 'fact' | 'checks' | 'check' | 'requirement';
  /** JSON Schema of the options, used to build the checklist meta-schema. */
  options: JsonSchema;
  /** Fact kinds the predicate can read (fact predicates only). */
  kinds?: readonly FactKind[];
  /** Checks the options against the fact's catalogue entry (fact predicates only). */
  validate?(options: Options, spec: FactSpec, path: string): OptionProblem[];
  evaluate(options: Options, ctx: EvalContext): PredicateOutcome;
  describe(options: Options, ctx: DescribeContext): string[];
  /** Whether some facts can give a credit strictly between 0 and 1 (decided structurally). */
  canBePartial(options: Options, ctx: AnalysisContext): boolean;
}

/** Options of the predicates that read one fact. */
export interface FactOptions {
  fact: string;
}

/** JSON Schema `$ref` to a nested check in the meta-schema. */
export const CHECK_REF = { $ref: '#/$defs/check' } as const;

/** Identity helper that keeps each module's options type while checking the shape. */
export function definePredicate<Options>(definition: PredicateDefinition<Options>): PredicateDefinition<Options> {
  return definition;
}
