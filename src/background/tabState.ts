/**
 * Per-tab verdicts, kept in storage.session so that a service worker the browser stopped finds them
 * again, and gone when the browser closes. Writes for one tab are serialised (batches arrive close together).
 */
import type { PageKind } from '../core/identity';
import type { AppIdentity } from '../core/identity';
import type { Level } from '../core/verdict/levels';

export interface TabState {
  url: string;
  page: PageKind;
  /** Apps the page showed, counted over all batches. */
  appCount: number;
  /**
   * Flagged apps, and the detail page's own app whatever its level (first); the level told home first, and
   * whether that is where the reader lives. Only identity and level are kept:
   * full verdicts are large and are recomputed from the bundled index when the popup asks.
   */
  apps: { identity: AppIdentity; level: Level; where?: 'home' | 'elsewhere' | null }[];
  updated: number;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export function isTabState(value: unknown): value is TabState {
  const v = value as TabState | null;
  return !!v && typeof v.url === 'string' && typeof v.page === 'string' && Array.isArray(v.apps);
}

export class TabStore {
  private queue = new Map<number, Promise<unknown>>();
  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<TabState | null> {
    const key = keyOf(tabId);
    const value = (await this.area.get(key))[key];
    return isTabState(value) ? value : null;
  }

  /** Applies `change` to the tab's state after any earlier change to the same tab has finished. */
  update(tabId: number, change: (prev: TabState | null) => TabState | null): Promise<TabState | null> {
    const run = async () => {
      const next = change(await this.get(tabId));
      if (next) await this.area.set({ [keyOf(tabId)]: next });
      else await this.area.remove(keyOf(tabId));
      return next;
    };
    const prev = this.queue.get(tabId) ?? Promise.resolve();
    const result = prev.then(run, run);
    this.queue.set(tabId, result.catch(() => undefined));
    return result;
  }

  clear(tabId: number): Promise<TabState | null> {
    return this.update(tabId, () => null);
  }
}
