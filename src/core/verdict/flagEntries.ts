/**
 * The flag table as the content script reads it: one entry per way an app can be found (a listing, a developer,
 * a developer and a name, a distinctive name), kept by the background worker in extension storage. A store page
 * asks storage for the few keys of the apps it shows — one read per batch of apps, whatever the size of the
 * dataset — and the worker need not be awake. flagFromEntries() mirrors flagFor() over the whole table; a unit
 * test holds the two equal (and flagFor equal to the full verdict).
 */
import { listingKey } from '../dataset/keys';
import { completeIdentity, type AppIdentity, type MatchedBy } from '../identity';
import { normalizeName } from '../text/normalize';
import { flagOfSteps, type Flag, type FlagTable, type Step } from './flags';

/** Storage keys of flag entries start with this (settings and other keys never do). */
export const ENTRY_PREFIX = 'f:';
/** The entry describing the stored table: its version, and the badge's English words. */
export const META_KEY = 'f:meta';

export interface FlagsMeta {
  /** The flag table's version: the dataset version and the day its steps start from. */
  version: string;
  /** The number of entries written with it (a reader can tell a complete table from a partial write). */
  entries: number;
  text: FlagTable['text'];
  names: FlagTable['names'];
}

/** Entry keys (without ENTRY_PREFIX) → the level steps of what they point to. */
export type FlagEntries = Record<string, Step[]>;

const listingEntry = (store: string, id: string) => `l:${listingKey(store as never, id)}`;
const developerEntry = (developer: string) => `p:${developer}`;
const developerNameEntry = (developer: string, name: string) => `pa:${developer}|${name}`;
const nameEntry = (name: string) => `n:${name}`;

/** Every entry of a table (build time, or the worker when it writes storage). */
export function flagEntries(table: FlagTable): FlagEntries {
  const out: FlagEntries = {};
  for (const [key, slot] of Object.entries(table.l)) out[`l:${key}`] = table.a[slot]!;
  const developersOf = new Map<number, string[]>();
  for (const [developer, op] of Object.entries(table.p)) {
    out[developerEntry(developer)] = table.o[op] ?? [];
    developersOf.set(op, [...(developersOf.get(op) ?? []), developer]);
  }
  for (const [key, slot] of Object.entries(table.pa)) {
    const bar = key.indexOf('|');
    for (const developer of developersOf.get(Number(key.slice(0, bar))) ?? []) {
      out[developerNameEntry(developer, key.slice(bar + 1))] = table.a[slot]!;
    }
  }
  for (const [name, slot] of Object.entries(table.n)) out[nameEntry(name)] = table.a[slot]!;
  return out;
}

/** The entry keys one app's flag depends on, its identity made complete first (see identity.ts). */
export function entryKeys(page: AppIdentity): string[] {
  const who = completeIdentity(page);
  const keys = [listingEntry(who.store, who.id)];
  if (who.androidPackage) keys.push(listingEntry('google-play', who.androidPackage));
  const title = who.title ? normalizeName(who.title) : '';
  if (who.developer) {
    const developer = normalizeName(who.developer);
    keys.push(developerEntry(developer));
    if (title) keys.push(developerNameEntry(developer, title));
  }
  if (title) keys.push(nameEntry(title));
  return keys;
}

/**
 * The app's flag from its entries (`entry(key)` answers undefined for a key with no entry). Same order of
 * precedence as flagFor(): the listing, then the developer with the name, the developer alone (an operator-wide
 * action), then a distinctive name.
 */
export function flagFromEntries(entry: (key: string) => Step[] | undefined, page: AppIdentity, today: string): Flag | null {
  const who = completeIdentity(page);
  const listing = entry(listingEntry(who.store, who.id)) ?? (who.androidPackage ? entry(listingEntry('google-play', who.androidPackage)) : undefined);
  const found = (steps: Step[], by: MatchedBy) => flagOfSteps(steps, today, by);
  if (listing) return found(listing, 'store-id');
  const title = who.title ? normalizeName(who.title) : '';
  if (who.developer) {
    const developer = normalizeName(who.developer);
    const operatorWide = entry(developerEntry(developer));
    if (operatorWide) {
      const app = title ? entry(developerNameEntry(developer, title)) : undefined;
      if (app) return found(app, 'publisher');
      if (operatorWide.length) return found(operatorWide, 'publisher');
    }
  }
  const byName = title ? entry(nameEntry(title)) : undefined;
  return byName ? found(byName, 'name') : null;
}
