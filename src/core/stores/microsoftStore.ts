/**
 * Microsoft Store on the web: apps.microsoft.com (`/detail/<id>`, older `/store/detail/<slug>/<id>`)
 * and the older www.microsoft.com pages (`/<locale>/p/<slug>/<id>`, `/store/productId/<id>`). The id is
 * the product id (9 + 11 characters, or XP + 12 for Win32 apps), case-insensitive in URLs, stored upper-case.
 */
import type { AppIdentity } from '../identity';
import { safeUrl, textOf } from './dom';
import { appLd, firstWithText, ldDeveloper, ldName, nameFromTitle } from './generic';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

const HOSTS = ['apps.microsoft.com', 'www.microsoft.com'];
/** Kept equal to checkStoreId('microsoft-store'): 9 + 11 characters, or XP + 12 (Win32 apps). */
const PRODUCT_ID = /^(9[A-Z0-9]{11}|XP[A-Z0-9]{12})$/;
const LOCALE = '(?:[a-z]{2}(?:-[a-z0-9]{2,4}){0,2}/)?';
const DETAIL = new RegExp(`^/${LOCALE}(?:store/)?detail/(?:[^/]+/)?([^/]+)/?$`, 'i');
const OLD_DETAIL = new RegExp(`^/${LOCALE}(?:p/[^/]+|store/(?:productid|apps))/([^/]+)/?$`, 'i');
const LIST = new RegExp(`^/${LOCALE}(?:(?:store/)?(?:home|apps|games|search|collections?|charts?|category)(?:[/?].*)?)?$`, 'i');

export function productIdOf(segment: string | undefined): string | null {
  if (!segment || segment.length > 14) return null;
  const id = segment.toUpperCase();
  return PRODUCT_ID.test(id) ? id : null;
}

function recognise(url: URL): UrlMatch | null {
  const path = url.pathname;
  if (url.hostname === 'apps.microsoft.com') {
    const m = DETAIL.exec(path);
    if (m || /\/detail\//i.test(path)) return { kind: 'detail', id: productIdOf(m?.[1]) };
    return LIST.test(path) ? { kind: 'list', id: null } : null;
  }
  if (url.hostname === 'www.microsoft.com') {
    const m = OLD_DETAIL.exec(path);
    return m ? { kind: 'detail', id: productIdOf(m[1]) } : null;
  }
  return null;
}

export function productIdFromHref(href: string | null, base: URL): string | null {
  const u = safeUrl(href, base);
  if (!u || !HOSTS.includes(u.hostname)) return null;
  const m = (u.hostname === 'apps.microsoft.com' ? DETAIL : OLD_DETAIL).exec(u.pathname);
  return m ? productIdOf(m[1]) : null;
}

const SUFFIX = /\s+[-–|]\s+(Free download and install on Windows|Official app in the Microsoft Store|Microsoft Store)(\s*\|\s*Microsoft Store)?\s*$/i;

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  const ld = appLd(doc);
  const titleElement = firstWithText(doc, ['h1#product-title', 'main h1', 'h1']);
  const title = textOf(titleElement) ?? ldName(ld) ?? nameFromTitle(doc, SUFFIX);
  const developer =
    ldDeveloper(ld) ??
    textOf(doc.querySelector('a[href*="/search/publisher"], a[href*="publisher?name="]')) ??
    textOf(doc.querySelector('#publisher, [data-testid="publisher"]'));
  const app: AppIdentity = { store: 'microsoft-store', id: match.id, title, developer };
  return { app, titleElement };
}

function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'microsoft-store',
    linkSelector: 'a[href*="/detail/"], a[href*="/p/"], a[href*="/productId/" i], a[href*="/store/apps/"]',
    idOf: (link) => productIdFromHref(link.getAttribute('href'), url),
    developerSelector: 'a[href*="publisher"]',
  });
}

export const microsoftStore: StoreModule = {
  id: 'microsoft-store',
  name: 'Microsoft Store',
  hosts: HOSTS,
  matches: [
    'https://apps.microsoft.com/*',
    'https://www.microsoft.com/*/p/*',
    'https://www.microsoft.com/store/productId/*',
    'https://www.microsoft.com/store/apps/*',
  ],
  recognise,
  readDetail,
  readTiles,
};
