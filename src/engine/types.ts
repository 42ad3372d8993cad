/** Results of evaluating packs against a framework: plain, JSON-serialisable data. */
import type { Area, Citation, InstrumentId, ObligationLevel, Severity, Tier } from '../checklist/types.js';
import type { FactValue, Position } from '../framework/types.js';

export type State = 'met' | 'partial' | 'not_met' | 'not_assessed' | 'not_applicable';

/** A credit in [0, 1], or null when the facts it needs are unknown. */
export type Credit = number | null;

export interface FactRead {
  path: string;
  value: FactValue | null;
  position?: Position;
  provision?: string;
  quote?: string;
}

export type Verb = 'urge' | 'consider' | 'invite';

export interface RequirementResult {
  id: string;
  pack: string;
  title: string;
  area: Area;
  source: Citation;
  level: ObligationLevel;
  tier: Tier;
  /** Set when a regional treaty the jurisdiction is party to made the requirement binding. */
  bound_by?: Citation;
  /**
   * Set when the requirement is not binding for this jurisdiction but would be for a party to one
   * of these treaties (its `binding_for_parties_of`, when none of them binds the jurisdiction).
   */
  binding_only_for?: Citation[];
  severity: Severity;
  weight: number;
  red_line: boolean;
  part_of?: string;
  /** Set for requirements of a summary pack (post-session): reported, never scored. */
  summary?: boolean;
  state: State;
  credit: Credit;
  /** One line: why the credit came out as it did, e.g. "acts lacks harbouring, receipt". */
  reason: string;
  facts: FactRead[];
  /** Fact paths that would settle a requirement that could not be assessed. */
  missing: string[];
  /** Where a finding points in the framework file (the deciding fact, or its nearest parent). */
  location: Position;
  recommendation?: { verb: Verb; text: string };
}

export interface ScoreCell {
  /** 100 × Σ weight·credit / Σ weight over assessed, applicable requirements; null if none assessed. */
  score: number | null;
  /** Assessed ÷ applicable, in percent; null if none applicable. */
  coverage: number | null;
  assessed: number;
  applicable: number;
}

export interface Scores {
  overall: ScoreCell;
  tiers: Record<Tier, ScoreCell>;
  areas: Partial<Record<Area, ScoreCell>>;
  instruments: Partial<Record<InstrumentId, ScoreCell>>;
}

export type RatingLabel = 'aligned' | 'largely_aligned' | 'partly_aligned' | 'not_aligned' | 'insufficient_information';

export interface Rating {
  label: RatingLabel;
  /** The label the binding score alone would give, before gap ceilings and red-line caps. */
  uncapped: RatingLabel;
  /** True when a gap ceiling or a red line lowered the label below `uncapped`. */
  capped: boolean;
  /** Ids of red-line requirements that are not met (or only partly met). */
  red_lines: string[];
  /**
   * Ids of binding requirements (red lines aside: `red_lines` lists them) not met or only partly
   * met whose severity ceiling is below `uncapped`: a binding major gap caps the label at
   * largely_aligned, a binding critical gap at partly_aligned (src/engine/rating.ts).
   */
  limited_by: string[];
}

export interface Assessment {
  file: string;
  jurisdiction: { name: string; code?: string; kind?: string; as_of?: string };
  packs: { id: string; title: string; version: string; summary?: boolean }[];
  results: RequirementResult[];
  scores: Scores;
  rating: Rating;
}
