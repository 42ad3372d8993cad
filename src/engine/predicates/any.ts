import type { Check } from '../../checklist/types.js';
import { CHECK_LIST, SKIPPED, describeList, evaluateParts, outcome } from './combine.js';
import { definePredicate } from './types.js';

export const name = 'any';

export const any = definePredicate<Check[]>({
  name,
  description:
    'The maximum credit of the parts. Kleene logic: a part at 1 makes it 1 even if another part is unknown; otherwise an unknown part makes it unknown.',
  operand: 'checks',
  options: CHECK_LIST('Checks of which at least one must hold.'),
  evaluate(checks, ctx) {
    const parts = evaluateParts(checks, ctx);
    if (parts.length === 0) return SKIPPED;
    const full = parts.find((part) => part.credit === 1);
    if (full) return outcome(1, [full], parts);
    const unknown = parts.filter((part) => part.credit === null);
    if (unknown.length > 0) return outcome(null, unknown, parts);
    const credit = Math.max(...parts.map((part) => part.credit ?? 0));
    if (credit === 0) return outcome(0, parts, parts);
    return outcome(credit, parts.filter((part) => part.credit === credit), parts);
  },
  describe: (checks, ctx) => describeList('any of (the highest credit counts):', checks, ctx),
  canBePartial: (checks, ctx) => checks.some((check) => ctx.canBePartial(check)),
});
