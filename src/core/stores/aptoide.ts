/**
 * Aptoide. Each app has its own subdomain: `<slug>.en.aptoide.com/app` (also `<slug>.aptoide.com/app`);
 * older store pages put the package in the path (`<store>.store.aptoide.com/app/market/<package>/…`).
 * Otherwise the id is the package the page names: its "Package" info row, the `__NEXT_DATA__` app
 * record, or its Google Play link. Hub pages (`en.aptoide.com`) are not handled.
 */
import type { AppIdentity } from '../identity';
import { cleanText } from '../text/normalize';
import { metaContent, stringField, textOf } from './dom';
import {
  appLd,
  firstWithText,
  labelledPackage,
  labelledValue,
  ldDeveloper,
  ldName,
  nextDataPackage,
  playLinkPackage,
} from './generic';
import { isAndroidPackage } from './googlePlay';
import type { DetailReading, StoreModule, UrlMatch } from './types';

const DOMAIN = 'aptoide.com';
const HUB = /^(?:[a-z]{2}|www|m|pool|cdn|ws\d*)$/;
const DEV_LABEL = /^\s*(developer|desarrollador|développeur|entwickler|sviluppatore|desenvolvedor)\s*$/i;
const LEGACY = /^\/app\/market\/([^/]+)\//;

function isAppHost(hostname: string): boolean {
  if (!hostname.endsWith(`.${DOMAIN}`)) return false;
  const sub = hostname.slice(0, -DOMAIN.length - 1).split('.');
  if (sub.length === 2) return /^[a-z0-9-]+$/.test(sub[0]!) && (/^[a-z]{2}$/.test(sub[1]!) || sub[1] === 'store');
  return sub.length === 1 && /^[a-z0-9-]+$/.test(sub[0]!) && !HUB.test(sub[0]!);
}

function recognise(url: URL): UrlMatch | null {
  if (!isAppHost(url.hostname)) return null;
  const legacy = LEGACY.exec(url.pathname);
  if (legacy) return { kind: 'detail', id: isAndroidPackage(legacy[1]) ? legacy[1]! : null };
  return /^\/(?:app|versions|download)(?:\/|$)/.test(url.pathname) ? { kind: 'detail', id: null } : null;
}

/** The app record the page was rendered from (`__NEXT_DATA__` → props.pageProps.app), if it is well formed. */
function pageApp(doc: Document): { name: string | null; pkg: string | null; developer: string | null } | null {
  const raw = doc.getElementById('__NEXT_DATA__')?.textContent ?? '';
  if (!raw || raw.length > 3_000_000) return null;
  try {
    const app = (JSON.parse(raw) as { props?: { pageProps?: { app?: Record<string, unknown> } } }).props?.pageProps?.app;
    if (!app || typeof app !== 'object') return null;
    const pkg = typeof app.package === 'string' && isAndroidPackage(app.package) ? app.package : null;
    return { name: cleanText(stringField(app, 'name')), pkg, developer: cleanText(stringField(app.developer, 'name')) };
  } catch {
    return null;
  }
}

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match) return null;
  const pkg =
    match.id ??
    labelledPackage(doc, 'th, td, dt, dd, li, p, span') ??
    nextDataPackage(doc) ??
    playLinkPackage(doc, url);
  if (!pkg) return null;
  const ld = appLd(doc);
  // The record's full name ("Dragon City: Mobile Adventure") is what the h1 + subtitle show split in two.
  const record = pageApp(doc);
  const own = record?.pkg === pkg ? record : null;
  const titleElement = firstWithText(doc, ['main h1', 'h1']);
  const title = own?.name ?? textOf(titleElement) ?? ldName(ld);
  const developer =
    ldDeveloper(ld) ??
    own?.developer ??
    cleanText(metaContent(doc, 'meta[itemprop="publisher"]')) ??
    labelledValue(doc, 'th, td, dt, dd, li, p, span', DEV_LABEL);
  const app: AppIdentity = { store: 'aptoide', id: pkg, title, developer, androidPackage: pkg };
  return { app, titleElement };
}

export const aptoide: StoreModule = {
  id: 'aptoide',
  name: 'Aptoide',
  hosts: [],
  hostSuffixes: [DOMAIN],
  matches: ['https://*.aptoide.com/*'],
  recognise,
  readDetail,
  readTiles: () => [],
};
