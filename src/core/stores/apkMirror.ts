/**
 * APKMirror (www.apkmirror.com). App, release and variant pages are `/apk/<developer>/<app>/…`;
 * the URL has only slugs, so the id is the Android package the page names: the "Package:" line of
 * its spec rows, else its Google Play link. Pages that name no package are not read. List pages
 * (developer, search, uploads) are not handled: their cards name no package.
 */
import type { AppIdentity } from '../identity';
import { safeUrl, textOf } from './dom';
import { appLd, firstWithText, labelledPackage, ldDeveloper, playLinkPackage, playPackageOf } from './generic';
import type { DetailReading, StoreModule, UrlMatch } from './types';

const HOST = 'www.apkmirror.com';
const APP_PATH = /^\/apk\/([a-z0-9][a-z0-9-]{0,150})\/([a-z0-9][a-z0-9-]{0,150})(?:\/|$)/i;

function recognise(url: URL): UrlMatch | null {
  if (url.hostname !== HOST) return null;
  return APP_PATH.test(url.pathname) ? { kind: 'detail', id: null } : null;
}

/** The text of the page's link to `path` (the breadcrumb to the developer or the app). */
function linkText(doc: Document, path: string, base: URL): string | null {
  const links = doc.querySelectorAll(`a[href$="${path}"]`);
  for (let i = 0; i < links.length && i < 20; i++) {
    const u = safeUrl(links[i]!.getAttribute('href'), base);
    const t = u && u.hostname === HOST && u.pathname === path ? textOf(links[i]) : null;
    if (t) return t;
  }
  return null;
}

/** Release pages (2026) name the package only through their "View on Play Store" button. */
function playStoreButtonPackage(doc: Document, url: URL): string | null {
  return playPackageOf(doc.querySelector('a[title="View on Play Store"]'), url);
}

function readDetail(doc: Document, url: URL): DetailReading | null {
  const m = url.hostname === HOST ? APP_PATH.exec(url.pathname) : null;
  if (!m) return null;
  const pkg =
    labelledPackage(doc, '.appspec-value, .appspec-row, td, dd') ??
    playStoreButtonPackage(doc, url) ??
    playLinkPackage(doc, url);
  if (!pkg) return null;
  const [, dev, slug] = m;
  const ld = appLd(doc);
  const titleElement = firstWithText(doc, ['.app-title h1', '#masthead h1', 'h1']);
  const title = linkText(doc, `/apk/${dev}/${slug}/`, url) ?? textOf(titleElement);
  const developer = linkText(doc, `/apk/${dev}/`, url) ?? ldDeveloper(ld);
  const app: AppIdentity = { store: 'apkmirror', id: pkg, title, developer, androidPackage: pkg };
  return { app, titleElement };
}

export const apkMirror: StoreModule = {
  id: 'apkmirror',
  name: 'APKMirror',
  hosts: [HOST],
  matches: ['https://www.apkmirror.com/apk/*'],
  recognise,
  readDetail,
  readTiles: () => [],
};
