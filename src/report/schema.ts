/**
 * The published JSON Schema of the json report (`palermo-gap schema report`,
 * schemas/report.schema.json). It documents every field consumers may rely on; a change that
 * removes or renames a field, or changes its meaning, bumps REPORT_SCHEMA_VERSION.
 */
import { AREAS, INSTRUMENTS, OBLIGATION_LEVELS, SEVERITIES, TIERS } from '../checklist/types.js';
import { GAP_CEILINGS, MINIMUM_BINDING_COVERAGE, RATING_THRESHOLDS, RED_LINE_CEILING, gapCeiling } from '../engine/rating.js';
import { REPORT_SCHEMA_VERSION } from './formats.js';

const STATES = ['met', 'partial', 'not_met', 'not_assessed', 'not_applicable'];
const RATINGS = ['aligned', 'largely_aligned', 'partly_aligned', 'not_aligned', 'insufficient_information'];
const VERBS = ['urge', 'consider', 'invite'];

const CEILINGS_TEXT = (Object.keys(GAP_CEILINGS) as (keyof typeof GAP_CEILINGS)[])
  .map((severity) => `a binding ${severity} requirement not met or partly met caps it at ${gapCeiling(severity)}`)
  .join(', ');

const RATING_DESCRIPTION = `The headline rating, from the binding score: ${RATING_THRESHOLDS.map((t) => `${t.label} (≥ ${t.minimum})`).join(', ')}, otherwise not_aligned; insufficient_information when nothing binding was assessed or binding coverage is under ${MINIMUM_BINDING_COVERAGE} %. Then gap ceilings: ${CEILINGS_TEXT}; a red line not met caps it at ${RED_LINE_CEILING}. Post-session (summary) results never count.`;

const keys = (o: object): string[] => Object.keys(o);
const ref = (name: string, description?: string): Record<string, unknown> =>
  description ? { description, allOf: [{ $ref: `#/definitions/${name}` }] } : { $ref: `#/definitions/${name}` };

// anyOf rather than `type: [number, null]`: consumers validating with ajv's strict mode reject union types.
const nullableNumber = (description: string, minimum?: number, maximum?: number): Record<string, unknown> => ({
  description,
  anyOf: [
    { type: 'number', ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) },
    { type: 'null' },
  ],
});

const scoreCell = {
  type: 'object',
  description: 'One score with its coverage.',
  additionalProperties: false,
  required: ['score', 'coverage', 'assessed', 'applicable'],
  properties: {
    score: nullableNumber(
      '100 × Σ weight·credit ÷ Σ weight over the requirements that apply and were assessed; null when none was assessed. Not rounded.',
      0,
      100,
    ),
    coverage: nullableNumber('Assessed ÷ applicable, in percent; null when no requirement applies.', 0, 100),
    assessed: { type: 'integer', minimum: 0, description: 'Requirements that apply and could be assessed.' },
    applicable: { type: 'integer', minimum: 0, description: 'Requirements that apply (all states except not_applicable).' },
  },
};

const scoreDelta = {
  type: 'object',
  description: 'A score in the base and head files and the change (head − base; null when either side has no score).',
  additionalProperties: false,
  required: ['base', 'head', 'delta', 'coverage_base', 'coverage_head'],
  properties: {
    base: nullableNumber('Score of the base file.'),
    head: nullableNumber('Score of the head file.'),
    delta: nullableNumber('head − base.'),
    coverage_base: nullableNumber('Coverage of the base file, in percent.'),
    coverage_head: nullableNumber('Coverage of the head file, in percent.'),
  },
};

const position = {
  type: 'object',
  description: '1-based line and column in the framework file; endCol is the column just after the node.',
  additionalProperties: false,
  required: ['line', 'col'],
  properties: {
    line: { type: 'integer', minimum: 1 },
    col: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endCol: { type: 'integer', minimum: 1 },
  },
};

const citation = {
  type: 'object',
  description: 'A treaty or instrument and the exact provision.',
  additionalProperties: false,
  required: ['instrument', 'provision'],
  properties: {
    instrument: {
      enum: keys(INSTRUMENTS),
      description: `Instrument id: ${Object.entries(INSTRUMENTS)
        .map(([id, name]) => `${id} = ${name}`)
        .join('; ')}.`,
    },
    provision: { type: 'string', description: 'Article and paragraph, e.g. "art. 3(a); art. 5(1)".' },
  },
};

const factRead = {
  type: 'object',
  description: 'A fact the check read from the framework file.',
  additionalProperties: false,
  required: ['path', 'value'],
  properties: {
    path: { type: 'string', description: 'Dotted fact path, e.g. "trafficking.acts".' },
    value: {
      description: 'The value as stated in the file; null when the fact is unknown (absent, null or "unknown").',
      anyOf: [{ type: 'boolean' }, { type: 'number' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'null' }],
    },
    position: ref('position', 'Where the fact is written; absent when the file does not state it.'),
    provision: { type: 'string', description: 'The national provision the file cites for this fact.' },
    quote: { type: 'string', description: 'The text of the national provision quoted in the file.' },
  },
};

const requirementResult = {
  type: 'object',
  description: 'Exactly one result for every requirement of every selected pack.',
  additionalProperties: false,
  required: ['id', 'pack', 'title', 'area', 'source', 'level', 'tier', 'severity', 'weight', 'red_line', 'state', 'credit', 'reason', 'facts', 'missing', 'location'],
  properties: {
    id: { type: 'string', description: 'Stable requirement id, e.g. "TIP-DEF-ACTS".' },
    pack: { type: 'string', description: 'Id of the pack the requirement belongs to. Results of the "post-session" pack answer the UNODC post-session checklist and are derived from the other results.' },
    title: { type: 'string' },
    area: { enum: keys(AREAS), description: 'Area of the requirement.' },
    source: ref('citation', 'The legal source of the requirement.'),
    level: {
      enum: keys(OBLIGATION_LEVELS),
      description: `Obligation level: ${Object.entries(OBLIGATION_LEVELS)
        .map(([id, text]) => `${id} = ${text}`)
        .join('; ')}.`,
    },
    tier: {
      enum: keys(TIERS),
      description: 'Score tier: binding (mandatory, mandatory_qualified, or made binding by a regional treaty the jurisdiction is party to), consider (consider, optional), good_practice (good_practice, political).',
    },
    bound_by: ref('citation', 'Present when a treaty the jurisdiction is party to makes the requirement binding.'),
    binding_only_for: {
      type: 'array',
      items: ref('citation'),
      minItems: 1,
      description:
        'Present when the requirement is not binding for this jurisdiction but is binding for parties to these treaties (its binding_for_parties_of; the jurisdiction is party to none of them).',
    },
    severity: { enum: keys(SEVERITIES), description: 'critical, major or minor (default weights 3, 2, 1).' },
    weight: { type: 'number', exclusiveMinimum: 0, description: 'Weight in the scores.' },
    red_line: { type: 'boolean', description: 'A red line not met caps the headline rating.' },
    part_of: { type: 'string', description: 'For a post-session sub-question: the id of its question.' },
    summary: {
      type: 'boolean',
      description: 'True for the answers of a summary pack (the post-session checklist): derived from the other results, shown but never scored or counted as gaps again.',
    },
    state: {
      enum: STATES,
      description: 'met (credit 1), partial (0 < credit < 1), not_met (credit 0), not_assessed (the facts it needs are unknown), not_applicable.',
    },
    credit: nullableNumber('Credit in [0, 1]; null when not assessed or not applicable.', 0, 1),
    reason: { type: 'string', description: 'One line: why the credit came out as it did.' },
    facts: { type: 'array', items: ref('fact_read'), description: 'The facts the check read, in reading order.' },
    missing: { type: 'array', items: { type: 'string' }, description: 'Fact paths that would settle a requirement that could not be assessed.' },
    location: ref('position', 'Where a finding points in the framework file: the deciding fact, its nearest existing parent, or line 1.'),
    recommendation: {
      type: 'object',
      description: 'The graded recommendation: urge (binding, not met), consider (binding partly met, or a measure to consider not or partly met), invite (good practice and policy). Rendered as "The authorities are urged to / should / are invited to <text>."',
      additionalProperties: false,
      required: ['verb', 'text'],
      properties: {
        verb: { enum: VERBS },
        text: { type: 'string', description: 'An infinitive phrase.' },
      },
    },
  },
};

const assessment = {
  type: 'object',
  description: 'The assessment of one framework file.',
  additionalProperties: false,
  required: ['file', 'jurisdiction', 'packs', 'results', 'scores', 'rating'],
  properties: {
    file: { type: 'string', description: 'The framework file as named on the command line.' },
    jurisdiction: {
      type: 'object',
      description: 'The jurisdiction as the framework file names it.',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string' },
        code: { type: 'string', description: 'Short code, e.g. an ISO 3166-1 alpha-3 code or a draft identifier.' },
        kind: { type: 'string', description: 'country, territory, draft, model or regional_instrument.' },
        as_of: { type: 'string', description: 'The date the law is described as of (YYYY-MM-DD).' },
      },
    },
    packs: {
      type: 'array',
      description: 'The requirement packs applied, with their versions.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'version'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          version: { type: 'string' },
          summary: { type: 'boolean', description: 'True for a summary pack (post-session): reported, not scored.' },
        },
      },
    },
    results: {
      type: 'array',
      items: ref('requirement_result'),
      description: 'One result per requirement of every pack (only the gaps when only_gaps is true).',
    },
    scores: {
      type: 'object',
      description: 'Scores over the requirements of every pack except the post-session summary. Tiers are never blended into the overall score in reports.',
      additionalProperties: false,
      required: ['overall', 'tiers', 'areas', 'instruments'],
      properties: {
        overall: ref('score_cell', 'All tiers together.'),
        tiers: {
          type: 'object',
          description: 'Per obligation tier: binding, consider, good_practice.',
          additionalProperties: false,
          required: keys(TIERS),
          properties: Object.fromEntries(keys(TIERS).map((t) => [t, ref('score_cell')])),
        },
        areas: {
          type: 'object',
          description: 'Per area, for the areas that have requirements.',
          additionalProperties: false,
          properties: Object.fromEntries(keys(AREAS).map((a) => [a, ref('score_cell')])),
        },
        instruments: {
          type: 'object',
          description: 'Per source instrument.',
          additionalProperties: false,
          properties: Object.fromEntries(keys(INSTRUMENTS).map((i) => [i, ref('score_cell')])),
        },
      },
    },
    rating: {
      type: 'object',
      description: 'The headline rating, from the binding score, held back by binding critical and major gaps and capped when a red line is not met.',
      additionalProperties: false,
      required: ['label', 'uncapped', 'capped', 'red_lines'],
      properties: {
        label: { enum: RATINGS, description: RATING_DESCRIPTION },
        uncapped: { enum: RATINGS, description: 'The rating the binding score alone gives, before gap ceilings and red lines.' },
        capped: { type: 'boolean', description: 'True when a gap ceiling or a red line lowered the rating below uncapped.' },
        red_lines: { type: 'array', items: { type: 'string' }, description: 'Ids of red-line requirements not met or only partly met.' },
        limited_by: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Ids of binding requirements not met or only partly met whose severity ceiling is below uncapped (critical: at most partly_aligned, major: at most largely_aligned), critical first; red lines are left out (red_lines lists them). Always written by this version; absent from reports written before it.',
        },
      },
    },
  },
};

const summaryRow = {
  type: 'object',
  description: 'One file in the summary matrix.',
  additionalProperties: false,
  required: ['file', 'jurisdiction', 'rating', 'capped', 'binding', 'red_lines', 'areas'],
  properties: {
    file: { type: 'string' },
    jurisdiction: { type: 'string', description: 'Name and code.' },
    rating: { enum: RATINGS, description: 'The headline rating.' },
    capped: { type: 'boolean', description: 'True when a gap ceiling or a red line lowered the rating.' },
    binding: ref('score_cell', 'The binding-tier score.'),
    red_lines: { type: 'array', items: { type: 'string' }, description: 'Red-line requirements not met or only partly met.' },
    areas: {
      type: 'object',
      description: 'Score per area.',
      additionalProperties: false,
      properties: Object.fromEntries(keys(AREAS).map((a) => [a, ref('score_cell')])),
    },
  },
};

const requirementChange = {
  type: 'object',
  description: 'A requirement whose result differs between base and head.',
  additionalProperties: false,
  required: ['id', 'pack', 'title', 'area', 'tier', 'severity', 'red_line', 'base', 'head', 'change'],
  properties: {
    id: { type: 'string' },
    pack: { type: 'string' },
    title: { type: 'string' },
    area: { enum: keys(AREAS), description: 'Area of the requirement.' },
    tier: { enum: keys(TIERS), description: 'Tier in the head file (in the base file when the requirement is gone).' },
    severity: { enum: keys(SEVERITIES), description: 'critical, major or minor.' },
    red_line: { type: 'boolean', description: 'A red line not met caps the headline rating.' },
    base: ref('side', 'State and credit in the base file; null when the requirement is not in the base run.'),
    head: ref('side', 'State and credit in the head file; null when the requirement is not in the head run.'),
    change: {
      enum: ['closed', 'opened', 'improved', 'worsened', 'changed'],
      description: 'closed: a gap became met; opened: a requirement that was not a gap (or not there) is now a gap; improved / worsened: credit rose / fell otherwise; changed: another change of state.',
    },
    reason: { type: 'string', description: 'Why, in the head file (or the base file when gone).' },
  },
};

const comparison = {
  type: 'object',
  description: 'What the change from the base file to the head file closes, opens and changes.',
  additionalProperties: false,
  required: ['base', 'head', 'closed', 'opened', 'changed', 'scores', 'rating', 'regression'],
  properties: {
    base: ref('compared_file'),
    head: ref('compared_file'),
    closed: { type: 'array', items: ref('requirement_change'), description: 'Gaps closed (gap → met).' },
    opened: { type: 'array', items: ref('requirement_change'), description: 'Gaps opened (met, not applicable, not assessed or new → not met or partly met).' },
    changed: { type: 'array', items: ref('requirement_change'), description: 'Other changes of state or credit.' },
    scores: {
      type: 'object',
      description: 'Score changes, overall, per tier and per area.',
      additionalProperties: false,
      required: ['overall', 'tiers', 'areas'],
      properties: {
        overall: ref('score_delta'),
        tiers: { type: 'object', description: 'Per obligation tier.', additionalProperties: false, properties: Object.fromEntries(keys(TIERS).map((t) => [t, ref('score_delta')])) },
        areas: { type: 'object', description: 'Per area scored in either file.', additionalProperties: false, properties: Object.fromEntries(keys(AREAS).map((a) => [a, ref('score_delta')])) },
      },
    },
    rating: {
      type: 'object',
      description: 'The headline rating of each file.',
      additionalProperties: false,
      required: ['base', 'head'],
      properties: { base: { enum: RATINGS, description: 'Rating of the base file.' }, head: { enum: RATINGS, description: 'Rating of the head file.' } },
    },
    regression: {
      type: 'boolean',
      description: 'True when a gap was opened or the binding score fell (or can no longer be computed); --fail-on-regression exits 1.',
    },
  },
};

/** JSON Schema (draft-07) of the json report and of `compare --format json`. */
export function reportSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'palermo-gap report',
    description:
      'Output of `palermo-gap assess --format json` (with "assessments") and of `palermo-gap compare --format json` (with "comparison").',
    type: 'object',
    additionalProperties: false,
    required: ['schema_version', 'tool'],
    // Each branch names its property so that validators in strict mode accept the `required`.
    oneOf: [
      { required: ['assessments'], properties: { assessments: true } },
      { required: ['comparison'], properties: { comparison: true } },
    ],
    properties: {
      schema_version: { const: REPORT_SCHEMA_VERSION, description: 'Version of this document format.' },
      tool: {
        type: 'object',
        description: 'The program that wrote the report.',
        additionalProperties: false,
        required: ['name', 'version'],
        properties: { name: { type: 'string' }, version: { type: 'string' } },
      },
      only_gaps: { type: 'boolean', description: 'True when results were limited to the gaps (--only-gaps).' },
      assessments: { type: 'array', items: ref('assessment'), description: 'One assessment per framework file, in command-line order.' },
      summary: {
        type: 'object',
        description: 'Present when several files were assessed: the summary matrix.',
        additionalProperties: false,
        required: ['rows'],
        properties: { rows: { type: 'array', items: ref('summary_row'), description: 'One row per file, in command-line order.' } },
      },
      comparison: ref('comparison'),
    },
    definitions: {
      assessment,
      requirement_result: requirementResult,
      fact_read: factRead,
      citation,
      position,
      score_cell: scoreCell,
      summary_row: summaryRow,
      comparison,
      requirement_change: requirementChange,
      score_delta: scoreDelta,
      compared_file: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'jurisdiction'],
        properties: {
          file: { type: 'string' },
          jurisdiction: { type: 'string', description: 'Name and code.' },
          as_of: { type: 'string' },
        },
      },
      side: {
        anyOf: [
          { type: 'null' },
          {
            type: 'object',
            additionalProperties: false,
            required: ['state', 'credit'],
            properties: { state: { enum: STATES, description: 'The state in that file.' }, credit: nullableNumber('Credit in [0, 1] or null.', 0, 1) },
          },
        ],
      },
    },
  };
}
