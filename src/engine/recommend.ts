/** Graded recommendation verbs: the stronger the obligation and the wider the gap, the stronger the verb. */
import type { Tier } from '../checklist/types.js';
import type { State, Verb } from './types.js';

export const VERB_PHRASES = {
  urge: 'The authorities are urged to',
  consider: 'The authorities should',
  invite: 'The authorities are invited to',
} as const satisfies Record<Verb, string>;

/**
 * binding and not met → urge; binding and partly met, or a measure to consider not (fully) met →
 * consider; good practice and policy → invite. Met, not applicable and not assessed get none.
 */
export function recommendationVerb(tier: Tier, state: State): Verb | undefined {
  if (state !== 'not_met' && state !== 'partial') return undefined;
  if (tier === 'binding') return state === 'not_met' ? 'urge' : 'consider';
  if (tier === 'consider') return 'consider';
  return 'invite';
}

/** "The authorities are urged to extend the offence to harbouring and receipt of persons." */
export function renderRecommendation(recommendation: { verb: Verb; text: string }): string {
  return `${VERB_PHRASES[recommendation.verb]} ${recommendation.text}.`;
}
