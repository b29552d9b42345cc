/** Prints vitest's totals as one plain closing line ("N passed, N failed, N skipped") from its JSON report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/node/readDataset';

const report = JSON.parse(readFileSync(join(REPO_ROOT, 'test-results/vitest.json'), 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
if (report.numPassedTests === 0 || report.numFailedTests > 0) process.exit(1);
