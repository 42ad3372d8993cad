/** A requirement result with defaults, for score and rating tests. */
import type { RequirementResult, State } from '../../src/engine/types.js';

let counter = 0;
export function result(state: State, credit: number | null, extra: Partial<RequirementResult> = {}): RequirementResult {
  counter += 1;
  return {
    id: `R-${counter}`,
    pack: 'p',
    title: 't',
    area: 'criminalization',
    source: { instrument: 'tip_protocol', provision: 'art. 5' },
    level: 'mandatory',
    tier: 'binding',
    severity: 'major',
    weight: 2,
    red_line: false,
    state,
    credit,
    reason: '',
    facts: [],
    missing: [],
    location: { line: 1, col: 1 },
    ...extra,
  };
}
