/**
 * Xiaomi GetApps (global.app.mi.com) and the Mi App Store (app.mi.com). Detail pages are
 * `/details?id=<package>`; the id is the Android package.
 */
import type { AppIdentity } from '../identity';
import { safeUrl, textOf } from './dom';
import { appLd, firstWithText, ldDeveloper, ldName, nameFromTitle } from './generic';
import { isAndroidPackage } from './googlePlay';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

const HOSTS = ['global.app.mi.com', 'app.mi.com'];
const DETAIL = /^\/(?:[a-z]{2}\/)?details?\/?$/i;
const LIST = /^\/(?:[a-z]{2}\/?)?(?:$|(?:search|category|topList|toplist|subject|hotCatApp|catTopList|game|apps?|developer)(?:\/|$))/i;

function packageOf(u: URL): string | null {
  const id = u.searchParams.get('id') ?? u.searchParams.get('packageName');
  return DETAIL.test(u.pathname) && isAndroidPackage(id) ? id : null;
}

function recognise(url: URL): UrlMatch | null {
  if (!HOSTS.includes(url.hostname)) return null;
  if (DETAIL.test(url.pathname)) return { kind: 'detail', id: packageOf(url) };
  return LIST.test(url.pathname) ? { kind: 'list', id: null } : null;
}

const SUFFIX = /\s*[-–|_]\s*(Xiaomi )?(GetApps|Mi App ?Store|小米应用商店).*$/i;

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  const ld = appLd(doc);
  // app.mi.com: `.intro-titles` holds the developer (`p`) and the name (`h3`).
  const titleElement = firstWithText(doc, ['.intro-titles h3', 'main h1', 'h1']);
  const title = textOf(titleElement) ?? ldName(ld) ?? nameFromTitle(doc, SUFFIX);
  const developer = ldDeveloper(ld) ?? textOf(doc.querySelector('.intro-titles p, [itemprop="author"]'));
  const app: AppIdentity = { store: 'getapps', id: match.id, title, developer, androidPackage: match.id };
  return { app, titleElement };
}

function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'getapps',
    linkSelector: 'a[href*="detail"][href*="id="]',
    idOf: (link) => {
      const u = safeUrl(link.getAttribute('href'), url);
      return u && HOSTS.includes(u.hostname) ? packageOf(u) : null;
    },
    idIsAndroidPackage: true,
  });
}

export const getApps: StoreModule = {
  id: 'getapps',
  name: 'Xiaomi GetApps',
  hosts: HOSTS,
  matches: ['https://global.app.mi.com/*', 'https://app.mi.com/*'],
  recognise,
  readDetail,
  readTiles,
};
