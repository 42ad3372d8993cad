import type { Check } from '../../checklist/types.js';
import { roundCredit } from './fact-helpers.js';
import { bullet } from './combine.js';
import { CHECK_REF, definePredicate } from './types.js';

export const name = 'not';

export const not = definePredicate<Check>({
  name,
  description: '1 minus the credit of the check; unknown if the check is unknown.',
  operand: 'check',
  options: { ...CHECK_REF, description: 'The check to negate.' } as Record<string, unknown>,
  evaluate(check, ctx) {
    const inner = ctx.evaluate(check, !ctx.negated);
    if (inner.credit === null || inner.credit === 'skip') return inner;
    return { ...inner, credit: roundCredit(1 - inner.credit) };
  },
  describe(check, ctx) {
    const lines = ctx.describe(check);
    return lines.length === 1 ? [`not: ${lines[0]}`] : ['none of the following holds:', ...bullet(lines)];
  },
  canBePartial: (check, ctx) => ctx.canBePartial(check),
});
