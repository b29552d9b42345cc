/**
 * `npm start [-- --firefox]`: builds, then opens a browser with the extension loaded on a Play page.
 * Needs a display (DISPLAY or WAYLAND_DISPLAY); without one it says so and stops.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/node/readDataset';

const firefox = process.argv.includes('--firefox');
const START_URL = 'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start needs a display to open a browser window, and this machine has none (DISPLAY is not set).\n' +
      'The extension is built by `npm run build` into dist/chrome and dist/firefox; load it by hand (see README),\n' +
      'or run under a virtual display: xvfb-run npm start',
  );
  process.exit(1);
}

execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });

if (firefox) {
  const bin = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  const args = ['run', '--source-dir', join(REPO_ROOT, 'dist/firefox'), '--start-url', START_URL];
  if (bin) args.push('--firefox', bin);
  spawn(join(REPO_ROOT, 'node_modules/.bin/web-ext'), args, { stdio: 'inherit' });
} else {
  const bin = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p): p is string => !!p && existsSync(p),
  );
  if (!bin) {
    console.error('No Chromium found (looked for /usr/bin/chromium). Install it, set CHROMIUM_PATH, or use --firefox.');
    process.exit(1);
  }
  const dist = join(REPO_ROOT, 'dist/chrome');
  spawn(
    bin,
    [
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'ban-radar-'))}`,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-first-run',
      // Chromium refuses to run as root with its sandbox on (containers, CI machines).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      START_URL,
    ],
    { stdio: 'inherit' },
  );
}
