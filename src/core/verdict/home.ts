/**
 * Where the reader lives against where governments acted: the one rule the badge, the toolbar button and the
 * popup's headline share. Pure.
 */
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
 * serious level when it acted at all (`where: 'home'`, and `elsewhere` when others did something more serious),
 * else the most serious level elsewhere (`where: 'elsewhere'`).
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
  if (atHome.level === 'none') return { ...away, where: away.level === 'none' ? null : 'elsewhere' };
  return higherLevel(atHome.level, away.level) === atHome.level
    ? { ...atHome, where: 'home' }
    : { ...atHome, where: 'home', moreSeriousElsewhere: away };
}

/** homeFirst() over a full verdict's actions (background and popup; the content script has the flag table). */
export function verdictHomeFirst(verdict: { actions: readonly { level: Level; action: { jurisdiction: string } }[] }, home: string | null): HomeFirst {
  return homeFirst(verdict.actions.map((v) => [v.action.jurisdiction, v.level] as const), home);
}
