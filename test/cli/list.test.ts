// Runs the built binary: `npm test` builds first (or run `npm run build`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runArgs } from './run.js';

const run = (...args: string[]) => runArgs(args);

const fixtures = join('test', 'fixtures');

describe('palermo-gap list', () => {
  it('lists every built-in pack with its requirements', () => {
    const { code, stdout, stderr } = run('list');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const id of ['tip-protocol', 'som-protocol', 'untoc', 'principles', 'post-session']) {
      expect(stdout).toMatch(new RegExp(`^${id} \\d+\\.\\d+\\.\\d+  `, 'm'));
    }
    expect(stdout).toMatch(/^ {2}TIP-DEF-ACTS +criminalization +mandatory +TIP Protocol art\. 3\(a\)/m);
    expect(stdout).toMatch(/summary: not scored/);
  });

  it('lists every requirement with source and level as JSON', () => {
    const { code, stdout } = run('list', '--format', 'json');
    expect(code).toBe(0);
    const listing = JSON.parse(stdout) as { packs: { id: string; summary: boolean; requirements: { id: string; level: string; source: { instrument: string; provision: string } }[] }[] };
    expect(listing.packs.map((pack) => pack.id)).toEqual(['tip-protocol', 'som-protocol', 'untoc', 'principles', 'post-session']);
    expect(listing.packs.find((pack) => pack.id === 'post-session')?.summary).toBe(true);
    for (const pack of listing.packs) {
      for (const requirement of pack.requirements) {
        expect(requirement.level).toMatch(/^[a-z_]+$/);
        expect(requirement.source.provision.length).toBeGreaterThan(0);
      }
    }
  });

  it('lists only the selected packs, built-in or from a file', () => {
    const { code, stdout } = run('list', '--checklist', 'principles', '--checklist', join(fixtures, 'checklist-valid', 'pack.yaml'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^principles /m);
    expect(stdout).toMatch(/^sample-pack 1\.0\.0 {2}Sample pack/m);
    expect(stdout).not.toMatch(/^tip-protocol /m);
  });

  it('exits 2 with a suggestion for an unknown checklist id', () => {
    const { code, stdout, stderr } = run('list', '--checklist', 'tip-protocl');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown checklist 'tip-protocl' \(did you mean 'tip-protocol'\?\)/);
  });

  it('exits 2 with file:line:col for an invalid checklist file, never skipping it', () => {
    const file = join(fixtures, 'checklist-unknown-predicate', 'pack.yaml');
    const { code, stdout, stderr } = run('list', '--checklist', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}:15:7  unknown predicate 'cover' (did you mean 'covers'?)`);
  });

  it('exits 2 for a missing checklist file and for a directory', () => {
    expect(run('list', '--checklist', 'nowhere/pack.yaml')).toMatchObject({ code: 2, stderr: expect.stringContaining('nowhere/pack.yaml: no such file') });
    expect(run('list', '--checklist', `${fixtures}/`)).toMatchObject({ code: 2, stderr: expect.stringContaining('is a directory') });
  });

  it('refuses a checklist that is not UTF-8 text, as assess does', () => {
    const latin1 = join(fixtures, 'hostile', 'checklist-latin1', 'checklist.yaml');
    expect(run('list', '--checklist', latin1)).toMatchObject({ code: 2, stderr: expect.stringContaining('is not UTF-8 text') });
    expect(run('explain', 'X', '--checklist', latin1)).toMatchObject({ code: 2, stderr: expect.stringContaining('is not UTF-8 text') });
  });

  it('rejects an unknown format as a usage error', () => {
    expect(run('list', '--format', 'xml').code).toBe(2);
  });
});
