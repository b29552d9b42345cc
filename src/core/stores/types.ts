/** The contract every store module fulfils. Modules are pure: URL and Document in, identities out. */
import type { AppIdentity, StoreId } from '../identity';

export interface UrlMatch {
  kind: 'detail' | 'list';
  /** For detail pages, the app id read from the URL; null when the URL lacks a valid one. */
  id: string | null;
}

export interface DetailReading {
  app: AppIdentity;
  /** The element showing the app's name, where the inline badge goes; null if the layout is unknown. */
  titleElement: Element | null;
}

export interface Tile {
  app: AppIdentity;
  /** The tile's element (a link or card) the badge attaches to. */
  element: Element;
}

export interface StoreModule {
  id: StoreId;
  /** Human name, for the README table and the popup. */
  name: string;
  /** Manifest content-script match patterns. */
  matches: readonly string[];
  /** Hostnames this module answers for. */
  hosts: readonly string[];
  /** Domains whose every subdomain this module answers for (apps living in subdomains: `<slug>.en.uptodown.com`). */
  hostSuffixes?: readonly string[];
  /** What kind of page a URL is, from the URL alone; null for pages the module does not handle. */
  recognise(url: URL): UrlMatch | null;
  /**
   * True for stores whose "detail" URLs also serve other products (Amazon): there, a page readDetail declines is
   * simply not an app page ("none"), not an unreadable one.
   */
  detailUrlsIncludeNonApps?: boolean;
  /** Reads the app a detail page shows; null when the page does not show a readable identity. */
  readDetail(doc: Document, url: URL): DetailReading | null;
  /**
   * The tile around an element whose link the page re-pointed in place, when the store marks its cards (Play's
   * legacy `[data-docid]`); else the content script reads the link's parent again.
   */
  tileAround?(element: Element): Element | null;
  /** Every app tile under `root`, in document order, one per app. */
  readTiles(root: ParentNode, url: URL): Tile[];
}
