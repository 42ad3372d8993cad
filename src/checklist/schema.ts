/**
 * The checklist meta-schema, built from the predicate registry and the enums of types.ts so that
 * the vocabulary, the schema and the engine cannot drift apart. scripts/build-data.js compiles it
 * to a standalone validator and publishes it as schemas/checklist.schema.json for editors.
 */
import { PREDICATES } from '../engine/predicates/index.js';
import { REQUIREMENT_ID_PATTERN } from '../engine/predicates/requirement.js';
import { factSpecs, frameworkInstruments } from './fact-index.js';
import { AREAS, INSTRUMENTS, OBLIGATION_LEVELS, SEVERITIES } from './types.js';

type Schema = Record<string, unknown>;

export const PACK_ID_PATTERN = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';
export { REQUIREMENT_ID_PATTERN };
const VERSION_PATTERN = '^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$';
/** Completes "The authorities are urged to …": starts with a lower-case verb, no final full stop. */
const RECOMMENDATION_PATTERN = '^[a-z][\\s\\S]*[^.\\s]$';

const text = (description: string): Schema => ({ type: 'string', minLength: 1, description });

function describedEnum(description: string, values: Record<string, unknown>): Schema {
  const lines = Object.entries(values).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : `weight ${String(value)}`}`);
  return { type: 'string', enum: Object.keys(values), description: `${description}\n${lines.join('\n')}` };
}

function citation(description: string, instruments: Record<string, string>): Schema {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    required: ['instrument', 'provision'],
    properties: {
      instrument: describedEnum('The instrument.', instruments),
      provision: text('Exact article and paragraph, e.g. "art. 3(a); art. 5(1)".'),
    },
  };
}

function checkDefinition(): Schema {
  const properties: Record<string, Schema> = {};
  for (const [name, definition] of Object.entries(PREDICATES)) {
    const options = structuredClone(definition.options) as Schema;
    if (definition.operand === 'fact') {
      const props = options['properties'] as Record<string, Schema>;
      props['fact'] = { $ref: '#/$defs/fact', description: String(props['fact']?.['description'] ?? '') };
    }
    properties[name] = { ...options, description: `${definition.description}${options['description'] ? ` ${String(options['description'])}` : ''}` };
  }
  return {
    type: 'object',
    description: 'A check: an object with exactly one predicate as key and its options as value.',
    minProperties: 1,
    maxProperties: 1,
    additionalProperties: false,
    properties,
  };
}

export function checklistSchema(): Schema {
  const bindingInstruments = Object.fromEntries(
    frameworkInstruments()
      .filter((id) => id in INSTRUMENTS)
      .map((id) => [id, INSTRUMENTS[id as keyof typeof INSTRUMENTS]]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'palermo-gap checklist',
    description:
      'A requirement pack: requirements drawn from a treaty, a protocol, principles or a checklist, each with a declarative check over the facts of a framework file.',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'version', 'source', 'requirements'],
    properties: {
      id: { type: 'string', pattern: PACK_ID_PATTERN, description: 'Stable kebab-case id of the pack, e.g. tip-protocol.' },
      title: text('Title of the pack.'),
      version: { type: 'string', pattern: VERSION_PATTERN, description: 'Semantic version of the pack, printed in every report.' },
      source: text('The instrument or document the requirements are drawn from, with its official reference.'),
      description: text('What the pack covers and how to read it.'),
      summary: {
        type: 'boolean',
        description: 'A summary pack derives every answer from other requirements; it is evaluated and reported but not scored.',
      },
      requirements: {
        type: 'array',
        description: 'The requirements of the pack.',
        minItems: 1,
        items: { $ref: '#/$defs/requirement' },
      },
    },
    $defs: {
      requirement: {
        type: 'object',
        description: 'One requirement: a question, its legal source and obligation level, and the check that answers it.',
        additionalProperties: false,
        required: ['id', 'title', 'question', 'area', 'source', 'level', 'severity', 'check', 'recommendation'],
        properties: {
          id: {
            type: 'string',
            pattern: REQUIREMENT_ID_PATTERN,
            description: 'Stable SCREAMING-KEBAB id, unique across all packs, e.g. TIP-DEF-ACTS.',
          },
          title: text('Short title, stated as what is required.'),
          question: text('The question in plain words.'),
          area: describedEnum('Area of the requirement.', AREAS),
          source: citation('The legal source: instrument and exact provision.', INSTRUMENTS),
          level: describedEnum('Obligation level of the source wording.', OBLIGATION_LEVELS),
          level_note: text('Why this level: the treaty wording that decides it.'),
          binding_for_parties_of: {
            type: 'array',
            description:
              'Regional or related treaties that make the requirement binding for their parties; it is treated as binding when the framework file records the jurisdiction as party.',
            minItems: 1,
            items: citation('A treaty whose parties are bound, and its provision.', bindingInstruments),
          },
          severity: describedEnum('Severity of a gap; gives the default weight.', SEVERITIES),
          weight: { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'Weight in the scores, overriding the severity default (3/2/1).' },
          red_line: { type: 'boolean', description: 'A red line that is not met caps the headline rating.' },
          part_of: {
            type: 'string',
            pattern: REQUIREMENT_ID_PATTERN,
            description: 'Id of the question this requirement is a sub-question of.',
          },
          applies_when: {
            $ref: '#/$defs/check',
            description: 'A check; the requirement is not applicable when it yields exactly 0 (unknown means it applies).',
          },
          check: { $ref: '#/$defs/check', description: 'The check that answers the question.' },
          partial: text('What a partial result means, in words.'),
          recommendation: {
            type: 'string',
            pattern: RECOMMENDATION_PATTERN,
            description:
              'An infinitive phrase completing "The authorities are urged to …", e.g. "extend the offence to harbouring and receipt of persons" (lower-case start, no final full stop).',
          },
          references: {
            type: 'array',
            description: 'Further references: model-law articles, legislative guides, regional equivalents.',
            items: {
              type: 'object',
              description: 'A reference.',
              additionalProperties: false,
              required: ['title'],
              properties: {
                title: text('Title of the referenced document, e.g. "UNODC Model Law against Trafficking in Persons (2009)".'),
                provision: text('Article or section, e.g. "art. 8".'),
              },
            },
          },
        },
      },
      check: checkDefinition(),
      fact: {
        type: 'string',
        description: 'Dotted path of a fact of the framework file catalogue, e.g. trafficking.acts.',
        enum: [...factSpecs().keys()],
      },
    },
  };
}
