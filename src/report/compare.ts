/**
 * Rendering of a comparison (`palermo-gap compare`): the regression verdict first, then the
 * rating and score changes per tier and area, then the gaps opened, the gaps closed and the other
 * changes. Text for the terminal, Markdown for a pull-request comment; JSON lives in json.ts.
 */
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Area, Tier } from '../checklist/types.js';
import type { Comparison, RequirementChange, ScoreDelta, Side } from '../engine/compare.js';
import { mdText, termText } from './escape.js';
import { AREA_ORDER, RATING_LABELS, STATE_LABELS, TIER_ORDER, areaLabel, creditText, scoreText, tierLabel } from './model.js';
import { paintWith } from './paint.js';
import type { CompareFormatter } from './types.js';

const t = (text: string | undefined, max?: number): string => termText(text ?? '', max);
const m = (text: string | undefined, max?: number): string => mdText(text ?? '', max);

function sideText(side: Side | null): string {
  if (!side) return 'absent';
  return side.state === 'partial' ? `${STATE_LABELS.partial} (${creditText(side.credit)})` : STATE_LABELS[side.state];
}

function deltaText(d: ScoreDelta): string {
  if (d.delta === null) return d.base === d.head ? '–' : 'n/a';
  const rounded = Math.round(d.delta * 10) / 10;
  if (rounded === 0) return d.delta === 0 ? '0' : d.delta > 0 ? '+0.0' : '−0.0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

function coverageChange(d: ScoreDelta): string {
  const c = (v: number | null): string => (v === null ? 'n/a' : `${Math.round(v)}%`);
  return `${c(d.coverage_base)} → ${c(d.coverage_head)}`;
}

/** The jurisdiction once when both files describe the same one, else "base → head". */
function title(comparison: Comparison, escape: (text: string, max?: number) => string): string {
  const { base, head } = comparison;
  return base.jurisdiction === head.jurisdiction
    ? escape(base.jurisdiction, 200)
    : `${escape(base.jurisdiction, 200)} → ${escape(head.jurisdiction, 200)}`;
}

/** Why the comparison is, or is not, a regression, in one sentence. */
export function verdict(comparison: Comparison): string {
  const binding = comparison.scores.tiers.binding;
  const reasons: string[] = [];
  if (comparison.opened.length > 0) {
    reasons.push(`${comparison.opened.length} ${comparison.opened.length === 1 ? 'gap' : 'gaps'} opened`);
  }
  if (binding.base !== null && binding.head === null) reasons.push('the binding score can no longer be computed');
  else if (binding.delta !== null && comparison.regression && binding.delta < 0) {
    reasons.push(`the binding score fell from ${scoreText(binding.base)} to ${scoreText(binding.head)}`);
  }
  if (comparison.regression) return `Regression: ${reasons.join('; ')}.`;
  return 'No regression: no gap opened and the binding score did not fall.';
}

const scoreRows = (comparison: Comparison): [string, ScoreDelta][] => [
  ...TIER_ORDER.map((tier: Tier): [string, ScoreDelta] => [tierLabel(tier), comparison.scores.tiers[tier]]),
  ...AREA_ORDER.flatMap((area: Area): [string, ScoreDelta][] => {
    const d = comparison.scores.areas[area];
    return d ? [[`${areaLabel(area)} (area)`, d]] : [];
  }),
];

function marks(change: RequirementChange): string {
  return [change.red_line ? 'red line' : '', change.severity, tierLabel(change.tier).toLowerCase()].filter(Boolean).join(', ');
}

function textList(title: string, changes: RequirementChange[], paint: ChalkInstance): string[] {
  if (changes.length === 0) return [];
  return [
    paint.bold(`${title} (${changes.length})`),
    ...changes.flatMap((c) => [
      `  ${paint.bold(t(c.id, 80))}  ${t(c.title, 300)}`,
      `     ${sideText(c.base)} → ${sideText(c.head)}${c.change === 'improved' || c.change === 'worsened' ? ` (${c.change})` : ''} · ${marks(c)}`,
      ...(c.reason ? [`     ${t(c.reason, 400)}`] : []),
    ]),
    '',
  ];
}

export const formatCompareText: CompareFormatter = (comparison, options) => {
  const paint = paintWith(options.color);
  const { base, head } = comparison;
  const scores = new Table({
    head: ['', 'Base', 'Head', 'Change', 'Coverage'].map((h) => paint.bold(h)),
    colAligns: ['left', 'right', 'right', 'right', 'left'],
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const [label, d] of scoreRows(comparison)) scores.push([label, scoreText(d.base), scoreText(d.head), deltaText(d), coverageChange(d)]);
  const lines = [
    paint.bold(`Comparison: ${title(comparison, t)}`),
    `  ${'Base'.padEnd(6)}${t(base.file, 300)}${base.as_of ? ` (law as of ${t(base.as_of, 40)})` : ''}`,
    `  ${'Head'.padEnd(6)}${t(head.file, 300)}${head.as_of ? ` (law as of ${t(head.as_of, 40)})` : ''}`,
    '',
    comparison.regression ? paint.red.bold(verdict(comparison)) : paint.green(verdict(comparison)),
    '',
    `Rating: ${RATING_LABELS[comparison.rating.base]} → ${RATING_LABELS[comparison.rating.head]}`,
    '',
    scores.toString(),
    '',
    ...textList('Gaps opened', comparison.opened, paint),
    ...textList('Gaps closed', comparison.closed, paint),
    ...textList('Other changes', comparison.changed, paint),
  ];
  if (comparison.opened.length + comparison.closed.length + comparison.changed.length === 0) {
    lines.push('No requirement changed state or credit.', '');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
};

function mdList(title: string, changes: RequirementChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    `### ${title} (${changes.length})`,
    '',
    '| Requirement | Base | Head | Notes | Reason |',
    '| --- | --- | --- | --- | --- |',
    ...changes.map(
      (c) =>
        `| **${m(c.id, 80)}** ${m(c.title, 300)} | ${sideText(c.base)} | ${sideText(c.head)} | ${marks(c)}${
          c.change === 'improved' || c.change === 'worsened' ? `, ${c.change}` : ''
        } | ${m(c.reason, 500)} |`,
    ),
    '',
  ];
}

export const formatCompareMarkdown: CompareFormatter = (comparison) => {
  const { base, head } = comparison;
  const lines = [
    `## Comparison: ${title(comparison, m)}`,
    '',
    `- **Base:** ${m(base.file, 300)}${base.as_of ? ` (law as of ${m(base.as_of, 40)})` : ''}`,
    `- **Head:** ${m(head.file, 300)}${head.as_of ? ` (law as of ${m(head.as_of, 40)})` : ''}`,
    `- **Rating:** ${RATING_LABELS[comparison.rating.base]} → ${RATING_LABELS[comparison.rating.head]}`,
    '',
    comparison.regression ? `> **${verdict(comparison)}**` : `> ${verdict(comparison)}`,
    '',
    '| Score | Base | Head | Change | Coverage |',
    '| --- | ---: | ---: | ---: | --- |',
    ...scoreRows(comparison).map(([label, d]) => `| ${label} | ${scoreText(d.base)} | ${scoreText(d.head)} | ${deltaText(d)} | ${coverageChange(d)} |`),
    '',
    ...mdList('Gaps opened', comparison.opened),
    ...mdList('Gaps closed', comparison.closed),
    ...mdList('Other changes', comparison.changed),
  ];
  if (comparison.opened.length + comparison.closed.length + comparison.changed.length === 0) {
    lines.push('No requirement changed state or credit.', '');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
};
