import { FACT_PROPERTY, SCALAR_VALUE, explain, formatValue, listInWords, readFact, unknownOutcome, valuesProblems, type Scalar } from './fact-helpers.js';
import { definePredicate, type FactOptions } from './types.js';

export const name = 'one_of';

export interface OneOfOptions extends FactOptions {
  values: Scalar[];
}

export const oneOf = definePredicate<OneOfOptions>({
  name,
  description: '1 if the fact has one of the values, 0 if it has another value, unknown if the fact is unknown.',
  operand: 'fact',
  options: {
    type: 'object',
    description: 'The fact and the values that satisfy the check.',
    additionalProperties: false,
    required: ['fact', 'values'],
    properties: {
      fact: FACT_PROPERTY,
      values: { type: 'array', description: 'Values that satisfy the check.', minItems: 1, uniqueItems: true, items: SCALAR_VALUE },
    },
  },
  kinds: ['enum', 'integer', 'number', 'string', 'date'],
  validate: (options, spec, path) => valuesProblems(options.values, spec, path),
  evaluate(options, ctx) {
    const read = readFact(ctx, options.fact);
    if (read.value === null) return unknownOutcome(read);
    const credit = options.values.some((value) => value === read.value) ? 1 : 0;
    const wanted = options.values.map(formatValue);
    const reason = explain(
      `${options.fact} is ${formatValue(read.value)}`,
      credit === 1 ? `expected none of ${wanted.join(', ')}` : `expected ${listInWords(wanted, 'or')}`,
      credit,
      ctx.negated,
    );
    return { credit, reason, facts: [read] };
  },
  describe: (options) => [`${options.fact} is ${listInWords(options.values.map(formatValue), 'or')}`],
  canBePartial: () => false,
});
