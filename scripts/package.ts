/** Zips dist/chrome and dist/firefox into store-ready archives under dist/ (web-ext's packager, no network). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/node/readDataset';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const webExt = join(REPO_ROOT, 'node_modules/.bin/web-ext');
for (const browser of ['chrome', 'firefox']) {
  const filename = `ban-radar-${browser}-${version}.zip`;
  execFileSync(
    webExt,
    ['build', '--source-dir', join(REPO_ROOT, 'dist', browser), '--artifacts-dir', join(REPO_ROOT, 'dist'), '--filename', filename, '--overwrite-dest', '--no-input'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/${filename}`);
}
