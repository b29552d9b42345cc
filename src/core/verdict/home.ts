/**
 * Where the reader lives against where governments acted: the one rule the badge, the toolbar button and the
 * popup's headline share. Pure.
 */
import type { Settings } from '../settings';
import type { Flag } from './flags';
import { higherLevel, type Level } from './levels';

/**
 * Whether an action of `jurisdiction` applies where someone living in `home` lives: the same code, one of its
 * states or provinces (home `US`, action `US-TX`), or the country of a home that is itself a state (home
 * `US-TX`, action `US`).
 */
export function inHome(jurisdiction: string, home: string): boolean {
  return jurisdiction === home || jurisdiction.startsWith(`${home}-`) || home.startsWith(`${jurisdiction}-`);
}

/** A level and the jurisdictions at that level. */
export interface Placed {
  level: Level;
  jurisdictions: string[];
}

/**
 * What to say first. Without a home: the most serious level anywhere. With one: the home jurisdiction's most
 * serious level when something is in force there, or when only past actions are known anywhere (`where: 'home'`,
 * with `moreSeriousElsewhere` when others did something more serious); else the most serious level elsewhere
 * (`where: 'elsewhere'`).
 */
export interface HomeFirst extends Placed {
  where: 'home' | 'elsewhere' | null;
  /** Set on a home verdict when another government's action is more serious. */
  moreSeriousElsewhere?: Placed;
}

/** Each jurisdiction's level (those at 'none' are ignored), in the order the caller ranks them. */
export function homeFirst(levels: ReadonlyArray<readonly [jurisdiction: string, level: Level]>, home: string | null): HomeFirst {
  const top = (entries: ReadonlyArray<readonly [string, Level]>): Placed => {
    let level: Level = 'none';
    for (const [, l] of entries) level = higherLevel(level, l);
    return { level, jurisdictions: level === 'none' ? [] : [...new Set(entries.filter(([, l]) => l === level).map(([j]) => j))] };
  };
  const acted = levels.filter(([, l]) => l !== 'none');
  if (!home) return { ...top(acted), where: null };
  const atHome = top(acted.filter(([j]) => inHome(j, home)));
  const away = top(acted.filter(([j]) => !inHome(j, home)));
  // Nothing in force at home (no action, or only past ones) while something is elsewhere: elsewhere leads.
  if (atHome.level === 'none' || (atHome.level === 'past' && away.level !== 'none' && away.level !== 'past')) {
    return { ...away, where: away.level === 'none' ? null : 'elsewhere' };
  }
  return higherLevel(atHome.level, away.level) === atHome.level
    ? { ...atHome, where: 'home' }
    : { ...atHome, where: 'home', moreSeriousElsewhere: away };
}

/** homeFirst() over a full verdict's actions (background and popup; the content script has the flag table). */
export function verdictHomeFirst(verdict: { actions: readonly { level: Level; action: { jurisdiction: string } }[] }, home: string | null): HomeFirst {
  return homeFirst(verdict.actions.map((v) => [v.action.jurisdiction, v.level] as const), home);
}

/** A flag as the inline badge tells it: the home jurisdiction first. */
export type ShownFlag = HomeFirst & Pick<Flag, 'matchedBy'>;

/** The flag as an inline badge shows it under the settings, or null when no badge is due. */
export function shownFlag(flag: Flag | null, settings: Pick<Settings, 'badgeLevels' | 'homeOnlyBadges'>, home: string | null): ShownFlag | null {
  if (!flag || flag.level === 'none') return null;
  const placed = { ...homeFirst(flag.levels, home), matchedBy: flag.matchedBy };
  if (settings.homeOnlyBadges && placed.where !== 'home') return null;
  // A level the user chose badges for, at home or (unless only home counts) the more serious one elsewhere.
  const wanted = (level: Level | undefined) => !!level && level !== 'none' && settings.badgeLevels.includes(level);
  return wanted(placed.level) || (!settings.homeOnlyBadges && wanted(placed.moreSeriousElsewhere?.level)) ? placed : null;
}
