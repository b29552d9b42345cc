/**
 * What the page shows, as read so far: its store and kind (from the address), its own app (detail pages) and
 * its tiles, one per app, on the first element seen showing it. Plain data over what the store module read;
 * the content script's reading part fills it, the drawing and reporting parts read it.
 */
import type { AppIdentity, PageKind } from '../core/identity';
import { pageKindOf, parseUrl, recogniseUrl } from '../core/readPage';
import type { DetailReading, StoreModule, Tile } from '../core/stores/types';

export const appKey = (a: AppIdentity) => `${a.store}:${a.id}`;
/** Everything matching looks at: a change of name or developer can change the verdict. */
export const identityKey = (a: AppIdentity) => `${appKey(a)}|${a.title ?? ''}|${a.developer ?? ''}|${a.androidPackage ?? ''}`;

export class PageModel {
  href = '';
  url: URL | null = null;
  found: ReturnType<typeof recogniseUrl> = null;
  detail: DetailReading | null = null;
  readonly tiles = new Map<string, Tile>();
  /** Whether an app joined `tiles` since the last take (most page changes add none). */
  private tilesAdded = false;
  /** Which app each tile element shows, to notice an element the page reuses for another app. */
  private shownBy = new WeakMap<Element, string>();

  constructor(private readonly stores: readonly StoreModule[]) {}

  /** A new address: the page is read again from scratch. Returns whether the address changed. */
  navigate(href: string): boolean {
    if (href === this.href) return false;
    this.href = href;
    this.url = parseUrl(href);
    this.found = this.url && recogniseUrl(this.url, this.stores);
    this.detail = null;
    this.tiles.clear();
    this.shownBy = new WeakMap();
    return true;
  }

  /** Forget the address, so that the next navigate() reads the page again (new settings). */
  reset(): void {
    this.href = '';
  }

  /** The store module of this page when the user has it on; null on pages we do not act on. */
  activeStore(enabled: (store: StoreModule) => boolean): StoreModule | null {
    return this.url && this.found && enabled(this.found.store) ? this.found.store : null;
  }

  isDetailPage(): boolean {
    return this.found?.match.kind === 'detail';
  }

  /** The id in a detail page's address (null when it has none or is not a detail page). */
  addressId(): string | null {
    return this.found?.match.kind === 'detail' ? this.found.match.id : null;
  }

  /**
   * Takes a fresh reading of the page's own app. Returns what changed: whether the app became readable, whether
   * its identity changed (to report again), and the old title element when the name moved to another one.
   */
  acceptDetail(reading: DetailReading): { becameReadable: boolean; identityChanged: boolean; movedFrom: Element | null } {
    const before = this.detail;
    this.detail = reading;
    return {
      becameReadable: !before,
      identityChanged: !!before && identityKey(before.app) !== identityKey(reading.app),
      movedFrom: before?.titleElement && before.titleElement !== reading.titleElement ? before.titleElement : null,
    };
  }

  /** Adds tiles read from the page; returns those to badge (every tile read, but the page's own app). */
  addTiles(read: readonly Tile[]): Tile[] {
    const out: Tile[] = [];
    for (const tile of read) {
      if (this.detail && tile.app.id === this.detail.app.id) continue;
      const key = appKey(tile.app);
      const before = this.shownBy.get(tile.element);
      if (before && before !== key && this.tiles.get(before)?.element === tile.element) this.tiles.delete(before);
      this.shownBy.set(tile.element, key);
      const known = this.tiles.get(key);
      if (!known) this.tilesAdded = true;
      if (!known || !known.element.isConnected) this.tiles.set(key, tile);
      out.push(tile);
    }
    return out;
  }

  /** Whether apps joined since the last call. */
  takeTilesAdded(): boolean {
    const added = this.tilesAdded;
    this.tilesAdded = false;
    return added;
  }

  kind(active: boolean): PageKind {
    if (!active || !this.found) return 'none';
    return pageKindOf(this.found.match.kind, this.found.store, this.detail !== null, this.tiles.size);
  }

  /** The apps to report for a page kind: the page's own app first, then every tile's. */
  apps(kind: PageKind): AppIdentity[] {
    const tileApps = [...this.tiles.values()].map((t) => t.app);
    return kind === 'detail' ? [this.detail!.app, ...tileApps] : kind === 'list' ? tileApps : [];
  }
}
