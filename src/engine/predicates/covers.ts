import { FACT_PROPERTY, explain, listInWords, readFact, roundCredit, unknownOutcome, valuesProblems, wrongTypeOutcome } from './fact-helpers.js';
import { definePredicate, type FactOptions } from './types.js';

export const name = 'covers';

export interface CoversOptions extends FactOptions {
  values: string[];
}

export const covers = definePredicate<CoversOptions>({
  name,
  description:
    'For a set fact: the share of the values the fact contains (partial credit); the reason names the missing ones.',
  operand: 'fact',
  options: {
    type: 'object',
    description: 'The set fact and the values it must contain.',
    additionalProperties: false,
    required: ['fact', 'values'],
    properties: {
      fact: FACT_PROPERTY,
      values: {
        type: 'array',
        description: 'Values the fact must contain; each one found earns an equal share of the credit.',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', description: 'One of the set fact\'s allowed values.' },
      },
    },
  },
  kinds: ['set'],
  validate: (options, spec, path) => valuesProblems(options.values, spec, path),
  evaluate(options, ctx) {
    const read = readFact(ctx, options.fact);
    if (read.value === null) return unknownOutcome(read);
    if (!Array.isArray(read.value)) return wrongTypeOutcome(read, 'a list');
    const stated = new Set(read.value);
    const present = options.values.filter((value) => stated.has(value));
    const missing = options.values.filter((value) => !stated.has(value));
    const credit = roundCredit(present.length / options.values.length);
    const statement =
      missing.length === 0
        ? `${options.fact} includes ${options.values.join(', ')}`
        : `${options.fact} lacks ${missing.join(', ')}`;
    const reason = ctx.negated && present.length > 0
      ? explain(`${options.fact} includes ${present.join(', ')}`, `expected none of ${options.values.join(', ')}`, credit, true)
      : statement;
    return { credit, reason, facts: [read] };
  },
  describe: (options) =>
    options.values.length === 1
      ? [`${options.fact} includes ${options.values[0]}`]
      : [`${options.fact} includes ${listInWords(options.values)} (an equal share of credit for each)`],
  canBePartial: (options) => options.values.length > 1,
});
