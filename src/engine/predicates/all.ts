import type { Check } from '../../checklist/types.js';
import { CHECK_LIST, SKIPPED, describeList, evaluateParts, outcome } from './combine.js';
import { definePredicate } from './types.js';

export const name = 'all';

export const all = definePredicate<Check[]>({
  name,
  description:
    'The minimum credit of the parts. Kleene logic: a part at 0 makes it 0 even if another part is unknown; otherwise an unknown part makes it unknown.',
  operand: 'checks',
  options: CHECK_LIST('Checks that must all hold.'),
  evaluate(checks, ctx) {
    const parts = evaluateParts(checks, ctx);
    if (parts.length === 0) return SKIPPED;
    const zero = parts.filter((part) => part.credit === 0);
    if (zero.length > 0) return outcome(0, zero, parts);
    const unknown = parts.filter((part) => part.credit === null);
    if (unknown.length > 0) return outcome(null, unknown, parts);
    const credit = Math.min(...parts.map((part) => part.credit ?? 0));
    const short = parts.filter((part) => (part.credit ?? 0) < 1);
    return outcome(credit, short.length > 0 ? short : parts, parts);
  },
  describe: (checks, ctx) => describeList('all of (the lowest credit counts):', checks, ctx),
  canBePartial: (checks, ctx) => checks.some((check) => ctx.canBePartial(check)),
});
