import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileBuiltinPacks } from '../../src/checklist/builtins.js';
import { BUILTIN_PACK_IDS } from '../../src/checklist/registry.js';

const packText = (id: string, requirementId: string, check = '{ known: { fact: trafficking.acts } }') => `id: ${id}
title: ${id}
version: 1.0.0
source: Test
requirements:
  - id: ${requirementId}
    title: A requirement
    question: Is it so?
    area: criminalization
    source: { instrument: tip_protocol, provision: "art. 5(1)" }
    level: mandatory
    severity: major
    check: ${check}
    recommendation: make it so
`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function checklists(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'palermo-gap-builtins-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const allPacks = () =>
  Object.fromEntries(BUILTIN_PACK_IDS.map((id, index) => [`${id}.yaml`, packText(id, `REQ-${index}`)]));

describe('compileBuiltinPacks', () => {
  it('loads every registered pack in registry order, with the id as origin', () => {
    const packs = compileBuiltinPacks(checklists(allPacks()));
    expect(packs.map((pack) => pack.id)).toEqual(BUILTIN_PACK_IDS);
    expect(packs.map((pack) => pack.origin)).toEqual(BUILTIN_PACK_IDS);
    expect(JSON.parse(JSON.stringify(packs))).toEqual(packs);
  });

  it('resolves references between built-in packs', () => {
    const files = allPacks();
    files['post-session.yaml'] = packText('post-session', 'PS-1', '{ requirement: REQ-0 }');
    expect(() => compileBuiltinPacks(checklists(files))).not.toThrow();
  });

  it('throws with every diagnostic when a pack is invalid', () => {
    const files = allPacks();
    files['untoc.yaml'] = packText('untoc', 'REQ-2', '{ cover: { fact: trafficking.acts, values: [receipt] } }');
    expect(() => compileBuiltinPacks(checklists(files))).toThrow(/untoc\.yaml:13:14 {2}unknown predicate 'cover'/);
  });

  it('throws when a registered pack has no file, a file is not registered, or an id does not match its file', () => {
    const files = allPacks();
    delete files['principles.yaml'];
    files['extra.yaml'] = packText('extra', 'EXTRA-1');
    files['untoc.yaml'] = packText('untoc-2', 'REQ-2');
    const error = (() => {
      try {
        compileBuiltinPacks(checklists(files));
      } catch (caught) {
        return String(caught);
      }
      return '';
    })();
    expect(error).toMatch(/extra\.yaml: not a registered built-in pack/);
    expect(error).toMatch(/principles\.yaml: missing/);
    expect(error).toMatch(/untoc\.yaml: pack id 'untoc-2' must match the file name 'untoc'/);
  });
});
