/** Pure facts the popup words: since when a status holds, which action leads, how certain a match is. */
import type { Action } from '../dataset/types';
import { inHome } from './home';
import { compareLevels, statusOn } from './levels';
import type { ActionView, Verdict } from './lookup';

/**
 * The day the status of `today` began: the first entry of the trailing run with the same status, among the
 * history entries up to `today`.
 */
export function statusSince(action: Pick<Action, 'history' | 'status' | 'effective'>, today: string): string {
  const past = action.history.filter((h) => h.from <= today);
  const history = past.length ? past : action.history;
  // Today's status as levels.ts reads it (before the action existed: its last recorded one).
  const status = statusOn(action, today) ?? history[history.length - 1]!.status;
  let since = history[history.length - 1]!.from;
  for (let i = history.length - 1; i >= 0 && history[i]!.status === status; i--) since = history[i]!.from;
  // An enacted measure bites on its effective day, if that has come.
  if (status === 'in-force' && action.effective && action.effective > since && action.effective <= today) {
    return action.effective;
  }
  return since;
}

/**
 * The actions the headline speaks of, the reader's home jurisdiction first (see home.ts): `lead` is the home
 * jurisdiction's most serious action when it acted (`where: 'home'`, with `elsewhere` when another government did
 * something more serious), else the most serious action anywhere (`where: 'elsewhere'`, or null without a home).
 */
export function leadActions(
  verdict: Verdict,
  home: string | null,
): { lead: ActionView; where: 'home' | 'elsewhere' | null; elsewhere?: ActionView } | null {
  const acted = verdict.actions.filter((v) => v.level !== 'none');
  const [first] = acted.length ? acted : verdict.actions; // sorted: the most serious first
  if (!first) return null;
  if (!home) return { lead: first, where: null };
  const atHome = acted.find((v) => inHome(v.action.jurisdiction, home));
  // As homeFirst(): only past actions at home while something is in force elsewhere: elsewhere leads.
  if (!atHome || (atHome.level === 'past' && first.level !== 'past')) return { lead: first, where: acted.length ? 'elsewhere' : null };
  const away = acted.find((v) => !inHome(v.action.jurisdiction, home));
  return away && compareLevels(away.level, atHome.level) < 0 ? { lead: atHome, where: 'home', elsewhere: away } : { lead: atHome, where: 'home' };
}

/** The country a jurisdiction belongs to: `US-TX` → `US`; `EU` and countries are their own. */
export const countryOf = (jurisdiction: string) => jurisdiction.split('-')[0]!;

/**
 * Actions grouped by country (a state's or province's actions under its country, so that dozens of US states read
 * as one entry), home first, then by seriousness as sorted in the verdict.
 */
export function byJurisdiction(verdict: Verdict, home: string | null): [string, ActionView[]][] {
  const groups = new Map<string, ActionView[]>();
  for (const v of verdict.actions) {
    const key = countryOf(v.action.jurisdiction);
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const entries = [...groups.entries()];
  if (!home) return entries;
  const isHome = (j: string) => inHome(j, home);
  return [...entries.filter(([j]) => isHome(j)), ...entries.filter(([j]) => !isHome(j))];
}

/** Chronological list of every status change across the verdict's actions (for the timeline). */
export function timeline(verdict: Verdict): { date: string; action: Action; status: string; note?: string }[] {
  const events = verdict.actions.flatMap((v) =>
    v.action.history.map((h) => ({ date: h.from, action: v.action, status: h.status, ...(h.note ? { note: h.note } : {}) })),
  );
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** The jurisdictions behind the verdict's level (as the badge names them): those whose action is at that level. */
export function jurisdictionsAtLevel(verdict: Verdict): string[] {
  return [...new Set(verdict.actions.filter((v) => v.level === verdict.level).map((v) => v.action.jurisdiction))];
}
