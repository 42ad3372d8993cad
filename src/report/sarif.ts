/**
 * SARIF 2.1.0 for GitHub code scanning: each gap becomes an alert on the YAML line of the fact
 * that decided it (line 1 for a missing section), so reviewers of a model-law draft see the
 * findings in the pull request. Field choices follow GitHub's "SARIF support for code scanning".
 * One run per invocation; a rule per requirement; results only for requirements that are not met
 * (error), partly met (warning) or could not be assessed (note). Met and not-applicable
 * requirements give no result: GitHub would show a `level: none` result as noise.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import type { Assessment, RequirementResult, State } from '../engine/types.js';
import { clip, jsonSafe, mdText, oneLine } from './escape.js';
import {
  STATE_LABELS,
  areaLabel,
  citationText,
  isSummary,
  levelText,
  nationalProvisions,
  recommendationSentence,
  tierLabel,
} from './model.js';
import { DEFAULT_TOOL, type FormatOptions, type Formatter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Partial<Record<State, 'error' | 'warning' | 'note'>> = {
  not_met: 'error',
  partial: 'warning',
  not_assessed: 'note',
};

/** SARIF text fields: one line, no control characters; GitHub rejects empty required strings. */
const s = (text: string | undefined, max = 2000, fallback = '-'): string => clip(oneLine(text ?? ''), max).trim() || fallback;

function slug(text: string, max = 64): string {
  const out = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (out.length <= max) return out || 'requirement';
  const cut = out.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/**
 * The artifact URI: the path as the user gave it, relative and with forward slashes (GitHub maps
 * it onto the repository). Absolute paths are made relative to `cwd` when one is given.
 */
export function artifactUri(file: string, cwd?: string): string {
  let path = file;
  if (cwd && isAbsolute(path)) path = relative(cwd, path);
  path = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return /^[a-zA-Z]:\//.test(path) || path.startsWith('/') ? `file:///${encoded.replace(/^\/+/, '')}` : encoded;
}

/**
 * Stable across runs and edits elsewhere in the file: the rule, the file and the facts the
 * requirement reads; never the line, so an alert survives lines being added above it.
 */
function fingerprint(result: RequirementResult, uri: string): string {
  const paths = [...new Set([...result.facts.map((f) => f.path), ...result.missing])].sort();
  return createHash('sha256').update([result.id, uri, paths.join(',')].join('\0')).digest('hex').slice(0, 32);
}

function region(result: RequirementResult) {
  const line = Math.max(1, result.location?.line ?? 1);
  const col = Math.max(1, result.location?.col ?? 1);
  let endLine = Math.max(line, result.location?.endLine ?? line);
  let endCol = result.location?.endCol ?? col + 1;
  // An end before the start would make GitHub reject the result; fall back on one character.
  if (endLine === line && endCol <= col) {
    endLine = line;
    endCol = col + 1;
  }
  return { startLine: line, startColumn: col, endLine, endColumn: endCol };
}

function rule(result: RequirementResult) {
  const source = citationText(result.source);
  const full = `${s(result.title)}. Source: ${s(source)}. Obligation level: ${levelText(result.level)}; severity: ${result.severity}${result.red_line ? '; red line' : ''}.`;
  const action = result.recommendation ? s(result.recommendation.text.replace(/[.\s]+$/, '')) : undefined;
  const helpText = [full, action ? `Recommended action: ${action}.` : '', `Pack: ${s(result.pack)}. Area: ${areaLabel(result.area)}.`]
    .filter(Boolean)
    .join(' ');
  const helpMarkdown = [
    `**${mdText(result.title)}**`,
    '',
    `- Source: ${mdText(source)}`,
    `- Obligation level: ${levelText(result.level)}`,
    `- Severity: ${result.severity}${result.red_line ? ' (red line: caps the headline rating when not met)' : ''}`,
    `- Pack: ${mdText(result.pack)}; area: ${areaLabel(result.area)}`,
    ...(action ? [`- Recommended action: ${mdText(action)}`] : []),
  ].join('\n');
  // The tier is left out: it depends on the jurisdiction's treaties, and a rule is shared by all files.
  const tags = [result.pack, result.area, result.severity, ...(result.red_line ? ['red-line'] : [])].map((t) => s(t, 60));
  return {
    id: s(result.id, 200),
    name: slug(result.title),
    shortDescription: { text: s(result.title, 1000) },
    fullDescription: { text: s(full, 2000) },
    help: { text: s(helpText, 4000), markdown: helpMarkdown },
    defaultConfiguration: { level: 'error' as const },
    properties: { tags, precision: 'high' },
  };
}

/** Ends text with exactly one full stop, so generated and pack text join into clean sentences. */
const sentence = (text: string): string => `${text.trim().replace(/[.\s]+$/, '')}.`;

function message(result: RequirementResult, assessment: Assessment): string {
  const who = assessment.jurisdiction.code ?? assessment.jurisdiction.name;
  if (result.state === 'not_assessed') {
    const needs = result.missing.length > 0 ? `The file does not state ${result.missing.join(', ')}` : result.reason;
    return [sentence(`Not assessed (${who}): ${result.title}`), sentence(needs), sentence(`Source: ${citationText(result.source)}`)].join(' ');
  }
  const state = STATE_LABELS[result.state];
  const provisions = nationalProvisions(result);
  const binding = result.bound_by ? `, binding through ${citationText(result.bound_by)}` : '';
  return [
    sentence(`${state.charAt(0).toUpperCase()}${state.slice(1)} (${who}): ${result.title}`),
    sentence(result.reason),
    sentence(`Source: ${citationText(result.source)}${binding} (${tierLabel(result.tier).toLowerCase()})`),
    provisions.length > 0 ? sentence(`National law: ${provisions.join('; ')}`) : '',
    result.red_line ? 'Red line: caps the headline rating.' : '',
    recommendationSentence(result),
  ]
    .filter(Boolean)
    .join(' ');
}

function automationId(assessments: readonly Assessment[]): string {
  const names = [...new Set(assessments.map((a) => slug(a.jurisdiction.code ?? a.file, 40)))].sort();
  let category = names.join('+') || 'none';
  if (category.length > 80) {
    category = `${category.slice(0, 60)}-${createHash('sha256').update(category).digest('hex').slice(0, 12)}`;
  }
  return `palermo-gap/${category}/`;
}

/** The SARIF log as a plain object (exported for tests and for callers that post-process it). */
export function sarifLog(assessments: readonly Assessment[], options: FormatOptions) {
  const tool = options.tool ?? DEFAULT_TOOL;
  const representative = new Map<string, RequirementResult>();
  for (const a of assessments) {
    for (const r of a.results) {
      if (isSummary(r)) continue;
      const known = representative.get(r.id);
      if (!known || (!known.recommendation && r.recommendation)) representative.set(r.id, r);
    }
  }
  const ids = [...representative.keys()];
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));

  const results = assessments.flatMap((a) => {
    const uri = artifactUri(a.file, options.cwd);
    return a.results
      .filter((r) => !isSummary(r) && LEVELS[r.state] && !(options.onlyGaps && r.state === 'not_assessed'))
      .map((r) => ({
        ruleId: s(r.id, 200),
        ruleIndex: ruleIndex.get(r.id) ?? 0,
        level: LEVELS[r.state],
        message: { text: s(message(r, a), 4000) },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(r) } }],
        partialFingerprints: { 'requirementFactHash/v1': fingerprint(r, uri) },
        properties: {
          state: r.state,
          credit: r.credit,
          tier: r.tier,
          red_line: r.red_line,
          jurisdiction: s(a.jurisdiction.code ?? a.jurisdiction.name, 200),
        },
      }));
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(tool.version) ? { semanticVersion: tool.version } : {}),
            ...(tool.uri ? { informationUri: tool.uri } : {}),
            rules: ids.map((id) => rule(representative.get(id) as RequirementResult)),
          },
        },
        automationDetails: { id: automationId(assessments) },
        columnKind: 'utf16CodeUnits' as const,
        results,
      },
    ],
  };
}

export const formatSarif: Formatter = (assessments, options) => jsonSafe(JSON.stringify(sarifLog(assessments, options), null, 2)) + '\n';
