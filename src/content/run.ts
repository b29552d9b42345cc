/**
 * Content script: reads the store page, badges flagged apps at once from the bundled flag table,
 * and tells the background what the page shows (one message per page state or batch of new tiles).
 * Built once per store, as one self-contained file with only that store's module (see vite.config.ts);
 * nothing here is reachable by the page.
 */
import flagsJson from '../generated/flags.json';
import type { AppIdentity } from '../core/identity';
import { MAX_APPS_PER_MESSAGE, type CurrentPageReply, type PageStateMessage } from '../core/messages';
import { parseUrl, readPage, recogniseUrl } from '../core/readPage';
import { defaultSettings, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { flagFor, type FlagTable } from '../core/verdict/flags';
import { BADGE_ATTR, createBadge, isBadgeHost } from './badge';
import { badgeText } from './labels';
import { ext, send } from './platform';
import type { StoreModule } from '../core/stores/types';

const table = flagsJson as unknown as FlagTable;
const appKey = (a: AppIdentity) => `${a.store}:${a.id}`;
const today = () => new Date().toISOString().slice(0, 10);

/** Runs the content script for the given store(s) on this page. */
export function startContentScript(...stores: StoreModule[]): void {
  let settings: Settings = defaultSettings();
  let pageUrl = '';
  let sentPage: CurrentPageReply['page'] | null = null;
  const sentApps = new Set<string>();
  let current: CurrentPageReply = { url: location.href, page: 'none', apps: [] };

  function removeBadges(): void {
    for (const host of document.querySelectorAll(`[${BADGE_ATTR}]`)) host.remove();
  }

  function flagToShow(app: AppIdentity) {
    const flag = flagFor(table, app, today());
    return flag && flag.level !== 'none' && settings.badgeLevels.includes(flag.level) ? flag : null;
  }

  /** Puts a badge on `anchor` unless an identical one is there already. */
  function ensureBadge(anchor: Element, app: AppIdentity, detail: boolean): void {
    const key = appKey(app);
    const existing = anchor.querySelector(`:scope > [${BADGE_ATTR}]`);
    if (existing?.getAttribute(BADGE_ATTR) === key) return;
    existing?.remove();
    const flag = flagToShow(app);
    if (!flag || flag.level === 'none') return;
    const { label, summary } = badgeText(flag, table.jn);
    const onActivate = detail
      ? () => void send({ type: 'open-detail', app: { store: app.store, id: app.id } })
      : undefined;
    anchor.append(createBadge(document, { level: flag.level, label, summary, ...(onActivate ? { onActivate } : {}) }, key));
  }

  function report(message: Omit<PageStateMessage, 'type'>): void {
    for (let i = 0; i < Math.max(1, message.apps.length); i += MAX_APPS_PER_MESSAGE) {
      const apps = message.apps.slice(i, i + MAX_APPS_PER_MESSAGE);
      void send({ type: 'page-state', ...message, apps, append: message.append || i > 0 });
    }
  }

  function scan(): void {
    const href = location.href;
    const urlChanged = href !== pageUrl;
    if (urlChanged) {
      pageUrl = href;
      sentPage = null;
      sentApps.clear();
      removeBadges();
    }
    const url = parseUrl(href);
    const found = url && recogniseUrl(url, stores);
    if (!url || !found || !settings.stores[found.store.id]) {
      current = { url: href, page: 'none', apps: [] };
      if (urlChanged) report({ url: href, page: 'none', apps: [], append: false });
      return;
    }

    const reading = readPage(document, url, stores);
    current = { url: href, page: reading.page, apps: reading.apps };
    if (reading.detail?.titleElement) ensureBadge(reading.detail.titleElement, reading.detail.app, true);
    if (settings.tileBadges) for (const tile of reading.tiles) ensureBadge(tile.element, tile.app, false);

    const all = reading.detail ? [reading.detail.app, ...reading.tiles.map((t) => t.app)] : reading.apps;
    if (sentPage !== reading.page) {
      sentPage = reading.page;
      sentApps.clear();
      all.forEach((a) => sentApps.add(appKey(a)));
      report({ url: href, page: reading.page, apps: all, append: false });
      return;
    }
    const fresh = all.filter((a) => !sentApps.has(appKey(a)));
    if (fresh.length) {
      fresh.forEach((a) => sentApps.add(appKey(a)));
      report({ url: href, page: reading.page, apps: fresh, append: true });
    }
  }

  // Re-scan when the page changes (in-page navigation, tiles loading as the user scrolls): at once for the
  // first change, so a new app is badged within the same task, then at most every 100 ms while changes keep
  // coming (a page that mutates its DOM thousands of times costs a few scans, not thousands).
  // Mutations that are only our own badges coming and going are ignored.
  const MIN_SCAN_INTERVAL_MS = 100;
  let lastScan = -Infinity;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  function runScan(): void {
    lastScan = performance.now();
    scan();
  }
  function requestScan(): void {
    if (trailing !== undefined) return;
    const wait = lastScan + MIN_SCAN_INTERVAL_MS - performance.now();
    if (wait <= 0) runScan();
    else
      trailing = setTimeout(() => {
        trailing = undefined;
        runScan();
      }, wait);
  }
  const onlyOurs = (records: MutationRecord[]) =>
    records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => isBadgeHost(n)));
  new MutationObserver((records) => {
    if (!onlyOurs(records)) requestScan();
  }).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', requestScan);

  // The popup asks what this tab shows now. Web pages cannot reach runtime.onMessage at all; of the
  // extension's own parts, only its pages (not other content scripts) are answered.
  ext?.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!ext || sender.id !== ext.runtime.id || !sender.url?.startsWith(ext.runtime.getURL(''))) return;
    if ((message as { type?: unknown } | null)?.type === 'current-page') {
      sendResponse(current);
    }
  });

  ext?.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settings = parseSettings(changes[SETTINGS_KEY]?.newValue);
    removeBadges();
    pageUrl = '';
    runScan();
  });

  // First scan at once from defaults so the badge never waits; then again if stored settings differ.
  runScan();
  void ext?.storage.local
    .get(SETTINGS_KEY)
    .then((stored) => {
      const loaded = parseSettings(stored?.[SETTINGS_KEY]);
      if (JSON.stringify(loaded) !== JSON.stringify(settings)) {
        settings = loaded;
        removeBadges();
        runScan();
      }
    })
    .catch(() => undefined);
}
