import { FACT_PROPERTY, explain, readFact, unknownOutcome, wrongTypeOutcome } from './fact-helpers.js';
import { definePredicate, type FactOptions } from './types.js';

export interface BoundOptions extends FactOptions {
  value: number;
}

/** at_least and at_most: the same predicate with the comparison turned round. */
export function numericBound(name: 'at_least' | 'at_most') {
  const [holds, word, opposite] =
    name === 'at_least'
      ? [(value: number, bound: number) => value >= bound, 'at least', 'less than']
      : [(value: number, bound: number) => value <= bound, 'at most', 'more than'];
  return definePredicate<BoundOptions>({
    name,
    description: `1 if the numeric fact is ${word} the value, 0 if not, unknown if the fact is unknown.`,
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
      const credit = holds(read.value, options.value) ? 1 : 0;
      const expected = credit === 1 ? `expected ${opposite} ${options.value}` : `expected ${word} ${options.value}`;
      return { credit, reason: explain(`${options.fact} is ${read.value}`, expected, credit, ctx.negated), facts: [read] };
    },
    describe: (options) => [`${options.fact} is ${word} ${options.value}`],
    canBePartial: () => false,
  });
}
