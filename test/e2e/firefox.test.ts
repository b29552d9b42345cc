/** End to end in real Firefox (firefox-esr, MV3 add-on): store page → inline badge → toolbar → popup, no network. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage, poll, type FirefoxSession } from './harness/firefox';
import { RESULTS, URLS } from './harness/pages';
import { expectedBadges } from './expected';

let s: FirefoxSession;
let ext: Page; // an extension page, from which browser.* APIs can be called
const shots = join(RESULTS, 'firefox');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  s = await launchFirefox();
  // An extension page, to ask the browser which tabs exist and to change settings as the options page would.
  ext = await openExtensionPage(s, 'src/options/index.html', '#home');
});
afterAll(async () => s?.close());

async function tabIds(): Promise<number[]> {
  return ext.evaluate(async () => (await browser.tabs.query({})).map((t: { id: number }) => t.id));
}

async function openStore(url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds());
  const page = await s.storePage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = (await tabIds()).find((id) => !before.has(id))!;
  return { page, tabId };
}

async function badges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-ban-radar]')].map((host) => ({
      key: host.getAttribute('data-ban-radar'),
      level: (host as HTMLElement).dataset.level,
      text: host.shadowRoot?.querySelector('.badge')?.textContent ?? '',
    })),
  );
}

/** The computed style of the badge inside the host with this key. */
async function badgeLook(page: Page, key: string) {
  return page.evaluate((k) => {
    const badge = document.querySelector(`[data-ban-radar="${k}"]`)!.shadowRoot!.querySelector('.badge')!;
    const style = getComputedStyle(badge);
    return { background: style.backgroundColor, fontSize: style.fontSize, radius: style.borderTopLeftRadius };
  }, key);
}

function openPopup(tabId: number): Promise<Page> {
  return openExtensionPage(s, `src/popup/index.html?tabId=${tabId}`, 'main > :not(.loading)');
}

describe('Firefox', () => {
  it('badges TikTok on Google Play where the reader lives first (en-US: restricted), banned elsewhere; toolbar; the popup lists the sources', async () => {
    const { page, tabId } = await openStore(URLS.tiktokPlay);
    await page.waitForSelector('[data-ban-radar]');
    const [b] = (await badges(page)).filter((x) => x.key === 'google-play:com.zhiliaoapp.musically');
    expect(b?.level).toBe('restricted');
    expect(b?.text).toMatch(/Restricted where you live \(United States( \+\d+)?\) · banned elsewhere$/);
    // The badge's own style reaches inside its shadow root (a shared sheet where the browser takes one, else a <style>).
    expect(await badgeLook(page, 'google-play:com.zhiliaoapp.musically')).toEqual({ background: 'rgb(138, 75, 0)', fontSize: '12px', radius: '999px' });
    await page.screenshot({ path: join(shots, 'badge-tiktok-play.png') });

    const toolbar = await poll(() => ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId), (t) => t === 'LIM');
    expect(toolbar).toBe('LIM');

    const popup = await openPopup(tabId);
    const links = await poll(
      () => popup.$$eval('.sources a', (as) => as.map((a) => (a as HTMLAnchorElement).href)),
      (l) => l.length > 0,
    );
    expect(links).toContain('https://pib.gov.in/PressReleseDetailm.aspx?PRID=1635206');
    expect(links).toContain('https://www.federalregister.gov/d/2020-17699');
    const after = await popup.$eval('.headline-after', (h) => h.textContent ?? '');
    expect(after).toMatch(/^Elsewhere, more serious: Blocked in India since/);
    await popup.screenshot({ path: join(shots, 'popup-tiktok.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('a tab that leaves the store for another site: the browser clears the toolbar, the popup says it is no store page', async () => {
    const { page, tabId } = await openStore(URLS.tiktokPlay);
    await page.waitForSelector('[data-ban-radar]');
    expect(await poll(() => ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId), (t) => t === 'LIM')).toBe('LIM');
    await page.goto(URLS.notAStore, { waitUntil: 'load' });
    expect(await poll(() => ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId), (t) => t === '')).toBe('');
    const popup = await openPopup(tabId);
    const text = await poll(() => popup.$eval('main', (m) => (m as HTMLElement).innerText), (t) => /Not an app-store page/.test(t));
    expect(text).toMatch(/Not an app-store page/);
    expect(text).not.toMatch(/TikTok/);
    await popup.close();
    await page.close();
  });

  it('shows no badge for a clean app (the real 2026 Minecraft page)', async () => {
    const { page, tabId } = await openStore(URLS.minecraftPlay);
    await page.waitForSelector('h1');
    // Wait until the content script has reported the page, then check that it drew nothing for this app.
    await poll(() => ext.evaluate(async (id) => Object.keys(await browser.storage.session.get(`tab:${id}`)).length, tabId), (n) => n > 0);
    expect((await badges(page)).filter((b) => b.key === 'google-play:com.mojang.minecraftpe')).toEqual([]);
    expect(await ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });

  it('badges every flagged tile on the real 2026 Play home page', async () => {
    const expected = expectedBadges(URLS.playHome);
    const { page } = await openStore(URLS.playHome);
    const got = await poll(() => badges(page), (b) => b.length >= expected.length);
    expect(got.map((b) => b.key)).toEqual(expected);
    expect((await badgeLook(page, expected[0]!)).fontSize).toBe('11px'); // a tile's badge, styled as one
    await page.close();
  });
});

describe('Firefox: settings', () => {
  it('a corrupted stored setting falls back to its default; turning tile badges off removes them', async () => {
    await ext.evaluate(() => browser.storage.local.set({ settings: { badgeLevels: 'everything', tileBadges: 7, stores: null } }));
    const { page } = await openStore(URLS.playHome);
    const expected = expectedBadges(URLS.playHome);
    const got = await poll(() => badges(page), (b) => b.length >= expected.length);
    expect(got.map((b) => b.key)).toEqual(expected); // defaults: tile badges on, banned/restricted/at-risk shown

    await ext.evaluate(() => browser.storage.local.set({ settings: { tileBadges: false } }));
    expect(await poll(() => badges(page), (b) => b.length === 0)).toEqual([]);
    await ext.evaluate(() => browser.storage.local.clear());
    await page.close();
  });

  it('the home jurisdiction decides what the badge says first, and the home-only option which badges appear', async () => {
    await ext.evaluate(() => browser.storage.local.set({ settings: { homeJurisdiction: 'IN' } }));
    const { page, tabId } = await openStore(URLS.tiktokPlay);
    const home = await poll(() => badges(page), (b) => b.some((x) => x.key === 'google-play:com.zhiliaoapp.musically'));
    expect(home.find((x) => x.key === 'google-play:com.zhiliaoapp.musically')).toMatchObject({ level: 'banned', text: '⛔Banned where you live (India)' });
    expect(await poll(() => ext.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId), (t) => t === 'BAN')).toBe('BAN');
    // Living where TikTok is not acted against, with badges for home actions only: no badge at all.
    await ext.evaluate(() => browser.storage.local.set({ settings: { homeJurisdiction: 'ZW', homeOnlyBadges: true } }));
    expect(await poll(() => badges(page), (b) => b.length === 0)).toEqual([]);
    // The same without the option: an outlined "elsewhere" badge.
    await ext.evaluate(() => browser.storage.local.set({ settings: { homeJurisdiction: 'ZW' } }));
    const away = await poll(() => badges(page), (b) => b.length > 0);
    expect(away[0]?.text).toMatch(/^⛔Banned elsewhere: India, /);
    await ext.evaluate(() => browser.storage.local.remove('settings'));
    await page.close();
  });

  it('the explore page finds TikTok by package, and check my apps gives each pasted line its level', async () => {
    const page = await s.browser.newPage();
    void page.goto(`${s.base}src/explore/index.html?q=com.zhiliaoapp.musically`).catch(() => undefined);
    const first = await poll(() => page.$eval('ul.results li', (li) => li.textContent ?? '').catch(() => ''), (t) => t.length > 0);
    expect(first).toMatch(/^TikTok.*Banned/);
    await openExtensionPage(s, 'src/explore/index.html?tab=check', '#list', page);
    await page.type('#list', 'package:com.zhiliaoapp.musically\npackage:com.mojang.minecraftpe');
    await page.click('form button[type=submit]');
    const levels = await poll(
      () => page.$$eval('table.check tbody tr', (trs) => trs.map((tr) => [tr.querySelector('code')?.textContent, tr.querySelectorAll('td')[3]?.textContent?.trim()])),
      (rows) => rows.length === 2,
    );
    expect(Object.fromEntries(levels)).toEqual({ 'package:com.zhiliaoapp.musically': 'Banned', 'package:com.mojang.minecraftpe': 'Not in our list' });
    await page.close();
  });
});
