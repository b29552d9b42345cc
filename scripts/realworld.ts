/**
 * Where the real saved store pages are: ../shared/realworld, beside the project, read in place and never copied
 * (see its INDEX.md). One place for the path, so the unit tests, the real-browser tests, the bench and the
 * preflight agree; BAN_RADAR_REALWORLD overrides it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function realworldDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BAN_RADAR_REALWORLD ?? resolve(import.meta.dirname, '../../shared/realworld');
}

/** The saved pages must be there: their INDEX.md says what each one shows. */
export function hasRealworldPages(dir: string): boolean {
  return existsSync(resolve(dir, 'INDEX.md'));
}

/** One line that says what is missing and where it must be. */
export function missingRealworldMessage(dir: string): string {
  return (
    `npm test reads the real saved store pages in ${dir} (with its INDEX.md), which is not there: ` +
    `clone the project beside ../shared, or set BAN_RADAR_REALWORLD to that folder.`
  );
}
