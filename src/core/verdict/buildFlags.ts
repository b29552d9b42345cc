import type { StoreId } from '../dataset/vocabulary';
/** Build-time: derives the content script's compact flag table from the full index. */
import type { DatasetIndex } from '../dataset/types';
import { listingKey } from '../dataset/keys';
import { normalizeName } from '../text/normalize';
import type { FlagTable, Step } from './flags';
import { actionsFor, type Match } from './lookup';
import { actionLevel, levelChangeDays, levelOf } from './levels';

function steps(index: DatasetIndex, match: Match, today: string): Step[] {
  const actions = actionsFor(index, match, today).map((v) => v.action);
  const at = (day: string): Step => {
    const level = levelOf(actions, day);
    const jurisdictions = [...new Set(actions.filter((a) => actionLevel(a, day) === level).map((a) => a.jurisdiction))];
    return [day, level, level === 'none' ? [] : jurisdictions];
  };
  return [['', ...at(today).slice(1)] as Step, ...levelChangeDays(actions, today).map(at)];
}

export function buildFlagTable(index: DatasetIndex, today: string): FlagTable {
  const opIds = Object.keys(index.operators);
  const opSlot = new Map(opIds.map((id, i) => [id, i]));
  const table: FlagTable = { version: index.meta.version, text: {}, names: {}, l: {}, p: {}, pa: {}, n: {}, a: [], o: [] };
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
  for (const opId of opIds) {
    const operatorWide = Object.values(index.actions).some((a) => a.operators.includes(opId));
    table.o.push(
      operatorWide ? steps(index, { matchedBy: 'publisher', app: null, operator: index.operators[opId]! }, today) : [],
    );
  }
  return table;
}

/** The message keys the content script uses (its only strings). */
export const CONTENT_MESSAGES = [
  'badgeBanned',
  'badgeRestricted',
  'badgeAtRisk',
  'badgePast',
  'badgeMatchedByName',
  'badgeMatchedByPublisher',
  'badgeHint',
] as const;

/**
 * Adds the badge's words to the table for each language: the content script's messages from the locale
 * sources, and every jurisdiction's name (countries through Intl in that language; sub-national ones as the
 * dataset names them).
 */
export function localiseFlagTable(
  table: FlagTable,
  index: DatasetIndex,
  locales: Record<string, Record<string, string>>,
): FlagTable {
  const text: FlagTable['text'] = {};
  const names: FlagTable['names'] = {};
  // Only the jurisdictions a badge can name.
  const used = new Set([...table.a, ...table.o].flatMap((steps) => steps.flatMap((step) => step[2])));
  for (const [lang, strings] of Object.entries(locales)) {
    text[lang] = Object.fromEntries(CONTENT_MESSAGES.map((k) => [k, strings[k] ?? locales.en?.[k] ?? k]));
    const regions = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
    names[lang] = Object.fromEntries(
      Object.entries(index.jurisdictions)
        .filter(([code]) => used.has(code))
        .map(([code, j]) => {
        if (code.includes('-')) return [code, j.name];
        let name = j.name;
        try {
          name = regions.of(code) ?? j.name;
        } catch {
          // not a code Intl knows: keep the dataset's name
        }
        return [code, name];
      }),
    );
  }
  // A name that reads the same as in English (every sub-national name, many countries) is kept once, under `en`:
  // the content script falls back to it.
  for (const [lang, map] of Object.entries(names)) {
    if (lang === 'en') continue;
    for (const [code, name] of Object.entries(map)) if (names.en?.[code] === name) delete map[code];
  }
  return { ...table, text, names };
}

/**
 * The table one store's content script carries: listing keys of that store, plus Google Play keys where the page
 * can name an Android package (every store but the App Store and the Microsoft Store). Name and publisher keys
 * stay whole. flagFor() over it gives the same answer as over the full table for every identity that store reads.
 */
export function flagsForStore(table: FlagTable, store: StoreId): FlagTable {
  const playToo = store !== 'app-store' && store !== 'microsoft-store';
  const l: FlagTable['l'] = {};
  for (const [key, slot] of Object.entries(table.l)) {
    const keyStore = key.slice(0, key.indexOf(':'));
    if (keyStore === store || (playToo && keyStore === 'google-play')) l[key] = slot;
  }
  return { ...table, l };
}
