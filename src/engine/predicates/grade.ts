import { didYouMean } from '../../checklist/suggest.js';
import { FACT_PROPERTY, formatValue, readFact, unknownOutcome } from './fact-helpers.js';
import { definePredicate, type FactOptions, type OptionProblem } from './types.js';

export const name = 'grade';

export interface GradeOptions extends FactOptions {
  credits: Record<string, number>;
}

export const grade = definePredicate<GradeOptions>({
  name,
  description:
    'Maps every allowed value of an enum or boolean fact to a credit in [0, 1]; unknown if the fact is unknown.',
  operand: 'fact',
  options: {
    type: 'object',
    description: 'The fact and the credit each of its values earns.',
    additionalProperties: false,
    required: ['fact', 'credits'],
    properties: {
      fact: FACT_PROPERTY,
      credits: {
        type: 'object',
        description: 'Credit for each allowed value of the fact (true and false for a boolean fact); every value must be listed.',
        minProperties: 1,
        additionalProperties: { type: 'number', minimum: 0, maximum: 1, description: 'Credit in [0, 1].' },
      },
    },
  },
  kinds: ['enum', 'boolean'],
  validate(options, spec, path) {
    const allowed = spec.kind === 'boolean' ? ['true', 'false'] : Object.keys(spec.values ?? {});
    const problems: OptionProblem[] = [];
    for (const key of Object.keys(options.credits)) {
      if (!allowed.includes(key)) {
        problems.push({
          message: `'${key}' is not a value of ${path}${didYouMean(key, allowed)}; allowed: ${allowed.join(', ')}`,
          at: ['credits', key],
        });
      }
    }
    const missing = allowed.filter((value) => !(value in options.credits));
    if (missing.length > 0) {
      problems.push({ message: `grade must give a credit for every value of ${path}; missing: ${missing.join(', ')}`, at: ['credits'] });
    }
    return problems;
  },
  evaluate(options, ctx) {
    const read = readFact(ctx, options.fact);
    if (read.value === null) return unknownOutcome(read);
    const credit = options.credits[String(read.value)];
    if (credit === undefined) {
      return { credit: null, reason: `${options.fact} is ${formatValue(read.value)}, which the check does not grade`, facts: [read] };
    }
    const statement = `${options.fact} is ${formatValue(read.value)}`;
    const best = Object.entries(options.credits)
      .filter(([, value]) => value === 1)
      .map(([key]) => key);
    const failed = ctx.negated ? credit > 0 : credit < 1;
    const reason = failed
      ? `${statement} (credit ${credit}${!ctx.negated && best.length > 0 ? `; full credit for ${best.join(', ')}` : ''})`
      : statement;
    return { credit, reason, facts: [read] };
  },
  describe: (options) => [
    `credit by ${options.fact}: ${Object.entries(options.credits)
      .map(([value, credit]) => `${value} ${credit}`)
      .join(', ')}`,
  ],
  canBePartial: (options) => Object.values(options.credits).some((credit) => credit > 0 && credit < 1),
});
