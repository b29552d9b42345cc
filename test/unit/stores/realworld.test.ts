import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../../src/core/page';
import { checkStoreId } from '../../../src/core/dataset/compile';
import { domOf, hasRealworld, realPage, REALWORLD, realworldMissing } from '../helpers/realworld';
import { DETAIL_PAGES, LIST_PAGES, UNHANDLED_PAGES } from './realworld-pages';

// Without the saved pages these tests fail, never skip: a run that read no real page has not tested the stores.
it('finds the real saved store pages', () => {
  expect(hasRealworld, realworldMissing).toBe(true);
});

describe.runIf(hasRealworld)('real saved store pages', () => {
  it('covers every saved page', () => {
    const dirs = readdirSync(REALWORLD, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const files = dirs.flatMap((d) => readdirSync(join(REALWORLD, d)).map((f) => `${d}/${f}`));
    const covered = [...DETAIL_PAGES, ...LIST_PAGES, ...UNHANDLED_PAGES].map((p) => p.file);
    expect(covered.sort()).toEqual(files.sort());
  });

  describe.each(DETAIL_PAGES)('detail $file', (page) => {
    it('reads the exact id, title and developer', () => {
      const r = readPage(domOf(realPage(page.file), page.url), new URL(page.url));
      expect(r.page).toBe('detail');
      expect(r.detail!.app).toMatchObject({ id: page.id, title: page.title, developer: page.developer });
      expect(checkStoreId(r.detail!.app.store, r.detail!.app.id)).toBeNull();
      // Other apps shown on the page (similar apps…) are tiles, never the page's own app.
      expect(r.tiles.every((t) => t.app.id !== page.id)).toBe(true);
    });
  });

  describe.each(LIST_PAGES)('list $file', (page) => {
    it('reads every app card in document order', () => {
      const doc = domOf(realPage(page.file), page.url);
      const r = readPage(doc, new URL(page.url));
      expect(r.page).toBe('list');
      expect(r.apps).toHaveLength(page.count);
      expect(r.apps.slice(0, page.first.length).map((a) => a.id)).toEqual(page.first);
      expect(r.apps[0]!.title).toBe(page.firstTitle);
      expect(new Set(r.apps.map((a) => a.id)).size).toBe(page.count);
      for (const a of r.apps) expect(checkStoreId(a.store, a.id)).toBeNull();
      // Every card has a readable name.
      expect(r.apps.filter((a) => !a.title)).toEqual([]);
      // Tiles are in document order.
      for (let i = 1; i < r.tiles.length; i++) {
        const prev = r.tiles[i - 1]!.element;
        const cur = r.tiles[i]!.element;
        expect(prev.compareDocumentPosition(cur) & 4 /* FOLLOWING */ || prev.contains(cur) || cur.contains(prev)).toBeTruthy();
      }
    });
  });

  describe.each(UNHANDLED_PAGES)('not an app page: $file', (page) => {
    it('is left alone: no app, no "could not read" ($why)', () => {
      const r = readPage(domOf(realPage(page.file), page.url), new URL(page.url));
      expect(r.page).toBe('none');
      expect(r.apps).toEqual([]);
    });
  });

  it('reads tiles again from a subtree (as when tiles load while scrolling)', () => {
    const page = LIST_PAGES.find((p) => p.file.includes('storehome-apps-2026'))!;
    const doc = domOf(realPage(page.file), page.url);
    const all = readPage(doc, new URL(page.url)).tiles;
    const sub = all[5]!.element.parentElement!;
    const again = readPage(doc, new URL(page.url)).store!.readTiles(sub, new URL(page.url));
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((t) => all.some((a) => a.app.id === t.app.id))).toBe(true);
  });
});
