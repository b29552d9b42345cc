/** End to end in real Chromium: store page → inline badge → toolbar → popup, with no network. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { HELD_IMAGE_URL, inPageNavigationScript, LOADING_URL, RESULTS, URLS } from './harness/pages';
import { expectedBadges } from './expected';
import { defaultSettings } from '../../src/core/settings';

let s: ChromiumSession;
const shots = join(RESULTS, 'chromium');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  s = await launchChromium();
});
afterAll(async () => s?.close());

/** Badges on the page: their app key, level and visible text (read through the open shadow root). */
async function badges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-ban-radar]')].map((host) => ({
      key: host.getAttribute('data-ban-radar'),
      level: (host as HTMLElement).dataset.level,
      where: (host as HTMLElement).dataset.where ?? null,
      summary: host.shadowRoot?.querySelector('.tip')?.textContent ?? host.shadowRoot?.querySelector('.badge')?.getAttribute('title') ?? '',
      text: host.shadowRoot?.querySelector('.badge')?.textContent ?? '',
      label: host.shadowRoot?.querySelector('.badge')?.getAttribute('aria-label') ?? '',
    })),
  );
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await s.ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('main > :not(.loading)');
  return popup;
}

/** Stores settings as the options page would (null: none stored); content scripts and worker follow at once. */
async function setSettings(value: unknown): Promise<void> {
  const sw = await s.worker();
  await sw.evaluate((v) => (v === null ? chrome.storage.local.remove('settings') : chrome.storage.local.set({ settings: v })), value);
}

describe('Chromium', () => {
  it('badges TikTok on Google Play where the reader lives first (en-US: the United States), banned elsewhere; toolbar; popup with sources', async () => {
    const { page, tabId } = await s.openStore(URLS.tiktokPlay);
    await page.waitForSelector('[data-ban-radar]');
    const [detail] = (await badges(page)).filter((b) => b.key === 'google-play:com.zhiliaoapp.musically');
    // US federal and state rules restrict it on government devices; India bans it outright.
    expect(detail).toMatchObject({ level: 'restricted', where: 'home' });
    expect(detail?.text).toMatch(/^⚠Restricted where you live \(United States( \+\d+)?\) · banned elsewhere$/);
    expect(detail?.label).toBe(detail?.text.slice(1));
    expect(detail?.summary).toMatch(/Also: Banned elsewhere: India, /);
    await page.locator('h1').screenshot({ path: join(shots, 'badge-tiktok-play.png') });

    await expect.poll(() => s.toolbarText(tabId)).toBe('LIM');
    expect(await s.toolbarTitle(tabId)).toMatch(/restricted where you live \(United States\)/);

    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.headline').first().textContent()).toMatch(/^(Banned on government devices|Restricted) in .*since/);
    expect(await popup.locator('.headline-after').textContent()).toMatch(/^Elsewhere, more serious: Blocked in India since (29 June 2020|June 29, 2020)/);
    expect(await popup.locator('.level-pill').first().textContent()).toBe('Restricted · where you live');
    const links = await popup.locator('.sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain('https://pib.gov.in/PressReleseDetailm.aspx?PRID=1635206');
    expect(links).toContain('https://www.federalregister.gov/d/2020-17699');
    expect(links.every((l) => l.startsWith('https://'))).toBe(true);
    const text = await popup.locator('main').innerText();
    expect(text).toMatch(/United States/);
    expect(text).toMatch(/Revoked/);
    expect(text).toMatch(/claim/i);
    expect(text).toMatch(/company response/i);
    expect(text).toMatch(/How we matched this app/);
    // Each action says when its status was last confirmed against a source.
    expect(text).toMatch(/status checked (\d{1,2} \w+ 20\d\d|\w+ \d{1,2}, 20\d\d)/);
    // With dozens of governments, the first few sections are open and the rest closed, one line each.
    const open = await popup.locator('details.jurisdiction').evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open));
    expect(open.slice(0, 3)).toEqual([true, true, true]);
    expect(open.length).toBeGreaterThan(10);
    expect(open.filter(Boolean).length).toBeLessThanOrEqual(4);
    await popup.screenshot({ path: join(shots, 'popup-tiktok.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('shows no badge for a clean app and the popup says it is not in the list', async () => {
    const { page, tabId } = await s.openStore(URLS.minecraftPlay);
    await page.waitForSelector('h1');
    await page.waitForTimeout(400);
    expect((await badges(page)).filter((b) => b.key === 'google-play:com.mojang.minecraftpe')).toEqual([]);
    expect(await s.toolbarText(tabId)).toBe('');
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/is not in our list/);
    await popup.screenshot({ path: join(shots, 'popup-clean.png') });
    await popup.close();
    await page.close();
  });

  it('badges every flagged tile on the real 2026 Play home page, once each', async () => {
    const expected = expectedBadges(URLS.playHome);
    expect(expected).toContain('google-play:com.zhiliaoapp.musically');
    const { page, tabId } = await s.openStore(URLS.playHome);
    await expect.poll(async () => (await badges(page)).length).toBe(expected.length);
    await page.waitForTimeout(400); // later scans must not add duplicates
    const keys = (await badges(page)).map((b) => b.key);
    expect(keys).toEqual(expected);
    // Every tile's badge is styled as one (the badge style reaches each shadow root, shared or not).
    const looks = await page.evaluate(() =>
      [...document.querySelectorAll('[data-ban-radar]')].map((host) => {
        const style = getComputedStyle(host.shadowRoot!.querySelector('.badge')!);
        return `${style.fontSize} ${style.borderTopLeftRadius}`;
      }),
    );
    expect(new Set(looks)).toEqual(new Set(['11px 999px']));
    await expect.poll(() => s.toolbarText(tabId)).toBe(String(expected.length));
    await page.close();
  });

  it('badges TikTok on the App Store (the apple-itunes-app meta does not mislead it)', async () => {
    const { page } = await s.openStore(URLS.tiktokAppStore);
    await page.waitForSelector('[data-ban-radar]');
    const [b] = await badges(page);
    expect(b).toMatchObject({ key: 'app-store:835599320', level: 'restricted', where: 'home' });
    expect(b?.text).toMatch(/banned elsewhere$/);
    await page.locator('header').screenshot({ path: join(shots, 'badge-tiktok-appstore.png') });
    await page.close();
  });

  it('on Aptoide, WhatsApp is the Play package com.whatsapp: badge, toolbar, and the detail view the badge opens', async () => {
    const { page, tabId } = await s.openStore(URLS.whatsappAptoide);
    await page.waitForSelector('[data-ban-radar="aptoide:com.whatsapp"]');
    const [b] = (await badges(page)).filter((x) => x.key === 'aptoide:com.whatsapp');
    // The US House restricts it on its devices; Russia blocks it.
    expect(b).toMatchObject({ level: 'restricted', where: 'home' });
    expect(b?.summary).toMatch(/Banned elsewhere: .*Russia/);
    await expect.poll(() => s.toolbarText(tabId)).toBe('LIM');
    const opened = s.ctx.waitForEvent('page');
    await page.locator('[data-ban-radar="aptoide:com.whatsapp"]').click();
    const detail = await opened;
    expect(new URL(detail.url()).searchParams.get('package')).toBe('com.whatsapp');
    await detail.waitForSelector('main > :not(.loading)');
    await expect.poll(() => detail.locator('main').innerText()).toMatch(/Russia blocks WhatsApp/);
    await detail.close();
    await page.close();
  });

  it('badges a page still loading (its own app and its tiles); the background hears of it after the load event', async () => {
    const release = s.hold(HELD_IMAGE_URL);
    try {
      const { page, tabId } = await s.openStore(LOADING_URL);
      await page.waitForSelector('[data-ban-radar="google-play:com.zhiliaoapp.musically"]');
      await page.waitForSelector('[data-ban-radar="google-play:com.intsig.camscanner"]');
      expect(await page.evaluate(() => document.readyState)).toBe('interactive');
      await page.waitForTimeout(300);
      expect(await s.toolbarText(tabId)).toBe(''); // no message yet: waking the worker would compete with the page
      release();
      await page.waitForLoadState('load');
      await expect.poll(() => s.toolbarText(tabId)).toBe('LIM');
      expect(await s.storedUrl(tabId)).toBe(LOADING_URL);
      await page.close();
    } finally {
      release();
    }
  });

  it('a tab that leaves the store for another site: the browser clears the toolbar, the popup says it is no store page', async () => {
    const { page, tabId } = await s.openStore(URLS.tiktokPlay);
    await page.waitForSelector('[data-ban-radar="google-play:com.zhiliaoapp.musically"]');
    await expect.poll(() => s.toolbarText(tabId)).toBe('LIM');
    await page.goto(URLS.notAStore, { waitUntil: 'load' });
    // No listener of ours clears it (none wakes the worker on tab updates): the browser resets a tab's badge.
    await expect.poll(() => s.toolbarText(tabId)).toBe('');
    expect(await s.toolbarTitle(tabId)).not.toMatch(/restricted|banned/i);
    // The background still holds the TikTok page for the tab; the popup must not show it.
    expect(await s.storedUrl(tabId)).toBe(URLS.tiktokPlay);
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/Not an app-store page/);
    expect(await popup.locator('main').innerText()).not.toMatch(/TikTok/);
    await popup.close();
    await page.close();
  });

  it('follows in-page navigation: the badge goes when the page shows another app', async () => {
    const { page, tabId } = await s.openStore(URLS.tiktokPlay);
    await page.waitForSelector('[data-ban-radar="google-play:com.zhiliaoapp.musically"]');
    await expect.poll(() => s.toolbarText(tabId)).toBe('LIM');
    await page.evaluate(inPageNavigationScript(URLS.minecraftPlay, 'Minecraft: Dream it, Build it!', 'Mojang'));
    await expect.poll(async () => (await badges(page)).filter((b) => b.key === 'google-play:com.zhiliaoapp.musically').length).toBe(0);
    // The content script reports the new app to the background, which keeps it per tab and clears the toolbar.
    await expect.poll(() => s.storedUrl(tabId)).toBe(URLS.minecraftPlay);
    expect(await s.toolbarText(tabId)).toBe('');
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/is not in our list/);
    await popup.close();
    await page.close();
  });
});

describe('Home jurisdiction (Chromium)', () => {
  afterAll(() => setSettings(null));

  it('India as home: "Banned where you live (India)", filled with a house mark, and the toolbar says BAN', async () => {
    await setSettings({ homeJurisdiction: 'IN' });
    const { page, tabId } = await s.openStore(URLS.tiktokPlay);
    await page.waitForSelector('[data-ban-radar="google-play:com.zhiliaoapp.musically"]');
    const [b] = (await badges(page)).filter((x) => x.key === 'google-play:com.zhiliaoapp.musically');
    expect(b).toMatchObject({ level: 'banned', where: 'home', text: '⛔Banned where you live (India)' });
    const shape = await page.evaluate(() => {
      const badge = document.querySelector('[data-ban-radar]')!.shadowRoot!.querySelector('.badge')!;
      const mark = badge.querySelector('.where')!;
      return { border: getComputedStyle(badge).borderStyle, clip: getComputedStyle(mark).clipPath };
    });
    expect(shape.clip).toMatch(/polygon/); // the house
    expect(shape.border).not.toBe('dashed');
    await expect.poll(() => s.toolbarText(tabId)).toBe('BAN');
    expect(await s.toolbarTitle(tabId)).toMatch(/banned where you live \(India\)/);
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.headline').first().textContent()).toMatch(/^Blocked in India since (29 June 2020|June 29, 2020) under Section 69A of the IT Act$/);
    expect(await popup.locator('.headline-after').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a home that did nothing against the app: "Banned elsewhere", outlined with a globe mark, in words and shape', async () => {
    await setSettings({ homeJurisdiction: 'ZW' });
    const { page, tabId } = await s.openStore(URLS.tiktokPlay);
    await page.waitForSelector('[data-ban-radar="google-play:com.zhiliaoapp.musically"]');
    const [b] = (await badges(page)).filter((x) => x.key === 'google-play:com.zhiliaoapp.musically');
    expect(b).toMatchObject({ level: 'banned', where: 'elsewhere' });
    expect(b?.text).toMatch(/^⛔Banned elsewhere: India, /);
    const border = await page.evaluate(() => getComputedStyle(document.querySelector('[data-ban-radar]')!.shadowRoot!.querySelector('.badge')!).borderStyle);
    expect(border).toBe('dashed');
    await expect.poll(() => s.toolbarTitle(tabId)).toMatch(/banned elsewhere, nothing in force where you live \(Zimbabwe\)/);
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.headline-before').textContent()).toBe('Nothing in force where you live (Zimbabwe). Elsewhere:');
    await popup.close();
    await page.close();
  });

  it('the home-only option: on the Play home page only apps India acted against keep a badge, and the toolbar counts them', async () => {
    const settings = { ...defaultSettings(), homeJurisdiction: 'IN', homeOnlyBadges: true };
    const all = expectedBadges(URLS.playHome, { ...settings, homeOnlyBadges: false }, 'IN');
    const homeOnly = expectedBadges(URLS.playHome, settings, 'IN');
    expect(homeOnly.length).toBeGreaterThan(0);
    expect(homeOnly.length).toBeLessThan(all.length); // the page has apps flagged only elsewhere
    await setSettings(settings);
    const { page, tabId } = await s.openStore(URLS.playHome);
    await expect.poll(async () => (await badges(page)).map((b) => b.key)).toEqual(homeOnly);
    await expect.poll(() => s.toolbarText(tabId)).toBe(String(homeOnly.length));
    // Turned off on the options page's storage: the badges come back on the open page.
    await setSettings({ ...settings, homeOnlyBadges: false });
    await expect.poll(async () => (await badges(page)).map((b) => b.key)).toEqual(all);
    await page.close();
  });
});

describe('Explore page (Chromium)', () => {
  const explore = (query: string) => `chrome-extension://${s.extensionId}/src/explore/index.html?${query}`;

  it('finds TikTok by name and by package, and opens the same detail view as the popup, with sources', async () => {
    const page = await s.ctx.newPage();
    await page.goto(explore(''));
    await page.getByLabel(/App name, Android package/).fill('tiktok');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\?q=tiktok/);
    await expect.poll(() => page.locator('ul.results a').allTextContents()).toContain('TikTok');
    await page.goto(explore('q=com.zhiliaoapp.musically'));
    const first = page.locator('ul.results li').first();
    await expect.poll(() => first.textContent()).toMatch(/^TikTok.*Banned/);
    await first.locator('a').click();
    await page.waitForSelector('article.verdict');
    expect(await page.locator('article.verdict h1').textContent()).toBe('TikTok');
    const links = await page.locator('.sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain('https://pib.gov.in/PressReleseDetailm.aspx?PRID=1635206');
    await page.close();
  });

  it('checks a pasted pm list packages output: the right level for each line, sortable, nothing sent', async () => {
    const page = await s.ctx.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('chrome-extension://')) requests.push(r.url());
    });
    await page.goto(explore('tab=check'));
    await page.getByLabel('Your apps, one per line').fill(
      ['package:com.mojang.minecraftpe', 'package:com.zhiliaoapp.musically', 'package:/data/app/~~a==/com.tencent.mm-b==/base.apk=com.tencent.mm', 'Unknown Thing'].join('\n'),
    );
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const rows = () => page.locator('table.check tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    await expect.poll(async () => (await rows()).length).toBe(4);
    const byInput = Object.fromEntries((await rows()).map((r) => [r[0], r[3]]));
    expect(byInput['package:com.zhiliaoapp.musically']).toBe('Banned');
    expect(byInput['package:/data/app/~~a==/com.tencent.mm-b==/base.apk=com.tencent.mm']).toBe('Banned');
    expect(byInput['package:com.mojang.minecraftpe']).toBe('Not in our list');
    expect(byInput['Unknown Thing']).toBe('Not in our list');
    // Sorted by level, most serious first; a click on the header reverses it.
    expect((await rows())[0]![3]).toBe('Banned');
    await page.getByRole('button', { name: 'Level' }).click();
    expect((await rows())[0]![3]).toBe('Not in our list');
    expect(await page.locator('[role=status]').textContent()).toMatch(/4 lines checked, 2 flagged/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    const csv = await (await download).createReadStream();
    let text = '';
    for await (const chunk of csv) text += chunk;
    expect(text.split('\r\n')[0]).toBe('input,app,store id,matched by,level,jurisdictions');
    expect(text).toMatch(/package:com\.zhiliaoapp\.musically,TikTok,com\.zhiliaoapp\.musically,store-id,banned,/);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('deep links: a country with its actions, and an action with its published names', async () => {
    const page = await s.ctx.newPage();
    await page.goto(explore('country=IN'));
    expect(await page.locator('h2').first().textContent()).toBe('India');
    await page.locator('a[href="?action=in-2020-06-29-59-apps"]').click();
    await page.waitForURL(/\?action=in-2020-06-29-59-apps/);
    const names = await page.locator('ul.names-list li').allTextContents();
    expect(names.some((n) => /“TikTok”\s*TikTok/.test(n))).toBe(true);
    await page.goto(explore('action=no-such-action'));
    expect(await page.locator('[role=alert]').textContent()).toMatch(/no-such-action/);
    await page.close();
  });

  it('the map shades each country that acted and links it to its page; the timeline has its table', async () => {
    const page = await s.ctx.newPage();
    await page.goto(explore('tab=map'));
    const india = page.locator('svg.world a[href="?country=IN"]');
    expect(await india.getAttribute('aria-label')).toBe('India: Banned');
    expect(await india.locator('path').getAttribute('fill')).toBe('url(#fill-banned)');
    // A country with no action is plain land, not a link.
    expect(await page.locator('svg.world a[href="?country=IS"]').count()).toBe(0);
    const years = await page.locator('#timeline-table tbody th').allTextContents();
    expect(years).toContain('2020');
    await india.click();
    await page.waitForURL(/\?country=IN/);
    await page.close();
  });

  it('a name only the press reported is shown as reported, never as published (Threema, India 2023)', async () => {
    const page = await s.ctx.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?store=google-play&id=ch.threema.app`);
    await page.waitForSelector('main > :not(.loading)');
    // India's action of May 2023 (other governments' lists may name Threema as published: Russia's of 2023 does).
    const india = page.locator('li.action', { hasText: 'India blocks 14 messenger apps' });
    expect(await india.count()).toBe(1);
    const text = await india.innerText();
    expect(text).toMatch(/Reported by the press as “Threema”/);
    expect(text).not.toMatch(/Named in the published list as “Threema”/);
    await page.goto(explore('action=in-2023-05-01-14-messenger-apps'));
    expect(await page.locator('ul.names-list li', { hasText: 'Threema' }).first().textContent()).toMatch(/reported by the press, not published/);
    await page.close();
  });
});
