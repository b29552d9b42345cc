/** Text read from a page comes back bounded and inert, for every store's detail and tile readers. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/core/page';
import { MAX_FIELD_LENGTH } from '../../../src/core/text/normalize';
import { domOf } from '../helpers/realworld';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal detail page per store whose app name (h1) and one tile's name are `name` (already HTML). */
const PAGES: [store: string, url: string, page: (name: string) => string][] = [
  ['google-play', 'https://play.google.com/store/apps/details?id=com.x.y', (n) => `<h1 itemprop="name">${n}</h1><a href="/store/apps/dev?id=1">${n}</a><a href="/store/apps/details?id=com.other.app">${n}</a>`],
  ['app-store', 'https://apps.apple.com/us/app/x/id123456', (n) => `<main><h1>${n}</h1><a href="/us/developer/x/id1">${n}</a><a href="/us/app/y/id654321"><h3>${n}</h3></a></main>`],
  ['microsoft-store', 'https://apps.microsoft.com/detail/9NKSQGP7F2NH', (n) => `<h1>${n}</h1><a href="/search/publisher?name=x">${n}</a><a href="/detail/9NZTWSQNTD0S"><span>${n}</span></a>`],
  ['galaxy-store', 'https://galaxystore.samsung.com/detail/com.x.y', (n) => `<h1>${n}</h1><a href="/detail/com.other.app"><p>${n}</p></a>`],
  ['appgallery', 'https://appgallery.huawei.com/app/C100000025', (n) => `<h1>${n}</h1><a href="/app/C100000026"><div>${n}</div></a>`],
  ['amazon-appstore', 'https://www.amazon.com/dp/B07JDFYZPS', (n) => `<div id="nav-subnav" data-category="mobile-apps"></div><span id="productTitle">${n}</span><a id="bylineInfo">by ${n}</a><a href="/dp/B0BBQ1PMGC"><span>${n}</span></a>`],
  ['getapps', 'https://global.app.mi.com/details?id=com.x.y', (n) => `<div class="intro-titles"><p>${n}</p><h3>${n}</h3></div><a href="/details?id=com.other.app">${n}</a>`],
  ['apkmirror', 'https://www.apkmirror.com/apk/dev/app/', (n) => `<h1>${n}</h1><div class="appspec-value">Package: com.x.y</div>`],
  ['apkpure', 'https://apkpure.com/x/com.x.y', (n) => `<h1>${n}</h1><a href="/developer/x">${n}</a><a href="/y/com.other.app"><p>${n}</p></a>`],
  ['uptodown', 'https://x.en.uptodown.com/android', (n) => `<h1 id="detail-app-name">${n}</h1><table><tr><th>Package Name</th><td>com.x.y</td></tr></table>`],
  ['aptoide', 'https://x.en.aptoide.com/app', (n) => `<h1>${n}</h1><ul><li><span>Package</span><span>com.x.y</span></li></ul>`],
];

function read(url: string, body: string) {
  return readPage(domOf(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`, url), new URL(url));
}

describe.each(PAGES)('%s: page text is bounded and inert', (_store, url, page) => {
  it('a title written as markup comes back as plain text, never as an element', () => {
    const r = read(url, page(esc('<img src=x onerror=alert(1)>')));
    expect(r.page).toBe('detail');
    expect(r.detail!.app.title).toBe('<img src=x onerror=alert(1)>');
    for (const t of r.tiles) expect(t.app.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('an element inside the title contributes no text and runs nothing', () => {
    const r = read(url, page('<img src=x onerror=alert(1)>Name'));
    expect(r.detail!.app.title).toBe('Name');
  });

  it('right-to-left overrides and invisible characters are removed', () => {
    const r = read(url, page('\u202EgnaW\u202C\u200B Chat\u2066'));
    expect(r.detail!.app.title).toBe('gnaW Chat');
    for (const t of r.tiles) expect(t.app.title).toBe('gnaW Chat');
  });

  it('10,000 characters come back bounded', () => {
    const r = read(url, page('W'.repeat(10_000)));
    expect(r.detail!.app.title!.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    for (const t of r.tiles) expect(t.app.title!.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    if (r.detail!.app.developer) expect(r.detail!.app.developer.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
  });

  it('missing elements give nulls, not errors', () => {
    const r = read(url, '');
    // Stores whose URL carries the id still read it; APK sites with no package in the page read nothing.
    if (r.detail) {
      expect(r.detail.app.developer).toBeNull();
      expect(r.detail.titleElement).toBeNull();
    } else {
      // Amazon's product URLs also serve non-apps: a page it cannot read as an app is simply not an app page.
      expect(r.page).toBe(r.store?.detailUrlsIncludeNonApps ? 'none' : 'unreadable');
    }
  });
});
