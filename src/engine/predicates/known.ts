import { FACT_PROPERTY, readFact } from './fact-helpers.js';
import { definePredicate, type FactOptions } from './types.js';

export const name = 'known';

export const known = definePredicate<FactOptions>({
  name,
  description: '1 if the fact is stated, 0 if it is unknown; never unknown itself.',
  operand: 'fact',
  options: {
    type: 'object',
    description: 'The fact that must be stated.',
    additionalProperties: false,
    required: ['fact'],
    properties: { fact: FACT_PROPERTY },
  },
  kinds: ['boolean', 'enum', 'set', 'integer', 'number', 'string', 'date'],
  validate: () => [],
  evaluate(options, ctx) {
    const read = readFact(ctx, options.fact);
    const credit = read.value === null ? 0 : 1;
    return { credit, reason: `${options.fact} is ${credit === 1 ? 'stated' : 'not stated'}`, facts: [read] };
  },
  describe: (options) => [`${options.fact} is stated`],
  canBePartial: () => false,
});
