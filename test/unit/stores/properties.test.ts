/** Property tests: no exception escapes, and no invalid id comes back, whatever the URL or page. */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStoreId } from '../../../src/core/dataset/compile';
import { readPage } from '../../../src/core/page';
import { STORE_MODULES } from '../../../src/core/stores';
import { MAX_FIELD_LENGTH } from '../../../src/core/text/normalize';
import type { StoreModule } from '../../../src/core/stores/types';

const RUNS = 1000;
const parser = new new JSDOM('').window.DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

/** Hosts each store answers for, plus look-alikes. */
const SAMPLE_HOSTS = [
  ...STORE_MODULES.flatMap((s) => [...s.hosts]),
  'tiktok.en.uptodown.com',
  'x.uptodown.com',
  'en.uptodown.com',
  'tiktok.en.aptoide.com',
  'a.store.aptoide.com',
  'uptodown.com.evil.example',
  'example.com',
];

const ID_BITS = [
  'com.zhiliaoapp.musically', 'com.tencent.mm', 'id835599320', 'id0', 'id', '9NKSQGP7F2NH', '9nksqgp7f2nh',
  'XP8BT8DW290MPQ', 'C100000025', 'C1', 'B07JDFYZPS', 'B0', '0316769487', 'a..b', '.x', '1com.x', 'com.', '%00', '%E2%80%AE',
];
const PATH_BITS = [
  'store', 'apps', 'details', 'datasafety', 'dev', 'developer', 'search', 'collection', 'cluster', 'us', 'vn', 'app',
  'detail', 'p', 'productId', 'ag', 'n', 'dp', 'gp', 'product', 'apk', 'android', 'download', 'versions', 'market',
  'tiktok', '', '..', 'see-all', 'b', 's', 'id',
];
const QUERY_BITS = ['id=', 'hl=zh', 'gl=CN', 'platform=ipad', 'see-all=x', 'i=mobile-apps', 'node=2350149011', 'q=x', 'c=apps', 'c=movies', 'id'];

const urlArb = fc
  .tuple(
    fc.constantFrom(...SAMPLE_HOSTS),
    fc.array(fc.oneof(fc.constantFrom(...PATH_BITS, ...ID_BITS), fc.string({ maxLength: 12 })), { maxLength: 6 }),
    fc.array(fc.oneof(fc.constantFrom(...QUERY_BITS), fc.tuple(fc.constantFrom('id=', 'q='), fc.constantFrom(...ID_BITS)).map(([a, b]) => a + b), fc.string({ maxLength: 10 })), { maxLength: 4 }),
    fc.option(fc.oneof(fc.constant('#/app/C100000025'), fc.string({ maxLength: 10 }).map((s) => `#${s}`))),
  )
  .map(([host, path, query, hash]) => {
    try {
      return new URL(`https://${host}/${path.map(encodeURI).join('/')}${query.length ? `?${query.join('&')}` : ''}${hash ?? ''}`);
    } catch {
      return new URL(`https://${host}/`);
    }
  });

function expectValid(store: StoreModule, id: string) {
  expect(checkStoreId(store.id, id)).toBeNull();
}

describe('recognise (property)', () => {
  it.each(STORE_MODULES.map((s) => [s.id, s] as const))('%s: never throws, ids always valid', (_, store) => {
    fc.assert(
      fc.property(fc.oneof(urlArb, fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => new URL(u))), (url) => {
        const m = store.recognise(url);
        if (m?.id) expectValid(store, m.id);
        if (m) expect(['detail', 'list']).toContain(m.kind);
      }),
      { numRuns: RUNS },
    );
  });
});

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/stores');
const fixtureFiles = readdirSync(FIXTURES).flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => readFileSync(join(FIXTURES, d, f), 'utf8')));

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '\u202Egnp.exe', 'x'.repeat(10_000), '', '   ', '\u200B\u200F'),
);
const hrefArb = fc.oneof(
  urlArb.map((u) => u.href),
  fc.constantFrom(...ID_BITS).map((id) => `/store/apps/details?id=${id}`),
  fc.constantFrom(...ID_BITS).map((id) => `/us/app/x/${id}`),
  fc.constantFrom(...ID_BITS).map((id) => `/detail/${id}`),
  fc.constantFrom(...ID_BITS).map((id) => `/dp/${id}`),
  fc.constantFrom(...ID_BITS).map((id) => `/slug/${id}`),
  fc.constantFrom('javascript:alert(1)', 'http://[', '//', '?id=com.x.y'),
);
const fragment = fc.oneof(
  fc.tuple(hrefArb, text).map(([h, t]) => `<a href="${h.replace(/"/g, '')}">${t}</a>`),
  fc.tuple(hrefArb, text).map(([h, t]) => `<div data-docid="${t.slice(0, 20)}"><a href="${h.replace(/"/g, '')}" title="${t.replace(/"/g, '')}"></a></div>`),
  text.map((t) => `<h1>${t}</h1>`),
  text.map((t) => `<title>${t}</title>`),
  text.map((t) => `<meta property="og:title" content="${t.replace(/"/g, '')}">`),
  text.map((t) => `<script type="application/ld+json">{"@type":"SoftwareApplication","name":${JSON.stringify(t)},"author":{"name":${JSON.stringify(t)}}}</script>`),
  fc.constant('<script type="application/ld+json">{broken</script>'),
  fc.constantFrom(...ID_BITS).map((id) => `<table><tr><th>Package Name</th><td>${id}</td></tr></table>`),
  fc.constantFrom(...ID_BITS).map((id) => `<div class="appspec-value">Package: ${id}<br>x</div>`),
  fc.constantFrom(...ID_BITS).map((id) => `<script id="__NEXT_DATA__" type="application/json">{"props":{"app":{"package":"${id}"}}}</script>`),
  fc.constant('<div id="nav-subnav" data-category="mobile-apps"></div>'),
  fc.constant('</div></a><<>>&amp;<!--'),
  fc.string({ maxLength: 60 }),
);
const htmlArb = fc.oneof(
  fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join('')),
  // A garbled fixture: cut at two places and fragments spliced in.
  fc.tuple(fc.constantFrom(...fixtureFiles), fc.nat(), fc.nat(), fc.array(fragment, { maxLength: 5 })).map(([f, a, b, parts]) => {
    const i = a % f.length;
    const j = Math.min(f.length, i + (b % 2000));
    return f.slice(0, i) + parts.join('') + f.slice(j);
  }),
);

function inert(value: string | null | undefined) {
  if (value == null) return;
  expect(value.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
  expect(value).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
  expect(value).toBe(value.trim());
}

describe('readPage on generated and garbled HTML (property)', () => {
  it('never throws, returns only valid ids and bounded, inert text', () => {
    fc.assert(
      fc.property(htmlArb, urlArb, (html, url) => {
        const doc = parse(html);
        const r = readPage(doc, url);
        for (const a of r.apps) {
          expect(checkStoreId(a.store, a.id)).toBeNull();
          inert(a.title);
          inert(a.developer);
          if (a.androidPackage) expect(checkStoreId('google-play', a.androidPackage)).toBeNull();
        }
        for (const t of r.tiles) expect(checkStoreId(t.app.store, t.app.id)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('store modules themselves do not throw (readPage must not be what hides errors)', () => {
    fc.assert(
      fc.property(htmlArb, urlArb, fc.constantFrom(...STORE_MODULES), (html, url, store) => {
        const doc = parse(html);
        const d = store.readDetail(doc, url);
        if (d) expect(checkStoreId(store.id, d.app.id)).toBeNull();
        for (const t of store.readTiles(doc.body ?? doc, url)) expect(checkStoreId(store.id, t.app.id)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
