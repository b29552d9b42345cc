/** Gets what the popup shows: the active tab's page (asked of its content script) and the verdicts. */
import browser from 'webextension-polyfill';
import type { DatasetIndex } from '../core/dataset/types';
import type { AppIdentity, PageKind } from '../core/identity';
import { MAX_APPS_PER_MESSAGE, type CurrentPageReply } from '../core/messages';
import { homeOf, parseSettings, SETTINGS_KEY } from '../core/settings';
import type { Verdict } from '../core/verdict/lookup';
import { uiLanguage } from '../ui/i18n';

export interface PopupData {
  page: PageKind;
  url: string | null;
  /** All apps the page shows (for list pages: how many we read). */
  appCount: number;
  verdicts: Verdict[];
  meta: DatasetIndex['meta'] | null;
  jurisdictions: DatasetIndex['jurisdictions'];
}

interface LookupReply {
  verdicts: Verdict[];
  meta: DatasetIndex['meta'];
  jurisdictions: DatasetIndex['jurisdictions'];
}

/** Verdicts for any number of apps, asked in batches of at most MAX_APPS_PER_MESSAGE (the gate's limit). */
async function lookup(apps: AppIdentity[]): Promise<LookupReply> {
  const replies: LookupReply[] = [];
  for (let i = 0; i === 0 || i < apps.length; i += MAX_APPS_PER_MESSAGE) {
    replies.push((await browser.runtime.sendMessage({ type: 'lookup', apps: apps.slice(i, i + MAX_APPS_PER_MESSAGE) })) as LookupReply);
  }
  return { ...replies[0]!, verdicts: replies.flatMap((r) => r.verdicts) };
}

/**
 * The jurisdiction shown first: the one chosen in the settings (validated on read; a corrupted value
 * counts as unset), else the one the browser's language points to.
 */
export async function loadHome(): Promise<string | null> {
  const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return homeOf(parseSettings(stored[SETTINGS_KEY]), uiLanguage());
}

/** Detail view opened from an inline badge: `?store=…&id=…`. */
export async function loadForApp(
  store: string,
  id: string,
  title: string | null = null,
  developer: string | null = null,
  androidPackage: string | null = null,
): Promise<PopupData> {
  const app = { store, id, title, developer, ...(androidPackage ? { androidPackage } : {}) } as AppIdentity;
  const reply = await lookup([app]);
  return { page: 'detail', url: null, appCount: 1, ...reply };
}

/** The toolbar popup shows the active tab; opened as a page with `?tabId=N` it shows tab N. */
export async function loadForTab(tabIdParam: string | null): Promise<PopupData> {
  const requested = tabIdParam !== null && /^\d{1,10}$/.test(tabIdParam) ? Number(tabIdParam) : null;
  const [tab] = requested !== null ? [{ id: requested }] : await browser.tabs.query({ active: true, currentWindow: true });
  const empty: PopupData = { page: 'none', url: null, appCount: 0, verdicts: [], meta: null, jurisdictions: {} };
  if (tab?.id === undefined) return empty;
  const current = (await browser.tabs
    .sendMessage(tab.id, { type: 'current-page' })
    .catch(() => null)) as CurrentPageReply | null;

  if (!current) {
    // No content script answered: not a store page, or one loaded before the extension was. What the background
    // kept for the tab may be from an earlier document of it, so only the dataset's dates are taken from it.
    const stored = (await browser.runtime.sendMessage({ type: 'tab-state', tabId: tab.id }).catch(() => null)) as {
      meta: DatasetIndex['meta'];
      jurisdictions: DatasetIndex['jurisdictions'];
    } | null;
    return { ...empty, meta: stored?.meta ?? null, jurisdictions: stored?.jurisdictions ?? {} };
  }
  const apps = current.page === 'detail' ? current.apps.slice(0, 1) : current.apps;
  const reply = await lookup(apps);
  const verdicts = current.page === 'detail' ? reply.verdicts : reply.verdicts.filter((v) => v.level !== 'none');
  return { page: current.page, url: current.url, appCount: current.apps.length, ...reply, verdicts };
}

/**
 * What the popup's address asks for (`?store=…&id=…` from a badge, else the tab), with the reader's home. Started
 * by the popup's entry before the view's code is loaded, so the lookup and the loading overlap.
 */
export function startLoading(search: string): Promise<{ data: PopupData; home: string | null }> {
  const params = new URLSearchParams(search);
  const store = params.get('store');
  const id = params.get('id');
  const text = (name: string) => params.get(name)?.slice(0, 300) || null;
  const load = store && id ? loadForApp(store, id, text('title'), text('developer'), text('package')) : loadForTab(params.get('tabId'));
  return Promise.all([load, loadHome().catch(() => null)]).then(([data, home]) => ({ data, home }));
}
