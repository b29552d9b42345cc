/**
 * Apple App Store (apps.apple.com). The id is the `id<digits>` at the end of the app URL, on every
 * storefront (`/us/`, `/vn/`, none) and platform (`?platform=iphone|ipad|mac|appleTV|watch|vision`).
 * 2023 (Ember) pages: `h1.app-header__title` with an age badge, developer in `.app-header__identity`.
 * 2024+ (Svelte) pages: `h1` in main, JSON-LD `#software-application`, developer link `/developer/…`.
 * Beware the `apple-itunes-app` meta tag: it names Apple's own Apple Store app, not the app on the
 * page, so it is never read.
 */
import type { AppIdentity } from '../identity';
import { cleanText } from '../text/normalize';
import { authorName, isType, jsonLdObjects, metaContent, safeUrl, stringField, textOf, textWithout } from './dom';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

const HOSTS = ['apps.apple.com', 'itunes.apple.com'];
const APP_PATH = /^\/(?:[a-z]{2}\/)?app\/(?:[^/]+\/)?id(\d{1,12})\/?$/i;
const LIST_PATH =
  /^\/(?:[a-z]{2}\/)?(developer|search|charts|story|room|collection|category|genre|iphone|ipad|mac|watch|tv|vision|arcade|today|games|apps|app-bundle|see-all)(\/|$)/i;

function appIdFromPath(pathname: string): string | null {
  const m = APP_PATH.exec(pathname);
  return m && /^[1-9]\d{3,11}$/.test(m[1]!) ? m[1]! : null;
}

function recognise(url: URL): UrlMatch | null {
  if (!HOSTS.includes(url.hostname)) return null;
  if (/^\/(?:[a-z]{2}\/)?app\//i.test(url.pathname)) {
    // "See all" pages (`?see-all=customers-also-bought-apps`) list other apps under the app's own URL.
    if (url.searchParams.has('see-all')) return { kind: 'list', id: null };
    return { kind: 'detail', id: appIdFromPath(url.pathname) };
  }
  if (url.pathname === '/' || /^\/[a-z]{2}\/?$/i.test(url.pathname) || LIST_PATH.test(url.pathname)) {
    return { kind: 'list', id: null };
  }
  return null;
}

export function appIdFromHref(href: string | null, base: URL): string | null {
  const u = safeUrl(href, base);
  return u && HOSTS.includes(u.hostname) ? appIdFromPath(u.pathname) : null;
}

const TITLE_SUFFIX = /\s+(on the App\s+Store|App\s*[-–]\s*App Store|[-–]\s*App Store)\s*$/i;

/** "<Name> on the App Store" (2023) or "<Name> App - App Store" (2024+), from og:title or the title. */
function nameFromTitles(doc: Document): string | null {
  const t = cleanText(metaContent(doc, 'meta[property="og:title"]')) ?? cleanText(doc.title);
  return t ? cleanText(t.replace(TITLE_SUFFIX, '')) : null;
}

/** iTunes Preview (2010s, itunes.apple.com): `<h1>Name</h1><h2>By Developer</h2>`, the byline localised. */
const BYLINE = /^(?:By|Von|Par|Por|Di|Door|Av|Af|Автор:?)\s+(.+)$/;
function legacyByline(titleElement: Element | null): string | null {
  const next = titleElement?.nextElementSibling;
  const m = next && next.tagName === 'H2' ? BYLINE.exec(textOf(next) ?? '') : null;
  return m ? cleanText(m[1]) : null;
}

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  // After in-page navigation the DOM may still show the previous app: canonical/og:url say which one.
  const shownId = appIdFromHref(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'meta[property="og:url"]'),
    url,
  );
  if (shownId && shownId !== match.id) {
    return { app: { store: 'app-store', id: match.id, title: null, developer: null }, titleElement: null };
  }
  const titleElement =
    doc.querySelector('h1.app-header__title, h1.product-header__title') ?? doc.querySelector('main h1, h1');
  const shownTitle = textWithout(titleElement, '.badge, [class*="badge"]');
  const lds = jsonLdObjects(doc).filter((o) => isType(o, 'SoftwareApplication', 'MobileApplication', 'VideoGame'));
  const ld = lds.length === 1 ? lds[0] : undefined;
  const ldName = cleanText(stringField(ld, 'name'));
  // JSON-LD has no id; use it only when it agrees with the visible name (it may be stale after navigation).
  const ldAgrees = ld && ldName && (!shownTitle || ldName === shownTitle);
  const title = shownTitle ?? ldName ?? nameFromTitles(doc);
  const developer =
    (ldAgrees ? authorName(ld) : null) ??
    textOf(doc.querySelector('.app-header__identity a, .product-header__identity a')) ??
    textOf(doc.querySelector('main a[href*="/developer/"]')) ??
    textOf(doc.querySelector('a[href*="/developer/"]')) ??
    legacyByline(titleElement);
  const app: AppIdentity = { store: 'app-store', id: match.id, title, developer };
  return { app, titleElement: shownTitle ? titleElement : null };
}

function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'app-store',
    linkSelector: 'a[href*="/app/"]',
    idOf: (link) => appIdFromHref(link.getAttribute('href'), url),
    // 2023 lockups name the app in `.we-lockup__title` (their aria-label is "Name. Category.").
    titleSelector: '.we-lockup__title, h3',
  });
}

export const appStore: StoreModule = {
  id: 'app-store',
  name: 'Apple App Store',
  hosts: HOSTS,
  matches: ['https://apps.apple.com/*'],
  recognise,
  readDetail,
  readTiles,
};
