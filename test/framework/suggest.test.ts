import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/framework/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit each', () => {
    expect(editDistance('harboring', 'harbouring')).toBe(1);
    expect(editDistance('harbouring', 'harboring')).toBe(1);
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('scope', 'slope')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early once the distance exceeds the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('closest', () => {
  const keys = ['consent_irrelevant', 'child_age', 'acts', 'means', 'non_punishment'];

  it('finds a misspelt key', () => {
    expect(closest('consent_irelevant', keys)).toBe('consent_irrelevant');
    expect(closest('child-age', keys)).toBe('child_age');
    expect(closest('Non-Punishment', keys)).toBe('non_punishment');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closest('penalty', keys)).toBeUndefined();
    expect(closest('', keys)).toBeUndefined();
    expect(closest('x', keys)).toBeUndefined();
  });
});
