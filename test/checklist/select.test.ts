import { describe, expect, it } from 'vitest';
import { selectPacks } from '../../src/checklist/select.js';
import { pack, requirement } from '../support/packs.js';

const builtins = () => [
  pack('tip-protocol', [requirement('TIP-ACTS', { known: { fact: 'trafficking.acts' } })]),
  pack('post-session', [requirement('PS-1', { requirement: 'TIP-ACTS' })], { summary: true }),
];

const userPack = (reference: string) => `id: mine
title: Mine
version: 0.1.0
source: Test
requirements:
  - id: MINE-1
    title: A requirement
    question: Is it so?
    area: criminalization
    source: { instrument: tip_protocol, provision: "art. 5(1)" }
    level: mandatory
    severity: major
    check: { requirement: ${reference} }
    recommendation: make it so
`;

/** For selections of built-in packs only: no file is ever read. */
const noFiles = (path: string): string => {
  throw new Error(`unexpected read of ${path}`);
};

describe('selectPacks', () => {
  it('selects every built-in pack by default', () => {
    expect(selectPacks([], { builtins, read: noFiles }).packs.map((p) => p.id)).toEqual(['tip-protocol', 'post-session']);
  });

  it('keeps the order given and ignores repeats', () => {
    const files: Record<string, string> = { 'my/pack.yaml': userPack('TIP-ACTS') };
    const selection = selectPacks(['post-session', 'my/pack.yaml', 'post-session'], { builtins, read: (path) => files[path]! });
    expect(selection.errors).toEqual([]);
    expect(selection.diagnostics).toEqual([]);
    expect(selection.packs.map((p) => p.id)).toEqual(['post-session', 'mine']);
  });

  it('suggests the nearest built-in id for an unknown one', () => {
    expect(selectPacks(['tip-protocl'], { builtins, read: noFiles }).errors).toEqual([
      "unknown checklist 'tip-protocl' (did you mean 'tip-protocol'?); built-in checklists: tip-protocol, som-protocol, untoc, principles, post-session; or give a path to a .yaml file",
    ]);
  });

  it('reports an unreadable file as one line', () => {
    const read = (path: string): string => {
      throw new Error(`${path}: no such file`);
    };
    expect(selectPacks(['missing.yaml'], { builtins, read }).errors).toEqual(['missing.yaml: no such file']);
  });

  it('returns the diagnostics of a bad user pack and no packs', () => {
    const selection = selectPacks(['bad.yaml'], { builtins, read: () => userPack('TIP-ACST') });
    expect(selection.packs).toEqual([]);
    expect(selection.diagnostics.map((d) => [d.file, d.line, d.col, d.message])).toEqual([
      ['bad.yaml', 13, 27, "reference to unknown requirement 'TIP-ACST' (did you mean 'TIP-ACTS'?)"],
    ]);
  });
});
