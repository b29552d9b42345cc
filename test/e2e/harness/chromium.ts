/** Real Chromium (Debian's /usr/bin/chromium) with the built extension, driven by playwright-core. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browsers } from '../../../scripts/browsers';
import { DIST, pageFor } from './pages';

export const CHROMIUM = browsers().chromium.path;

export interface Refused {
  url: string;
  /** The extension's service worker, one of its pages, or a web page (the page itself or a content script). */
  by: 'service-worker' | 'extension-page' | 'page';
  /** The URL of the document that made the request. */
  from: string;
}

/** The flags found to work on these machines (see ../shared/TOOLCHAIN.md); also used by the bench. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumSession {
  ctx: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  /** Opens a store URL in a new tab; gives the page and its tab id. */
  openStore(url: string): Promise<{ page: Page; tabId: number }>;
  /** The toolbar badge text for a tab. */
  toolbarText(tabId: number): Promise<string>;
  /** The toolbar button's tooltip for a tab. */
  toolbarTitle(tabId: number): Promise<string>;
  /** The page URL the background keeps for a tab in storage.session. */
  storedUrl(tabId: number): Promise<string | null>;
  /** Every request the browser tried that we did not serve, with who made it. */
  refused: Refused[];
  /** Holds requests for `url` unanswered (so a page using it cannot finish loading) until the returned release. */
  hold(url: string): () => void;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  if (!existsSync(join(DIST.chrome, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const profile = mkdtempSync(join(tmpdir(), 'ban-radar-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${DIST.chrome}`,
      `--load-extension=${DIST.chrome}`,
    ],
  });
  const refused: Refused[] = [];
  const holds = new Map<string, Promise<void>>();
  await ctx.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    await holds.get(url);
    if (url.startsWith('chrome-extension://')) return route.continue(); // the extension's own files
    const html = pageFor(url);
    if (html !== null) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    const worker = request.serviceWorker();
    let from = worker?.url() ?? '';
    try {
      from ||= request.frame().url();
    } catch {
      // no frame (e.g. a worker request)
    }
    const by = worker ? 'service-worker' : from.startsWith('chrome-extension://') ? 'extension-page' : 'page';
    refused.push({ url, by, from });
    return route.abort('blockedbyclient');
  });
  const worker = async () => ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  const tabIds = async (): Promise<number[]> =>
    (await worker()).evaluate(async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id));
  return {
    ctx,
    extensionId,
    worker,
    async openStore(url) {
      const before = new Set(await tabIds());
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const tabId = (await tabIds()).find((id) => !before.has(id))!;
      return { page, tabId };
    },
    async toolbarText(tabId) {
      return (await worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async toolbarTitle(tabId) {
      return (await worker()).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    },
    async storedUrl(tabId) {
      return (await worker()).evaluate(async (id) => {
        const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { url?: string } | undefined;
        return state?.url ?? null;
      }, tabId);
    },
    refused,
    hold(url) {
      let release!: () => void;
      holds.set(url, new Promise<void>((r) => (release = r)));
      return () => {
        holds.delete(url);
        release();
      };
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface SeenMessage {
  type: string;
  apps: number;
  /** Date.now() in the worker when it arrived. */
  t: number;
}

/** Counts messages reaching the background from now on, with a listener added beside the extension's own. */
export async function countMessages(worker: () => Promise<Worker>): Promise<() => Promise<SeenMessage[]>> {
  await (await worker()).evaluate(() => {
    const g = globalThis as unknown as { __seen?: SeenMessage[]; __listening?: boolean };
    g.__seen = [];
    if (!g.__listening) {
      g.__listening = true;
      chrome.runtime.onMessage.addListener((m: { type: string; apps?: unknown[] }) => {
        g.__seen!.push({ type: m.type, apps: m.apps?.length ?? 0, t: Date.now() });
      });
    }
  });
  return async () => (await worker()).evaluate(() => (globalThis as unknown as { __seen: SeenMessage[] }).__seen);
}
