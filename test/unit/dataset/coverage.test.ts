import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../scripts/data-report';
import { REPO_ROOT } from '../../../src/node/readDataset';
import { dataset } from '../helpers/dataset';

describe('data/COVERAGE.md', () => {
  it('is the current output of npm run data:report (run it after changing data/)', () => {
    const committed = readFileSync(join(REPO_ROOT, 'data/COVERAGE.md'), 'utf8');
    expect(committed).toBe(`${renderMarkdown(dataset())}\n`);
  });
});
