/**
 * The headline rating.
 *
 * 1. Take the score and coverage of the binding tier (mandatory and qualified obligations, and
 *    those made binding by a regional treaty the jurisdiction is party to).
 * 2. If no binding requirement is assessed, or binding coverage is below 50 %, the rating is
 *    `insufficient_information`: a score over a minority of the obligations says little.
 * 3. Otherwise: `aligned` at a binding score of 90 or more, `largely_aligned` at 70 or more,
 *    `partly_aligned` at 40 or more, `not_aligned` below 40 (on the score as shown, rounded to one
 *    decimal).
 * 4. Red lines: if any red-line requirement (outside summary packs, of any tier) is not met or only
 *    partly met, the label is capped at `partly_aligned`. `uncapped` keeps the label the score alone
 *    gives, `capped` says whether the cap lowered it, `red_lines` lists the requirements. A cap
 *    never turns `insufficient_information` into a label.
 */
import type { Rating, RatingLabel, RequirementResult, Scores } from './types.js';

export const RATING_THRESHOLDS = [
  { label: 'aligned', minimum: 90 },
  { label: 'largely_aligned', minimum: 70 },
  { label: 'partly_aligned', minimum: 40 },
] as const satisfies readonly { label: RatingLabel; minimum: number }[];

/** Binding coverage (percent) below which no rating is given. */
export const MINIMUM_BINDING_COVERAGE = 50;

/** The labels above which a red line caps the rating. */
const CAPPED_LABELS: readonly RatingLabel[] = ['aligned', 'largely_aligned'];

export function labelForScore(score: number): RatingLabel {
  return RATING_THRESHOLDS.find((threshold) => score >= threshold.minimum)?.label ?? 'not_aligned';
}

export function rate(scores: Scores, results: readonly RequirementResult[]): Rating {
  const binding = scores.tiers.binding;
  const uncapped: RatingLabel =
    binding.score === null || binding.assessed === 0 || (binding.coverage ?? 0) < MINIMUM_BINDING_COVERAGE
      ? 'insufficient_information'
      : labelForScore(binding.score);
  const red_lines = results
    .filter((result) => result.red_line && !result.summary && (result.state === 'not_met' || result.state === 'partial'))
    .map((result) => result.id);
  const label = red_lines.length > 0 && CAPPED_LABELS.includes(uncapped) ? 'partly_aligned' : uncapped;
  return { label, uncapped, capped: label !== uncapped, red_lines };
}
