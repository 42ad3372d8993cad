/**
 * The Markdown report, for a consultant's deliverable or a pull-request comment (GitHub Flavoured
 * Markdown). Same content and order as the terminal report. Every dynamic string goes through
 * mdText(), which neutralises table pipes, line breaks, HTML, code spans, links and mentions.
 */
import type { Assessment, RequirementResult, ScoreCell } from '../engine/types.js';
import { mdText } from './escape.js';
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
  instrumentName,
  jurisdictionTitle,
  levelText,
  nationalProvisions,
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
import { summaryAreas, summaryRows } from './summary.js';
import type { FormatOptions, Formatter } from './types.js';

const m = (text: string | undefined, max?: number): string => mdText(text ?? '', max);

function tableRows(head: string[], rows: string[][], align?: ('l' | 'r')[]): string[] {
  const rule = head.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [`| ${head.join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const quote = (label: string): string => `“${label}”`;

function ratingText(assessment: Assessment): string {
  const why = ratingExplanation(assessment, { id: (id) => m(id, 80), quote });
  return `**Rating:** ${RATING_LABELS[assessment.rating.label]}${why}.`;
}

function factItems(result: RequirementResult, file: string, indent: string): string[] {
  return result.facts.map((fact) => {
    const where = fact.position ? `${m(file, 300)}:${fact.position.line}:${fact.position.col}` : 'not in the file';
    const cited = fact.provision ? `; ${m(fact.provision, 300)}` : '';
    const quote = fact.quote ? ` — “${m(fact.quote, 1000)}”` : '';
    return `${indent}- ${m(fact.path, 200)} = ${m(factValueText(fact.value), 500)} (${where}${cited})${quote}`;
  });
}

function gapSection(result: RequirementResult, index: number, assessment: Assessment, options: FormatOptions): string[] {
  const marks = [
    result.red_line ? '**red line**' : '',
    result.severity,
    `weight ${result.weight}`,
    tierLabel(result.tier).toLowerCase(),
    `**${STATE_LABELS[result.state]}**`,
  ].filter(Boolean);
  const provisions = nationalProvisions(result).map((p) => m(p, 300));
  const lines = [
    `#### ${index}. ${m(result.id, 80)}: ${m(result.title, 300)}`,
    '',
    marks.join(' · '),
    '',
    `- **Source:** ${m(citationText(result.source), 300)}`,
  ];
  if (result.bound_by) lines.push(`- **Bound by:** ${m(citationText(result.bound_by), 300)} (the jurisdiction is a party)`);
  const bindingOnly = bindingOnlyForText(result);
  if (bindingOnly) lines.push(`- **Binding only for parties to:** ${m(bindingOnly, 600)}`);
  lines.push(
    `- **National law:** ${provisions.length > 0 ? provisions.join('; ') : 'no provision cited in the file'}`,
    `- **Finding:** ${m(result.reason, 1000)}`,
  );
  if (result.recommendation) lines.push(`- **Recommendation:** ${m(recommendationSentence(result), 1000)}`);
  if (options.verbose) {
    lines.push(`- **Location:** ${m(assessment.file, 300)}:${result.location.line}:${result.location.col}`);
    if (result.facts.length > 0) lines.push('- **Facts read:**', ...factItems(result, assessment.file, '  '));
  }
  return lines;
}

function report(assessment: Assessment, options: FormatOptions): string[] {
  const j = assessment.jurisdiction;
  const out: string[] = [
    `## Gap report: ${m(jurisdictionTitle(assessment), 200)}`,
    '',
    `- **Jurisdiction:** ${m(jurisdictionTitle(assessment), 200)}${j.kind ? `, ${m(j.kind, 40)}` : ''}`,
    `- **Law as of:** ${j.as_of ? m(j.as_of, 40) : 'not stated'}`,
    `- **File:** ${m(assessment.file, 300)}`,
    `- **Packs:** ${m(packsText(assessment), 400)}`,
    '',
  ];
  const red = redLinesNotMet(assessment);
  if (red.length > 0) {
    const consequence = redLineConsequence(assessment, quote);
    out.push(
      `> **${red.length === 1 ? 'Red line not met' : `Red lines not met (${red.length})`}:** ${consequence}`,
      '>',
      ...red.map((r) => `> - **${m(r.id, 80)}** ${m(r.title, 300)} (${STATE_LABELS[r.state]})`),
      '',
    );
  }
  if (!options.onlyGaps) {
    out.push(ratingText(assessment), '', '### Scores by obligation tier', '');
    out.push(
      ...tableRows(
        ['Obligation tier', 'Score', '', 'Coverage'],
        [...TIER_ORDER.map((tier) => scoreRow(tierLabel(tier), assessment.scores.tiers[tier])), scoreRow(OVERALL_LABEL, assessment.scores.overall)],
        ['l', 'r', 'l', 'l'],
      ),
      '',
      `Scores are 100 × Σ weight·credit ÷ Σ weight over the requirements assessed; coverage is assessed ÷ applicable. ${OVERALL_NOTE}`,
      '',
      '### Scores by area (all tiers)',
      '',
      ...tableRows(
        ['Area', 'Score', '', 'Coverage'],
        scoredAreas(assessment).flatMap((area) => {
          const cell = assessment.scores.areas[area];
          return cell ? [scoreRow(areaLabel(area), cell)] : [];
        }),
        ['l', 'r', 'l', 'l'],
      ),
      '',
      '### Scores by instrument (all tiers, by the source of each requirement)',
      '',
      ...tableRows(
        ['Instrument', 'Score', '', 'Coverage'],
        scoredInstruments(assessment).flatMap((id) => {
          const cell = assessment.scores.instruments[id];
          return cell ? [scoreRow(instrumentName(id), cell)] : [];
        }),
        ['l', 'r', 'l', 'l'],
      ),
      '',
    );
    const questions = postSessionQuestions(assessment.results);
    if (questions.length > 0) {
      out.push(
        '### Post-session checklist',
        '',
        ...tableRows(
          ['Id', 'Question', 'Answer'],
          questions.flatMap((q) => [
            [`**${m(q.result.id, 40)}**`, m(q.result.title, 500), `**${ANSWER_LABELS[q.result.state]}**`],
            ...q.parts.map((p) => [`↳ ${m(p.id, 40)}`, m(p.title, 500), ANSWER_LABELS[p.state]]),
          ]),
        ),
        '',
      );
    }
  }
  const gaps = orderedGaps(assessment.results);
  if (gaps.length === 0) {
    out.push('### Gaps: none', '', 'No requirement that was assessed is unmet or only partly met.', '');
  } else {
    out.push(`### Gaps (${gaps.length})`, '');
    gaps.forEach((g, i) => out.push(...gapSection(g, i + 1, assessment, options), ''));
  }
  if (!options.onlyGaps) {
    const open = notAssessed(assessment.results);
    if (open.length > 0) {
      out.push(
        `### Not assessed (${open.length})`,
        '',
        'The file does not state the facts these requirements need.',
        '',
        ...tableRows(
          ['Requirement', 'Source', 'Facts that would settle it'],
          open.map((r) => [
            `**${m(r.id, 80)}** ${m(r.title, 300)}`,
            m(citationText(r.source), 300),
            r.missing.length > 0 ? r.missing.map((p) => m(p, 200)).join(', ') : m(r.reason, 500),
          ]),
        ),
        '',
      );
    }
    if (options.verbose) {
      out.push(
        '### Full trace',
        '',
        ...tableRows(
          ['Requirement', 'State', 'Credit', 'Level', 'Reason', 'Facts read'],
          assessment.results.map((r) => [
            `${m(r.id, 80)}`,
            STATE_LABELS[r.state],
            r.state === 'not_applicable' ? 'n/a' : creditText(r.credit),
            levelText(r.level),
            m(r.reason, 500),
            r.facts
              .map((f) => `${m(f.path, 200)} = ${m(factValueText(f.value), 300)}${f.position ? ` (line ${f.position.line})` : ''}`)
              .join('<br>'),
          ]),
        ),
        '',
      );
    }
  }
  return out;
}

function summary(assessments: readonly Assessment[]): string[] {
  const areas = summaryAreas(assessments);
  const cell = (c: ScoreCell | undefined): string =>
    c ? `${scoreText(c.score)} (${c.coverage === null ? 'n/a' : `${Math.round(c.coverage)}%`})` : '–';
  return [
    `## Summary of ${assessments.length} files`,
    '',
    ...tableRows(
      ['Jurisdiction', 'File', 'Rating', 'Binding', 'Red lines', ...areas.map(areaLabel)],
      summaryRows(assessments).map((row) => [
        m(row.jurisdiction, 200),
        m(row.file, 200),
        RATING_LABELS[row.rating] + (row.capped ? ' (capped)' : ''),
        cell(row.binding),
        row.red_lines.length === 0 ? 'none' : row.red_lines.map((id) => m(id, 80)).join(', '),
        ...areas.map((a) => cell(row.areas[a])),
      ]),
      ['l', 'l', 'l', 'r', 'l', ...areas.map(() => 'r' as const)],
    ),
    '',
    'Cells give the score and, in brackets, its coverage. Binding = score of the binding obligations.',
    '',
  ];
}

export const formatMarkdown: Formatter = (assessments, options) => {
  const parts = assessments.map((a) => report(a, options).join('\n'));
  if (assessments.length > 1) parts.push(summary(assessments).join('\n'));
  return `# palermo-gap report\n\n${parts.join('\n---\n\n')}`.replace(/\n+$/, '\n');
};
