/**
 * Keeps the flag entries in storage.local, where content scripts read the few they need without waking this
 * worker (see core/verdict/flagEntries.ts). Written when the stored version differs from the bundled one
 * (install, update), read-checked on every start: one small read when nothing changed.
 */
import { ENTRY_PREFIX, flagEntries, META_KEY, type FlagEntries, type FlagsMeta } from '../core/verdict/flagEntries';
import type { FlagTable } from '../core/verdict/flags';

export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Entries per write: one huge set() can exceed what a browser accepts in one message. */
const CHUNK = 2000;

export function metaOf(table: FlagTable, entries: FlagEntries): FlagsMeta {
  return { version: table.version, entries: Object.keys(entries).length, text: table.text, names: table.names };
}

function isCurrent(stored: unknown, meta: FlagsMeta): boolean {
  const m = stored as Partial<FlagsMeta> | undefined;
  return !!m && m.version === meta.version && m.entries === meta.entries;
}

/**
 * Makes storage hold exactly this table. The meta entry goes last (and is removed first), so a reader that finds
 * it current knows every entry is there; a reader that does not asks the worker instead.
 */
export async function ensureFlagStorage(area: LocalArea, table: FlagTable): Promise<'current' | 'written'> {
  const entries = flagEntries(table);
  const meta = metaOf(table, entries);
  if (isCurrent((await area.get(META_KEY))[META_KEY], meta)) return 'current';
  await area.remove(META_KEY);
  const stale = Object.keys(await area.get(null)).filter((k) => k.startsWith(ENTRY_PREFIX) && !(k.slice(ENTRY_PREFIX.length) in entries));
  for (let i = 0; i < stale.length; i += CHUNK) await area.remove(stale.slice(i, i + CHUNK));
  const keys = Object.keys(entries);
  for (let i = 0; i < keys.length; i += CHUNK) {
    await area.set(Object.fromEntries(keys.slice(i, i + CHUNK).map((k) => [`${ENTRY_PREFIX}${k}`, entries[k]])));
  }
  await area.set({ [META_KEY]: meta });
  return 'written';
}

/** The worker's answer to a content script that found no current table in storage: the entries it asked for. */
export function entriesFor(entries: FlagEntries, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k.startsWith(ENTRY_PREFIX) && k.slice(ENTRY_PREFIX.length) in entries) out[k] = entries[k.slice(ENTRY_PREFIX.length)];
  return out;
}
