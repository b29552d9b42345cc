/**
 * Samsung Galaxy Store on the web (galaxystore.samsung.com). Detail pages are `/detail/<package>`;
 * the id is the Android package, which is also what the lookup matches against Play listings.
 */
import type { AppIdentity } from '../identity';
import { safeUrl, textOf } from './dom';
import { appLd, firstWithText, ldDeveloper, ldName, nameFromTitle } from './generic';
import { isAndroidPackage } from './googlePlay';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

const HOST = 'galaxystore.samsung.com';
const DETAIL = /^\/(?:detail|apps\/detail)\/([^/?#]+)\/?$/i;
const LIST = /^\/(?:$|(?:search|sellerApps|seller|category|categories|apps|games|collection|curated|themes)(?:\/|$))/i;

function packageOf(path: string): string | null {
  const m = DETAIL.exec(path);
  return m && isAndroidPackage(m[1]) ? m[1]! : null;
}

function recognise(url: URL): UrlMatch | null {
  if (url.hostname !== HOST) return null;
  if (/^\/(?:apps\/)?detail\//i.test(url.pathname)) return { kind: 'detail', id: packageOf(url.pathname) };
  return LIST.test(url.pathname) ? { kind: 'list', id: null } : null;
}

const SUFFIX = /\s+[-–|]\s+(Samsung )?Galaxy Store.*$/i;

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  const ld = appLd(doc);
  const titleElement = firstWithText(doc, ['main h1', 'h1']);
  const title = textOf(titleElement) ?? ldName(ld) ?? nameFromTitle(doc, SUFFIX);
  const developer = ldDeveloper(ld) ?? textOf(doc.querySelector('a[href*="/sellerApps/"], a[href*="/seller/"]'));
  const app: AppIdentity = { store: 'galaxy-store', id: match.id, title, developer, androidPackage: match.id };
  return { app, titleElement };
}

function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'galaxy-store',
    linkSelector: 'a[href*="/detail/"]',
    idOf: (link) => {
      const u = safeUrl(link.getAttribute('href'), url);
      return u && u.hostname === HOST ? packageOf(u.pathname) : null;
    },
    idIsAndroidPackage: true,
  });
}

export const galaxyStore: StoreModule = {
  id: 'galaxy-store',
  name: 'Samsung Galaxy Store',
  hosts: [HOST],
  matches: ['https://galaxystore.samsung.com/*'],
  recognise,
  readDetail,
  readTiles,
};
