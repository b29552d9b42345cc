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

describe('the README', () => {
  it("states the dataset's current figures", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const ix = dataset();
    const governments = new Set(Object.values(ix.actions).map((a) => a.jurisdiction.slice(0, 2))).size;
    const m = /\*\*(\d+) actions by (\d+) governments\*\*.*?\*\*(\d+) apps\*\* \((\d+) with at least one store listing\)/s.exec(readme);
    expect(m, 'README: "Today: **N actions by M governments** … **A apps** (L with …)"').not.toBeNull();
    expect(m!.slice(1).map(Number)).toEqual([
      Object.keys(ix.actions).length,
      governments,
      ix.apps.length,
      ix.apps.filter((a) => a.listings.length > 0).length,
    ]);
  });
});
