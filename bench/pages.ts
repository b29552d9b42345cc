/**
 * The pages the benchmark serves. Each is a real saved store page (read in place from ../shared/realworld) or a
 * generated one, with two small scripts of the page's own (main world) added:
 *  - at the top of <head>, a MutationObserver that records when each badge host ([data-ban-radar]) is attached;
 *  - at the end of <body>, a script that takes the app's identity out of the DOM before the content script
 *    runs, and puts it back on request (`__bench.go()`), recording that moment: hydration, as a store's
 *    front end does it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { realworldDir } from '../scripts/realworld';
import { appStore } from '../src/core/stores/appStore';
import { googlePlay } from '../src/core/stores/googlePlay';
import type { StoreModule } from '../src/core/stores/types';
import { DETAIL_PAGES, LIST_PAGES } from '../test/unit/stores/realworld-pages';

export const REALWORLD = realworldDir();
const real = (file: string) => readFileSync(join(REALWORLD, file), 'utf8');

/** Badge hosts attached, with the main world's clock; `t0` is when the identity went into the DOM. */
const PRELUDE = `<script>(() => {
  const b = (window.__bench = { t0: null, badges: [], target: null, error: null });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records)
      for (const n of r.addedNodes)
        if (n.nodeType === 1 && n.hasAttribute('data-ban-radar'))
          b.badges.push({ key: n.getAttribute('data-ban-radar'), t: now, inTarget: !!(b.target && b.target.contains(n)) });
  }).observe(document, { childList: true, subtree: true });
})();</script>`;

function instrument(html: string, tail: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  const withPrelude = head ? html.slice(0, head.index + head[0].length) + PRELUDE + html.slice(head.index + head[0].length) : PRELUDE + html;
  const end = withPrelude.toLowerCase().lastIndexOf('</body>');
  const script = `<script>${tail}</script>`;
  return end >= 0 ? withPrelude.slice(0, end) + script + withPrelude.slice(end) : withPrelude + script;
}

/** Hydration: unrelated DOM work every 4 ms for 48 ms; the identity goes back in at the 4th tick (12 ms in). */
const HYDRATE = `
  const hydrate = (insert) => {
    const box = document.createElement('div');
    document.body.append(box);
    let tick = 0;
    const step = () => {
      const d = document.createElement('div');
      d.textContent = 'hydrated ' + tick;
      box.append(d);
      if (tick === 3) { b.t0 = performance.now(); insert(); }
      if (++tick < 12) setTimeout(step, 4); else b.done = true;
    };
    step();
  };`;

export interface DetailBenchPage {
  file: string;
  url: string;
  /** The badge key the detail badge must carry. */
  key: string;
  html: string;
}

const FLAGGED = {
  'google-play': { id: 'com.zhiliaoapp.musically', url: (real: string) => real.replace(/([?&]id=)[^&]+/, '$1com.zhiliaoapp.musically') },
  'app-store': { id: '835599320', url: (real: string) => real.replace(/\/id\d+/, '/id835599320') },
} as const;

/**
 * The real saved detail pages, each served at the URL of a flagged app of the same store (the app's identity
 * comes from the URL), with the element showing the app's name taken out and put back by the page's script.
 */
export function detailPages(): DetailBenchPage[] {
  const out: DetailBenchPage[] = [];
  for (const c of DETAIL_PAGES) {
    // Google Play and the current App Store only: the flagged app is put in by its address, which those carry.
    if (c.url.includes('/datasafety') || !/^https:\/\/(play\.google\.com|apps\.apple\.com)\//.test(c.url)) continue;
    const store: StoreModule = c.url.startsWith('https://apps.apple.com/') ? appStore : googlePlay;
    const flagged = FLAGGED[store.id as keyof typeof FLAGGED];
    const url = flagged.url(c.url);
    // The App Store page names its own id in canonical/og:url (a check against stale DOM after navigation): the
    // page is made to name the flagged app's id throughout, as that app's page would.
    const html = store.id === 'app-store' ? real(c.file).replaceAll(`id${c.id}`, `id${flagged.id}`) : real(c.file);
    const dom = new JSDOM(html, { url, includeNodeLocations: true });
    const doc = dom.window.document;
    const reading = store.readDetail(doc, new URL(url));
    const title = reading?.titleElement;
    if (!title) throw new Error(`${c.file}: no title element`);
    const identity = title.closest('h1') ?? title;
    // Mark the identity element in the HTML itself: `<h1` → `<h1 data-bench-identity`.
    const at = (dom.nodeLocation(identity) as { startTag?: { startOffset: number } } | null)?.startTag?.startOffset;
    if (at === undefined) throw new Error(`${c.file}: no source location for the identity element`);
    const tagEnd = at + 1 + identity.localName.length;
    const marked = `${html.slice(0, tagEnd)} data-bench-identity${html.slice(tagEnd)}`;
    const tail = `(() => {
      const b = window.__bench;
      const el = document.querySelector('[data-bench-identity]');
      if (!el) { b.error = 'identity element not found'; return; }
      const parent = el.parentNode, next = el.nextSibling;
      el.remove();
      b.target = el;
      ${HYDRATE}
      b.go = () => hydrate(() => parent.insertBefore(el, next && next.parentNode === parent ? next : null));
    })();`;
    out.push({ file: c.file, url, key: `${store.id}:${flagged.id}`, html: instrument(marked, tail) });
  }
  return out;
}

export interface ListBenchPage {
  file: string;
  url: string;
  html: string;
}

/** The real saved list pages, at their own URLs, with the whole body taken out and put back at once. */
export function listPages(): ListBenchPage[] {
  return LIST_PAGES.map((c) => ({
    file: c.file,
    url: c.url,
    html: instrument(
      real(c.file),
      `(() => {
        const b = window.__bench;
        const frag = document.createDocumentFragment();
        for (const n of [...document.body.childNodes]) frag.append(n);
        b.go = () => { b.t0 = performance.now(); document.body.append(frag); };
      })();`,
    ),
  }));
}

export interface GeneratedList {
  url: string;
  html: string;
  /** Flagged tiles in the first insert (250 tiles) and in each later batch. */
  flaggedPerBatch: number[];
  tilesPerBatch: number[];
}

/**
 * A large Play list page (a "see more" cluster), generated: page chrome of ~3,000 elements, then 250 tiles
 * (one in five flagged) inserted at once, then five batches of 50 more (one in ten flagged) as if scrolled in.
 */
export function generatedList(flaggedIds: string[]): GeneratedList {
  const url = 'https://play.google.com/store/apps/collection/cluster?gsr=ban-radar-bench&hl=en';
  const batches: { id: string; name: string; dev: string }[][] = [];
  let f = 0;
  let n = 0;
  const tile = (flagEvery: number, i: number) => {
    n++;
    if (i % flagEvery === 0 && f < flaggedIds.length) return { id: flaggedIds[f++]!, name: `Flagged app ${n}`, dev: `Publisher ${n}` };
    return { id: `com.example.bench.app${n}`, name: `Example app number ${n}`, dev: `Example Developer ${n % 37}` };
  };
  batches.push(Array.from({ length: 250 }, (_, i) => tile(5, i)));
  for (let k = 0; k < 5; k++) batches.push(Array.from({ length: 50 }, (_, i) => tile(10, i)));
  const flagged = new Set(flaggedIds);
  const chrome = Array.from(
    { length: 300 },
    (_, i) => `<div class="nav-row"><a href="/store/apps/category/C${i}"><span class="ic"></span><span>Category ${i}</span></a><div><span>${i}</span><span>more</span></div><p>Lorem ipsum dolor sit amet ${i}</p><ul><li>a</li><li>b</li></ul></div>`,
  ).join('');
  const html = instrument(
    `<!doctype html><html lang="en"><head><title>Similar apps - Apps on Google Play</title></head><body><header><h1>Similar apps</h1></header><nav>${chrome}</nav><main><div id="grid"></div></main></body></html>`,
    `(() => {
      const b = window.__bench;
      const batches = ${JSON.stringify(batches)};
      const grid = document.getElementById('grid');
      const build = (apps) => {
        const row = document.createElement('div');
        row.className = 'row';
        for (const a of apps) {
          const cell = document.createElement('div');
          cell.className = 'ULeU3b';
          const link = document.createElement('a');
          link.className = 'Si6A0c Gy4nib';
          link.href = '/store/apps/details?id=' + a.id;
          const img = document.createElement('img');
          img.alt = 'Thumbnail image';
          const text = document.createElement('div');
          const name = document.createElement('span');
          name.textContent = a.name;
          const dev = document.createElement('span');
          dev.textContent = a.dev;
          const rating = document.createElement('span');
          rating.textContent = '4.5 star';
          text.append(name, dev, rating);
          link.append(img, text);
          cell.append(link);
          row.append(cell);
        }
        return row;
      };
      b.go = (k) => { const row = build(batches[k]); b.t0 = performance.now(); grid.append(row); };
    })();`,
  );
  return {
    url,
    html,
    flaggedPerBatch: batches.map((bt) => bt.filter((a) => flagged.has(a.id)).length),
    tilesPerBatch: batches.map((bt) => bt.length),
  };
}
