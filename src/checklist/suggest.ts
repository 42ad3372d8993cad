/** "Did you mean ...?" for typos in pack keys, predicate names, fact paths and requirement ids. */
import { closest } from '../framework/suggest.js';

export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  return closest(word, candidates);
}

/** " (did you mean 'x'?)" or "". */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : ` (did you mean '${hit}'?)`;
}
