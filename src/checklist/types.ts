/**
 * Checklists (requirement packs) as data. A pack is YAML validated by the checklist meta-schema;
 * its checks use the closed predicate vocabulary of src/engine/predicates.
 */
import type { Position } from '../framework/types.js';

/** Obligation levels as the UNODC Legislative Guides classify treaty wording, plus soft law. */
export const OBLIGATION_LEVELS = {
  mandatory: 'Mandatory ("shall adopt", "shall establish", "shall ensure")',
  mandatory_qualified:
    'Mandatory but qualified ("subject to the basic concepts of its legal system", "to the extent possible", "in appropriate cases", "within available means")',
  consider: 'Obligation to consider or endeavour ("shall consider", "shall endeavour")',
  optional: 'Optional measure ("may")',
  good_practice: 'Good practice (model laws, OHCHR Recommended Principles, Working Group recommendations)',
  political: 'Political commitment (General Assembly, Global Compact for Migration, SDGs, Security Council)',
} as const;
export type ObligationLevel = keyof typeof OBLIGATION_LEVELS;

/** Score tiers: never blended into one number that hides which is which. */
export const TIERS = {
  binding: 'Binding obligations',
  consider: 'Measures to consider',
  good_practice: 'Good practice and policy',
} as const;
export type Tier = keyof typeof TIERS;

export const AREAS = {
  ratification: 'Ratification',
  criminalization: 'Criminalization',
  protection: 'Protection',
  prevention: 'Prevention',
  cooperation: 'Cooperation',
  commitments: 'Commitments',
} as const;
export type Area = keyof typeof AREAS;

export const SEVERITIES = { critical: 3, major: 2, minor: 1 } as const;
export type Severity = keyof typeof SEVERITIES;

/**
 * Instruments a requirement can cite. The keys that also appear under `instruments:` in a
 * framework file (untoc, tip_protocol, ...) can make a requirement binding for their parties.
 */
export const INSTRUMENTS = {
  untoc: 'UN Convention against Transnational Organized Crime',
  tip_protocol: 'Trafficking in Persons Protocol',
  som_protocol: 'Smuggling of Migrants Protocol',
  coe_cets_197: 'Council of Europe Convention on Action against Trafficking in Human Beings (CETS 197)',
  eu_directive_2011_36: 'EU Directive 2011/36/EU',
  eu_directive_2004_81: 'EU Directive 2004/81/EC',
  actip: 'ASEAN Convention against Trafficking in Persons (ACTIP)',
  ilo_p029: 'ILO Forced Labour Protocol (P029)',
  refugee_convention: '1951 Refugee Convention',
  ohchr_principles: 'OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking (2002)',
  unodc_model_law: 'UNODC Model Laws',
  unodc_guidance: 'UNODC Legislative Guides and guidance',
  gcm: 'Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195)',
  sdg: '2030 Agenda for Sustainable Development (A/RES/70/1)',
  unsc: 'Security Council resolutions 2331 (2016) and 2388 (2017)',
  global_plan_of_action: 'UN Global Plan of Action to Combat Trafficking in Persons (A/RES/64/293)',
  unodc_checklist: 'UNODC post-session checklist',
} as const;
export type InstrumentId = keyof typeof INSTRUMENTS;

/** Short names for narrow places (the `list` table). */
export const INSTRUMENT_ABBREVIATIONS = {
  untoc: 'UNTOC',
  tip_protocol: 'TIP Protocol',
  som_protocol: 'SOM Protocol',
  coe_cets_197: 'CETS 197',
  eu_directive_2011_36: 'Dir. 2011/36/EU',
  eu_directive_2004_81: 'Dir. 2004/81/EC',
  actip: 'ACTIP',
  ilo_p029: 'ILO P029',
  refugee_convention: 'Refugee Convention',
  ohchr_principles: 'OHCHR Principles',
  unodc_model_law: 'UNODC Model Law',
  unodc_guidance: 'UNODC guidance',
  gcm: 'GCM',
  sdg: 'SDGs',
  unsc: 'UNSC',
  global_plan_of_action: 'Global Plan of Action',
  unodc_checklist: 'Post-session checklist',
} as const satisfies Record<InstrumentId, string>;

export interface Citation {
  instrument: InstrumentId;
  /** Exact article and paragraph, e.g. "art. 3(a); art. 5(1)". */
  provision: string;
}

export interface Reference {
  /** E.g. "UNODC Model Law against Trafficking in Persons (2009)". */
  title: string;
  provision?: string;
}

/**
 * A check: exactly one predicate name as key, its options as value. The vocabulary is closed
 * (src/engine/predicates/index.ts); nothing in a pack is code or a regular expression.
 */
export type Check = Record<string, unknown>;

export interface Requirement {
  id: string;
  title: string;
  question: string;
  area: Area;
  source: Citation;
  level: ObligationLevel;
  /** Why this level: the treaty wording that decides it. */
  level_note?: string;
  /** Regional or related treaties that make this requirement binding for their parties. */
  binding_for_parties_of?: Citation[];
  severity: Severity;
  weight?: number;
  /** A red line that is not met caps the headline rating. */
  red_line?: boolean;
  /** Post-session sub-questions name the question they belong to. */
  part_of?: string;
  applies_when?: Check;
  check: Check;
  /** What a partial result means, in words. */
  partial?: string;
  /** An infinitive phrase: "criminalise harbouring and receipt of persons". */
  recommendation: string;
  references?: Reference[];
}

export interface Pack {
  id: string;
  title: string;
  version: string;
  source: string;
  description?: string;
  /** Summary packs (post-session) derive every answer from other requirements and are not scored. */
  summary?: boolean;
  requirements: Requirement[];
  /** Where the pack came from, for diagnostics: a built-in id or a file path. */
  origin: string;
  /** Position of each requirement in its file, by id. */
  positions?: Record<string, Position>;
}
