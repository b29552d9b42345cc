/**
 * Content script: reads the store page, decides which apps are flagged, draws their badges, and tells the
 * background what the page shows. Built once per store, as one self-contained file with only that store's
 * module (see vite.config.ts); nothing here is reachable by the page.
 *
 * The data flows one way, through four parts:
 *   reading the page (the store module, into a PageModel: the page's own app, its tiles, in-page navigation)
 *   → deciding flags (FlagSource: the store's flag table from extension storage, read once per page)
 *   → drawing badges (Badges) → reporting to the background (Reporter: one message per page state or batch).
 *
 * Two phases. The browser injects this script right before the load event of a page that loads fast, so
 * whatever it does at once is added to the page's load time. Until the page has loaded (or the browser has a
 * quiet moment while it loads) the script does nothing; everything starts in settle().
 */
import flagsVersion from '../generated/flags-version.json';
import type { AppIdentity } from '../core/identity';
import type { CurrentPageReply, PageStateMessage } from '../core/messages';
import { defaultSettings, homeOf, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import type { StoreId } from '../core/dataset/vocabulary';
import type { Flag } from '../core/verdict/flags';
import { shownFlag } from '../core/verdict/home';
import { isoDay } from '../core/verdict/levels';
import type { StoreModule, Tile } from '../core/stores/types';
import { isBadgeHost } from './badge';
import { Badges } from './badges';
import { FlagSource } from './flagSource';
import { PageModel } from './pageModel';
import { ext, send, uiLanguage } from './platform';
import { Reporter } from './reporter';

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
  const page = new PageModel(stores);
  const sources = new Map<StoreId, FlagSource>();
  /** The flag table of a store, read from storage once per page. */
  const flags = (store: StoreId) => {
    let source = sources.get(store);
    if (!source) {
      const io = {
        read: (keys: string[]) => ext()!.storage.local.get(keys),
        ask: (s: StoreId) => send({ type: 'flag-table', store: s }) as Promise<Record<string, unknown> | undefined>,
      };
      sources.set(store, (source = new FlagSource(io, flagsVersion.version, store)));
    }
    return source;
  };
  const badges = new Badges(document, (app) => {
    const { store, id, title, developer, androidPackage } = app;
    void send({ type: 'open-detail', app: { store, id, title, developer, ...(androidPackage ? { androidPackage } : {}) } });
  });
  const reporter = new Reporter((m: PageStateMessage) => void send(m), document.readyState === 'complete');

  /** The reader's home jurisdiction (the settings' choice, else the browser's language), for these settings. */
  let home: { for: Settings; code: string | null } | null = null;
  const homeCode = () => (home?.for === settings ? home.code : (home = { for: settings, code: homeOf(settings, uiLanguage()) }).code);
  const store = () => page.activeStore((s) => settings.stores[s.id]);

  // ---- deciding and drawing: at once once the store's table has been read (at settle); until then, when it is

  /** Anchors waiting for their store's table, with what to draw there once it is read. */
  const waiting = new Map<Element, { app: AppIdentity; detail: boolean }>();
  let readQueued = false;

  function draw(anchor: Element, app: AppIdentity, flag: Flag | null, detail: boolean): void {
    badges.ensure(anchor, app, shownFlag(flag, settings, homeCode()), flags(app.store).words!, homeCode(), detail);
  }

  function badge(anchor: Element, app: AppIdentity, detail: boolean): void {
    const flag = flags(app.store).flag(app, today());
    if (flag !== undefined) {
      waiting.delete(anchor);
      return draw(anchor, app, flag, detail);
    }
    waiting.set(anchor, { app, detail });
    if (readQueued) return;
    readQueued = true;
    // Only until the table has been read (once a page): every app asked for meanwhile is drawn when it is.
    queueMicrotask(() => {
      readQueued = false;
      const batch = [...waiting];
      void Promise.all([...new Set(batch.map(([, w]) => w.app.store))].map((st) => flags(st).load())).then(() => {
        for (const [anchor, w] of batch) {
          if (waiting.get(anchor) !== w) continue; // asked again since, or the page moved on
          const flag = flags(w.app.store).flag(w.app, today());
          if (flag === undefined) continue; // no answer (the worker is restarting): the next read tries again
          waiting.delete(anchor);
          if (anchor.isConnected) draw(anchor, w.app, flag, w.detail);
        }
      });
    });
  }

  // ---- reading the page

  /** Reads the detail page's app again (cheap: a few queries); moves the badge if the name's element changed. */
  function readDetail(): void {
    const s = store();
    if (!s || !page.isDetailPage()) return;
    const reading = s.readDetail(document, page.url!);
    if (!reading) return; // keep what was read before: a page in the middle of re-rendering may show nothing
    const change = page.acceptDetail(reading);
    if (change.movedFrom) {
      waiting.delete(change.movedFrom);
      badges.removeFrom(change.movedFrom);
    }
    if (change.identityChanged) reporter.forget(); // report it again
    if (reading.titleElement) badge(reading.titleElement, reading.app, true);
    // Tiles rendered before the app could be read were skipped: read them (soon, see readAllTilesSoon).
    if (change.becameReadable) readAllTilesSoon();
  }

  function addTiles(read: Tile[]): void {
    for (const tile of page.addTiles(read)) if (settings.tileBadges) badge(tile.element, tile.app, false);
  }

  /**
   * Reads every tile of the page. While the page is still loading this waits for a quiet moment (at most
   * 300 ms), so that a page full of tiles does not load slower; tiles added later are read as they come.
   */
  let tilesPending = false;
  function readAllTilesSoon(): void {
    // Reads the page as it is when it runs (after an in-page navigation meanwhile, that is the new page).
    const run = () => {
      tilesPending = false;
      const s = store();
      if (!s) return;
      try {
        addTiles(s.readTiles(document, page.url!));
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

  /** Reads the whole page: at start, after navigation, after a settings change. */
  function fullScan(): void {
    if (page.navigate(location.href)) {
      reporter.forget();
      waiting.clear();
      badges.removeAll();
    }
    if (!store()) return sync();
    if (!page.isDetailPage()) return readAllTilesSoon(); // it reports once the tiles are read
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
    if (location.href !== page.href) return fullScan();
    const s = store();
    if (!s) return;
    const roots = new Set<Element>();
    let changed = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        // A link re-pointed in place: read the tile around it again.
        changed = true;
        const el = r.target as Element;
        roots.add(s.tileAround?.(el) ?? el.parentElement ?? el);
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
      const detail = page.detail;
      const mayShowApp = (el: Element) => el.matches(APP_SIGNALS) || el.querySelector(APP_SIGNALS) !== null;
      if (!detail || !detail.titleElement?.isConnected || [...roots].some(mayShowApp)) readDetail();
      if (!page.isDetailPage() || page.detail) {
        for (const root of roots) {
          if (!root.isConnected) continue;
          let inside = false; // a node added inside another added node is read with it
          for (let p = root.parentElement; p && !inside; p = p.parentElement) inside = roots.has(p);
          if (!inside) addTiles(s.readTiles(root, page.url!));
        }
      }
    } catch {
      // as above
    }
    sync();
  }

  // ---- reporting

  function current(): CurrentPageReply {
    const kind = page.kind(store() !== null);
    // Every app the page has shown (as reported to the background, so popup and toolbar count the same).
    return { url: location.href, page: kind, apps: kind === 'detail' ? [page.detail!.app] : page.apps(kind) };
  }

  function sync(): void {
    const kind = page.kind(store() !== null);
    const added = page.takeTilesAdded();
    if (reporter.reported(kind) && !added) return; // most page changes add no app: then this costs nothing
    reporter.sync(page.href, kind, page.apps(kind));
  }

  // ---- settings and the two phases

  /** New settings: the page is read again from scratch (fullScan removes the old badges). */
  function applySettings(next: Settings): void {
    settings = next;
    page.reset();
    fullScan();
  }

  // Badges under the defaults never wait for the stored settings; the page is read again if those differ.
  const settingsRead = (stored: Settings) => {
    if (JSON.stringify(stored) !== JSON.stringify(settings)) {
      reporter.discard(); // reports made under the defaults no longer hold
      applySettings(stored);
    }
  };

  let settled = false;
  function settle(): void {
    if (settled) return;
    settled = true;
    new MutationObserver(scanAdded).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
    addEventListener('popstate', () => fullScan());
    // Back/forward cache: the page comes back as it was, but the background forgot it; report it again.
    addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      reporter.forget();
      sync();
    });
    const api = ext();
    // The popup asks what this tab shows now. Web pages cannot reach runtime.onMessage at all; of the
    // extension's own parts, only its pages (not other content scripts) are answered.
    api?.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== api.runtime.id || !sender.url?.startsWith(api.runtime.getURL(''))) return;
      if ((message as { type?: unknown } | null)?.type === 'current-page') sendResponse(current());
    });
    api?.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      applySettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
    });
    // Worked out now, not when the first badge is due: the home jurisdiction's first reading costs ~1 ms (Intl).
    homeCode();
    today();
    // The store's flag table: read while the page is read, so that badges do not wait for it.
    page.navigate(location.href);
    const tableRead = page.found ? flags(page.found.store.id).load() : Promise.resolve();
    page.reset();
    fullScan();
    const settingsDone = api
      ? api.storage.local
          .get(SETTINGS_KEY)
          .then((stored) => settingsRead(parseSettings(stored?.[SETTINGS_KEY])))
          .catch(() => settingsRead(defaultSettings()))
      : Promise.resolve(settingsRead(defaultSettings()));
    // Reports wait for both, so that waking the worker never competes with drawing this page's badges.
    void Promise.all([tableRead.catch(() => undefined), settingsDone]).then(() => reporter.ready());
  }

  if (document.readyState === 'complete') settle();
  else {
    addEventListener('load', () => reporter.pageLoaded(), { once: true });
    // Just after the load event (not in it), or at the first quiet moment of a page still loading.
    addEventListener('load', () => setTimeout(settle, 0), { once: true });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(settle);
  }
}
