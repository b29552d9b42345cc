/**
 * The flag table as extension storage keeps it for the content scripts: the parts every store shares (the badge's
 * words, the developer, developer + name and name keys, the level steps) in one entry, and each store's listing
 * keys in one entry of its own, all as JSON strings (a string is read from storage far faster than the same data
 * as an object). A store page reads its store's entries once (an Android store's, Google Play's too), so that the
 * badge's decision is synchronous and the content script's size does not grow with the dataset.
 */
import type { StoreId } from '../dataset/vocabulary';
import type { FlagTable, Step } from './flags';

/** Storage keys of the table start with this (settings and other keys never do). */
export const FLAG_PREFIX = 'f:';
/** `{ version }`, written last: when it is current, every other entry of that version is there. */
export const META_KEY = 'f:meta';
export const COMMON_KEY = 'f:common';
export const listingsKey = (store: StoreId) => `f:l:${store}`;

export type StoredFlags = Record<string, string>;

/**
 * The entries to store for a table: the common part and one listing entry per store (build time or worker). Kept
 * small, since every store page reads and parses its entries: the level steps once each (most apps share them:
 * 69 distinct lists for 13,100 apps at ×100), and the slots pointing to them.
 */
export function storedFlags(table: FlagTable, stores: readonly StoreId[]): StoredFlags {
  const { l, a, o, ...rest } = table;
  const distinct = new Map<string, number>();
  const steps: Step[][] = [];
  const slotOf = (s: Step[]) => {
    const key = JSON.stringify(s);
    let i = distinct.get(key);
    if (i === undefined) distinct.set(key, (i = steps.push(s) - 1));
    return i;
  };
  const common: StoredCommon = { ...rest, steps, a: a.map(slotOf), o: o.map(slotOf) };
  // Listing keys whole (`store:id`): re-keying 13,000 ids on the page costs far more than parsing their prefix.
  const byStore = new Map<string, Record<string, number>>(stores.map((s) => [s, {}]));
  for (const [key, slot] of Object.entries(l)) byStore.get(key.slice(0, key.indexOf(':')))![key] = slot;
  const out: StoredFlags = { [COMMON_KEY]: JSON.stringify(common) };
  for (const [store, listings] of byStore) out[listingsKey(store as StoreId)] = JSON.stringify(listings);
  return out;
}

/** The common part as stored: level steps once each, apps and operators as indexes into them. */
interface StoredCommon extends Omit<FlagTable, 'l' | 'a' | 'o'> {
  steps: Step[][];
  a: number[];
  o: number[];
}

/** Whether a store's pages can name an Android package (then its apps are found by their Play listing too). */
export const namesPlayPackage = (store: StoreId) => store !== 'google-play' && store !== 'app-store' && store !== 'microsoft-store';

/** The keys a content script of `store` reads: the common part, its store's listings, and Play's when it names packages. */
export function keysForStore(store: StoreId): string[] {
  return [COMMON_KEY, listingsKey(store), ...(namesPlayPackage(store) ? [listingsKey('google-play')] : [])];
}

/** The table from the entries a store read; null when one is missing or malformed. */
export function tableFromStored(got: Record<string, unknown>, keys: readonly string[], version: string): FlagTable | null {
  try {
    if (keys.some((k) => typeof got[k] !== 'string')) return null;
    const { steps, a, o, ...common } = JSON.parse(got[COMMON_KEY] as string) as StoredCommon;
    if (common.version !== version || !Array.isArray(steps) || !Array.isArray(a) || typeof common.text !== 'object') return null;
    // The largest listings map is the base; the others (an APK site's few own listings) are added to it.
    const listings = keys.filter((k) => k !== COMMON_KEY).sort((x, y) => (got[y] as string).length - (got[x] as string).length);
    const maps = listings.map((k) => JSON.parse(got[k] as string) as FlagTable['l']);
    const l: FlagTable['l'] = maps[0] ?? {};
    for (const m of maps.slice(1)) Object.assign(l, m);
    return { ...common, l, a: a.map((i) => steps[i]!), o: o.map((i) => steps[i]!) };
  } catch {
    return null;
  }
}
