/**
 * Uptodown. Each app has its own subdomain: `<slug>.en.uptodown.com/android` (English) or
 * `<slug>.uptodown.com/android` (Spanish), with `/download` and `/versions` subpages. The URL has
 * only the slug, so the id is the Android package the page names in its technical-information table
 * ("Package Name"), else its Google Play link. Hub pages (`en.uptodown.com`) are not handled: their
 * cards name no package.
 */
import type { AppIdentity } from '../identity';
import { textOf } from './dom';
import { appLd, firstWithText, labelledPackage, labelledValue, ldDeveloper, ldName, playLinkPackage } from './generic';
import type { DetailReading, StoreModule, UrlMatch } from './types';

const DOMAIN = 'uptodown.com';
const HUB = /^(?:[a-z]{2}|www|m)$/;
const AUTHOR_LABEL = /^\s*(author|developer|autor|auteur|desarrollador|entwickler|sviluppatore|desenvolvedor)\s*$/i;

/** Whether the host is an app's subdomain: `<slug>.<lang>.uptodown.com` or `<slug>.uptodown.com`. */
function isAppHost(hostname: string): boolean {
  if (!hostname.endsWith(`.${DOMAIN}`)) return false;
  const sub = hostname.slice(0, -DOMAIN.length - 1).split('.');
  if (sub.length === 2) return /^[a-z0-9-]+$/.test(sub[0]!) && /^[a-z]{2}$/.test(sub[1]!);
  return sub.length === 1 && /^[a-z0-9-]+$/.test(sub[0]!) && !HUB.test(sub[0]!);
}

function recognise(url: URL): UrlMatch | null {
  if (!isAppHost(url.hostname)) return null;
  return /^\/android(?:\/|$)/.test(url.pathname) ? { kind: 'detail', id: null } : null;
}

function readDetail(doc: Document, url: URL): DetailReading | null {
  if (!recognise(url)) return null;
  const pkg = labelledPackage(doc, 'th, td, dt, dd, #technical-information div') ?? playLinkPackage(doc, url);
  if (!pkg) return null;
  const ld = appLd(doc);
  const titleElement = firstWithText(doc, ['h1#detail-app-name', '#detail-app-name', 'main h1', 'h1']);
  const title = textOf(titleElement) ?? ldName(ld);
  const developer =
    ldDeveloper(ld) ??
    textOf(doc.querySelector('#author-link, [itemprop="author"]')) ??
    labelledValue(doc, 'th, td, dt', AUTHOR_LABEL);
  const app: AppIdentity = { store: 'uptodown', id: pkg, title, developer, androidPackage: pkg };
  return { app, titleElement };
}

export const uptodown: StoreModule = {
  id: 'uptodown',
  name: 'Uptodown',
  hosts: [],
  hostSuffixes: [DOMAIN],
  matches: ['https://*.uptodown.com/android*'],
  recognise,
  readDetail,
  readTiles: () => [],
};
