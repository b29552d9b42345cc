/**
 * Background worker: the one dispatcher for messages, the verdicts, the toolbar button and the
 * per-tab state. It sends nothing over the network: the dataset is in its package (a small core bundled here,
 * the rest read from the package's own files), and it keeps the content scripts' flag table in storage.local.
 */
import browser from 'webextension-polyfill';
import coreJson from '../generated/worker-core.json';
import flagsVersion from '../generated/flags-version.json';
import type { WorkerCore } from '../core/dataset/shards';
import type { AppIdentity } from '../core/identity';
import type { ToBackground } from '../core/messages';
import { handlesHost, STORE_MODULES } from '../core/stores';
import { homeOf, parseSettings, SETTINGS_KEY } from '../core/settings';
import { verdictHomeFirst } from '../core/verdict/home';
import { isoDay, type Level } from '../core/verdict/levels';
import type { Verdict } from '../core/verdict/lookup';
import { keysForStore, storedFlags } from '../core/verdict/flagStore';
import { STORES } from '../core/dataset/vocabulary';
import type { FlagTable } from '../core/verdict/flags';
import { ensureFlagStorage } from './flagStorage';
import { TabStore, type TabState } from './tabState';
import { readOwnFile } from './ownFiles';
import { WorkerIndex } from './workerIndex';
import { toolbarFor } from './toolbar';
import { admit, type SenderInfo } from './validate';

const core = coreJson as unknown as WorkerCore;
const index = new WorkerIndex(core, readOwnFile);
/** The content scripts' flag table, read from the package only to write storage or answer a content script. */
let flagTable: Promise<FlagTable> | null = null;
const flags = () =>
  (flagTable ??= (readOwnFile('data/flags.json') as Promise<FlagTable>).catch((e: unknown) => ((flagTable = null), Promise.reject(e))));
// The content scripts' flag table, in storage.local: written on install and update, checked on every start
// (and again when a content script had to ask, should the last write have failed or storage have been cleared).
let flagStorageReady = false;
let flagStorageWrite: Promise<void> | null = null;
function keepFlagStorage(): void {
  if (flagStorageReady || flagStorageWrite) return;
  flagStorageWrite = ensureFlagStorage(browser.storage.local, flagsVersion.version, flags)
    .then(() => void (flagStorageReady = true))
    .catch(() => undefined)
    .finally(() => void (flagStorageWrite = null));
}
keepFlagStorage();
const tabs = new TabStore(browser.storage.session);
const gate = {
  extensionId: browser.runtime.id,
  extensionBase: browser.runtime.getURL(''),
  storeHosts: (host: string) => STORE_MODULES.some((s) => handlesHost(s, host)),
};

function verdicts(apps: AppIdentity[]): Promise<Verdict[]> {
  return index.verdicts(apps, isoDay(new Date()));
}

const shortLabel = (level: Level) => browser.i18n.getMessage(`toolbarShort_${level.replace('-', '_')}`) || level;

/** The reader's home jurisdiction and whether only its actions count, from the settings (read each time: cheap). */
async function homeSettings(): Promise<{ home: string | null; homeOnly: boolean }> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.local.get(SETTINGS_KEY);
  } catch {
    // unreadable storage: the defaults
  }
  const settings = parseSettings(stored[SETTINGS_KEY]);
  return { home: homeOf(settings, browser.i18n.getUILanguage()), homeOnly: settings.homeOnlyBadges };
}

/** A jurisdiction's name in the browser's language (countries through Intl; states as the dataset names them). */
function jurisdictionName(code: string): string {
  const fallback = core.jurisdictions[code]?.name ?? code;
  if (code.includes('-')) return fallback;
  try {
    return new Intl.DisplayNames([browser.i18n.getUILanguage(), 'en'], { type: 'region' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

async function showToolbar(tabId: number, state: TabState | null): Promise<void> {
  const { home, homeOnly } = await homeSettings();
  const view = toolbarFor(state?.page ?? 'none', state?.apps ?? [], shortLabel, {
    homeName: home ? jurisdictionName(home) : null,
    homeOnly,
  });
  try {
    await browser.action.setBadgeText({ tabId, text: view.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: view.colour });
    const title = browser.i18n.getMessage(view.title.message, view.title.substitution ? [view.title.substitution] : undefined);
    await browser.action.setTitle({ tabId, title: title || 'Ban Radar' });
  } catch {
    // The tab was closed meanwhile.
  }
}

const lastDetailOpened = new Map<number, number>();

const handlers = {
  async 'page-state'(m: Extract<ToBackground, { type: 'page-state' }>, tabId: number) {
    const fresh = await verdicts(m.apps);
    const { home } = await homeSettings();
    const keep = (v: Verdict, i: number) => v.level !== 'none' || (m.page === 'detail' && !m.append && i === 0);
    const state = await tabs.update(tabId, (prev) => {
      // A batch continues the page it belongs to; one that arrives after the tab moved on is dropped.
      if (m.append && (!prev || prev.url !== m.url || prev.page !== m.page)) return prev;
      const base: TabState = m.append && prev ? prev : { url: m.url, page: m.page, appCount: 0, apps: [], updated: 0 };
      const known = new Set(base.apps.map((a) => `${a.identity.store}:${a.identity.id}`));
      const added = fresh
        .filter((v, i) => keep(v, i) && !known.has(`${v.identity.store}:${v.identity.id}`))
        .map((v) => {
          // The level the toolbar shows: the home jurisdiction's first, as the inline badge does.
          const placed = verdictHomeFirst(v, home);
          return { identity: v.identity, level: placed.level, where: placed.where };
        });
      return { ...base, appCount: base.appCount + m.apps.length, apps: [...base.apps, ...added], updated: Date.now() };
    });
    await showToolbar(tabId, state);
    return { ok: true };
  },
  async 'open-detail'(m: Extract<ToBackground, { type: 'open-detail' }>, tabId: number) {
    // At most one detail tab per store tab per second, whatever a page manages to trigger.
    const now = Date.now();
    if (now - (lastDetailOpened.get(tabId) ?? 0) < 1000) return { ok: false };
    lastDetailOpened.set(tabId, now);
    const params = new URLSearchParams({ store: m.app.store, id: m.app.id });
    if (m.app.title) params.set('title', m.app.title);
    if (m.app.developer) params.set('developer', m.app.developer);
    if (m.app.androidPackage) params.set('package', m.app.androidPackage);
    await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?${params}`) });
    return { ok: true };
  },
  /** A content script that found no current table in storage (this worker is writing it, or could not). */
  async 'flag-table'(m: Extract<ToBackground, { type: 'flag-table' }>) {
    const table = await flags();
    // Storage was cleared or a write failed: check and write it again.
    flagStorageReady = false;
    keepFlagStorage();
    const entries = storedFlags(table, STORES);
    return Object.fromEntries(keysForStore(m.store).map((k) => [k, entries[k]]));
  },
  async 'tab-state'(m: Extract<ToBackground, { type: 'tab-state' }>) {
    return { state: await tabs.get(m.tabId), meta: core.meta, jurisdictions: core.jurisdictions };
  },
  async lookup(m: Extract<ToBackground, { type: 'lookup' }>) {
    return { verdicts: await verdicts(m.apps), meta: core.meta, jurisdictions: core.jurisdictions };
  },
};

browser.runtime.onMessage.addListener((raw: unknown, sender: SenderInfo) => {
  const accepted = admit(raw, sender, gate);
  if (!accepted) return undefined; // unknown kind, wrong sender or bad payload: no reply at all
  const { message, tabId } = accepted;
  switch (message.type) {
    case 'page-state':
      return handlers['page-state'](message, tabId!);
    case 'open-detail':
      return handlers['open-detail'](message, tabId!);
    case 'flag-table':
      return handlers['flag-table'](message);
    case 'tab-state':
      return handlers['tab-state'](message);
    case 'lookup':
      return handlers.lookup(message);
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  lastDetailOpened.delete(tabId);
  void tabs.clear(tabId);
});
// No tabs.onUpdated listener: it would wake this worker on every load of every tab, competing with the very
// page whose badges are being drawn. A new document needs nothing from here: the browsers reset a tab's
// toolbar badge and title when it navigates (tested), and the popup believes only the tab's live content
// script, so a stored state left from an earlier document in the tab is never shown.
