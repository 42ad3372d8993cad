/** Small packs for engine tests, written inline so each test shows the requirement it exercises. */
import type { Check, Pack, Requirement } from '../../src/checklist/types.js';

export function requirement(id: string, check: Check, extra: Partial<Requirement> = {}): Requirement {
  return {
    id,
    title: `${id} title`,
    question: `${id}?`,
    area: 'criminalization',
    source: { instrument: 'tip_protocol', provision: 'art. 5(1)' },
    level: 'mandatory',
    severity: 'major',
    check,
    recommendation: `address ${id}`,
    ...extra,
  };
}

export function pack(id: string, requirements: Requirement[], extra: Partial<Pack> = {}): Pack {
  return { id, title: `${id} pack`, version: '1.0.0', source: 'test', requirements, origin: id, ...extra };
}
