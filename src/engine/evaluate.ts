/**
 * Evaluation: every requirement of every selected pack yields exactly one result, whatever the
 * framework states. Pure: the framework and packs in, plain data out.
 */
import { builtinPacks } from '../checklist/builtin-packs.js';
import type { Check, Pack, Requirement } from '../checklist/types.js';
import { SEVERITIES } from '../checklist/types.js';
import type { Framework, Position } from '../framework/types.js';
import { checkNode } from './check.js';
import { predicate } from './predicates/index.js';
import type { EvalContext, PredicateOutcome } from './predicates/types.js';
import { rate } from './rating.js';
import { recommendationVerb } from './recommend.js';
import { score } from './score.js';
import { tierOf } from './tier.js';
import type { Assessment, Credit, FactRead, RequirementResult, State } from './types.js';

export interface AssessOptions {
  /**
   * Packs that `requirement:` references may reach when the referenced requirement is not in a
   * selected pack (evaluated silently, not added to the results). Defaults to the built-in packs.
   */
  library?: readonly Pack[] | (() => readonly Pack[]);
}

interface Evaluated {
  state: State;
  credit: Credit;
  reason: string;
  facts: FactRead[];
}

const STATE_PHRASES: Record<State, string> = {
  met: 'is met',
  partial: 'is partly met',
  not_met: 'is not met',
  not_assessed: 'is not assessed',
  not_applicable: 'does not apply',
};

/** Credits within this distance of 0 or 1 count as 0 or 1 (floating-point noise from mean and not). */
const EPSILON = 1e-9;

export function stateOf(credit: number): State {
  if (credit >= 1 - EPSILON) return 'met';
  if (credit <= EPSILON) return 'not_met';
  return 'partial';
}

function dedupeFacts(facts: readonly FactRead[]): FactRead[] {
  const seen = new Set<string>();
  return facts.filter((fact) => (seen.has(fact.path) ? false : (seen.add(fact.path), true)));
}

class Evaluator {
  private readonly byId = new Map<string, Requirement>();
  private readonly memo = new Map<Requirement, Evaluated>();
  private readonly inProgress = new Set<Requirement>();
  private libraryIndexed = false;

  constructor(
    private readonly framework: Framework,
    packs: readonly Pack[],
    private readonly library: AssessOptions['library'],
  ) {
    for (const pack of packs) for (const requirement of pack.requirements) if (!this.byId.has(requirement.id)) this.byId.set(requirement.id, requirement);
  }

  fact(path: string): FactRead {
    const fact = Object.hasOwn(this.framework.facts, path) ? this.framework.facts[path] : undefined;
    const position = fact?.position ?? (Object.hasOwn(this.framework.positions, path) ? this.framework.positions[path] : undefined);
    return {
      path,
      value: fact?.value ?? null,
      ...(position ? { position } : {}),
      ...(fact?.provision !== undefined ? { provision: fact.provision } : {}),
      ...(fact?.quote !== undefined ? { quote: fact.quote } : {}),
    };
  }

  private find(id: string): Requirement | undefined {
    const found = this.byId.get(id);
    if (found || this.libraryIndexed) return found;
    this.libraryIndexed = true;
    let packs: readonly Pack[] = [];
    try {
      packs = typeof this.library === 'function' ? this.library() : (this.library ?? []);
    } catch {
      // No library available (e.g. a build without generated/packs.json): the reference stays unresolved.
    }
    for (const pack of packs) for (const requirement of pack.requirements) if (!this.byId.has(requirement.id)) this.byId.set(requirement.id, requirement);
    return this.byId.get(id);
  }

  private referenced(id: string): PredicateOutcome {
    const requirement = this.find(id);
    if (!requirement) return { credit: null, reason: `${id} is not a known requirement`, facts: [] };
    if (this.inProgress.has(requirement)) return { credit: null, reason: `${id} refers back to itself`, facts: [] };
    const target = this.requirement(requirement);
    if (target.state === 'not_applicable') return { credit: 'skip', reason: `${id} does not apply`, facts: [] };
    return { credit: target.credit, reason: `${id} ${STATE_PHRASES[target.state]}: ${target.reason}`, facts: target.facts };
  }

  check(check: Check, negated: boolean): PredicateOutcome {
    const { name, options } = checkNode(check);
    const ctx: EvalContext = {
      fact: (path) => this.fact(path),
      requirement: (id) => this.referenced(id),
      evaluate: (nested, nestedNegated) => this.check(nested, nestedNegated),
      negated,
    };
    return predicate(name).evaluate(options, ctx);
  }

  requirement(requirement: Requirement): Evaluated {
    const done = this.memo.get(requirement);
    if (done) return done;
    this.inProgress.add(requirement);
    try {
      const result = this.evaluateOnce(requirement);
      this.memo.set(requirement, result);
      return result;
    } finally {
      this.inProgress.delete(requirement);
    }
  }

  private evaluateOnce(requirement: Requirement): Evaluated {
    // applies_when: only a definite 0 makes a requirement not applicable; unknown means it applies.
    const gate = requirement.applies_when ? this.check(requirement.applies_when, false) : undefined;
    if (gate && (gate.credit === 0 || gate.credit === 'skip')) {
      return { state: 'not_applicable', credit: null, reason: `does not apply: ${gate.reason}`, facts: gate.facts };
    }
    const outcome = this.check(requirement.check, false);
    const facts = dedupeFacts([...outcome.facts, ...(gate?.facts ?? [])]);
    if (outcome.credit === 'skip') return { state: 'not_applicable', credit: null, reason: outcome.reason, facts };
    if (outcome.credit === null) return { state: 'not_assessed', credit: null, reason: outcome.reason, facts };
    const state = stateOf(outcome.credit);
    const credit = state === 'met' ? 1 : state === 'not_met' ? 0 : outcome.credit;
    return { state, credit, reason: outcome.reason, facts };
  }

  /** The deciding fact's position; for an unknown fact, its nearest existing parent key; else 1:1. */
  location(path: string | undefined): Position {
    if (path === undefined) return { line: 1, col: 1 };
    const read = this.fact(path);
    if (read.position) return read.position;
    const segments = path.split('.');
    for (let length = segments.length - 1; length > 0; length--) {
      const parent = segments.slice(0, length).join('.');
      if (Object.hasOwn(this.framework.positions, parent)) return this.framework.positions[parent]!;
    }
    return { line: 1, col: 1 };
  }
}

function resultOf(evaluator: Evaluator, framework: Framework, pack: Pack, requirement: Requirement): RequirementResult {
  const evaluated = evaluator.requirement(requirement);
  const { tier, bound_by } = tierOf(requirement, framework);
  const missing =
    evaluated.state === 'not_assessed'
      ? [...new Set(evaluated.facts.filter((fact) => fact.value === null).map((fact) => fact.path))]
      : [];
  const deciding = evaluated.state === 'not_assessed' ? (missing[0] ?? evaluated.facts[0]?.path) : evaluated.facts[0]?.path;
  const verb = recommendationVerb(tier, evaluated.state);
  return {
    id: requirement.id,
    pack: pack.id,
    title: requirement.title,
    area: requirement.area,
    source: requirement.source,
    level: requirement.level,
    tier,
    ...(bound_by ? { bound_by } : {}),
    ...(tier !== 'binding' && requirement.binding_for_parties_of?.length ? { binding_only_for: [...requirement.binding_for_parties_of] } : {}),
    severity: requirement.severity,
    weight: requirement.weight ?? SEVERITIES[requirement.severity],
    red_line: requirement.red_line === true,
    ...(requirement.part_of !== undefined ? { part_of: requirement.part_of } : {}),
    ...(pack.summary ? { summary: true } : {}),
    state: evaluated.state,
    credit: evaluated.credit,
    reason: evaluated.reason,
    facts: evaluated.facts,
    missing,
    location: evaluator.location(deciding),
    ...(verb ? { recommendation: { verb, text: requirement.recommendation } } : {}),
  };
}

/**
 * Evaluates the packs against the framework: one result per requirement (in pack order), the
 * scores (summary packs excluded) and the headline rating.
 */
export function assess(framework: Framework, packs: readonly Pack[], options: AssessOptions = {}): Assessment {
  const library = options.library ?? builtinPacks;
  const evaluator = new Evaluator(framework, packs, library);
  const results = packs.flatMap((pack) => pack.requirements.map((requirement) => resultOf(evaluator, framework, pack, requirement)));
  const scores = score(results);
  const { name, code, kind, asOf } = framework.jurisdiction;
  return {
    file: framework.file,
    jurisdiction: { name, ...(code !== undefined ? { code } : {}), ...(kind !== undefined ? { kind } : {}), ...(asOf !== undefined ? { as_of: asOf } : {}) },
    packs: packs.map((pack) => ({ id: pack.id, title: pack.title, version: pack.version, ...(pack.summary ? { summary: true } : {}) })),
    results,
    scores,
    rating: rate(scores, results),
  };
}

/** One check against a framework, with `requirement:` references resolved in `packs` (for tests and tools). */
export function evaluateCheck(framework: Framework, check: Check, packs: readonly Pack[] = [], options: AssessOptions = {}): PredicateOutcome {
  return new Evaluator(framework, packs, options.library ?? builtinPacks).check(check, false);
}
