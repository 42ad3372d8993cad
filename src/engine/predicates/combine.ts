/** Shared pieces of the combinators (all, any, mean). */
import type { Check } from '../../checklist/types.js';
import type { FactRead } from '../types.js';
import { CHECK_REF, type DescribeContext, type EvalContext, type JsonSchema, type PredicateOutcome } from './types.js';

export type Part = PredicateOutcome & { credit: number | null };

export const CHECK_LIST: (description: string) => JsonSchema = (description) => ({
  type: 'array',
  description,
  minItems: 1,
  items: CHECK_REF,
});

/** Evaluates every part; parts that refer only to requirements that do not apply are left out. */
export function evaluateParts(checks: readonly Check[], ctx: EvalContext): Part[] {
  return checks
    .map((check) => ctx.evaluate(check, ctx.negated))
    .filter((part): part is Part => part.credit !== 'skip');
}

export const SKIPPED: PredicateOutcome = {
  credit: 'skip',
  reason: 'none of the referenced requirements applies',
  facts: [],
};

/** The facts of the deciding parts first, then the others, each path once. */
export function mergeFacts(decisive: readonly PredicateOutcome[], all: readonly PredicateOutcome[]): FactRead[] {
  const seen = new Set<string>();
  const facts: FactRead[] = [];
  for (const part of [...decisive, ...all]) {
    for (const fact of part.facts) {
      if (!seen.has(fact.path)) {
        seen.add(fact.path);
        facts.push(fact);
      }
    }
  }
  return facts;
}

export function joinReasons(parts: readonly PredicateOutcome[]): string {
  return [...new Set(parts.map((part) => part.reason))].join('; ');
}

export function outcome(credit: number | null, decisive: readonly Part[], parts: readonly Part[]): PredicateOutcome {
  return { credit, reason: joinReasons(decisive), facts: mergeFacts(decisive, parts) };
}

/** "all of:" followed by one bullet per part, nested parts indented. */
export function describeList(heading: string, checks: readonly Check[], ctx: DescribeContext): string[] {
  return [heading, ...checks.flatMap((check) => bullet(ctx.describe(check)))];
}

export function bullet(lines: readonly string[]): string[] {
  return lines.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`));
}
