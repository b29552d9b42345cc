/**
 * Accessibility in real Firefox (firefox-esr, MV3 add-on, no network): axe-core finds no violations on the
 * popup (banned, past), the options page and the inline badge; the badge is reached with Tab and Enter
 * opens the detail. The Chromium file (a11y.chromium.test.ts) also covers dark mode, languages and screenshots.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage, poll, type FirefoxSession } from './harness/firefox';
import { URLS } from './harness/pages';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TIKTOK = { store: 'google-play', id: 'com.zhiliaoapp.musically' };
const CAPCUT = { store: 'google-play', id: 'com.lemon.lvoverseas' };

let s: FirefoxSession;

beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => s?.close());

async function axeViolations(page: Page, selector?: string) {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined'))) await page.evaluate(AXE);
  const violations = (await page.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ['violations'] });
    return JSON.parse(JSON.stringify(result.violations));
  }, selector ?? null)) as { id: string; help: string; nodes: { target: unknown[] }[] }[];
  return violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
}

describe('Firefox accessibility', () => {
  it('popup for a banned app and one whose only action ended: no axe violations', async () => {
    for (const app of [TIKTOK, CAPCUT]) {
      const popup = await openExtensionPage(s, `src/popup/index.html?${new URLSearchParams(app)}`, 'main .headline');
      expect(await popup.$eval('.headline', (h) => h.textContent ?? '')).not.toBe('');
      expect(await axeViolations(popup), `${app.id}`).toEqual([]);
      await popup.close();
    }
  });

  it('options page: labelled select of jurisdictions; no axe violations', async () => {
    const page = await openExtensionPage(s, 'src/options/index.html', '#home');
    await poll(() => page.$$eval('#home option', (os) => os.length), (n) => n > 1);
    expect(await page.$eval('label[for="home"]', (l) => l.textContent)).toBe('Shown first in badges, the toolbar button and the popup');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('badge: no axe violations; Tab reaches it and Enter opens the detail', async () => {
    const page = await s.storePage();
    await page.goto(URLS.tiktokPlay, { waitUntil: 'domcontentloaded' });
    const host = `[data-ban-radar="${TIKTOK.store}:${TIKTOK.id}"]`;
    await page.waitForSelector(host);
    expect(await axeViolations(page, host)).toEqual([]);

    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((h) => document.activeElement === document.querySelector(h), host);
    }
    expect(reached).toBe(true);
    // The background opens the detail with tabs.create; ask an extension page which tabs exist.
    const ext = await openExtensionPage(s, 'src/options/index.html', '#home');
    const detailTabs = () =>
      ext.evaluate(async () =>
        ((await browser.tabs.query({})) as { url?: string }[]).map((t) => t.url ?? '').filter((u) => u.includes('/src/popup/index.html?')),
      );
    expect(await detailTabs()).toEqual([]);
    await page.bringToFront();
    // Under load the tab switch can lag: wait until the store page has focus again, with the badge focused.
    await poll(() => page.evaluate((h) => document.hasFocus() && document.activeElement === document.querySelector(h), host), (v) => v);
    await page.keyboard.press('Enter');
    const urls = await poll(detailTabs, (u) => u.length > 0);
    expect(urls).toHaveLength(1);
    const url = new URL(urls[0]!);
    expect(url.searchParams.get('store')).toBe(TIKTOK.store);
    expect(url.searchParams.get('id')).toBe(TIKTOK.id);
    await ext.close();
    await page.close();
  });
});
