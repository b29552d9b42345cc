/** Build-time: derives the compact flag table (kept in storage for the content scripts) from the full index. */
import type { DatasetIndex } from '../dataset/types';
import { listingKey } from '../dataset/keys';
import { normalizeName } from '../text/normalize';
import type { FlagTable, Step } from './flags';
import { actionsFor, type Match } from './lookup';
import { actionLevel, compareLevels, levelChangeDays, levelOf, type Level } from './levels';

function steps(index: DatasetIndex, match: Match, today: string): Step[] {
  const actions = actionsFor(index, match, today).map((v) => v.action);
  const at = (day: string): Step => {
    const level = levelOf(actions, day);
    if (level === 'none') return [day, level, []];
    // Each jurisdiction once, at its most serious level that day.
    const best = new Map<string, Level>();
    for (const a of actions) {
      const l = actionLevel(a, day);
      const known = best.get(a.jurisdiction);
      if (l !== 'none' && (!known || compareLevels(l, known) < 0)) best.set(a.jurisdiction, l);
    }
    const byLevel = new Map<Level, string[]>();
    for (const [j, l] of best) byLevel.set(l, [...(byLevel.get(l) ?? []), j]);
    const lower = [...byLevel.entries()].filter(([l]) => l !== level).sort(([a], [b]) => compareLevels(a, b));
    return lower.length ? [day, level, byLevel.get(level)!, lower] : [day, level, byLevel.get(level)!];
  };
  return [['', ...at(today).slice(1)] as Step, ...levelChangeDays(actions, today).map(at)];
}

export function buildFlagTable(index: DatasetIndex, today: string): FlagTable {
  const opIds = Object.keys(index.operators);
  const opSlot = new Map(opIds.map((id, i) => [id, i]));
  // The steps start from `today`: a table built another day is another table.
  const table: FlagTable = { version: `${index.meta.version}@${today}`, text: {}, names: {}, l: {}, p: {}, pa: {}, n: {}, a: [], o: [] };
  index.apps.forEach((app, slot) => {
    table.a.push(steps(index, { matchedBy: 'store-id', app, operator: index.operators[app.operator] ?? null }, today));
    for (const l of app.listings) table.l[listingKey(l.store, l.id)] = slot;
    for (const name of [app.name, ...app.aliases]) {
      const key = `${opSlot.get(app.operator)}|${normalizeName(name)}`;
      if (!(key in table.pa)) table.pa[key] = slot;
    }
  });
  for (const [key, slots] of Object.entries(index.keys.name)) if (slots.length === 1) table.n[key] = slots[0]!;
  for (const [key, opId] of Object.entries(index.keys.publisher)) table.p[key] = opSlot.get(opId)!;
  // A publisher + name key is reached only through a developer name: drop those of operators that have none.
  const reachable = new Set(Object.values(table.p).map(String));
  for (const key of Object.keys(table.pa)) if (!reachable.has(key.slice(0, key.indexOf('|')))) delete table.pa[key];
  const named = new Set(Object.values(index.actions).flatMap((a) => a.operators)); // once, not per operator
  for (const opId of opIds) {
    const operatorWide = named.has(opId);
    table.o.push(
      operatorWide ? steps(index, { matchedBy: 'publisher', app: null, operator: index.operators[opId]! }, today) : [],
    );
  }
  return table;
}

/** The message keys the content script uses (its only strings). */
export const CONTENT_MESSAGES = [
  'localeCode',
  'badgeBanned',
  'badgeRestricted',
  'badgeAtRisk',
  'badgePast',
  'badgeHome_banned',
  'badgeHome_restricted',
  'badgeHome_at_risk',
  'badgeHome_past',
  'badgeElsewhere_banned',
  'badgeElsewhere_restricted',
  'badgeElsewhere_at_risk',
  'badgeElsewhere_past',
  'badgeElsewhereShort_banned',
  'badgeElsewhereShort_restricted',
  'badgeElsewhereShort_at_risk',
  'badgeElsewhereShort_past',
  'badgeAlso',
  'badgeMatchedByName',
  'badgeMatchedByPublisher',
  'badgeHint',
] as const;

/**
 * Adds the badge's English words to the table: the content script's messages and the name of every
 * jurisdiction a badge can name. English is the only language carried: other languages come from the browser
 * on the page (chrome.i18n for the messages, Intl for country names), so that a new locale costs the content
 * script nothing. Sub-national names are the dataset's in every language.
 */
export function localiseFlagTable(table: FlagTable, index: DatasetIndex, english: Record<string, string>): FlagTable {
  const used = new Set(
    [...table.a, ...table.o].flatMap((steps) => steps.flatMap((step) => [...step[2], ...(step[3] ?? []).flatMap(([, js]) => js)])),
  );
  const text = { en: Object.fromEntries(CONTENT_MESSAGES.map((k) => [k, english[k] ?? k])) };
  const names = {
    en: Object.fromEntries(Object.entries(index.jurisdictions).filter(([code]) => used.has(code)).map(([code, j]) => [code, j.name])),
  };
  return { ...table, text, names };
}
