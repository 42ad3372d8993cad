import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/framework/load.js';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('shows a framework file example that validates', () => {
    const section = readme.slice(readme.indexOf('## The framework file'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const result = loadFramework(example ?? '', 'README.md');
    expect(result.ok ? result.warnings : result.diagnostics).toEqual([]);
  });

  it('gives exactly the two quick-start commands', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## The framework file'));
    const commands = [...quickStart.matchAll(/```sh\n([^`]*)```/g)].map((match) => match[1]?.trim());
    expect(commands).toEqual(['npm ci && npx palermo-gap assess samples/meridia.yaml', 'npm ci && npm test']);
  });
});
