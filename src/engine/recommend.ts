/** Graded recommendation verbs: the stronger the obligation and the wider the gap, the stronger the verb. */
import type { Tier } from '../checklist/types.js';
import type { State, Verb } from './types.js';

/**
 * The opening of a recommendation. A binding obligation only partly met "should" be completed; a
 * measure the treaty only asks States to consider ("shall consider", "shall endeavour") is worded
 * as such, so the report never turns it into a duty.
 */
export function recommendationPhrase(verb: Verb, tier: Tier): string {
  if (verb === 'urge') return 'The authorities are urged to';
  if (verb === 'invite') return 'The authorities are invited to';
  return tier === 'binding' ? 'The authorities should' : 'The authorities should consider measures to';
}

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
export function renderRecommendation(recommendation: { verb: Verb; text: string }, tier: Tier): string {
  const text = recommendation.text.trim().replace(/[.\s]+$/, '');
  return `${recommendationPhrase(recommendation.verb, tier)} ${text}.`;
}
