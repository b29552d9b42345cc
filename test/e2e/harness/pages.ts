/** The store pages the real-browser tests serve, by URL, with no network: real saved pages where they exist. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realworldDir } from '../../../scripts/realworld';

const ROOT = resolve(import.meta.dirname, '../../..');
const REALWORLD = realworldDir();
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/e2e', name), 'utf8');
const real = (rel: string) => readFileSync(join(REALWORLD, rel), 'utf8');

export const URLS = {
  tiktokPlay: 'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically',
  tiktokAppStore: 'https://apps.apple.com/in/app/tiktok/id835599320',
  minecraftPlay: 'https://play.google.com/store/apps/details?id=com.mojang.minecraftpe&hl=en',
  playHome: 'https://play.google.com/store/apps?hl=en_US',
  netflixAppStore: 'https://apps.apple.com/us/app/netflix/id363590051',
  /** Aptoide's address names a short name, not the package; the page names com.whatsapp. */
  whatsappAptoide: 'https://whatsapp.en.aptoide.com/app',
  /** Not a store: no content script runs there. */
  notAStore: 'https://www.example.org/news/apps.html',
} as const;

const pages: Record<string, () => string> = {
  [URLS.tiktokPlay]: () => fixture('gp-detail-tiktok.html'),
  [URLS.tiktokAppStore]: () => fixture('as-detail-tiktok.html'),
  [URLS.minecraftPlay]: () => real('googleplay/gp-detail-com.mojang.minecraftpe-2026.html'),
  [URLS.playHome]: () => real('googleplay/gp-storehome-apps-2026.html'),
  [URLS.netflixAppStore]: () => real('appstore/as-detail-us-netflix-id363590051-2023.html'),
  [URLS.whatsappAptoide]: () => real('aptoide/apt-detail-com.whatsapp-2022.html'),
  [URLS.notAStore]: () => '<!doctype html><html lang="en"><head><title>News</title></head><body><h1>TikTok</h1><p>An article.</p></body></html>',
};

/** The HTML for a URL we serve, or null (the request is then refused: there is no network). */
export function pageFor(url: string): string | null {
  return pages[url]?.() ?? null;
}

/** Navigates in-page, as Play does: history.pushState, then the header is re-rendered for the new app. */
export function inPageNavigationScript(toUrl: string, title: string, developer: string): string {
  return `history.pushState({}, '', ${JSON.stringify(toUrl)});
    const header = document.querySelector('header');
    const h1 = document.createElement('h1');
    const name = Object.assign(document.createElement('span'), { textContent: ${JSON.stringify(title)} });
    name.setAttribute('itemprop', 'name');
    h1.append(name);
    const dev = Object.assign(document.createElement('a'), { href: '/store/apps/dev?id=1', textContent: ${JSON.stringify(developer)} });
    header.replaceChildren(h1, dev);`;
}

export const DIST = { chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
export const RESULTS = join(ROOT, 'test-results');

/** A Play detail page whose title is hostile text: markup, a right-to-left override, 10,000 characters. */
export const HOSTILE_URL = 'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically&hl=xx';
const hostileTitle = `<img src=x onerror=alert(1)>\u202Egnp.exe ${'W'.repeat(10_000)}`;
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
pages[HOSTILE_URL] = () =>
  `<!doctype html><!-- hand-made hostile page --><html><head><title>x</title></head><body><header>` +
  `<h1><span itemprop="name">${escapeHtml(hostileTitle)}</span></h1>` +
  `<a href="/store/apps/dev?id=1">${escapeHtml('<script>alert(2)</script>')}</a></header></body></html>`;

/**
 * A Play detail page that cannot finish loading while the test holds its one image (ChromiumSession.hold):
 * TikTok by its address, and a tile for CamScanner.
 */
export const LOADING_URL = 'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically&hl=yy';
export const HELD_IMAGE_URL = 'https://play-lh.googleusercontent.com/held-by-the-test.png';
pages[LOADING_URL] = () =>
  `<!doctype html><!-- hand-made page that stays loading --><html><head><title>TikTok</title></head><body><header>` +
  `<h1><span itemprop="name">TikTok</span></h1><a href="/store/apps/dev?id=1">TikTok Pte. Ltd.</a></header>` +
  `<img src="${HELD_IMAGE_URL}" alt="" width="10" height="10">` +
  `<section><a href="/store/apps/details?id=com.intsig.camscanner"><span>CamScanner</span></a></section></body></html>`;
