/** Real Firefox (Debian's firefox-esr) with the built extension as a temporary add-on, over WebDriver BiDi. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browsers } from '../../../scripts/browsers';
import { DIST, pageFor } from './pages';

export const FIREFOX = browsers().firefox.path;
const UUID = '6f3b2c1e-8d4a-4e7b-9c2d-1a2b3c4d5e6f';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  refused: string[];
  /** A page whose requests are served from our fixtures and otherwise refused. */
  storePage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(DIST.firefox, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(join(DIST.firefox, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      'network.proxy.type': 0,
    },
  });
  await browser.installExtension(DIST.firefox);
  const refused: string[] = [];
  return {
    browser,
    base: `moz-extension://${UUID}/`,
    refused,
    async storePage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        // A request can be gone by the time we answer (its page closed): that is not an error here.
        const html = pageFor(req.url());
        if (html !== null) req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
        else {
          refused.push(req.url());
          req.abort().catch(() => undefined);
        }
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page in a new tab and waits for `ready`. Navigating to a moz-extension page never resolves
 * here, so the navigation is started, not awaited. While the page is still being created, Firefox's BiDi can fail
 * an evaluation outright ("right-hand side of 'in' should be an object"); that says nothing about the page, so the
 * wait is tried again.
 */
export async function openExtensionPage(s: FirefoxSession, path: string, ready: string, page?: Page): Promise<Page> {
  const tab = page ?? (await s.browser.newPage());
  if (!page) await tab.setViewport({ width: 420, height: 900 });
  void tab.goto(`${s.base}${path}`).catch(() => undefined);
  for (let attempt = 0; ; attempt++) {
    try {
      await tab.waitForSelector(ready, { timeout: 30_000 });
      return tab;
    } catch (err) {
      if (attempt >= 4 || !isTransientBidiError(err)) throw err;
      console.warn(`openExtensionPage(${path}): transient BiDi evaluation error, waiting again (attempt ${attempt + 2})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** puppeteer wraps the protocol error ("Waiting for selector … failed"), so look down the `cause` chain too. */
function isTransientBidiError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (/Protocol error .*right-hand side of 'in' should be an object/s.test(String(e))) return true;
  }
  return false;
}

/** Calls `fn` until `ok` holds or `ms` pass (puppeteer has no auto-retrying assertions); gives the last value. */
export async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let last = await fn();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    last = await fn();
  }
  return last;
}
