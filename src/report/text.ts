/**
 * The terminal report: what a workshop participant or a consultant reads first. Red lines come
 * before anything else, scores are shown per obligation tier (never one blended number) with their
 * coverage, the post-session questions are answered one by one, then the gaps and what could not be
 * assessed. Every string that came from a file passes through termText() (escapes and controls
 * stripped), so a framework file cannot drive the terminal.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Area } from '../checklist/types.js';
import type { Assessment, RequirementResult, State } from '../engine/types.js';
import { termText } from './escape.js';
import {
  ANSWER_LABELS,
  RATING_LABELS,
  STATE_LABELS,
  OVERALL_LABEL,
  OVERALL_NOTE,
  TIER_ORDER,
  areaLabel,
  bindingOnlyForText,
  citationText,
  creditText,
  factValueText,
  instrumentShortName,
  jurisdictionTitle,
  levelText,
  nationalProvisions,
  mostNeededFacts,
  notAssessed,
  orderedGaps,
  packsText,
  postSessionQuestions,
  ratingExplanation,
  recommendationSentence,
  redLineConsequence,
  redLinesNotMet,
  scoreRow,
  scoreText,
  scoredAreas,
  scoredInstruments,
  tierLabel,
} from './model.js';
import { paintWith } from './paint.js';
import { summaryRows, summaryAreas, AREA_SHORT } from './summary.js';
import type { FormatOptions, Formatter } from './types.js';

/** Width of the label column in gap blocks ("Recommendation", "Would settle it"). */
const LABEL = 17;

const t = (text: string | undefined, max?: number): string => termText(text ?? '', max);

function table(head: string[], paint: ChalkInstance, align: ('left' | 'right')[] = [], ruled = false): Table.Table {
  return new Table({
    head: head.map((h) => paint.bold(h)),
    colAligns: align,
    // cli-table3 paints heads and borders itself; colour is ours to decide.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    // Rules between rows only where a row spans several lines (the summary matrix).
    ...(ruled ? {} : { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } }),
  });
}

function stateColor(state: State, paint: ChalkInstance): (text: string) => string {
  switch (state) {
    case 'met':
      return paint.green;
    case 'partial':
      return paint.yellow;
    case 'not_met':
      return paint.red;
    default:
      return paint.dim;
  }
}

function header(assessment: Assessment, paint: ChalkInstance): string[] {
  const j = assessment.jurisdiction;
  const rows: [string, string][] = [
    ['Jurisdiction', t(jurisdictionTitle(assessment), 200) + (j.kind ? `, ${t(j.kind, 40)}` : '')],
    ['Law as of', j.as_of ? t(j.as_of, 40) : 'not stated'],
    ['File', t(assessment.file, 300)],
    ['Packs', t(packsText(assessment), 400)],
  ];
  return [
    paint.bold(`Gap report: ${t(jurisdictionTitle(assessment), 200)}`),
    ...rows.map(([k, v]) => `  ${k.padEnd(14)}${v}`),
  ];
}

function redLineNotice(assessment: Assessment, paint: ChalkInstance): string[] {
  const red = redLinesNotMet(assessment);
  if (red.length === 0) return [];
  const title = red.length === 1 ? 'RED LINE NOT MET' : `RED LINES NOT MET (${red.length})`;
  const consequence = redLineConsequence(assessment, (label) => `"${label}"`);
  return [
    paint.red.bold(`${title}: ${consequence}`),
    ...red.map((r) => `  ${paint.red('✗')} ${t(r.id, 80)}  ${t(r.title, 200)} (${STATE_LABELS[r.state]})`),
  ];
}

function ratingLine(assessment: Assessment, paint: ChalkInstance): string {
  const why = ratingExplanation(assessment, { id: (id) => t(id, 80), quote: (label) => `"${label}"` });
  return `Rating: ${paint.bold(RATING_LABELS[assessment.rating.label])}${why}`;
}

function scoreTables(assessment: Assessment, paint: ChalkInstance): string[] {
  const tiers = table(['Obligation tier', 'Score', '', 'Coverage'], paint, ['left', 'right', 'left', 'left']);
  for (const tier of TIER_ORDER) tiers.push(scoreRow(tierLabel(tier), assessment.scores.tiers[tier]));
  tiers.push(scoreRow(OVERALL_LABEL, assessment.scores.overall));
  const areas = table(['Area', 'Score', '', 'Coverage'], paint, ['left', 'right', 'left', 'left']);
  for (const area of scoredAreas(assessment)) {
    const cell = assessment.scores.areas[area];
    if (cell) areas.push(scoreRow(areaLabel(area), cell));
  }
  const instruments = table(['Instrument', 'Score', '', 'Coverage'], paint, ['left', 'right', 'left', 'left']);
  for (const id of scoredInstruments(assessment)) {
    const cell = assessment.scores.instruments[id];
    if (cell) instruments.push(scoreRow(instrumentShortName(id), cell));
  }
  return [
    paint.bold('Scores by obligation tier'),
    'Scores are 100 × Σ weight·credit ÷ Σ weight over the requirements assessed; coverage is assessed ÷ applicable.',
    tiers.toString(),
    OVERALL_NOTE,
    '',
    paint.bold('Scores by area (all tiers)'),
    areas.toString(),
    '',
    paint.bold('Scores by instrument (all tiers, by the source of each requirement)'),
    instruments.toString(),
  ];
}

function questionnaire(assessment: Assessment, paint: ChalkInstance): string[] {
  const questions = postSessionQuestions(assessment.results);
  if (questions.length === 0) return [];
  const all = questions.flatMap((q) => [q.result, ...q.parts]);
  const idWidth = Math.max(...all.map((r) => t(r.id, 40).length));
  const line = (r: RequirementResult, indent: string): string => {
    // Padding is computed on the bare label: colour codes would count towards padEnd.
    const label = ANSWER_LABELS[r.state];
    const answer = stateColor(r.state, paint)(label) + ' '.repeat(Math.max(1, 14 - label.length));
    return `${indent}${t(r.id, 40).padEnd(idWidth)}  ${answer}${t(r.title, 300)}`;
  };
  return [
    paint.bold('Post-session checklist'),
    ...questions.flatMap((q) => [line(q.result, '  '), ...q.parts.map((p) => line(p, '    '))]),
  ];
}

function factLines(result: RequirementResult, file: string, indent: string): string[] {
  return result.facts.flatMap((fact) => {
    const where = fact.position ? `${t(file, 300)}:${fact.position.line}:${fact.position.col}` : 'not in the file';
    const cited = fact.provision ? `; ${t(fact.provision, 200)}` : '';
    const lines = [`${indent}${t(fact.path, 120)} = ${t(factValueText(fact.value), 300)}  (${where}${cited})`];
    if (fact.quote) lines.push(`${indent}  "${t(fact.quote, 400)}"`);
    return lines;
  });
}

function gapBlock(result: RequirementResult, index: number, assessment: Assessment, options: FormatOptions, paint: ChalkInstance): string[] {
  const marks = [
    result.red_line ? paint.red.bold('RED LINE') : '',
    result.severity,
    `weight ${result.weight}`,
    tierLabel(result.tier).toLowerCase(),
    stateColor(result.state, paint)(STATE_LABELS[result.state]),
  ].filter(Boolean);
  const provisions = nationalProvisions(result).map((p) => t(p, 200));
  const bindingOnly = bindingOnlyForText(result);
  const rows: [string, string][] = [
    ['Source', t(citationText(result.source), 300)],
    ...(result.bound_by ? ([['Bound by', `${t(citationText(result.bound_by), 300)} (the jurisdiction is a party)`]] as [string, string][]) : []),
    ...(bindingOnly ? ([['Binding only for', `parties to ${t(bindingOnly, 600)}`]] as [string, string][]) : []),
    ['National law', provisions.length > 0 ? provisions.join('; ') : 'no provision cited in the file'],
    ['Finding', t(result.reason, 400)],
    ...(result.recommendation ? ([['Recommendation', t(recommendationSentence(result), 600)]] as [string, string][]) : []),
  ];
  const lines = [
    `${String(index).padStart(3)}. ${paint.bold(t(result.id, 80))}  ${t(result.title, 300)}`,
    `     ${marks.join(' · ')}`,
    ...rows.map(([k, v]) => `     ${k.padEnd(LABEL)}${v}`),
  ];
  if (options.verbose) {
    lines.push(`     ${'Location'.padEnd(LABEL)}${t(assessment.file, 300)}:${result.location.line}:${result.location.col}`);
    if (result.facts.length > 0) lines.push(`     Facts read`, ...factLines(result, assessment.file, '       '));
  }
  return lines;
}

/** Beyond this many requirements not assessed, the facts that would settle the most come first. */
const FEW = 10;

function notAssessedBlock(assessment: Assessment, options: FormatOptions, paint: ChalkInstance): string[] {
  const open = notAssessed(assessment.results);
  if (open.length === 0) return [];
  const needed = open.length > FEW ? mostNeededFacts(assessment.results, FEW) : [];
  return [
    paint.bold(`Not assessed (${open.length}): the file does not state the facts these need`),
    ...(needed.length > 0
      ? [
          '  Facts to state first (red lines first, then by the weight of the requirements each would help settle):',
          ...needed.map(({ path, ids }) => `    ${t(path, 120).padEnd(50)} ${ids.length} (${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', ...' : ''})`),
          '',
        ]
      : []),
    ...open.flatMap((r) => [
      `  ${paint.bold(t(r.id, 80))}  ${t(r.title, 300)}`,
      ...(options.verbose ? [`     ${'Source'.padEnd(LABEL)}${t(citationText(r.source), 300)}`] : []),
      `     ${'Would settle it'.padEnd(LABEL)}${r.missing.length > 0 ? r.missing.map((m) => t(m, 120)).join(', ') : t(r.reason, 400)}`,
    ]),
  ];
}

function traceBlock(assessment: Assessment, paint: ChalkInstance): string[] {
  return [
    paint.bold('Full trace'),
    ...assessment.results.flatMap((r) => [
      `  ${stateColor(r.state, paint)(STATE_LABELS[r.state].padEnd(15))}${paint.bold(t(r.id, 80))}  credit ${r.state === 'not_applicable' ? 'n/a' : creditText(r.credit)}  ${t(r.pack, 60)} · ${levelText(r.level)} · ${tierLabel(r.tier).toLowerCase()}`,
      `     ${t(r.reason, 400)}`,
      ...factLines(r, assessment.file, '     '),
    ]),
  ];
}

function report(assessment: Assessment, options: FormatOptions, paint: ChalkInstance): string {
  const gaps = orderedGaps(assessment.results);
  const sections: string[][] = [header(assessment, paint)];
  const notice = redLineNotice(assessment, paint);
  if (notice.length > 0) sections.push(notice);
  if (!options.onlyGaps) {
    sections.push([ratingLine(assessment, paint)], scoreTables(assessment, paint));
    const q = questionnaire(assessment, paint);
    if (q.length > 0) sections.push(q);
  }
  sections.push(
    gaps.length === 0
      ? [paint.bold('Gaps: none'), 'No requirement that was assessed is unmet or only partly met.']
      : [paint.bold(`Gaps (${gaps.length})`), ...gaps.flatMap((g, i) => [...gapBlock(g, i + 1, assessment, options, paint), ''])].slice(0, -1),
  );
  if (!options.onlyGaps) {
    const open = notAssessedBlock(assessment, options, paint);
    if (open.length > 0) sections.push(open);
    if (options.verbose) sections.push(traceBlock(assessment, paint));
  }
  return sections.map((s) => s.join('\n')).join('\n\n');
}

function matrix(assessments: readonly Assessment[], paint: ChalkInstance): string {
  const areas: Area[] = summaryAreas(assessments);
  const m = table(
    ['Jurisdiction', 'Rating', 'Binding', 'Coverage', 'Red lines', ...areas.map((a) => AREA_SHORT[a])],
    paint,
    ['left', 'left', 'right', 'right', 'left', ...areas.map(() => 'right' as const)],
    true,
  );
  for (const row of summaryRows(assessments)) {
    m.push([
      `${t(row.jurisdiction, 40)}\n${paint.dim(t(row.file, 40))}`,
      RATING_LABELS[row.rating] + (row.capped ? ' (capped)' : ''),
      scoreText(row.binding.score),
      row.binding.coverage === null ? 'n/a' : `${Math.round(row.binding.coverage)}%`,
      row.red_lines.length === 0 ? 'none' : row.red_lines.map((id) => t(id, 40)).join('\n'),
      ...areas.map((a) => {
        const cell = row.areas[a];
        return cell ? `${scoreText(cell.score)}\n${cell.coverage === null ? 'n/a' : `${Math.round(cell.coverage)}%`}` : '–';
      }),
    ]);
  }
  return [
    paint.bold(`Summary of ${assessments.length} files`),
    'Binding = score of the binding obligations; area cells give the score over its coverage.',
    m.toString(),
    `Areas: ${areas.map((a) => `${AREA_SHORT[a]} = ${areaLabel(a)}`).join(', ')}.`,
  ].join('\n');
}

export const formatText: Formatter = (assessments, options) => {
  const paint = paintWith(options.color);
  const reports = assessments.map((a) => report(a, options, paint));
  if (assessments.length > 1) reports.push(matrix(assessments, paint));
  return reports.join(`\n\n${'═'.repeat(72)}\n\n`) + '\n';
};
