/** The content script's parts, without a browser: flag source, reporter, page model; and the worker's storage writer. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ensureFlagStorage, entriesFor, type LocalArea } from '../../../src/background/flagStorage';
import type { AppIdentity } from '../../../src/core/identity';
import type { PageStateMessage } from '../../../src/core/messages';
import { googlePlay } from '../../../src/core/stores/googlePlay';
import { buildFlagTable, localiseFlagTable } from '../../../src/core/verdict/buildFlags';
import { flagEntries, META_KEY } from '../../../src/core/verdict/flagEntries';
import { flagFor } from '../../../src/core/verdict/flags';
import { FlagSource } from '../../../src/content/flagSource';
import { PageModel } from '../../../src/content/pageModel';
import { Reporter } from '../../../src/content/reporter';
import { dataset } from '../helpers/dataset';

const today = '2026-12-03';
const table = localiseFlagTable(buildFlagTable(dataset(), today), dataset(), { badgeBanned: 'Banned in $1' });
const tiktok: AppIdentity = { store: 'google-play', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.' };
const clean: AppIdentity = { store: 'google-play', id: 'com.mojang.minecraftpe', title: 'Minecraft', developer: 'Mojang' };

/** storage.local as an in-memory map, counting reads. */
function memoryArea(): LocalArea & { data: Map<string, unknown>; reads: string[][] } {
  const data = new Map<string, unknown>();
  const reads: string[][] = [];
  return {
    data,
    reads,
    async get(keys) {
      if (keys === null) return Object.fromEntries(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      reads.push(list);
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

describe('the worker keeps the flag entries in storage', () => {
  it('writes every entry and the meta last; a second start only reads the meta; stale entries of an older table go', async () => {
    const area = memoryArea();
    area.data.set('settings', { tileBadges: false });
    area.data.set('f:l:google-play:com.gone', [['', 'banned', ['XX']]]);
    expect(await ensureFlagStorage(area, table)).toBe('written');
    const entries = flagEntries(table);
    expect(area.data.size).toBe(Object.keys(entries).length + 2); // + meta + settings
    expect(area.data.has('f:l:google-play:com.gone')).toBe(false);
    expect(area.data.get('settings')).toEqual({ tileBadges: false });
    expect(area.data.get(META_KEY)).toMatchObject({ version: table.version, entries: Object.keys(entries).length });
    area.reads.length = 0;
    expect(await ensureFlagStorage(area, table)).toBe('current');
    expect(area.reads).toEqual([[META_KEY]]);
  });

  it('answers a content script that found no table with exactly the entries asked for', () => {
    const entries = flagEntries(table);
    const got = entriesFor(entries, ['f:l:google-play:com.zhiliaoapp.musically', 'f:n:nothing', 'settings']);
    expect(Object.keys(got)).toEqual(['f:l:google-play:com.zhiliaoapp.musically']);
  });
});

describe('FlagSource (deciding flags in the content script)', () => {
  it('reads a batch of apps in one storage read, then answers at once, as flagFor() does', async () => {
    const area = memoryArea();
    await ensureFlagStorage(area, table);
    area.reads.length = 0;
    const source = new FlagSource({ read: (k) => area.get(k), ask: async () => undefined }, table.version);
    expect(source.flag(tiktok, today)).toBeUndefined();
    await source.load([tiktok, clean]);
    expect(area.reads.length).toBe(1);
    expect(source.flag(tiktok, today)).toEqual(flagFor(table, tiktok, today));
    expect(source.flag(clean, today)).toBeNull();
    await source.load([tiktok, clean]);
    expect(area.reads.length).toBe(1); // nothing new to read
    expect(source.meta?.text.en?.badgeBanned).toBe('Banned in $1');
  });

  it('asks the worker when storage holds no table, or one of another version', async () => {
    const area = memoryArea();
    await ensureFlagStorage(area, { ...table, version: 'older' });
    const asked: string[][] = [];
    const entries = flagEntries(table);
    const source = new FlagSource(
      {
        read: (k) => area.get(k),
        ask: async (keys) => {
          asked.push(keys);
          return { meta: { version: table.version, entries: 0, text: table.text, names: table.names }, entries: entriesFor(entries, keys) };
        },
      },
      table.version,
    );
    await source.load([tiktok]);
    expect(asked.length).toBe(1);
    expect(source.flag(tiktok, today)).toEqual(flagFor(table, tiktok, today));
  });

  it('a worker that does not answer leaves the flag undecided (no badge drawn from nothing), and is asked again', async () => {
    let calls = 0;
    const source = new FlagSource({ read: async () => ({}), ask: async () => void calls++ }, table.version);
    await source.load([tiktok]);
    expect(source.flag(tiktok, today)).toBeUndefined();
    await source.load([tiktok]);
    expect(calls).toBe(2);
  });
});

describe('Reporter (reporting to the background)', () => {
  const app = (id: string): AppIdentity => ({ store: 'google-play', id, title: null, developer: null });
  it('holds messages until the load event and the settings, sends in a task of its own, then only new apps', () => {
    const sent: PageStateMessage[] = [];
    const later: (() => void)[] = [];
    const r = new Reporter((m) => sent.push(m), false, (fn) => later.push(fn));
    r.sync('https://x/', 'list', [app('a'), app('b')]);
    later.splice(0).forEach((f) => f());
    expect(sent).toEqual([]);
    r.pageLoaded();
    expect(sent).toEqual([]);
    r.settingsReady();
    expect(sent.map((m) => [m.append, m.apps.map((a) => a.id)])).toEqual([[false, ['a', 'b']]]);
    r.sync('https://x/', 'list', [app('a'), app('b'), app('c')]);
    later.splice(0).forEach((f) => f());
    expect(sent.map((m) => [m.append, m.apps.map((a) => a.id)])).toEqual([
      [false, ['a', 'b']],
      [true, ['c']],
    ]);
    expect(r.reported('list')).toBe(true);
  });
  it('splits a page of many apps into messages of at most 500', () => {
    const sent: PageStateMessage[] = [];
    const r = new Reporter((m) => sent.push(m), true, (fn) => fn());
    r.settingsReady();
    r.sync('https://x/', 'list', Array.from({ length: 1200 }, (_, i) => app(`p${i}`)));
    expect(sent.map((m) => [m.apps.length, m.append])).toEqual([
      [500, false],
      [500, true],
      [200, true],
    ]);
  });
  it('discard() drops what settings made stale and reports the page afresh', () => {
    const sent: PageStateMessage[] = [];
    const r = new Reporter((m) => sent.push(m), true, () => undefined);
    r.sync('https://x/', 'detail', [app('a')]);
    r.discard();
    r.settingsReady();
    expect(sent).toEqual([]);
    expect(r.reported('detail')).toBe(false);
  });
});

describe('PageModel (reading the page)', () => {
  const url = 'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically';
  const doc = new JSDOM(
    `<h1><span itemprop="name">TikTok</span></h1><a href="/store/apps/dev?id=1">TikTok Pte. Ltd.</a>` +
      `<a href="/store/apps/details?id=com.intsig.camscanner">CamScanner</a><a href="/store/apps/details?id=com.zhiliaoapp.musically">TikTok</a>`,
    { url },
  ).window.document;
  it('knows the page from its address, takes its app and tiles (never the page\'s own app as a tile), and its kind', () => {
    const page = new PageModel([googlePlay]);
    expect(page.navigate(url)).toBe(true);
    expect(page.navigate(url)).toBe(false);
    expect(page.addressId()).toBe('com.zhiliaoapp.musically');
    expect(page.kind(true)).toBe('unreadable');
    const change = page.acceptDetail(googlePlay.readDetail(doc, new URL(url))!);
    expect(change.becameReadable).toBe(true);
    const tiles = page.addTiles(googlePlay.readTiles(doc, new URL(url)));
    expect(tiles.map((t) => t.app.id)).toEqual(['com.intsig.camscanner']);
    expect(page.takeTilesAdded()).toBe(true);
    expect(page.takeTilesAdded()).toBe(false);
    expect(page.kind(true)).toBe('detail');
    expect(page.kind(false)).toBe('none');
    expect(page.apps('detail').map((a) => a.id)).toEqual(['com.zhiliaoapp.musically', 'com.intsig.camscanner']);
    const again = page.acceptDetail({ ...googlePlay.readDetail(doc, new URL(url))!, app: { ...tiktok, title: 'TikTok Lite' } });
    expect(again).toMatchObject({ becameReadable: false, identityChanged: true });
  });
});
