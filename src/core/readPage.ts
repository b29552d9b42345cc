/**
 * Reads a store page: which store, what kind of page, and which apps it shows. Pure over a Document.
 * Takes the store modules to consider, so that each store's content script bundles only its own module.
 */
import type { AppIdentity, PageKind } from './identity';
import { handlesHost } from './stores/hosts';
import type { DetailReading, StoreModule, Tile } from './stores/types';

export interface PageReading {
  page: PageKind;
  store: StoreModule | null;
  /** Detail page: the one app. List page: every tile's app, in document order. */
  apps: AppIdentity[];
  detail: DetailReading | null;
  tiles: Tile[];
}

export function parseUrl(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The store and page kind a URL is, without looking at the page. */
export function recogniseUrl(url: URL, stores: readonly StoreModule[]) {
  for (const store of stores) {
    if (!handlesHost(store, url.hostname)) continue;
    const match = store.recognise(url);
    if (match) return { store, match };
  }
  return null;
}

/**
 * The kind of a page we act on, from what could be read of it: the one rule the content script and readPage()
 * share. A detail page whose app could not be read is unreadable (or, on stores whose detail addresses also
 * serve other products, not an app page); a list page with no tile is unreadable.
 */
export function pageKindOf(urlKind: 'detail' | 'list', store: Pick<StoreModule, 'detailUrlsIncludeNonApps'>, hasDetail: boolean, tiles: number): PageKind {
  if (urlKind === 'detail') return hasDetail ? 'detail' : store.detailUrlsIncludeNonApps ? 'none' : 'unreadable';
  return tiles ? 'list' : 'unreadable';
}

export function readPage(doc: Document, url: URL, stores: readonly StoreModule[]): PageReading {
  const none: PageReading = { page: 'none', store: null, apps: [], detail: null, tiles: [] };
  const found = recogniseUrl(url, stores);
  if (!found) return none;
  const { store, match } = found;
  try {
    if (match.kind === 'detail') {
      const detail = store.readDetail(doc, url);
      if (!detail) return { ...none, page: pageKindOf('detail', store, false, 0), store };
      const tiles = store.readTiles(doc, url).filter((t) => t.app.id !== detail.app.id);
      return { page: 'detail', store, apps: [detail.app], detail, tiles };
    }
    const tiles = store.readTiles(doc, url);
    if (tiles.length === 0) return { ...none, page: pageKindOf('list', store, false, 0), store };
    return { page: 'list', store, apps: tiles.map((t) => t.app), detail: null, tiles };
  } catch {
    // A page can be arbitrarily strange; reading it must never take the caller down.
    return { ...none, page: 'unreadable', store };
  }
}
