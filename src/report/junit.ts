/**
 * JUnit XML for CI dashboards: one testsuite per framework file and one testcase per requirement,
 * so pass rates can be followed across runs. A gap (not met, partly met) is a <failure>; a
 * requirement that does not apply or could not be assessed is <skipped> with the reason. The
 * counts on <testsuite> and <testsuites> are computed from the children written.
 * GitLab shows `classname` as the suite and keys tests by classname + name, so both are unique
 * and meaningful: classname = <jurisdiction code or file>.<area>, name = "<id> <title>".
 */
import type { Assessment, RequirementResult } from '../engine/types.js';
import { xmlAttr, xmlCdata } from './escape.js';
import {
  STATE_LABELS,
  citationText,
  creditText,
  factValueText,
  isGap,
  nationalProvisions,
  recommendationSentence,
  tierLabel,
} from './model.js';
import type { Formatter } from './types.js';

interface Case {
  xml: string;
  failure: boolean;
  skipped: boolean;
}

function details(result: RequirementResult, file: string): string {
  const lines = [
    `State: ${STATE_LABELS[result.state]} (credit ${creditText(result.credit)})`,
    `Finding: ${result.reason}`,
    `Source: ${citationText(result.source)}`,
  ];
  if (result.bound_by) lines.push(`Bound by: ${citationText(result.bound_by)} (the jurisdiction is a party)`);
  lines.push(`Tier: ${tierLabel(result.tier)}; level: ${result.level}; severity: ${result.severity}${result.red_line ? '; red line' : ''}`);
  const provisions = nationalProvisions(result);
  if (provisions.length > 0) lines.push(`National law: ${provisions.join('; ')}`);
  lines.push(`Location: ${file}:${result.location.line}:${result.location.col}`);
  for (const fact of result.facts) {
    const where = fact.position ? `line ${fact.position.line}` : 'not in the file';
    lines.push(`Fact: ${fact.path} = ${factValueText(fact.value)} (${where}${fact.provision ? `; ${fact.provision}` : ''})`);
    if (fact.quote) lines.push(`  "${fact.quote}"`);
  }
  if (result.recommendation) lines.push(`Recommendation: ${recommendationSentence(result)}`);
  return lines.join('\n');
}

function testcase(result: RequirementResult, assessment: Assessment, prefix: string): Case {
  const open = `<testcase classname="${xmlAttr(`${prefix}.${result.area}`)}" name="${xmlAttr(`${result.id} ${result.title}`)}" file="${xmlAttr(assessment.file)}" time="0"`;
  if (isGap(result)) {
    return {
      xml: `    ${open}>\n      <failure message="${xmlAttr(result.reason)}" type="${result.state}">${xmlCdata(details(result, assessment.file))}</failure>\n    </testcase>`,
      failure: true,
      skipped: false,
    };
  }
  if (result.state === 'not_applicable' || result.state === 'not_assessed') {
    const why =
      result.state === 'not_assessed' && result.missing.length > 0
        ? `not assessed: the file does not state ${result.missing.join(', ')}`
        : `${STATE_LABELS[result.state]}: ${result.reason}`;
    return { xml: `    ${open}>\n      <skipped message="${xmlAttr(why)}"/>\n    </testcase>`, failure: false, skipped: true };
  }
  return { xml: `    ${open}/>`, failure: false, skipped: false };
}

function counts(cases: readonly Case[]): string {
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped).length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`;
}

export const formatJunit: Formatter = (assessments, options) => {
  const all: Case[] = [];
  // Two files with the same code (a draft and its revision) must not share classnames.
  const codes = assessments.map((a) => a.jurisdiction.code);
  const suites = assessments.map((assessment) => {
    const code = assessment.jurisdiction.code;
    const prefix = code && codes.filter((c) => c === code).length === 1 ? code : assessment.file;
    const results = options.onlyGaps ? assessment.results.filter(isGap) : assessment.results;
    const cases = results.map((r) => testcase(r, assessment, prefix));
    all.push(...cases);
    const body = cases.map((c) => c.xml).join('\n');
    return `  <testsuite name="${xmlAttr(assessment.file)}" ${counts(cases)}>${body ? `\n${body}\n  ` : ''}</testsuite>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="palermo-gap" ${counts(all)}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
