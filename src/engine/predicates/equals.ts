import { FACT_PROPERTY, SCALAR_VALUE, explain, formatValue, readFact, unknownOutcome, valueProblem, type Scalar } from './fact-helpers.js';
import { definePredicate, type FactOptions } from './types.js';

export const name = 'equals';

export interface EqualsOptions extends FactOptions {
  value: Scalar;
}

export const equals = definePredicate<EqualsOptions>({
  name,
  description: '1 if the fact equals the value, 0 if it has another value, unknown if the fact is unknown.',
  operand: 'fact',
  options: {
    type: 'object',
    description: 'The fact and the value it must have.',
    additionalProperties: false,
    required: ['fact', 'value'],
    properties: { fact: FACT_PROPERTY, value: SCALAR_VALUE },
  },
  kinds: ['boolean', 'enum', 'integer', 'number', 'string', 'date'],
  validate(options, spec, path) {
    const problem = valueProblem(options.value, spec, path);
    return problem ? [{ message: problem, at: ['value'] }] : [];
  },
  evaluate(options, ctx) {
    const read = readFact(ctx, options.fact);
    if (read.value === null) return unknownOutcome(read);
    const credit = read.value === options.value ? 1 : 0;
    const reason = explain(
      `${options.fact} is ${formatValue(read.value)}`,
      credit === 1 ? `expected anything but ${formatValue(options.value)}` : `expected ${formatValue(options.value)}`,
      credit,
      ctx.negated,
    );
    return { credit, reason, facts: [read] };
  },
  describe: (options) => [`${options.fact} is ${formatValue(options.value)}`],
  canBePartial: () => false,
});
