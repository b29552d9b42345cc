/**
 * Content script: reads the store page, badges flagged apps at once from the bundled flag table,
 * and tells the background what the page shows (one message per page state or batch of new tiles).
 * Built once per store, as one self-contained file with only that store's module (see vite.config.ts);
 * nothing here is reachable by the page.
 */
import flagsJson from '../generated/flags.json';
import type { AppIdentity } from '../core/identity';
import { MAX_APPS_PER_MESSAGE, type CurrentPageReply, type PageStateMessage } from '../core/messages';
import { parseUrl, recogniseUrl } from '../core/readPage';
import { defaultSettings, homeOf, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { flagFor, type FlagTable } from '../core/verdict/flags';
import { homeFirst } from '../core/verdict/home';
import { isoDay } from '../core/verdict/levels';
import { BADGE_ATTR, createBadge, isBadgeHost } from './badge';
import { badgeText } from './labels';
import { ext, send, uiLanguage } from './platform';
import type { DetailReading, StoreModule, Tile } from '../core/stores/types';

const table = flagsJson as unknown as FlagTable;
const appKey = (a: AppIdentity) => `${a.store}:${a.id}`;
/** Everything matching looks at: a change of name or developer can change the verdict. */
const identityKey = (a: AppIdentity) => `${appKey(a)}|${a.title ?? ''}|${a.developer ?? ''}|${a.androidPackage ?? ''}`;
/** Today's date (UTC), worked out again only when the day changes: list pages ask for it per tile. */
let todayIs = '';
let todayEnds = 0;
const today = () => {
  const now = Date.now();
  if (now >= todayEnds) {
    todayIs = isoDay(new Date(now));
    todayEnds = (Math.floor(now / 86_400_000) + 1) * 86_400_000;
  }
  return todayIs;
};
/** Elements that can carry a detail page's identity: headings, microdata, JSON-LD and address tags, title ids. */
const APP_SIGNALS =
  'h1, [itemprop="name"], script[type="application/ld+json"], link[rel="canonical"], meta[property="og:url"], [id*="title" i], [class*="title" i]';

/** Runs the content script for the given store(s) on this page. */
export function startContentScript(...stores: StoreModule[]): void {
  let settings: Settings = defaultSettings();
  let pageUrl = '';
  let url: URL | null = null;
  let found: ReturnType<typeof recogniseUrl> = null;
  let sentPage: CurrentPageReply['page'] | null = null;
  const sentApps = new Set<string>();
  /** This page's app (detail pages), and its tiles so far: one per app, on the first element seen showing it. */
  let detail: DetailReading | null = null;
  const tiles = new Map<string, Tile>();
  /**
   * Two phases. The browser injects this script right before the load event of a page that loads fast, so
   * whatever it does at once is added to the page's load time. Until the page has loaded (or the browser has a
   * quiet moment while it loads), the script therefore does only what cannot wait: the badge of the page's own
   * app when its address alone flags it. The rest (the publisher and name match, tiles, settings, the extension
   * APIs, reports) comes once `settled`.
   */
  let settled = false;

  let badgesMade = false;
  function removeBadges(): void {
    if (!badgesMade) return; // none to look for in a page that may be large
    for (const host of document.querySelectorAll(`[${BADGE_ATTR}]`)) host.remove();
  }

  /** The reader's home jurisdiction (the settings' choice, else the browser's language), for these settings. */
  let home: { for: Settings; code: string | null } | null = null;
  const homeCode = () => (home?.for === settings ? home.code : (home = { for: settings, code: homeOf(settings, uiLanguage()) }).code);

  /** The flag as the badge tells it: the home jurisdiction first; null when no badge is due under the settings. */
  function flagToShow(app: AppIdentity) {
    const flag = flagFor(table, app, today());
    if (!flag || flag.level === 'none') return null;
    const placed = { ...homeFirst(flag.levels, homeCode()), matchedBy: flag.matchedBy };
    if (settings.homeOnlyBadges && placed.where !== 'home') return null;
    return placed.level !== 'none' && settings.badgeLevels.includes(placed.level) ? placed : null;
  }

  /** Puts the right badge on `anchor` (or none), replacing one that says something else. */
  function ensureBadge(anchor: Element, app: AppIdentity, detail: boolean): void {
    const key = appKey(app);
    const flag = flagToShow(app);
    const text = flag ? badgeText(flag, table, homeCode()) : null;
    const signature = flag && text ? `${flag.level}|${flag.where}|${text.label}|${flag.matchedBy}` : '';
    const existing = anchor.querySelector<HTMLElement>(`:scope > [${BADGE_ATTR}]`);
    if (existing?.getAttribute(BADGE_ATTR) === key && existing.dataset.signature === signature) return;
    existing?.remove();
    if (!flag || !text || flag.level === 'none') return;
    const { label, summary } = text;
    const onActivate = detail
      ? () =>
          void send({
            type: 'open-detail',
            app: { store: app.store, id: app.id, title: app.title, developer: app.developer, ...(app.androidPackage ? { androidPackage: app.androidPackage } : {}) },
          })
      : undefined;
    const host = createBadge(
      document,
      { level: flag.level, where: flag.where, label, summary, ...(onActivate ? { onActivate } : {}) },
      key,
    );
    host.dataset.signature = signature;
    anchor.append(host);
    badgesMade = true;
  }

  // Messages wait for the page's load event (waking the worker and updating the toolbar while the page is
  // still loading would compete with it) and for the stored settings (a store the user turned off must not
  // set the toolbar). Badges never wait: they come from the bundled table.
  let loaded = document.readyState === 'complete';
  let settingsRead = false;
  const held: PageStateMessage[] = [];
  const flush = () => {
    if (loaded && settingsRead) for (const m of held.splice(0)) void send(m);
  };
  if (!loaded) {
    addEventListener(
      'load',
      () => {
        loaded = true;
        flush();
      },
      { once: true },
    );
  }

  function report(message: Omit<PageStateMessage, 'type'>): void {
    for (let i = 0; i < Math.max(1, message.apps.length); i += MAX_APPS_PER_MESSAGE) {
      const apps = message.apps.slice(i, i + MAX_APPS_PER_MESSAGE);
      const m: PageStateMessage = { type: 'page-state', ...message, apps, append: message.append || i > 0 };
      held.push(m);
    }
    flushSoon();
  }

  /** Badges first: messages leave in a task of their own, so the page can paint what was just badged. */
  let flushQueued = false;
  function flushSoon(): void {
    if (flushQueued) return;
    flushQueued = true;
    setTimeout(() => {
      flushQueued = false;
      flush();
    }, 0);
  }

  const active = () => !!(url && found && settings.stores[found.store.id]);

  function pageKind(): CurrentPageReply['page'] {
    if (!active()) return 'none';
    if (found!.match.kind === 'detail') return detail ? 'detail' : found!.store.detailUrlsIncludeNonApps ? 'none' : 'unreadable';
    return tiles.size ? 'list' : 'unreadable';
  }

  function current(): CurrentPageReply {
    const page = pageKind();
    const apps =
      // Every app the page has shown (as reported to the background, so popup and toolbar count the same).
      page === 'detail' ? [detail!.app] : page === 'list' ? [...tiles.values()].map((t) => t.app) : [];
    return { url: location.href, page, apps };
  }

  /** Whether the page's address alone names a flagged app (all the first phase looks at). */
  function flaggedByAddress(): boolean {
    const id = found?.match.kind === 'detail' ? found.match.id : null;
    return !!id && active() && flagToShow({ store: found!.store.id, id, title: null, developer: null }) !== null;
  }

  /** Reads the detail page's app again (cheap: a few queries); moves the badge if the name's element changed. */
  function readDetail(): void {
    if (!found || !url || found.match.kind !== 'detail') return;
    if (!settled && !flaggedByAddress()) return;
    const reading = found.store.readDetail(document, url);
    if (!reading) return; // keep what was read before: a page in the middle of re-rendering may show nothing
    if (detail?.titleElement && detail.titleElement !== reading.titleElement) {
      detail.titleElement.querySelector(`:scope > [${BADGE_ATTR}]`)?.remove();
    }
    const becameReadable = !detail;
    if (detail && identityKey(detail.app) !== identityKey(reading.app)) sentPage = null; // report it again
    detail = reading;
    if (reading.titleElement) ensureBadge(reading.titleElement, reading.app, true);
    // Tiles rendered before the app could be read were skipped: read them (soon, see readAllTilesSoon).
    if (becameReadable) readAllTilesSoon();
  }

  /**
   * Reads every tile of the page. While the page is still loading this waits for a quiet moment (at most
   * 300 ms), so that a page full of tiles does not load slower; the page's own app is badged at once, and
   * tiles added later are read as they come (scanAdded).
   */
  let tilesPending = false;
  function readAllTilesSoon(): void {
    // Reads the page as it is when it runs (after an in-page navigation meanwhile, that is the new page).
    if (!settled) return; // settling reads the whole page
    const run = () => {
      tilesPending = false;
      if (!active()) return;
      try {
        addTiles(found!.store.readTiles(document, url!));
      } catch {
        // A page can be arbitrarily strange; reading it must never take the page down.
      }
      sync();
    };
    if (document.readyState === 'complete') return run();
    if (tilesPending) return;
    tilesPending = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
    else setTimeout(run, 50);
  }

  /** Which app each tile element shows, to notice an element the page reuses for another app. */
  const shownBy = new WeakMap<Element, string>();

  function addTiles(read: Tile[]): void {
    for (const tile of read) {
      if (detail && tile.app.id === detail.app.id) continue;
      const key = appKey(tile.app);
      const before = shownBy.get(tile.element);
      if (before && before !== key && tiles.get(before)?.element === tile.element) tiles.delete(before);
      shownBy.set(tile.element, key);
      const known = tiles.get(key);
      if (!known) tilesAdded = true;
      if (!known || !known.element.isConnected) tiles.set(key, tile);
      if (settings.tileBadges) ensureBadge(tile.element, tile.app, false);
    }
  }

  /** Whether an app joined `tiles` since the last sync (most DOM changes add none: then sync costs nothing). */
  let tilesAdded = false;

  /** Tells the background what is new: the whole page when its kind changed, else only apps not sent yet. */
  function sync(): void {
    if (!settled) return; // settling reads the whole page and reports it
    const page = pageKind();
    if (sentPage === page && !tilesAdded) return;
    tilesAdded = false;
    const tileApps = [...tiles.values()].map((t) => t.app);
    const all = page === 'detail' ? [detail!.app, ...tileApps] : page === 'list' ? tileApps : [];
    if (sentPage !== page) {
      sentPage = page;
      sentApps.clear();
      all.forEach((a) => sentApps.add(appKey(a)));
      report({ url: pageUrl, page, apps: all, append: false });
      return;
    }
    const fresh = all.filter((a) => !sentApps.has(appKey(a)));
    if (fresh.length) {
      fresh.forEach((a) => sentApps.add(appKey(a)));
      report({ url: pageUrl, page, apps: fresh, append: true });
    }
  }

  /** Reads the whole page: at start, after navigation, after a settings change. */
  function fullScan(): void {
    const href = location.href;
    if (href !== pageUrl) {
      pageUrl = href;
      url = parseUrl(href);
      found = url && recogniseUrl(url, stores);
      sentPage = null;
      sentApps.clear();
      detail = null;
      tiles.clear();
      removeBadges();
      if (!active()) report({ url: href, page: 'none', apps: [], append: false });
    }
    if (!active()) return;
    if (found!.match.kind === 'list') return readAllTilesSoon(); // it reports once the tiles are read
    try {
      readDetail(); // reads the tiles too, once the app is readable
    } catch {
      // A page can be arbitrarily strange; reading it must never take the page down.
    }
    sync();
  }

  /**
   * What the page just added, and only that, is read (the page's own size does not count): so a change is
   * handled at once, in the same task, however often the page changes — no waiting for it to settle.
   */
  function scanAdded(records: MutationRecord[]): void {
    if (location.href !== pageUrl) return fullScan();
    if (!active()) return;
    const roots = new Set<Element>();
    let changed = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        // A link re-pointed in place: read the tile around it again.
        changed = true;
        const el = r.target as Element;
        roots.add(el.closest('[data-docid]') ?? el.parentElement ?? el);
        continue;
      }
      for (const n of r.addedNodes) {
        if (isBadgeHost(n)) continue;
        changed = true;
        if (n.nodeType === 1) roots.add(n as Element);
      }
      if (!changed) for (const n of r.removedNodes) if (!isBadgeHost(n)) changed = true;
    }
    if (!changed) return; // only our own badges came and went
    try {
      // The page's own app is read again only when the change can concern it (reading it parses JSON-LD).
      const mayShowApp = (el: Element) => el.matches(APP_SIGNALS) || el.querySelector(APP_SIGNALS) !== null;
      if (!detail || !detail.titleElement?.isConnected || [...roots].some(mayShowApp)) readDetail();
      if (settled && (found!.match.kind === 'list' || detail)) {
        for (const root of roots) {
          if (!root.isConnected) continue;
          let inside = false; // a node added inside another added node is read with it
          for (let p = root.parentElement; p && !inside; p = p.parentElement) inside = roots.has(p);
          if (!inside) addTiles(found!.store.readTiles(root, url!));
        }
      }
    } catch {
      // as above
    }
    sync();
  }

  /** Watches the page's changes; a page still loading is watched only when its own app is flagged. */
  let observer: MutationObserver | null = null;
  function observe(): void {
    observer ??= new MutationObserver(scanAdded);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }
  addEventListener('popstate', () => fullScan());
  // Back/forward cache: the page comes back as it was, but the background forgot it; report it again.
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    sentPage = null;
    sync();
  });

  /** New settings: the page is read again from scratch (fullScan removes the old badges). */
  function applySettings(next: Settings): void {
    settings = next;
    pageUrl = '';
    fullScan();
  }

  // Badges under the defaults never wait for the stored settings; the page is read again if those differ.
  const settingsReady = (stored: Settings) => {
    if (JSON.stringify(stored) !== JSON.stringify(settings)) {
      held.length = 0; // reports made under the defaults no longer hold
      applySettings(stored);
    }
    settingsRead = true;
    flush();
  };

  /** The second phase: everything the first one left out. */
  function settle(): void {
    if (settled) return;
    settled = true;
    observe();
    const api = ext();
    // The popup asks what this tab shows now. Web pages cannot reach runtime.onMessage at all; of the
    // extension's own parts, only its pages (not other content scripts) are answered.
    api?.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== api.runtime.id || !sender.url?.startsWith(api.runtime.getURL(''))) return;
      if ((message as { type?: unknown } | null)?.type === 'current-page') {
        sendResponse(current());
      }
    });
    api?.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      applySettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
    });
    const appReadBefore = detail !== null; // then readDetail will not read the tiles: read them here
    fullScan();
    if (appReadBefore) readAllTilesSoon();
    if (api) {
      api.storage.local
        .get(SETTINGS_KEY)
        .then((stored) => settingsReady(parseSettings(stored?.[SETTINGS_KEY])))
        .catch(() => settingsReady(defaultSettings()));
    } else settingsReady(defaultSettings());
  }

  if (document.readyState === 'complete') settle();
  else {
    fullScan(); // the first phase: the page's own app, if its address flags it
    if (flaggedByAddress()) observe(); // its name may come later, as the page renders
    // Just after the load event (not in it), or at the first quiet moment of a page still loading.
    addEventListener('load', () => setTimeout(settle, 0), { once: true });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(settle);
  }
}
