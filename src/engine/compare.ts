/**
 * What a change of the law, or of a draft, closes, opens and changes: a pure diff of two
 * assessments made with the same packs. Used by `palermo-gap compare` and its regression gate.
 */
import { AREAS, SEVERITIES, TIERS } from '../checklist/types.js';
import type { Area, Severity, Tier } from '../checklist/types.js';
import type { Assessment, Credit, RatingLabel, RequirementResult, ScoreCell, State } from './types.js';

/** Scores are compared with a tolerance so that rounding noise is never a regression. */
const EPSILON = 1e-9;

export type ChangeKind = 'closed' | 'opened' | 'improved' | 'worsened' | 'changed';

export interface Side {
  state: State;
  credit: Credit;
}

export interface RequirementChange {
  id: string;
  pack: string;
  title: string;
  area: Area;
  tier: Tier;
  severity: Severity;
  red_line: boolean;
  /** null when the requirement is not in that run (a pack changed between the runs). */
  base: Side | null;
  head: Side | null;
  change: ChangeKind;
  reason?: string;
}

export interface ScoreDelta {
  base: number | null;
  head: number | null;
  /** head − base; null when either side has no score. */
  delta: number | null;
  coverage_base: number | null;
  coverage_head: number | null;
}

export interface ComparedFile {
  file: string;
  jurisdiction: string;
  as_of?: string;
}

export interface Comparison {
  base: ComparedFile;
  head: ComparedFile;
  /** Gaps closed: not met or partly met in base, met in head. */
  closed: RequirementChange[];
  /** Gaps opened: met, not applicable, not assessed or absent in base; not met or partly met in head. */
  opened: RequirementChange[];
  /** Every other change of state or credit. */
  changed: RequirementChange[];
  scores: {
    overall: ScoreDelta;
    tiers: Record<Tier, ScoreDelta>;
    areas: Partial<Record<Area, ScoreDelta>>;
  };
  rating: { base: RatingLabel; head: RatingLabel };
  /** A gap was opened, or the binding score fell or can no longer be computed. */
  regression: boolean;
}

const isGap = (state: State | undefined): boolean => state === 'not_met' || state === 'partial';

function delta(base: ScoreCell | undefined, head: ScoreCell | undefined): ScoreDelta {
  const b = base?.score ?? null;
  const h = head?.score ?? null;
  return {
    base: b,
    head: h,
    delta: b === null || h === null ? null : h - b,
    coverage_base: base?.coverage ?? null,
    coverage_head: head?.coverage ?? null,
  };
}

function classify(base: RequirementResult | undefined, head: RequirementResult | undefined): ChangeKind | null {
  if (!isGap(base?.state) && isGap(head?.state)) return 'opened';
  if (isGap(base?.state) && head?.state === 'met') return 'closed';
  if (!base || !head) return 'changed';
  if (base.state === head.state && base.credit === head.credit) return null;
  if (base.credit !== null && head.credit !== null) {
    if (head.credit > base.credit + EPSILON) return 'improved';
    if (head.credit < base.credit - EPSILON) return 'worsened';
  }
  return 'changed';
}

const severityRank = (c: RequirementChange): number => SEVERITIES[c.severity] ?? 0;

function byImportance(order: Map<string, number>) {
  return (a: RequirementChange, b: RequirementChange): number =>
    Number(b.red_line) - Number(a.red_line) ||
    severityRank(b) - severityRank(a) ||
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
}

function jurisdictionOf(a: Assessment): ComparedFile {
  const name = a.jurisdiction.code ? `${a.jurisdiction.name} (${a.jurisdiction.code})` : a.jurisdiction.name;
  return a.jurisdiction.as_of ? { file: a.file, jurisdiction: name, as_of: a.jurisdiction.as_of } : { file: a.file, jurisdiction: name };
}

/**
 * Compares two assessments requirement by requirement (matched by id) and score by score.
 * Both should come from the same packs; a requirement present on one side only is reported with
 * `null` on the other.
 */
export function compare(base: Assessment, head: Assessment): Comparison {
  // Summary (post-session) answers are derived from the detailed requirements; counting their
  // changes as well would report every opened gap twice.
  const detailed = (a: Assessment): RequirementResult[] => a.results.filter((r) => r.summary !== true);
  const baseById = new Map(detailed(base).map((r) => [r.id, r]));
  const headById = new Map(detailed(head).map((r) => [r.id, r]));
  const ids = [...new Set([...headById.keys(), ...baseById.keys()])];
  const order = new Map(ids.map((id, i) => [id, i]));

  const closed: RequirementChange[] = [];
  const opened: RequirementChange[] = [];
  const changed: RequirementChange[] = [];
  for (const id of ids) {
    const b = baseById.get(id);
    const h = headById.get(id);
    const kind = classify(b, h);
    if (kind === null) continue;
    const ref = (h ?? b) as RequirementResult;
    const entry: RequirementChange = {
      id,
      pack: ref.pack,
      title: ref.title,
      area: ref.area,
      tier: ref.tier,
      severity: ref.severity,
      red_line: ref.red_line,
      base: b ? { state: b.state, credit: b.credit } : null,
      head: h ? { state: h.state, credit: h.credit } : null,
      change: kind,
      reason: ref.reason,
    };
    (kind === 'closed' ? closed : kind === 'opened' ? opened : changed).push(entry);
  }
  const sort = byImportance(order);
  closed.sort(sort);
  opened.sort(sort);
  changed.sort(sort);

  const tiers = Object.fromEntries(
    (Object.keys(TIERS) as Tier[]).map((t) => [t, delta(base.scores.tiers[t], head.scores.tiers[t])]),
  ) as Record<Tier, ScoreDelta>;
  const areas: Partial<Record<Area, ScoreDelta>> = {};
  for (const area of Object.keys(AREAS) as Area[]) {
    if (base.scores.areas[area] || head.scores.areas[area]) areas[area] = delta(base.scores.areas[area], head.scores.areas[area]);
  }

  const binding = tiers.binding;
  // Losing the binding score altogether (nothing binding assessable any more) is treated as a fall:
  // a CI gate must not pass because a draft stopped stating the facts it is judged on.
  const bindingFell = binding.base !== null && (binding.head === null || binding.head < binding.base - EPSILON);

  return {
    base: jurisdictionOf(base),
    head: jurisdictionOf(head),
    closed,
    opened,
    changed,
    scores: { overall: delta(base.scores.overall, head.scores.overall), tiers, areas },
    rating: { base: base.rating.label, head: head.rating.label },
    regression: opened.length > 0 || bindingFell,
  };
}
