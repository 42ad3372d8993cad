/**
 * The headline rating.
 *
 * 1. Take the score and coverage of the binding tier (mandatory and qualified obligations, and
 *    those made binding by a regional treaty the jurisdiction is party to).
 * 2. If no binding requirement is assessed, or binding coverage is below 50 %, the rating is
 *    `insufficient_information`: a score over a minority of the obligations says little.
 * 3. Otherwise: `aligned` at a binding score of 90 or more, `largely_aligned` at 70 or more,
 *    `partly_aligned` at 40 or more, `not_aligned` below 40 (on the score as shown, rounded to one
 *    decimal). This is `uncapped`: the label the score alone gives.
 * 4. Gap ceilings: a weighted score over ~90 obligations hardly moves for a few gaps, so the label
 *    also depends on which binding requirements are not met or only partly met. `aligned` requires
 *    that no binding requirement of severity critical or major is such a gap; `largely_aligned`
 *    requires that no binding critical one is. A binding major gap therefore caps the label at
 *    `largely_aligned`, a binding critical gap at `partly_aligned`. `limited_by` lists the binding
 *    gaps whose ceiling is below `uncapped` (critical before major, then in result order), red
 *    lines left out because `red_lines` lists them.
 * 5. Red lines: if any red-line requirement (of any tier) is not met or only partly met, the label
 *    is capped at `partly_aligned`; `red_lines` lists them.
 * 6. The label is the lowest of `uncapped` and every ceiling; `capped` says whether a ceiling or a
 *    red line lowered it. Ceilings never lower a label below `partly_aligned` and never turn
 *    `insufficient_information` into a label. Results of summary packs (post-session) restate
 *    other requirements and never count.
 */
import type { Severity } from '../checklist/types.js';
import type { Rating, RatingLabel, RequirementResult, Scores } from './types.js';

export const RATING_THRESHOLDS = [
  { label: 'aligned', minimum: 90 },
  { label: 'largely_aligned', minimum: 70 },
  { label: 'partly_aligned', minimum: 40 },
] as const satisfies readonly { label: RatingLabel; minimum: number }[];

/** Binding coverage (percent) below which no rating is given. */
export const MINIMUM_BINDING_COVERAGE = 50;

/** The highest label a binding requirement of each severity allows while it is not (or partly) met. */
export const GAP_CEILINGS = {
  critical: 'largely_aligned',
  major: 'aligned',
} as const satisfies Partial<Record<Severity, RatingLabel>>;

/** The label a red line not met caps the rating at. */
export const RED_LINE_CEILING = 'partly_aligned' satisfies RatingLabel;

/** Labels from best to worst; `insufficient_information` is outside the order and never capped. */
const ORDER: readonly RatingLabel[] = ['aligned', 'largely_aligned', 'partly_aligned', 'not_aligned'];

/** The label one step below `label` in ORDER (for "requires no such gap": the ceiling is below it). */
const below = (label: RatingLabel): RatingLabel => ORDER[ORDER.indexOf(label) + 1] ?? label;

const isGap = (result: RequirementResult) => result.state === 'not_met' || result.state === 'partial';

export function labelForScore(score: number): RatingLabel {
  return RATING_THRESHOLDS.find((threshold) => score >= threshold.minimum)?.label ?? 'not_aligned';
}

/** The ceiling a binding gap of this severity puts on the label, or undefined (minor gaps). */
export function gapCeiling(severity: Severity): RatingLabel | undefined {
  const highest = (GAP_CEILINGS as Partial<Record<Severity, RatingLabel>>)[severity];
  return highest === undefined ? undefined : below(highest);
}

/** True when `ceiling` is a lower label than `label` (never for insufficient_information). */
const lowers = (ceiling: RatingLabel, label: RatingLabel): boolean =>
  ORDER.includes(label) && ORDER.indexOf(ceiling) > ORDER.indexOf(label);

export function rate(scores: Scores, results: readonly RequirementResult[]): Rating {
  const binding = scores.tiers.binding;
  const uncapped: RatingLabel =
    binding.score === null || binding.assessed === 0 || (binding.coverage ?? 0) < MINIMUM_BINDING_COVERAGE
      ? 'insufficient_information'
      : labelForScore(binding.score);
  const gaps = results.filter((result) => !result.summary && isGap(result));
  const red_lines = gaps.filter((result) => result.red_line).map((result) => result.id);
  const ceilings: RatingLabel[] = red_lines.length > 0 ? [RED_LINE_CEILING] : [];
  const limiting = gaps
    .map((result, index) => ({ result, index, ceiling: result.tier === 'binding' ? gapCeiling(result.severity) : undefined }))
    .filter((gap): gap is typeof gap & { ceiling: RatingLabel } => gap.ceiling !== undefined && lowers(gap.ceiling, uncapped));
  ceilings.push(...limiting.map((gap) => gap.ceiling));
  const label = ceilings.reduce<RatingLabel>((lowest, ceiling) => (lowers(ceiling, lowest) ? ceiling : lowest), uncapped);
  const limited_by = limiting
    .filter((gap) => !gap.result.red_line)
    .sort((a, b) => ORDER.indexOf(b.ceiling) - ORDER.indexOf(a.ceiling) || a.index - b.index)
    .map((gap) => gap.result.id);
  return { label, uncapped, capped: label !== uncapped, red_lines, limited_by };
}
