/** "Did you mean ...?" for typos in pack keys, predicate names, fact paths and requirement ids. */
import { closest } from '../framework/suggest.js';

/** " (did you mean 'x'?)" or "". */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : ` (did you mean '${hit}'?)`;
}
