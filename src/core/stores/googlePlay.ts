/**
 * Google Play (play.google.com). Identity comes from the URL's `id` parameter; the name and developer
 * from JSON-LD (2019+), itemprop microdata (2016+) and the developer link next to the title.
 * Generated class names change with every Play build, so none are relied on.
 */
import { isAndroidPackage, type AppIdentity } from '../identity';
import { cleanText } from '../text/normalize';
import { authorName, isType, jsonLdObjects, metaContent, safeUrl, stringField, textOf } from './dom';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

export { isAndroidPackage };

const LIST_PATHS = [
  /^\/store\/apps\/?$/,
  /^\/store\/games\/?$/,
  /^\/store\/apps\/(collection|category|top|new|stream)\b/,
  /^\/store\/apps\/dev(eloper)?\/?$/,
  /^\/store\/search\/?$/,
];

function recognise(url: URL): UrlMatch | null {
  if (url.hostname !== 'play.google.com') return null;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (/^\/store\/apps\/(details|datasafety)(\/[^/]*)?$/.test(path)) {
    const id = url.searchParams.get('id');
    return { kind: 'detail', id: isAndroidPackage(id) ? id : null };
  }
  if (path === '/store/search' && url.searchParams.get('c') && url.searchParams.get('c') !== 'apps') return null;
  return LIST_PATHS.some((re) => re.test(path)) ? { kind: 'list', id: null } : null;
}

/**
 * A Play link in its common plain form (`/store/apps/details?…id=<package>…` on a Play page): read without
 * parsing a URL, as list pages have hundreds. Anything else (other hosts, dots or escapes in the path or the
 * id) goes through the full parse.
 */
const PLAIN_DETAILS_LINK = /^(?:https:\/\/play\.google\.com)?\/store\/apps\/details(?:\/[\w-]*)?\?(?:(?!id=)[^#&%+\s]*&)*?id=([\w.]+)(?:[&#]|$)/;

/** The package a Play link points at, or null. */
export function packageFromHref(href: string | null, base: URL): string | null {
  if (href && base.hostname === 'play.google.com' && href.length <= 4000) {
    const plain = PLAIN_DETAILS_LINK.exec(href);
    if (plain) return isAndroidPackage(plain[1]) ? plain[1]! : null;
  }
  return packageFromUrl(href, base);
}

/** packageFromHref through the full URL parse (exported so tests can hold the shortcut to it). */
export function packageFromUrl(href: string | null, base: URL): string | null {
  const u = safeUrl(href, base);
  if (!u || u.hostname !== 'play.google.com' || !/^\/store\/apps\/details(\/[^/]*)?$/.test(u.pathname)) return null;
  const id = u.searchParams.get('id');
  return isAndroidPackage(id) ? id : null;
}

const TITLE_SELECTORS = [
  'h1 [itemprop="name"]',
  'h1[itemprop="name"]',
  '[itemprop="name"] .id-app-title',
  '.id-app-title',
];
const DEVELOPER_LINK = 'a[href*="/store/apps/dev?id="], a[href*="/store/apps/developer?id="]';

function findTitleElement(doc: Document): Element | null {
  for (const sel of TITLE_SELECTORS) {
    const el = doc.querySelector(sel);
    if (el && textOf(el)) return el;
  }
  const h1 = doc.querySelector('h1');
  return h1 && textOf(h1) && !h1.getAttribute('aria-label') ? h1 : null;
}

/** The developer link nearest the title: searched in the title's ancestors, a few levels up. */
function developerNear(title: Element | null): string | null {
  let node: Element | null = title;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const author = node.querySelector('[itemprop="author"] [itemprop="name"]');
    if (author && textOf(author)) return textOf(author);
    const link = node.querySelector(DEVELOPER_LINK);
    if (link && textOf(link)) return textOf(link);
  }
  return null;
}

/** "<Name> - Apps on Google Play" in any language: the name is what precedes the last dash. */
function nameFromDocumentTitle(title: string | null): string | null {
  if (!title) return null;
  const m = /^(.*\S)\s+[-–—]\s+[^-–—]*Google Play[^-–—]*$/.exec(title.trim());
  return cleanText(m ? m[1] : null);
}

/**
 * The data-safety subpage: its h1 is "Data safety"; the app's name is in og:title / the title, and a
 * small header in the main region repeats it (icon, name, developer), which is used only when it agrees.
 */
function readDataSafety(doc: Document, id: string): DetailReading {
  const title =
    nameFromDocumentTitle(metaContent(doc, 'meta[property="og:title"]')) ?? nameFromDocumentTitle(doc.title);
  let titleElement: Element | null = null;
  let developer: string | null = null;
  const heads = doc.querySelectorAll('[role="main"] img + div');
  for (let i = 0; i < heads.length && i < 10 && title; i++) {
    const name = heads[i]!.firstElementChild;
    if (name && textOf(name) === title) {
      titleElement = name;
      developer = textOf(name.nextElementSibling);
      break;
    }
  }
  return { app: { store: 'google-play', id, title, developer }, titleElement };
}

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  const id = match.id;
  if (url.pathname.includes('/datasafety')) return readDataSafety(doc, id);

  // JSON-LD counts only when it is about this app: after in-page navigation it may describe the previous one.
  const apps = jsonLdObjects(doc).filter((o) => isType(o, 'SoftwareApplication', 'MobileApplication', 'VideoGame'));
  const ld = apps.find((o) => packageFromHref(stringField(o, 'url'), url) === id);
  const titleElement = findTitleElement(doc);
  // When the page's own address signals name another app, the URL has moved on and the header may still
  // show the previous app: its name and developer are not read (the id from the URL still is).
  const named = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'meta[property="og:url"]'),
    ...apps.map((o) => stringField(o, 'url')),
  ].map((href) => (href ? packageFromHref(href, url) : null));
  const stale = named.some((pkg) => pkg !== null && pkg !== id);
  const title = stale ? null : (textOf(titleElement) ?? cleanText(stringField(ld, 'name')) ?? nameFromDocumentTitle(doc.title));
  const developer = stale ? null : ((ld && authorName(ld)) ?? developerNear(titleElement));
  const app: AppIdentity = { store: 'google-play', id, title, developer };
  return { app, titleElement };
}

/** Legacy (2016–2019) cards carry `data-docid`; later cards are one link wrapping the card, or a run of links. */
function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'google-play',
    linkSelector: 'a[href*="details?id="], a[href*="details/"][href*="id="]',
    idOf: (link) => packageFromHref(link.getAttribute('href'), url),
    cardOf: (link) => link.closest('[data-docid]'),
    developerSelector: DEVELOPER_LINK,
  });
}

export const googlePlay: StoreModule = {
  id: 'google-play',
  name: 'Google Play',
  hosts: ['play.google.com'],
  matches: ['https://play.google.com/*'],
  recognise,
  readDetail,
  tileAround: (element) => element.closest('[data-docid]'),
  readTiles,
};
