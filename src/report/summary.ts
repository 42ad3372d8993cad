/**
 * The summary matrix for several files in one run: jurisdiction × area, with the binding score,
 * its coverage and the red lines not met. Plain data, rendered by text, markdown and json.
 */
import type { Area } from '../checklist/types.js';
import type { Assessment, RatingLabel, ScoreCell } from '../engine/types.js';
import { AREA_ORDER, jurisdictionTitle } from './model.js';

export interface SummaryRow {
  file: string;
  jurisdiction: string;
  rating: RatingLabel;
  capped: boolean;
  binding: ScoreCell;
  red_lines: string[];
  areas: Partial<Record<Area, ScoreCell>>;
}

/** Short column heads for the terminal matrix, where six full area names would not fit. */
export const AREA_SHORT: Record<Area, string> = {
  ratification: 'Ratif.',
  criminalization: 'Crim.',
  protection: 'Prot.',
  prevention: 'Prev.',
  cooperation: 'Coop.',
  commitments: 'Commit.',
};

export function summaryRows(assessments: readonly Assessment[]): SummaryRow[] {
  return assessments.map((a) => ({
    file: a.file,
    jurisdiction: jurisdictionTitle(a),
    rating: a.rating.label,
    capped: a.rating.capped,
    binding: a.scores.tiers.binding,
    red_lines: [...a.rating.red_lines],
    areas: { ...a.scores.areas },
  }));
}

/** Areas scored in at least one of the files, in the canonical order. */
export function summaryAreas(assessments: readonly Assessment[]): Area[] {
  return AREA_ORDER.filter((area) => assessments.some((a) => a.scores.areas[area] !== undefined));
}
