/**
 * The compact flag table: the badge's decision ("flagged or not, at what level, where") without the full
 * index. Built by buildFlags.ts from the full index through the same lookup as the verdict; a unit test holds
 * flagFor() equal to verdictFor() for every listing. The content script reads it as entries kept in extension
 * storage (flagEntries.ts), so that its size does not grow with the dataset.
 */
import { listingKey } from '../dataset/keys';
import { completeIdentity, type AppIdentity, type MatchedBy } from '../identity';
import { normalizeName } from '../text/normalize';
import type { Level } from './levels';

/**
 * A level and the jurisdictions behind it, from a day on ('' = from the start); then, when other
 * jurisdictions acted less seriously, each lower level with its jurisdictions (so that the badge can speak of
 * the reader's home jurisdiction first: see home.ts).
 */
export type Step = [day: string, level: Level, jurisdictions: string[], lower?: [Level, string[]][]];

export interface FlagTable {
  version: string;
  /**
   * The badge's English words (`en`): message templates and jurisdiction names, so that a reader in English
   * needs neither chrome.i18n nor Intl on the page (Intl costs milliseconds on first use, right when a badge is
   * due). Other languages come from the browser (see content/labels.ts).
   */
  text: Record<string, Record<string, string>>;
  names: Record<string, Record<string, string>>;
  /** listing key → app slot */
  l: Record<string, number>;
  /** normalised developer name → operator slot */
  p: Record<string, number>;
  /** `${operator slot}|${normalised name}` → app slot */
  pa: Record<string, number>;
  /** normalised distinctive name → app slot (only names that point at one app) */
  n: Record<string, number>;
  /** app slot → level steps */
  a: Step[][];
  /** operator slot → level steps for operator-only matches (empty when no operator-wide action) */
  o: Step[][];
}

export interface Flag {
  level: Level;
  jurisdictions: string[];
  matchedBy: MatchedBy;
  /** Every jurisdiction that acted and its level, the most serious first. */
  levels: [string, Level][];
}

/** The step in force on `today`. */
export function stepOn(steps: readonly Step[], today: string): Step | null {
  let current: Step | null = null;
  for (const step of steps) if (step[0] <= today) current = step;
  return current;
}

/** Each jurisdiction of a step with its level, worked out once per step (a list page asks for the same ones often). */
const stepLevels = new WeakMap<Step, [string, Level][]>();
function levelsOf(step: Step): [string, Level][] {
  let levels = stepLevels.get(step);
  if (!levels) {
    levels = step[2].map((j): [string, Level] => [j, step[1]]);
    for (const [level, js] of step[3] ?? []) for (const j of js) levels.push([j, level]);
    stepLevels.set(step, levels);
  }
  return levels;
}

/** The flag that level steps give on `today` (null before the first step). */
export function flagOfSteps(steps: readonly Step[] | undefined, today: string, matchedBy: MatchedBy): Flag | null {
  const step = steps ? stepOn(steps, today) : null;
  if (!step) return null;
  return { level: step[1], jurisdictions: step[2], matchedBy, levels: levelsOf(step) };
}

/** Mirrors findMatch() in lookup.ts over the compact table. */
export function flagFor(table: FlagTable, page: AppIdentity, today: string): Flag | null {
  const who = completeIdentity(page);
  const slot =
    table.l[listingKey(who.store, who.id)] ??
    (who.androidPackage ? table.l[listingKey('google-play', who.androidPackage)] : undefined);
  if (slot !== undefined) return flagOfSteps(table.a[slot], today, 'store-id');

  const title = who.title ? normalizeName(who.title) : '';
  if (who.developer) {
    const op = table.p[normalizeName(who.developer)];
    if (op !== undefined) {
      const app = title ? table.pa[`${op}|${title}`] : undefined;
      if (app !== undefined) return flagOfSteps(table.a[app], today, 'publisher');
      if (table.o[op]?.length) return flagOfSteps(table.o[op], today, 'publisher');
    }
  }
  if (title) {
    const app = table.n[title];
    if (app !== undefined) return flagOfSteps(table.a[app], today, 'name');
  }
  return null;
}
