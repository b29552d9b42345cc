/**
 * Amazon Appstore pages on amazon.com. An app page is a product page (`/<slug>/dp/<ASIN>`,
 * `/dp/<ASIN>`, `/gp/product/<ASIN>`) whose ASIN starts with B0 — but most such pages are not apps,
 * so readDetail also needs the page to say it is a Mobile App (the "Apps & Games" department in the
 * sub-navigation, search scope or breadcrumbs, an "Appstore for Android" title, or JSON-LD), and
 * returns null otherwise. List pages are app searches and the Appstore browse node only.
 */
import type { AppIdentity } from '../identity';
import { cleanText } from '../text/normalize';
import { safeUrl, textOf } from './dom';
import { appLd, firstWithText, ldDeveloper, ldName } from './generic';
import { collectTiles } from './tiles';
import type { DetailReading, StoreModule, Tile, UrlMatch } from './types';

const HOSTS = ['www.amazon.com'];
/** Amazon's "Apps & Games" (Appstore for Android) browse node. */
const APPS_NODE = '2350149011';
const ASIN = /^B0[0-9A-Z]{8}$/;
const PRODUCT = /^\/(?:[^/]+\/)?(?:dp|gp\/product|gp\/aw\/d)\/([^/?#]+)(?:\/|$)/i;

function asinOf(path: string): string | null {
  const m = PRODUCT.exec(path);
  const asin = m ? m[1]!.toUpperCase() : null;
  return asin && ASIN.test(asin) ? asin : null;
}

function recognise(url: URL): UrlMatch | null {
  if (!HOSTS.includes(url.hostname)) return null;
  const asin = asinOf(url.pathname);
  // Only B0… ASINs can be apps; books (ISBN ASINs) and everything else are not ours.
  if (asin) return { kind: 'detail', id: asin };
  const p = url.searchParams;
  const appsList =
    p.get('i') === 'mobile-apps' || p.get('node') === APPS_NODE || (p.get('rh') ?? '').includes(`n:${APPS_NODE}`);
  return appsList && /^\/(?:s|b|mobile-apps\/b|[^/]+\/b)\/?$/.test(url.pathname) ? { kind: 'list', id: null } : null;
}

/** Whether the product page is a Mobile App. Signals are cheap selectors; any one is enough. */
export function isAppPage(doc: Document): boolean {
  if (doc.querySelector('#nav-subnav[data-category="mobile-apps"]')) return true;
  if (doc.querySelector('#searchDropdownBox option[selected][value="search-alias=mobile-apps"]')) return true;
  if (doc.querySelector(`#wayfinding-breadcrumbs_feature_div a[href*="node=${APPS_NODE}"]`)) return true;
  const crumb = textOf(doc.querySelector('#wayfinding-breadcrumbs_feature_div li a, #wayfinding-breadcrumbs_container li a'));
  if (crumb && /^apps (&|and) games$/i.test(crumb)) return true;
  const title = cleanText(doc.title);
  if (title && /:\s*Appstore for Android$/i.test(title)) return true;
  const ld = appLd(doc);
  return !!ld && /android|fire ?os/i.test(String(ld.operatingSystem ?? ''));
}

function readDetail(doc: Document, url: URL): DetailReading | null {
  const match = recognise(url);
  if (!match || match.kind !== 'detail' || !match.id) return null;
  if (!isAppPage(doc)) return null;
  const ld = appLd(doc);
  const titleElement = firstWithText(doc, ['#productTitle', '#mas-title h1', '#title', 'h1']);
  const title =
    textOf(titleElement) ??
    ldName(ld) ??
    cleanText((cleanText(doc.title) ?? '').replace(/^Amazon\.com:\s*/i, '').replace(/:\s*Appstore for Android$/i, ''));
  const byline = textOf(doc.querySelector('#bylineInfo, #brand'));
  const developer =
    ldDeveloper(ld) ??
    cleanText(byline?.replace(/^(by|von|par|por|da|door)\s+/i, '').replace(/^Visit the (.*) Store$/i, '$1'));
  const app: AppIdentity = { store: 'amazon-appstore', id: match.id, title, developer };
  return { app, titleElement };
}

function readTiles(root: ParentNode, url: URL): Tile[] {
  return collectTiles(root, {
    store: 'amazon-appstore',
    linkSelector: '[data-component-type="s-search-result"][data-asin], a[href*="/dp/B0"], a[href*="/gp/product/B0"]',
    idOf: (el) => {
      const asin = el.getAttribute('data-asin');
      if (asin !== null) return ASIN.test(asin) ? asin : null;
      const u = safeUrl(el.getAttribute('href'), url);
      return u && HOSTS.includes(u.hostname) ? asinOf(u.pathname) : null;
    },
    titleSelector: 'h2',
  });
}

export const amazonAppstore: StoreModule = {
  detailUrlsIncludeNonApps: true,
  id: 'amazon-appstore',
  name: 'Amazon Appstore',
  hosts: HOSTS,
  matches: [
    'https://www.amazon.com/*dp/B0*',
    'https://www.amazon.com/gp/product/B0*',
    'https://www.amazon.com/s?*',
    'https://www.amazon.com/b?*',
    'https://www.amazon.com/*/b?*',
  ],
  recognise,
  readDetail,
  readTiles,
};
