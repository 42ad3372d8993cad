/** The published scoring algorithm: pure arithmetic over requirement results. */
import { AREAS, INSTRUMENTS, TIERS, type Area, type InstrumentId, type Tier } from '../checklist/types.js';
import type { RequirementResult, ScoreCell, Scores } from './types.js';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * One cell: over the applicable results (state other than not_applicable), the assessed ones
 * (credit known) give score = 100 × Σ weight·credit / Σ weight, and coverage = 100 × assessed ÷
 * applicable. Both are rounded to one decimal; null when there is nothing to divide by. Results
 * that are not assessed leave the score (they count in coverage instead), so a score is always
 * read next to its coverage.
 */
export function scoreCell(results: readonly RequirementResult[]): ScoreCell {
  const applicable = results.filter((result) => result.state !== 'not_applicable');
  const assessed = applicable.filter((result) => result.credit !== null);
  const weights = assessed.reduce((sum, result) => sum + result.weight, 0);
  const earned = assessed.reduce((sum, result) => sum + result.weight * (result.credit ?? 0), 0);
  return {
    score: assessed.length > 0 && weights > 0 ? oneDecimal((100 * earned) / weights) : null,
    coverage: applicable.length > 0 ? oneDecimal((100 * assessed.length) / applicable.length) : null,
    assessed: assessed.length,
    applicable: applicable.length,
  };
}

/**
 * Scores overall, per obligation tier (never blended away: binding, consider, good practice),
 * per area and per instrument of each requirement's `source`. Results of summary packs
 * (post-session) only restate other requirements and are left out.
 */
export function score(results: readonly RequirementResult[]): Scores {
  const scored = results.filter((result) => !result.summary);
  const tiers = Object.fromEntries(
    (Object.keys(TIERS) as Tier[]).map((tier) => [tier, scoreCell(scored.filter((result) => result.tier === tier))]),
  ) as Record<Tier, ScoreCell>;
  const areas: Partial<Record<Area, ScoreCell>> = {};
  for (const area of Object.keys(AREAS) as Area[]) {
    const inArea = scored.filter((result) => result.area === area);
    if (inArea.length > 0) areas[area] = scoreCell(inArea);
  }
  const instruments: Partial<Record<InstrumentId, ScoreCell>> = {};
  for (const instrument of Object.keys(INSTRUMENTS) as InstrumentId[]) {
    const fromInstrument = scored.filter((result) => result.source.instrument === instrument);
    if (fromInstrument.length > 0) instruments[instrument] = scoreCell(fromInstrument);
  }
  return { overall: scoreCell(scored), tiers, areas, instruments };
}
