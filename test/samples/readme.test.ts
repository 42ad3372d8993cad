/**
 * The README quotes figures and output; these tests keep them true. The sample table's rating,
 * binding score and red lines come from the real assessment, and every line of the worked example
 * must appear in what `palermo-gap assess` prints for that sample today.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';
import { assessSample, root, sampleNames } from './support.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`## ${heading}`);
  expect(start, `README has a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

interface Row {
  file: string;
  rating: string;
  binding: string;
  redLines: string;
}

function sampleTable(): Row[] {
  return section('Which sample shows what')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return { file: cells[1]!.replaceAll('`', ''), rating: cells[3]!, binding: cells[4]!, redLines: cells[5]! };
    });
}

describe('README: which sample shows what', () => {
  const rows = sampleTable();

  it('has a row for every sample', () => {
    expect(rows.map((row) => row.file.replace(/\.yaml$/, '')).sort()).toEqual(sampleNames());
  });

  for (const row of rows) {
    it(`states the real rating, binding score and red lines of ${row.file}`, () => {
      const assessment = assessSample(row.file.replace(/\.yaml$/, ''));
      expect(row.rating).toBe(assessment.rating.label.replaceAll('_', ' '));
      expect(Number(row.binding)).toBe(assessment.scores.tiers.binding.score);
      expect(row.redLines).toBe(assessment.rating.red_lines.join(', ') || 'none');
    });
  }
});

describe('README: reading a report', () => {
  it('quotes lines that assess really prints for the worked example', () => {
    const example = /```text\n([\s\S]*?)```/.exec(section('Reading a report'))?.[1] ?? '';
    const quoted = example.split('\n').filter((line) => line.trim() !== '' && line.trim() !== '...');
    expect(quoted.length).toBeGreaterThan(20);
    const { code, stdout } = run(['assess', 'samples/draft-v1.yaml', '--no-color']);
    expect(code).toBe(0);
    const printed = new Set(stdout.split('\n'));
    expect(quoted.filter((line) => !printed.has(line))).toEqual([]);
  });
});
