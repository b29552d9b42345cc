/**
 * APKPure (apkpure.com, apkpure.net). Detail pages are `/[<lang>/]<slug>/<package>[/download|/versions…]`;
 * the id is the Android package in the path.
 */
import type { AppIdentity } from '../identity';
import { safeUrl, textOf } from './dom';
import { appLd, firstWithText, ldDeveloper, ldName, nameFromTitle } from './generic';
import { isAndroidPackage } from './googlePlay';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

const HOSTS = ['apkpure.com', 'www.apkpure.com', 'm.apkpure.com', 'apkpure.net', 'www.apkpure.net', 'm.apkpure.net'];
const LANG = /^[a-z]{2}(?:-[a-z]{2,4})?$/i;
const LIST = /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?(?:$|(?:search|developer|app|game|apps|games|[a-z]+_[a-z_]+|editor-choice|ranking)(?:[/?]|$))/i;

/** The package in `/[lang/]slug/package/…`, or null. */
function packageOf(path: string): string | null {
  const seg = path.split('/', 5);
  // seg[0] is '' (leading slash); the package is the segment after the slug.
  const i = seg[1] && LANG.test(seg[1]) && seg.length > 3 && !isAndroidPackage(seg[2]) ? 3 : 2;
  return isAndroidPackage(seg[i]) && !isAndroidPackage(seg[i - 1]) ? seg[i]! : null;
}

function recognise(url: URL): UrlMatch | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const id = packageOf(url.pathname);
  if (id) return { kind: 'detail', id };
  return LIST.test(url.pathname) ? { kind: 'list', id: null } : null;
}

/** " APK …", " 3.1.1.5 for Android APK Download", " XAPK …": what follows the name in titles. */
const SUFFIX = /\s+(?:v?\d+(?:\.\d+)+\S*\s+)?(?:for Android\s+)?(?:APK|XAPK)\b.*$/i;

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  const ld = appLd(doc);
  const titleElement = firstWithText(doc, ['.title-like h1', '.detail_banner h1', 'main h1', 'h1']);
  const shown = textOf(titleElement);
  const fromTitle = nameFromTitle(doc, SUFFIX);
  // The 2018 layout's h1 holds only the name's first word ("KeepVid" for "KeepVid Video Downloader").
  const title = (shown && fromTitle?.startsWith(`${shown} `) ? fromTitle : shown) ?? ldName(ld) ?? fromTitle;
  const developer = ldDeveloper(ld) ?? textOf(doc.querySelector('a[href*="/developer/"]'));
  const app: AppIdentity = { store: 'apkpure', id: match.id, title, developer, androidPackage: match.id };
  return { app, titleElement };
}

function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'apkpure',
    // Card links are `/slug/package`: a dot in the href is the cheap prefilter.
    linkSelector: 'a[href*="."]',
    idOf: (link) => {
      const u = safeUrl(link.getAttribute('href'), url);
      return u && HOSTS.includes(u.hostname) ? packageOf(u.pathname) : null;
    },
    idIsAndroidPackage: true,
  });
}

export const apkPure: StoreModule = {
  id: 'apkpure',
  name: 'APKPure',
  hosts: HOSTS,
  matches: ['https://apkpure.com/*', 'https://*.apkpure.com/*', 'https://apkpure.net/*', 'https://*.apkpure.net/*'],
  recognise,
  readDetail,
  readTiles,
};
