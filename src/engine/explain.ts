/**
 * What `palermo-gap explain <id>` says about a requirement, as plain data read only from the
 * checklist: question, source, level and why, the check in words, what partial means, the
 * recommendation as it would be worded, references and the requirements that build on it.
 */
import { INSTRUMENTS, OBLIGATION_LEVELS, SEVERITIES, TIERS, type Area, type Citation, type ObligationLevel, type Pack, type Reference, type Severity, type Tier } from '../checklist/types.js';
import { didYouMean } from '../checklist/suggest.js';
import { canBePartial, describeCheck, referencedRequirements } from './check.js';
import { recommendationVerb, renderRecommendation } from './recommend.js';
import { LEVEL_TIERS } from './tier.js';

export interface CitationInWords extends Citation {
  instrument_title: string;
}

export interface Explanation {
  id: string;
  title: string;
  question: string;
  pack: { id: string; title: string; version: string; summary?: boolean };
  area: Area;
  source: CitationInWords;
  level: ObligationLevel;
  level_description: string;
  level_note?: string;
  tier: Tier;
  tier_title: string;
  binding_for_parties_of: CitationInWords[];
  severity: Severity;
  weight: number;
  red_line: boolean;
  part_of?: string;
  sub_questions: string[];
  applies_when?: string;
  check: string;
  can_be_partial: boolean;
  partial?: string;
  recommendation: {
    text: string;
    /** As worded in a report when the requirement is not met (and, if possible, partly met). */
    if_not_met: string;
    if_partly_met?: string;
    /** When a treaty in binding_for_parties_of binds the jurisdiction and the requirement is not met. */
    if_bound_and_not_met?: string;
  };
  references: Reference[];
  /** Requirements whose checks use this one (`requirement: <id>`). */
  used_by: string[];
  /** Requirements this one's check uses. */
  uses: string[];
}

const inWords = (citation: Citation): CitationInWords => ({ ...citation, instrument_title: INSTRUMENTS[citation.instrument] });

export type ExplainResult = { ok: true; explanation: Explanation } | { ok: false; message: string };

/** Finds the requirement (exact id, else case-insensitively) in the packs and explains it. */
export function explainRequirement(id: string, packs: readonly Pack[]): ExplainResult {
  const all = packs.flatMap((pack) => pack.requirements.map((requirement) => ({ pack, requirement })));
  const found = all.find((entry) => entry.requirement.id === id) ?? all.find((entry) => entry.requirement.id.toUpperCase() === id.toUpperCase());
  if (!found) {
    return {
      ok: false,
      message: `unknown requirement '${id}'${didYouMean(id, all.map((entry) => entry.requirement.id))}; run palermo-gap list to see every requirement`,
    };
  }
  const { pack, requirement } = found;
  const checks = new Map(all.map((entry) => [entry.requirement.id, entry.requirement.check]));
  const tier = LEVEL_TIERS[requirement.level];
  const partial = canBePartial(requirement.check, (other) => checks.get(other));
  const render = (state: 'not_met' | 'partial', asTier: Tier) => {
    const verb = recommendationVerb(asTier, state);
    return verb ? renderRecommendation({ verb, text: requirement.recommendation }, asTier) : '';
  };
  const bindable = tier !== 'binding' && (requirement.binding_for_parties_of?.length ?? 0) > 0;
  const usedBy = all
    .filter(({ requirement: other }) =>
      [...(other.applies_when ? referencedRequirements(other.applies_when) : []), ...referencedRequirements(other.check)].includes(requirement.id),
    )
    .map((entry) => entry.requirement.id);

  const explanation: Explanation = {
    id: requirement.id,
    title: requirement.title,
    question: requirement.question,
    pack: { id: pack.id, title: pack.title, version: pack.version, ...(pack.summary ? { summary: true } : {}) },
    area: requirement.area,
    source: inWords(requirement.source),
    level: requirement.level,
    level_description: OBLIGATION_LEVELS[requirement.level],
    ...(requirement.level_note !== undefined ? { level_note: requirement.level_note } : {}),
    tier,
    tier_title: TIERS[tier],
    binding_for_parties_of: (requirement.binding_for_parties_of ?? []).map(inWords),
    severity: requirement.severity,
    weight: requirement.weight ?? SEVERITIES[requirement.severity],
    red_line: requirement.red_line === true,
    ...(requirement.part_of !== undefined ? { part_of: requirement.part_of } : {}),
    sub_questions: all.filter((entry) => entry.requirement.part_of === requirement.id).map((entry) => entry.requirement.id),
    ...(requirement.applies_when ? { applies_when: describeCheck(requirement.applies_when) } : {}),
    check: describeCheck(requirement.check),
    can_be_partial: partial,
    ...(requirement.partial !== undefined ? { partial: requirement.partial } : {}),
    recommendation: {
      text: requirement.recommendation,
      if_not_met: render('not_met', tier),
      ...(partial ? { if_partly_met: render('partial', tier) } : {}),
      ...(bindable ? { if_bound_and_not_met: render('not_met', 'binding') } : {}),
    },
    references: requirement.references ?? [],
    used_by: usedBy,
    uses: [...new Set([...(requirement.applies_when ? referencedRequirements(requirement.applies_when) : []), ...referencedRequirements(requirement.check)])],
  };
  return { ok: true, explanation };
}
