/**
 * Huawei AppGallery (appgallery.huawei.com, share links on appgallery.cloud.huawei.com). The id is the
 * `C<digits>` app id in the path (`/app/C100000025`) or in the older hash route (`/#/app/C100000025`).
 */
import type { AppIdentity } from '../identity';
import { safeUrl, textOf } from './dom';
import { appLd, firstWithText, ldDeveloper, ldName, nameFromTitle } from './generic';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

const HOSTS = ['appgallery.huawei.com', 'appgallery.cloud.huawei.com'];
const APP_ID = /^C\d{5,12}$/;
const DETAIL = /^\/(?:ag\/n\/|marketshare\/)?app\/([^/?#]+)\/?$/i;
const LIST = /^\/(?:$|(?:Featured|featured|search|tab|Apps|Games|apps|games|Top|top|category|ranking|topic)(?:\/|$))/;

/** AppGallery routes live in the path, or (older pages) in the hash: `/#/app/C…`. */
function route(url: URL): string {
  return url.hash.startsWith('#/') ? url.hash.slice(1) : url.pathname;
}

function appIdOf(path: string): string | null {
  const m = DETAIL.exec(path);
  return m && APP_ID.test(m[1]!) ? m[1]! : null;
}

function recognise(url: URL): UrlMatch | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const path = route(url);
  if (/^\/(?:ag\/n\/|marketshare\/)?app\//i.test(path)) return { kind: 'detail', id: appIdOf(path) };
  if (url.hostname !== 'appgallery.huawei.com') return null;
  return LIST.test(path) ? { kind: 'list', id: null } : null;
}

const SUFFIX = /\s+[-–|]\s+(Huawei )?AppGallery.*$/i;

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  const ld = appLd(doc);
  const titleElement = firstWithText(doc, ['.detailheadcard .title', 'main h1', 'h1']);
  const title = textOf(titleElement) ?? ldName(ld) ?? nameFromTitle(doc, SUFFIX);
  const developer = ldDeveloper(ld) ?? textOf(doc.querySelector('.detailheadcard .developer, [itemprop="author"]'));
  const app: AppIdentity = { store: 'appgallery', id: match.id, title, developer };
  return { app, titleElement };
}

function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'appgallery',
    linkSelector: 'a[href*="app/C"]',
    idOf: (link) => {
      const u = safeUrl(link.getAttribute('href'), url);
      return u && HOSTS.includes(u.hostname) ? appIdOf(route(u)) : null;
    },
  });
}

export const appGallery: StoreModule = {
  id: 'appgallery',
  name: 'Huawei AppGallery',
  hosts: HOSTS,
  matches: ['https://appgallery.huawei.com/*', 'https://appgallery.cloud.huawei.com/*'],
  recognise,
  readDetail,
  readTiles,
};
