/**
 * `npm run setup`: installs Debian's Chromium and Firefox ESR (and fonts) for the real-browser tests, where
 * apt-get is available and we are root. Elsewhere it says what to install, in one line, and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { EXTRA_APT_PACKAGES, isExecutable, missingBrowsers, missingBrowsersMessage } from './browsers';

const missing = missingBrowsers();
if (missing.length === 0) {
  console.log('The browsers the tests need are installed.');
  process.exit(0);
}
const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find(isExecutable);
if (!apt || process.getuid?.() !== 0) {
  console.error(
    (apt ? 'npm run setup needs root to install packages. ' : 'No apt-get on this machine. ') +
      missingBrowsersMessage(missing).replace(/^npm test needs/, 'Install'),
  );
  process.exit(1);
}
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const packages = [...missing.map((b) => b.aptPackage), ...EXTRA_APT_PACKAGES];
for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...packages]]) {
  console.log(`apt-get ${args.join(' ')}`);
  const run = spawnSync(apt, args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`apt-get ${args[0]} failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}
const still = missingBrowsers();
if (still.length > 0) {
  console.error(`Installed, but still missing: ${still.map((b) => b.path).join(', ')}.`);
  process.exit(1);
}
console.log('The browsers the tests need are installed.');
