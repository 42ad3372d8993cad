/**
 * What every formatter shares: which results are gaps, their order, labels for states and ratings,
 * citations in words and the graded recommendation sentence. Plain functions over the result
 * types; no formatting of any one channel.
 */
import { AREAS, INSTRUMENT_ABBREVIATIONS, INSTRUMENTS, SEVERITIES, TIERS } from '../checklist/types.js';
import type { Area, Citation, InstrumentId, Tier } from '../checklist/types.js';
import { MINIMUM_BINDING_COVERAGE } from '../engine/rating.js';
import { renderRecommendation } from '../engine/recommend.js';
import type { Assessment, FactRead, RatingLabel, RequirementResult, ScoreCell, State, Verb } from '../engine/types.js';

/**
 * Results of a summary pack (the post-session checklist) answer questions from the detailed
 * requirements, so they are shown as the questionnaire and never listed again among the gaps,
 * SARIF alerts or CI gates (that would count every gap twice).
 */
export function isSummary(result: Pick<RequirementResult, 'summary'>): boolean {
  return result.summary === true;
}

/** A gap is a requirement that applies and is not, or only partly, met. */
export function isGap(result: Pick<RequirementResult, 'state'>): boolean {
  return result.state === 'not_met' || result.state === 'partial';
}

export const STATE_LABELS: Record<State, string> = {
  met: 'met',
  partial: 'partly met',
  not_met: 'not met',
  not_assessed: 'not assessed',
  not_applicable: 'not applicable',
};

/** How the post-session checklist answers its questions. */
export const ANSWER_LABELS: Record<State, string> = {
  met: 'yes',
  partial: 'partly',
  not_met: 'no',
  not_assessed: 'not assessed',
  not_applicable: 'not applicable',
};

export const RATING_LABELS: Record<RatingLabel, string> = {
  aligned: 'aligned',
  largely_aligned: 'largely aligned',
  partly_aligned: 'partly aligned',
  not_aligned: 'not aligned',
  insufficient_information: 'insufficient information',
};

export const TIER_ORDER = Object.keys(TIERS) as Tier[];
export const AREA_ORDER = Object.keys(AREAS) as Area[];

export function tierLabel(tier: Tier): string {
  return TIERS[tier] ?? tier;
}

export function areaLabel(area: Area): string {
  return AREAS[area] ?? area;
}

/** "mandatory qualified", "good practice": the level key in words. */
export function levelText(level: string): string {
  return level.replace(/_/g, ' ');
}

export function instrumentName(id: string): string {
  return (INSTRUMENTS as Record<string, string>)[id] ?? id;
}

/** "Trafficking in Persons Protocol, art. 3(a); art. 5(1)". */
export function citationText(citation: Citation): string {
  return citation.provision ? `${instrumentName(citation.instrument)}, ${citation.provision}` : instrumentName(citation.instrument);
}

/** "CETS 197 art. 12(6)": a citation with the instrument's short name. */
export function shortCitationText(citation: Citation): string {
  const name = instrumentShortName(citation.instrument);
  return citation.provision ? `${name} ${citation.provision}` : name;
}

/**
 * For a requirement that is not binding here but would be for parties to a regional treaty:
 * "CETS 197 art. 12(6); Dir. 2011/36/EU art. 11(3)"; undefined otherwise.
 */
export function bindingOnlyForText(result: Pick<RequirementResult, 'binding_only_for'>): string | undefined {
  const citations = result.binding_only_for ?? [];
  return citations.length > 0 ? citations.map(shortCitationText).join('; ') : undefined;
}

/** The graded recommendation of a gap as a sentence, or '' when the result has none. */
export function recommendationSentence(result: RequirementResult): string {
  return result.recommendation ? renderRecommendation(result.recommendation, result.tier) : '';
}

/** Distinct national provisions cited by the facts a requirement read, in reading order. */
export function nationalProvisions(result: RequirementResult): string[] {
  const seen = new Set<string>();
  for (const fact of result.facts) if (fact.provision) seen.add(fact.provision);
  return [...seen];
}

const severityRank = (result: RequirementResult): number => SEVERITIES[result.severity] ?? 0;

/**
 * Gaps in reading order: red lines first, then severity, then weight (the order DESIGN.md asks
 * for); then binding before other tiers, not met before partly met, and finally the order the
 * packs list them, so the output is stable.
 */
export function orderedGaps(results: readonly RequirementResult[]): RequirementResult[] {
  const position = new Map(results.map((r, i) => [r, i]));
  return results
    .filter((r) => isGap(r) && !isSummary(r))
    .sort(
      (a, b) =>
        Number(b.red_line) - Number(a.red_line) ||
        severityRank(b) - severityRank(a) ||
        b.weight - a.weight ||
        TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) ||
        Number(b.state === 'not_met') - Number(a.state === 'not_met') ||
        (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
}

/** Requirements that apply but could not be assessed (the summary pack's own answers left out). */
export function notAssessed(results: readonly RequirementResult[]): RequirementResult[] {
  return results.filter((r) => r.state === 'not_assessed' && !isSummary(r));
}

/**
 * The unknown facts that matter most, where a workshop participant with a half-filled file should
 * look next: those needed by red lines first, then by the total weight of the requirements each
 * would help settle.
 */
export function mostNeededFacts(results: readonly RequirementResult[], limit: number): { path: string; ids: string[] }[] {
  const byFact = new Map<string, { ids: string[]; redLines: number; weight: number }>();
  for (const result of notAssessed(results)) {
    for (const path of result.missing) {
      const entry = byFact.get(path) ?? { ids: [], redLines: 0, weight: 0 };
      entry.ids.push(result.id);
      entry.redLines += Number(result.red_line);
      entry.weight += result.weight;
      byFact.set(path, entry);
    }
  }
  return [...byFact]
    .sort(([pathA, a], [pathB, b]) => b.redLines - a.redLines || b.weight - a.weight || pathA.localeCompare(pathB))
    .slice(0, limit)
    .map(([path, { ids }]) => ({ path, ids }));
}

/** Red-line requirements that are not, or only partly, met, as results (the rating names the ids). */
export function redLinesNotMet(assessment: Assessment): RequirementResult[] {
  const ids = new Set(assessment.rating.red_lines);
  const byId = assessment.results.filter((r) => ids.has(r.id));
  // The rating is the authority; fall back on the results so a notice is never silently lost.
  return byId.length > 0 ? byId : assessment.results.filter((r) => r.red_line && isGap(r) && !isSummary(r));
}

export interface Question {
  result: RequirementResult;
  parts: RequirementResult[];
}

/** The post-session questionnaire: top-level questions with their sub-questions, in pack order. */
export function postSessionQuestions(results: readonly RequirementResult[]): Question[] {
  const summary = results.filter(isSummary);
  const ids = new Set(summary.map((r) => r.id));
  return summary
    .filter((r) => !r.part_of || !ids.has(r.part_of))
    .map((result) => ({ result, parts: summary.filter((r) => r.part_of === result.id) }));
}

/**
 * Why the rating is "insufficient information", in words; undefined for any other rating. The
 * threshold is the engine's (src/engine/rating.ts).
 */
export function insufficientWhy(assessment: Assessment): string | undefined {
  if (assessment.rating.label !== 'insufficient_information') return undefined;
  const binding = assessment.scores.tiers.binding;
  if (binding.applicable === 0) return 'no binding obligation applies';
  if (binding.assessed === 0) return 'no binding obligation could be assessed';
  return `only ${Math.round(binding.coverage ?? 0)}% of the binding obligations could be assessed; at least ${MINIMUM_BINDING_COVERAGE}% is needed`;
}

/** How a channel writes ids (escaped) and quotes a label in the rating sentence. */
export interface RatingStyle {
  id: (id: string) => string;
  quote: (label: string) => string;
}

const listed = (ids: readonly string[], style: RatingStyle): string => ids.map(style.id).join(', ');

/**
 * The rating's explanation, to follow the label: '' when the score alone gives it and nothing
 * else needs saying; otherwise the red lines, binding gaps or missing coverage that explain it, e.g.
 * ` (the binding score alone gives "aligned"; held back by binding gaps TIP-REPAT-SAFETY)`.
 */
export function ratingExplanation(assessment: Assessment, style: RatingStyle): string {
  const { rating } = assessment;
  const redLines = rating.red_lines;
  const limitedBy = rating.limited_by ?? [];
  const redPlural = redLines.length === 1 ? 'red line' : 'red lines';
  const gapPlural = limitedBy.length === 1 ? 'binding gap' : 'binding gaps';
  const scoreGives = `the binding score alone gives ${style.quote(RATING_LABELS[rating.uncapped])}`;
  const why = insufficientWhy(assessment);
  if (why) return redLines.length > 0 ? ` (${why}; ${redPlural} not met: ${listed(redLines, style)})` : ` (${why})`;
  if (rating.capped && redLines.length > 0) {
    const gaps = limitedBy.length > 0 ? `; also held back by ${gapPlural} ${listed(limitedBy, style)}` : '';
    return `, capped by ${redPlural} ${listed(redLines, style)} (${scoreGives}${gaps})`;
  }
  if (rating.capped && limitedBy.length > 0) return ` (${scoreGives}; held back by ${gapPlural} ${listed(limitedBy, style)})`;
  if (redLines.length > 0) return ` (${redPlural} not met: ${listed(redLines, style)}; the binding score alone gives the same rating)`;
  return '';
}

/** What the red-line banner says follows from the red lines not met. */
export function redLineConsequence(assessment: Assessment, quote: RatingStyle['quote']): string {
  const { rating } = assessment;
  if (rating.capped && rating.red_lines.length > 0) return `the headline rating is capped at ${quote(RATING_LABELS[rating.label])}.`;
  if (rating.label === 'insufficient_information') return 'a red line not met would cap the headline rating; too little is assessed to give one.';
  return 'a red line not met caps the headline rating.';
}

/** The row of the tier table that blends every tier: shown for reference, never the rating basis. */
export const OVERALL_LABEL = 'Overall (all tiers blended)';

/** Said under (or over) the tier table, so the blended row is not read as the rating's basis. */
export const OVERALL_NOTE = 'Overall blends every tier and is not what the rating is based on: the rating comes from the binding obligations.';

/** A short instrument name for narrow places (the terminal table): "CETS 197", "TIP Protocol". */
export function instrumentShortName(id: string): string {
  return (INSTRUMENT_ABBREVIATIONS as Record<string, string>)[id] ?? id;
}

/** A score-table row: label, score, bar, coverage. */
export function scoreRow(label: string, cell: ScoreCell): string[] {
  return [label, scoreText(cell.score), scoreBar(cell.score), coverageText(cell)];
}

/** Scores shown with one decimal at most: 62.5, 100, 0. */
export function scoreText(score: number | null): string {
  return score === null ? 'n/a' : String(Math.round(score * 10) / 10);
}

export function coverageText(cell: Pick<ScoreCell, 'coverage' | 'assessed' | 'applicable'>): string {
  if (cell.coverage === null) return 'nothing applicable';
  return `${Math.round(cell.coverage)}% (${cell.assessed}/${cell.applicable})`;
}

/**
 * A ten-cell bar: ██████░░░░ for 60 to 69.9; dots when there is no score. Cells are rounded down,
 * so only a full score fills the bar and 97.6 does not look like 100.
 */
export function scoreBar(score: number | null, width = 10): string {
  if (score === null) return '·'.repeat(width);
  const filled = Math.max(0, Math.min(width, Math.floor((score / 100) * width + 1e-9)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

export function creditText(credit: number | null): string {
  return credit === null ? 'unknown' : String(Math.round(credit * 100) / 100);
}

export function factValueText(value: FactRead['value']): string {
  if (value === null) return 'unknown';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.join(', ')}]`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function jurisdictionTitle(assessment: Assessment): string {
  const { name, code } = assessment.jurisdiction;
  return code ? `${name} (${code})` : name;
}

export function packsText(assessment: Assessment): string {
  return assessment.packs.map((p) => `${p.id} ${p.version}`).join(', ');
}

/** Source instruments that have a score cell, in the canonical order. */
export function scoredInstruments(assessment: Assessment): InstrumentId[] {
  return (Object.keys(INSTRUMENTS) as InstrumentId[]).filter((id) => assessment.scores.instruments[id] !== undefined);
}

/** Areas that have a score cell, in the canonical order. */
export function scoredAreas(assessment: Assessment): Area[] {
  return AREA_ORDER.filter((area) => assessment.scores.areas[area] !== undefined);
}
