/**
 * The CI gates, as pure functions: which gates failed and the resulting exit code. Exit code 2
 * (usage error, unreadable or invalid input) is decided before any assessment exists, so this
 * module only ever answers 0 or 1.
 *
 * Decisions (to be published in the README with the scoring algorithm):
 * - --fail-under compares the score of the binding tier (never a blended score). A binding score
 *   that cannot be computed (nothing binding was assessed) fails the gate: a draft must not pass CI
 *   by leaving out the facts it is judged on.
 * - --fail-on fails when a gap (not met or partly met) of that severity or worse exists.
 *   Post-session answers are derived from the other requirements and are not counted again.
 * - --min-coverage compares the coverage of the binding tier (assessed ÷ applicable). When no
 *   binding requirement applies, the coverage is undefined and the gate fails, for the same reason.
 * - With several files, every gate applies to each file; one failing file fails the run.
 */
import type { Severity } from '../checklist/types.js';
import type { Assessment } from '../engine/types.js';

export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, major: 2, minor: 1 };

export interface GateInput {
  assessments: readonly Assessment[];
  /** Minimum binding-tier score, 0-100. */
  failUnder?: number;
  /** Fail on any gap of this severity or worse. */
  failOn?: Severity;
  /** Minimum binding-tier coverage, in percent. */
  minCoverage?: number;
  /** Set by `compare --fail-on-regression`: the comparison found a regression. */
  regression?: boolean;
}

export interface GateFailure {
  gate: 'fail-under' | 'fail-on' | 'min-coverage' | 'fail-on-regression';
  file?: string;
  message: string;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/** Every gate that failed, with a message naming the file and the numbers. */
export function gateFailures(input: GateInput): GateFailure[] {
  const failures: GateFailure[] = [];
  for (const a of input.assessments) {
    const binding = a.scores.tiers.binding;
    if (input.failUnder !== undefined) {
      if (binding.score === null) {
        failures.push({
          gate: 'fail-under',
          file: a.file,
          message: `${a.file}: no binding obligation could be assessed, so the binding score cannot reach ${fmt(input.failUnder)}`,
        });
      } else if (binding.score < input.failUnder) {
        failures.push({
          gate: 'fail-under',
          file: a.file,
          message: `${a.file}: binding score ${fmt(binding.score)} is below ${fmt(input.failUnder)}`,
        });
      }
    }
    if (input.failOn !== undefined) {
      const threshold = SEVERITY_RANK[input.failOn];
      const gaps = a.results.filter(
        (r) =>
          r.summary !== true &&
          (r.state === 'not_met' || r.state === 'partial') &&
          (SEVERITY_RANK[r.severity] ?? 0) >= threshold,
      );
      if (gaps.length > 0) {
        const ids = gaps.slice(0, 5).map((r) => r.id).join(', ') + (gaps.length > 5 ? `, and ${gaps.length - 5} more` : '');
        failures.push({
          gate: 'fail-on',
          file: a.file,
          message: `${a.file}: ${gaps.length} ${gaps.length === 1 ? 'gap' : 'gaps'} of severity ${input.failOn} or worse (${ids})`,
        });
      }
    }
    if (input.minCoverage !== undefined) {
      if (binding.coverage === null) {
        failures.push({
          gate: 'min-coverage',
          file: a.file,
          message: `${a.file}: no binding obligation applies, so binding coverage cannot reach ${fmt(input.minCoverage)}%`,
        });
      } else if (binding.coverage < input.minCoverage) {
        failures.push({
          gate: 'min-coverage',
          file: a.file,
          message: `${a.file}: binding coverage ${fmt(binding.coverage)}% (${binding.assessed}/${binding.applicable}) is below ${fmt(input.minCoverage)}%`,
        });
      }
    }
  }
  if (input.regression) failures.push({ gate: 'fail-on-regression', message: 'the head file is a regression on the base file' });
  return failures;
}

/** 0 when every requested gate passes, 1 when any fails. */
export function exitCode(input: GateInput): 0 | 1 {
  return gateFailures(input).length > 0 ? 1 : 0;
}
