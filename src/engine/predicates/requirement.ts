import { definePredicate } from './types.js';

export const name = 'requirement';

/** The pattern requirement ids follow: SCREAMING-KEBAB, e.g. TIP-DEF-ACTS or PS-3. */
export const REQUIREMENT_ID_PATTERN = '^[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*$';

export const requirement = definePredicate<string>({
  name,
  description:
    'The credit of another requirement (in any pack); unknown if that one is not assessed; left out of the enclosing all/any/mean if it does not apply.',
  operand: 'requirement',
  options: {
    type: 'string',
    description: 'Id of the requirement whose credit is used.',
    pattern: REQUIREMENT_ID_PATTERN,
  },
  evaluate: (id, ctx) => ctx.requirement(id),
  describe: (id) => [`the result of requirement ${id}`],
  canBePartial: (id, ctx) => ctx.requirementCanBePartial(id),
});
