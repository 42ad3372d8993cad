/** Shared pieces of the predicates that read one fact. */
import { didYouMean } from '../../checklist/suggest.js';
import type { FactSpec, FactValue } from '../../framework/types.js';
import type { FactRead } from '../types.js';
import type { EvalContext, JsonSchema, OptionProblem, PredicateOutcome } from './types.js';

export const FACT_PROPERTY: JsonSchema = {
  type: 'string',
  description: 'Dotted path of a fact in the framework file, e.g. trafficking.acts.',
};

export const SCALAR_VALUE: JsonSchema = {
  description: 'A value as written in a framework file: true/false, a number or one of the fact\'s allowed values.',
  anyOf: [{ type: 'boolean' }, { type: 'number' }, { type: 'string' }],
};

export type Scalar = boolean | number | string;

export function formatValue(value: FactValue | Scalar | null): string {
  if (value === null) return 'unknown';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : value.join(', ');
  return String(value);
}

/** The fact, with a string "unknown" (which a loader should already have nulled) read as unknown. */
export function readFact(ctx: EvalContext, path: string): FactRead {
  const read = ctx.fact(path);
  return read.value === 'unknown' ? { ...read, value: null } : read;
}

export function unknownOutcome(read: FactRead): PredicateOutcome {
  return { credit: null, reason: `${read.path} is unknown`, facts: [read] };
}

/** A value of the wrong type for its fact (a framework file that bypassed validation) is unknown. */
export function wrongTypeOutcome(read: FactRead, expected: string): PredicateOutcome {
  return { credit: null, reason: `${read.path} is not ${expected}`, facts: [read] };
}

/**
 * Appends the expectation when the outcome is a failure: a low credit normally, a high one under
 * `not` (where "expected element_of_offence" would say the opposite of what is wanted).
 */
export function explain(statement: string, expectation: string, credit: number, negated: boolean): string {
  const failed = negated ? credit > 0 : credit < 1;
  return failed ? `${statement} (${expectation})` : statement;
}

/** Why `value` is not a valid value of the fact, or undefined when it is. */
export function valueProblem(value: unknown, spec: FactSpec, path: string): string | undefined {
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${path} is true or false, not ${JSON.stringify(value)}`;
    case 'enum':
    case 'set': {
      const allowed = Object.keys(spec.values ?? {});
      if (typeof value === 'string' && allowed.includes(value)) return undefined;
      return `${JSON.stringify(value)} is not a value of ${path}${typeof value === 'string' ? didYouMean(value, allowed) : ''}; allowed: ${allowed.join(', ')}`;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || (spec.kind === 'integer' && !Number.isInteger(value))) {
        return `${path} is ${spec.kind === 'integer' ? 'a whole number' : 'a number'}, not ${JSON.stringify(value)}`;
      }
      if (spec.minimum !== undefined && value < spec.minimum) return `${path} is at least ${spec.minimum}`;
      if (spec.maximum !== undefined && value > spec.maximum) return `${path} is at most ${spec.maximum}`;
      return undefined;
    }
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : `${path} is a date (YYYY-MM-DD), not ${JSON.stringify(value)}`;
    case 'string':
      return typeof value === 'string' ? undefined : `${path} is text, not ${JSON.stringify(value)}`;
  }
}

/** The problems of a predicate's `values` list, each located at its index. */
export function valuesProblems(values: readonly unknown[], spec: FactSpec, path: string): OptionProblem[] {
  return values.flatMap((value, index) => {
    const problem = valueProblem(value, spec, path);
    return problem ? [{ message: problem, at: ['values', index] }] : [];
  });
}

/** Credits are rounded so that 1 - 0.7 is 0.3 and a mean of three thirds is exactly 1. */
export function roundCredit(credit: number): number {
  return Math.round(credit * 1e6) / 1e6;
}

/** "a, b and c" */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
