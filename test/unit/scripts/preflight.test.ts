import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingBrowsers, missingBrowsersMessage } from '../../../scripts/browsers';
import { hasRealworldPages, missingRealworldMessage, realworldDir } from '../../../scripts/realworld';
import { REPO_ROOT } from '../../../src/node/readDataset';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

describe('the browsers npm test needs', () => {
  it('finds none missing when both paths exist, and names each one that does not', () => {
    const env = { CHROMIUM_PATH: '/opt/c', FIREFOX_PATH: '/opt/f' };
    expect(missingBrowsers(env, () => true)).toEqual([]);
    const missing = missingBrowsers(env, (p) => p === '/opt/c');
    expect(missing.map((b) => b.path)).toEqual(['/opt/f']);
    const line = missingBrowsersMessage(missing);
    expect(line).not.toContain('\n');
    expect(line).toContain('Firefox (/opt/f)');
    expect(line).toContain('npm run setup');
    expect(line).toContain('apt-get install firefox-esr fonts-liberation');
    expect(line).not.toContain('Chromium');
  });

  it('defaults to Debian’s browsers', () => {
    const missing = missingBrowsers({}, () => false);
    expect(missing.map((b) => b.path)).toEqual(['/usr/bin/chromium', '/usr/bin/firefox-esr']);
    expect(missingBrowsersMessage(missing)).toContain('apt-get install chromium firefox-esr fonts-liberation');
  });

  it('the preflight stops with one line and exit 1 when a browser is missing, and passes when both are there', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(TSX, [join(REPO_ROOT, 'scripts/preflight.ts')], { env: { ...process.env, ...env }, encoding: 'utf8' });
    const failed = run({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toContain('Chromium (/nonexistent/chromium)');
    // Any executable stands in for an installed browser.
    const ok = run({ CHROMIUM_PATH: process.execPath, FIREFOX_PATH: process.execPath });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
  });

  it('the preflight stops with one line and exit 1 when the real saved store pages are not beside the project', () => {
    const browsersThere = { CHROMIUM_PATH: process.execPath, FIREFOX_PATH: process.execPath };
    const failed = spawnSync(TSX, [join(REPO_ROOT, 'scripts/preflight.ts')], {
      env: { ...process.env, ...browsersThere, BAN_RADAR_REALWORLD: '/nonexistent/realworld' },
      encoding: 'utf8',
    });
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toContain('/nonexistent/realworld');
    expect(missingRealworldMessage('/x')).toContain('BAN_RADAR_REALWORLD');
    expect(hasRealworldPages(realworldDir({}))).toBe(true);
  });
});
