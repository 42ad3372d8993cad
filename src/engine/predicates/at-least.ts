import { FACT_PROPERTY, explain, readFact, unknownOutcome, wrongTypeOutcome } from './fact-helpers.js';
import { definePredicate, type FactOptions } from './types.js';

export const name = 'at_least';

export interface AtLeastOptions extends FactOptions {
  value: number;
}

export const atLeast = definePredicate<AtLeastOptions>({
  name,
  description: '1 if the numeric fact is at least the value, 0 if not, unknown if the fact is unknown.',
  operand: 'fact',
  options: {
    type: 'object',
    description: 'The numeric fact and its bound.',
    additionalProperties: false,
    required: ['fact', 'value'],
    properties: {
      fact: FACT_PROPERTY,
      value: { type: 'number', description: 'The bound (inclusive).' },
    },
  },
  kinds: ['integer', 'number'],
  validate: () => [],
  evaluate(options, ctx) {
    const read = readFact(ctx, options.fact);
    if (read.value === null) return unknownOutcome(read);
    if (typeof read.value !== 'number') return wrongTypeOutcome(read, 'a number');
    const credit = read.value >= options.value ? 1 : 0;
    const reason = explain(
      `${options.fact} is ${read.value}`,
      credit === 1 ? `expected less than ${options.value}` : `expected at least ${options.value}`,
      credit,
      ctx.negated,
    );
    return { credit, reason, facts: [read] };
  },
  describe: (options) => [`${options.fact} is at least ${options.value}`],
  canBePartial: () => false,
});
