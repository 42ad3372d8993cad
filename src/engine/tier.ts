/** Which score tier a requirement falls in, and which treaty (if any) made it binding. */
import type { Citation, ObligationLevel, Requirement, Tier } from '../checklist/types.js';
import type { Framework } from '../framework/types.js';

export const LEVEL_TIERS = {
  mandatory: 'binding',
  mandatory_qualified: 'binding',
  consider: 'consider',
  optional: 'consider',
  good_practice: 'good_practice',
  political: 'good_practice',
} as const satisfies Record<ObligationLevel, Tier>;

/**
 * The tier of the requirement's own level, unless a treaty listed in `binding_for_parties_of` has
 * `instruments.<id>.status: party` in the framework file: the requirement is then binding for this
 * jurisdiction (e.g. non-punishment for parties to CoE CETS 197, art. 26) and `bound_by` says why.
 */
export function tierOf(requirement: Requirement, framework: Framework): { tier: Tier; bound_by?: Citation } {
  const tier = LEVEL_TIERS[requirement.level];
  if (tier === 'binding') return { tier };
  const bound_by = requirement.binding_for_parties_of?.find((citation) => {
    const path = `instruments.${citation.instrument}.status`;
    return Object.hasOwn(framework.facts, path) && framework.facts[path]?.value === 'party';
  });
  return bound_by ? { tier: 'binding', bound_by } : { tier };
}
