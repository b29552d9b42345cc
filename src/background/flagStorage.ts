/**
 * Keeps the flag table in storage.local, where content scripts read it without waking this worker (see
 * core/verdict/flagStore.ts). Written when the stored version differs from the bundled one (install, update, a
 * cleared storage), checked on every start: one small read when nothing changed.
 */
import { STORES } from '../core/dataset/vocabulary';
import { FLAG_PREFIX, META_KEY, storedFlags } from '../core/verdict/flagStore';
import type { FlagTable } from '../core/verdict/flags';

export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Makes storage hold the table of this version (`table` is read only when storage holds another). The meta entry
 * goes last (and is removed first), so a reader that finds it current knows every entry is there; a reader that
 * does not asks the worker instead.
 */
export async function ensureFlagStorage(area: LocalArea, version: string, table: () => Promise<FlagTable>): Promise<'current' | 'written'> {
  const stored = (await area.get(META_KEY))[META_KEY] as { version?: unknown } | undefined;
  if (stored?.version === version) return 'current';
  const entries = storedFlags(await table(), STORES);
  await area.remove(META_KEY);
  const stale = Object.keys(await area.get(null)).filter((k) => k.startsWith(FLAG_PREFIX) && !(k in entries));
  if (stale.length) await area.remove(stale);
  await area.set(entries);
  await area.set({ [META_KEY]: { version } });
  return 'written';
}
