import type { Check } from '../../checklist/types.js';
import { roundCredit } from './fact-helpers.js';
import { CHECK_LIST, SKIPPED, describeList, evaluateParts, outcome } from './combine.js';
import { definePredicate } from './types.js';

export const name = 'mean';

export const mean = definePredicate<Check[]>({
  name,
  description: 'The average credit of the parts; unknown if any part is unknown.',
  operand: 'checks',
  options: CHECK_LIST('Checks whose credits are averaged.'),
  evaluate(checks, ctx) {
    const parts = evaluateParts(checks, ctx);
    if (parts.length === 0) return SKIPPED;
    const unknown = parts.filter((part) => part.credit === null);
    if (unknown.length > 0) return outcome(null, unknown, parts);
    const credit = roundCredit(parts.reduce((sum, part) => sum + (part.credit ?? 0), 0) / parts.length);
    const short = parts.filter((part) => (part.credit ?? 0) < 1);
    return outcome(credit, short.length > 0 ? short : parts, parts);
  },
  describe: (checks, ctx) => describeList('the average of:', checks, ctx),
  canBePartial: (checks, ctx) => checks.length > 1 || checks.some((check) => ctx.canBePartial(check)),
});
