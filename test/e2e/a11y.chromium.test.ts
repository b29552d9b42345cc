/**
 * Accessibility, keyboard use, colour schemes and the README screenshots, in real Chromium with the built
 * extension and no network: axe-core finds no violations on the popup (banned, past, clean), the
 * options page and the inline badge, in light and dark; the badge and every setting work from the keyboard.
 * Screenshots go to test-results/screenshots/; with UPDATE_SCREENSHOTS=1 they refresh docs/screenshots/
 * (committed, shown in the README), so that an ordinary test run leaves the work tree clean.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, type ChromiumSession } from './harness/chromium';
import { DIST, pageFor, URLS } from './harness/pages';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TIKTOK = { store: 'google-play', id: 'com.zhiliaoapp.musically' };
/** The US forced-sale law satisfied by the 2026 sale; US state device rules remain. */
const CAPCUT = { store: 'google-play', id: 'com.lemon.lvoverseas' };
/** Past only: its one action, the January 2021 US order, was revoked in June 2021. */
const COPILOT = { store: 'google-play', id: 'com.microsoft.copilot' };

let s: ChromiumSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  s = await launchChromium();
});
afterAll(async () => s?.close());

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (or only on the element `selector` names, shadow root included) and returns
 * its violations, shortened for a readable failure. The script is evaluated through the DevTools protocol:
 * the extension pages' CSP would refuse it as a <script> tag.
 */
async function axeViolations(page: Page, selector?: string): Promise<{ id: string; impact: string | null; help: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined'))) await page.evaluate(AXE);
  const violations = (await page.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const context = sel ? document.querySelector(sel) : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, selector ?? null)) as AxeViolation[];
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  }));
}

/** axe in light, then in dark (emulated prefers-color-scheme); expects no violations in either. */
async function expectAccessibleInBothSchemes(page: Page, selector?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(page, selector), `axe, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const popupUrl = (query: string) => `chrome-extension://${s.extensionId}/src/popup/index.html?${query}`;

async function openPopup(query: string, height = 900): Promise<Page> {
  const popup = await s.ctx.newPage();
  await popup.setViewportSize({ width: 420, height });
  await popup.goto(popupUrl(query));
  await popup.waitForSelector('main > :not(.loading)');
  return popup;
}

async function setSettings(value: unknown): Promise<void> {
  const sw = await s.worker();
  await sw.evaluate((v) => (v === null ? chrome.storage.local.remove('settings') : chrome.storage.local.set({ settings: v })), value);
}

async function storedSettings(): Promise<Record<string, unknown> | undefined> {
  const sw = await s.worker();
  return sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

/** Both colour schemes of a page, side by side in one PNG is not possible here: two files. */
async function screenshotBoth(page: Page, name: string, fullPage: boolean): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SHOTS, `${name}-dark.png`), fullPage });
  await page.emulateMedia({ colorScheme: 'light' });
}

const headings = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));

describe('Popup', () => {
  it('a banned app: one-sentence headline, chips, timeline, match, notes, sources, dataset version, report link; no axe violations', async () => {
    await setSettings({ homeJurisdiction: 'IN' });
    const popup = await openPopup(new URLSearchParams(TIKTOK).toString());
    const headline = await popup.locator('.headline').first().textContent();
    expect(headline).toMatch(/^Blocked in India since (29 June 2020|June 29, 2020) under Section 69A of the IT Act$/);
    expect(await popup.locator('.level-pill').first().textContent()).toBe('Banned · where you live');

    // Home jurisdiction first, marked; every action has a status chip and its dates.
    const jurisdictions = await headings(popup, '.jurisdiction h3');
    expect(jurisdictions[0]).toMatch(/^India/);
    expect(jurisdictions[0]).toMatch(/Your home jurisdiction/);
    expect(jurisdictions.some((j) => j.startsWith('United States'))).toBe(true);
    const chips = await headings(popup, '.action .chip');
    expect(chips).toContain('In force');
    expect(chips).toContain('Revoked');
    expect(await popup.locator('.action').count()).toBe(await popup.locator('.action .dates').count());

    // Timeline in date order.
    const times = await popup.locator('.timeline time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(2);
    expect([...times].sort()).toEqual(times);

    const text = await popup.locator('main').innerText();
    expect(text).toMatch(/How we matched this app\s+Exact match\. By its store listing: Google Play, id com\.zhiliaoapp\.musically/);
    expect(text).toMatch(/Claim[\s\S]*Company response[\s\S]*Independent finding/i);
    expect(text).toMatch(/Dataset version \d{4}\.\d{2}\.\d{2}\.\d+, facts checked up to (\w+ \d+, \d{4}|\d+ \w+ \d{4})\./);

    // Every source names its publisher and date.
    const sources = await popup.locator('.sources li').evaluateAll((lis) => lis.map((li) => li.querySelector('.source-meta')?.textContent ?? ''));
    expect(sources.length).toBeGreaterThan(3);
    for (const meta of sources) expect(meta).toMatch(/^ — .+, .*\d{4}/);

    // Report a mistake: a prefilled report in a new tab; nothing is sent by the popup.
    const report = popup.locator('.report a');
    expect(await report.getAttribute('target')).toBe('_blank');
    const href = new URL((await report.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://github.com/ban-radar/ban-radar/issues/new');
    const body = href.searchParams.get('body')!;
    expect(body).toContain('Store: google-play');
    expect(body).toContain('App id: com.zhiliaoapp.musically');
    expect(body).toMatch(/Dataset version: \d{4}\./);

    await expectAccessibleInBothSchemes(popup);
    await screenshotBoth(popup, 'popup-banned', false);
    await popup.close();
  });

  it('shows the home jurisdiction first: the United States when that is the setting', async () => {
    await setSettings({ homeJurisdiction: 'US' });
    const popup = await openPopup(new URLSearchParams(TIKTOK).toString());
    // The home jurisdiction and its subdivisions (US-MT…) come first, each marked, then the others.
    const jurisdictions = await headings(popup, '.jurisdiction h3');
    expect(jurisdictions[0]).toMatch(/United States/);
    const homeCount = jurisdictions.filter((j) => j.endsWith('Your home jurisdiction')).length;
    expect(homeCount).toBeGreaterThan(0);
    expect(jurisdictions.slice(0, homeCount).every((j) => /United States/.test(j) && j.endsWith('Your home jurisdiction'))).toBe(true);
    expect(jurisdictions.slice(homeCount).some((j) => j.startsWith('India'))).toBe(true);
    await popup.close();
    // A corrupted setting falls back to the default (from the browser's language): no error, the verdict shows.
    await setSettings({ homeJurisdiction: 42, badgeLevels: 'all' });
    const again = await openPopup(new URLSearchParams(TIKTOK).toString());
    // The default home, from the browser's en-US: the United States first, India's ban after it.
    expect(await again.locator('.headline').first().textContent()).toMatch(/^(Banned on government devices|Restricted) in /);
    expect(await again.locator('.headline-after').textContent()).toMatch(/Blocked in India/);
    await again.close();
    await setSettings(null);
  });

  it('an app whose only action ended (Microsoft Copilot: the House ban of 2024, lifted in 2025) reads as past, not at risk; no axe violations', async () => {
    const popup = await openPopup(new URLSearchParams(COPILOT).toString(), 720);
    // The rule was the United States' own: the harness browser's en-US makes that where the reader lives.
    expect(await popup.locator('.level-pill').first().textContent()).toBe('Past action · where you live');
    expect(await popup.locator('.headline').first().textContent()).toMatch(/^An action in the United States was lifted on September 17, 2025$/);
    expect(await headings(popup, '.level-pill')).not.toContain('At risk');
    expect(await headings(popup, '.action .chip')).toEqual(['Lifted']);
    await expectAccessibleInBothSchemes(popup);
    await screenshotBoth(popup, 'popup-past', false);
    await popup.close();
  });

  it('a forced-sale law met by a sale is not "at risk" (CapCut: the US Act satisfied; only state device rules remain)', async () => {
    const popup = await openPopup(new URLSearchParams(CAPCUT).toString(), 720);
    expect(await popup.locator('.level-pill').first().textContent()).toBe('Restricted · where you live');
    expect(await headings(popup, '.level-pill')).not.toContain('At risk');
    const chips = await popup.locator('.action .chip').allTextContents();
    expect(chips).toContain('Condition met (sold)');
    expect(chips).not.toContain('Enforcement suspended');
    await popup.close();
  });

  it('a clean app says it is not in the list, and that this does not mean safe; no axe violations', async () => {
    const { page, tabId } = await s.openStore(URLS.minecraftPlay);
    await page.waitForSelector('h1');
    const popup = await openPopup(`tabId=${tabId}`, 320);
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/is not in our list/);
    expect(await popup.locator('main').innerText()).toMatch(/does not mean it is safe/);
    await expectAccessibleInBothSchemes(popup);
    await screenshotBoth(popup, 'popup-clean', true);
    await popup.close();
    await page.close();
  });
});

/** The app's title with its badge and the badge's summary below it, for a screenshot. */
async function badgeArea(page: Page, host: string) {
  return page.evaluate((h) => {
    const el = document.querySelector(h)!;
    const title = el.closest('h1') ?? el.parentElement!;
    const tip = el.shadowRoot!.querySelector('.tip')!.getBoundingClientRect();
    const a = title.getBoundingClientRect();
    const b = el.getBoundingClientRect();
    const x = Math.max(0, Math.min(a.left, b.left) - 8);
    const y = Math.max(0, Math.min(a.top, b.top) - 4);
    const right = Math.max(b.right, tip.width ? tip.right : 0) + 12;
    const bottom = Math.max(a.bottom, b.bottom, tip.height ? tip.bottom : 0) + 12;
    return { x, y, width: Math.min(right, 1200) - x, height: bottom - y };
  }, host);
}

describe('Inline badge', () => {
  it('says the level in words, shows a summary on hover and keyboard focus, and Enter opens the detail; no axe violations', async () => {
    await setSettings({ homeJurisdiction: 'IN' });
    const { page } = await s.openStore(URLS.tiktokPlay);
    const host = `[data-ban-radar="${TIKTOK.store}:${TIKTOK.id}"]`;
    await page.waitForSelector(host);
    const tipShown = () => page.evaluate((h) => getComputedStyle(document.querySelector(h)!.shadowRoot!.querySelector('.tip')!).display !== 'none', host);
    const badgeText = () => page.evaluate((h) => document.querySelector(h)!.shadowRoot!.querySelector('.badge')!.textContent, host);
    expect(await badgeText()).toBe('⛔Banned where you live (India)');
    expect(await tipShown()).toBe(false);

    await expectAccessibleInBothSchemes(page, host);

    // Hover shows the summary.
    await page.hover(`${host} >> .badge`);
    expect(await tipShown()).toBe(true);
    await page.mouse.move(0, 0);
    expect(await tipShown()).toBe(false);

    // Keyboard: Tab from the top of the page reaches the badge; its focus shows the summary; Escape hides it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((h) => document.activeElement === document.querySelector(h), host);
    }
    expect(reached).toBe(true);
    expect(await page.evaluate((h) => document.querySelector(h)!.shadowRoot!.activeElement?.className, host)).toMatch(/badge/);
    expect(await tipShown()).toBe(true);
    const summary = await page.evaluate((h) => document.querySelector(h)!.shadowRoot!.querySelector('.tip')!.textContent, host);
    expect(summary).toBe('Banned where you live (India). Ban Radar: open for details and sources.');
    await page.screenshot({ path: join(SHOTS, 'badge-banned-focus.png'), clip: await badgeArea(page, host) });
    await page.keyboard.press('Escape');
    expect(await tipShown()).toBe(false);

    // Enter opens the full detail in a new tab (the background opens the popup page with ?store=&id=).
    const opened = s.ctx.waitForEvent('page');
    await page.keyboard.press('Enter');
    const detail = await opened;
    await detail.waitForSelector('main > :not(.loading)');
    const url = new URL(detail.url());
    expect(url.pathname).toBe('/src/popup/index.html');
    expect(url.searchParams.get('store')).toBe(TIKTOK.store);
    expect(url.searchParams.get('id')).toBe(TIKTOK.id);
    expect(await detail.locator('.headline').first().textContent()).toMatch(/^Blocked in India since/);
    await detail.close();

    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SHOTS, 'badge-banned.png'), clip: await badgeArea(page, host) });

    // Living in the United States: restricted there (government devices), banned elsewhere; and living where
    // nothing is in force: an outlined badge that says "elsewhere". Both accessible, in both schemes.
    await setSettings({ homeJurisdiction: 'US' });
    await expect.poll(badgeText).toMatch(/^⚠Restricted where you live \(United States( \+\d+)?\) · banned elsewhere$/);
    await expectAccessibleInBothSchemes(page, host);
    await page.screenshot({ path: join(SHOTS, 'badge-home-us.png'), clip: await badgeArea(page, host) });
    await setSettings({ homeJurisdiction: 'ZW' });
    await expect.poll(badgeText).toMatch(/^⛔Banned elsewhere: India, /);
    await expectAccessibleInBothSchemes(page, host);
    await page.screenshot({ path: join(SHOTS, 'badge-elsewhere.png'), clip: await badgeArea(page, host) });
    await setSettings(null);
    await page.close();
  });
});

describe('The axe check itself', () => {
  it('does report a violation it should (low contrast text), so an empty list means something', async () => {
    const page = await s.ctx.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?store=google-play&id=com.zhiliaoapp.musically`);
    await page.waitForSelector('main > :not(.loading)');
    await page.evaluate(() => {
      const p = Object.assign(document.createElement('p'), { textContent: 'Hard to read' });
      p.style.cssText = 'color:#bbb;background:#fff';
      document.querySelector('main')!.append(p);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('color-contrast');
    await page.close();
  });
});

describe('Explore page', () => {
  const explore = async (query: string) => {
    const page = await s.ctx.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(`chrome-extension://${s.extensionId}/src/explore/index.html?${query}`);
    await page.waitForSelector('main > *');
    return page;
  };

  it('search, countries, an action, an app and check my apps: no axe violations in light and dark', async () => {
    for (const [query, shot] of [
      ['q=tiktok', 'explore-search'],
      ['tab=countries', 'explore-countries'],
      ['tab=map', 'explore-map'],
      ['action=in-2020-06-29-59-apps', null],
      ['app=tiktok', null],
    ] as const) {
      const page = await explore(query);
      await expectAccessibleInBothSchemes(page);
      if (shot) await screenshotBoth(page, shot, false);
      await page.close();
    }
    const page = await explore('tab=check');
    await page.getByLabel('Your apps, one per line').fill('package:com.zhiliaoapp.musically\npackage:com.mojang.minecraftpe\nCamScanner');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('table.check tbody tr');
    await expectAccessibleInBothSchemes(page);
    await screenshotBoth(page, 'explore-check', false);
    await page.close();
  });
});

describe('Options page', () => {
  const openOptions = async () => {
    const page = await s.ctx.newPage();
    await page.setViewportSize({ width: 640, height: 1000 });
    await page.goto(`chrome-extension://${s.extensionId}/src/options/index.html`);
    await page.waitForSelector('#home option[value="IN"]', { state: 'attached' });
    return page;
  };

  it('offers the dataset jurisdictions plus automatic, labelled; everything works from the keyboard; no axe violations', async () => {
    await setSettings(null);
    const page = await openOptions();
    const options = await page.locator('#home option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent })));
    expect(options[0]).toMatchObject({ value: '', text: expect.stringMatching(/^Automatic/) });
    expect(options.map((o) => o.value)).toEqual(expect.arrayContaining(['IN', 'US', 'US-MT', 'EU']));
    expect(options.find((o) => o.value === 'US-MT')?.text).toBe('Montana (United States)');
    expect(await page.locator('label[for="home"]').textContent()).toBe('Shown first in badges, the toolbar button and the popup');
    // Defaults: banned, restricted and at-risk badges; tiles on; every store on.
    expect(await page.isChecked('#level-banned')).toBe(true);
    expect(await page.isChecked('#level-at-risk')).toBe(true);
    expect(await page.isChecked('#level-past')).toBe(false);
    expect(await page.isChecked('#tiles')).toBe(true);

    await expectAccessibleInBothSchemes(page);
    await screenshotBoth(page, 'options', true);

    // Keyboard only: Tab to the select, choose with the arrow keys; Tab to a checkbox, Space toggles it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await storedSettings())?.homeJurisdiction).toBe(await page.locator('#home').inputValue());
    expect(await page.locator('#home').inputValue()).not.toBe('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-only');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings())?.homeOnlyBadges).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings())?.homeOnlyBadges).toBe(false);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('level-banned');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings())?.badgeLevels).toEqual(['restricted', 'at-risk']);
    expect(await page.locator('[role="status"]').textContent()).toBe('Saved.');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab'); // restricted, at-risk, past, tiles → first store
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('store-google-play');
    await page.keyboard.press('Space');
    await expect.poll(async () => ((await storedSettings())?.stores as Record<string, boolean>)?.['google-play']).toBe(false);
    await page.close();
  });

  it('shows the defaults when the stored settings are corrupted', async () => {
    await setSettings({ homeJurisdiction: 'not a code', badgeLevels: ['banned', 'nonsense'], tileBadges: 'yes', stores: 7 });
    const page = await openOptions();
    expect(await page.locator('#home').inputValue()).toBe('');
    expect(await page.isChecked('#level-restricted')).toBe(true);
    expect(await page.isChecked('#tiles')).toBe(true);
    expect(await page.isChecked('#store-google-play')).toBe(true);
    await page.close();
    await setSettings(null);
  });
});

/**
 * Chromium in another UI language (the harness runs English). Same isolation as the harness: only the
 * extension's files and our served pages load; everything else is refused.
 */
async function launchIn(lang: string): Promise<{ ctx: BrowserContext; extensionId: string; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), `ban-radar-${lang}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
      `--disable-extensions-except=${DIST.chrome}`,
      `--load-extension=${DIST.chrome}`,
    ],
  });
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const html = pageFor(url);
    return html !== null ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort('blockedbyclient');
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await worker.evaluate(() => chrome.storage.local.set({ settings: { homeJurisdiction: 'IN' } }));
  return {
    ctx,
    extensionId: new URL(worker.url()).host,
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A locale's messages (scripts/i18n/<code>.json), to expect exactly what a reader of that language sees. */
const messagesOf = (code: string) => JSON.parse(readFileSync(join(ROOT, 'scripts/i18n', `${code}.json`), 'utf8')) as Record<string, string>;
const sub = (text: string, ...values: string[]) => values.reduce((t, v, i) => t.split(`$${i + 1}`).join(v), text);

/**
 * Languages checked in a browser of their own: the two earliest, Persian (right to left), and two whose
 * messages folder has a region (zh_CN, pt_BR). Every locale's completeness is the unit test's.
 */
const LANGUAGES = [
  { lang: 'fr', code: 'fr', tag: 'fr', dir: 'ltr' },
  { lang: 'hi', code: 'hi', tag: 'hi', dir: 'ltr' },
  { lang: 'fa', code: 'fa', tag: 'fa', dir: 'rtl' },
  { lang: 'zh-CN', code: 'zh_CN', tag: 'zh-CN', dir: 'ltr' },
  { lang: 'pt-BR', code: 'pt_BR', tag: 'pt-BR', dir: 'ltr' },
].map((l) => {
  const m = messagesOf(l.code);
  const india = new Intl.DisplayNames([l.tag], { type: 'region' }).of('IN')!;
  return {
    ...l,
    india,
    level: `${m.level_banned} · ${m.homeWhere}`,
    badge: sub(m.badgeHome_banned!, india),
    languageNote: m.datasetLanguage!,
    option: m.optionsHomeAuto!.split('$1')[0]!,
    exploreTitle: m.exploreSearchTitle!,
  };
});

describe('Languages', () => {
  for (const l of LANGUAGES) {
    it(`${l.lang}: popup, badge and settings in ${l.lang}, dates and names through Intl; dataset texts marked English; no axe violations`, async () => {
      const b = await launchIn(l.lang);
      try {
        const popup = await b.ctx.newPage();
        await popup.setViewportSize({ width: 420, height: 900 });
        await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?${new URLSearchParams(TIKTOK)}`);
        await popup.waitForSelector('main > :not(.loading)');
        expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([l.tag, l.dir]);
        const headline = (await popup.locator('.headline').first().textContent()) ?? '';
        expect(headline).toContain(l.india);
        expect(headline).toContain('Section 69A of the IT Act');
        expect(await popup.locator('.level-pill').first().textContent()).toBe(l.level);
        expect(await popup.locator('footer').innerText()).toContain(l.languageNote);
        // The dataset's own texts stay English and say so to assistive tech.
        expect(await popup.locator('.action p[lang="en"]').count()).toBeGreaterThan(0);
        await expectAccessibleInBothSchemes(popup);
        if (l.lang === 'fr' || l.lang === 'fa') await popup.screenshot({ path: join(SHOTS, `popup-banned-${l.code}.png`) });

        const store = await b.ctx.newPage();
        await store.goto(URLS.tiktokPlay, { waitUntil: 'domcontentloaded' });
        const host = `[data-ban-radar="${TIKTOK.store}:${TIKTOK.id}"]`;
        await store.waitForSelector(host);
        expect(await store.evaluate((h) => document.querySelector(h)!.shadowRoot!.querySelector('.badge > :not(.icon):not(.where)')!.textContent, host)).toBe(l.badge);
        await expectAccessibleInBothSchemes(store, host);

        const options = await b.ctx.newPage();
        await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
        await options.waitForSelector('#home option[value="IN"]', { state: 'attached' });
        expect(await options.locator('#home option').first().textContent()).toContain(l.option.trim());
        expect(await options.evaluate(() => document.documentElement.dir)).toBe(l.dir);
        await expectAccessibleInBothSchemes(options);

        const explore = await b.ctx.newPage();
        await explore.goto(`chrome-extension://${b.extensionId}/src/explore/index.html?q=tiktok`);
        await explore.waitForSelector('ul.results li');
        expect(await explore.evaluate(() => document.documentElement.dir)).toBe(l.dir);
        expect(await explore.locator('h2').first().textContent()).toBe(l.exploreTitle);
        await expectAccessibleInBothSchemes(explore);
        if (l.lang === 'fa') await explore.screenshot({ path: join(SHOTS, 'explore-search-fa.png') });
      } finally {
        await b.close();
      }
    });
  }
});
