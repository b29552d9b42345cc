/** Real Chromium (Debian's /usr/bin/chromium) with the built extension, driven by playwright-core. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { DIST, pageFor } from './pages';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  ctx: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  /** Every request the browser tried that we did not serve. */
  refused: string[];
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  if (!existsSync(join(DIST.chrome, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const profile = mkdtempSync(join(tmpdir(), 'ban-radar-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${DIST.chrome}`,
      `--load-extension=${DIST.chrome}`,
    ],
  });
  const refused: string[] = [];
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue(); // the extension's own files
    const html = pageFor(url);
    if (html !== null) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  const worker = async () => ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    ctx,
    extensionId,
    worker,
    refused,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
