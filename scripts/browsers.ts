/**
 * The browsers the real-browser tests and the bench drive: Debian's, never a downloaded build.
 * One place for their paths and packages, so the tests, `npm run setup` and the preflight agree.
 */
import { accessSync, constants } from 'node:fs';

export interface BrowserNeed {
  name: string;
  /** Where the tests look for it; the environment variable overrides. */
  path: string;
  envVar: string;
  /** The Debian package that provides it. */
  aptPackage: string;
}

export function browsers(env: NodeJS.ProcessEnv = process.env): { chromium: BrowserNeed; firefox: BrowserNeed } {
  return {
    chromium: { name: 'Chromium', path: env.CHROMIUM_PATH ?? '/usr/bin/chromium', envVar: 'CHROMIUM_PATH', aptPackage: 'chromium' },
    firefox: { name: 'Firefox', path: env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', envVar: 'FIREFOX_PATH', aptPackage: 'firefox-esr' },
  };
}

/** Packages installed beside the browsers: the fonts the screenshots and layout checks are made with. */
export const EXTRA_APT_PACKAGES = ['fonts-liberation'];

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browsers that are not there (empty when all are). */
export function missingBrowsers(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = isExecutable,
): BrowserNeed[] {
  return Object.values(browsers(env)).filter((b) => !exists(b.path));
}

/** One line that says what is missing and how to install it. */
export function missingBrowsersMessage(missing: readonly BrowserNeed[]): string {
  const names = missing.map((b) => `${b.name} (${b.path})`).join(' and ');
  const packages = [...missing.map((b) => b.aptPackage), ...EXTRA_APT_PACKAGES].join(' ');
  const vars = missing.map((b) => b.envVar).join('/');
  return (
    `npm test needs ${names}: run \`npm run setup\` as root (apt-get install ${packages}), ` +
    `or set ${vars} to an installed browser.`
  );
}
