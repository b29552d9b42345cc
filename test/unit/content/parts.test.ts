/** The content script's parts, without a browser: flag source, reporter, page model; and the worker's storage writer. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ensureFlagStorage, type LocalArea } from '../../../src/background/flagStorage';
import type { AppIdentity } from '../../../src/core/identity';
import type { PageStateMessage } from '../../../src/core/messages';
import { googlePlay } from '../../../src/core/stores/googlePlay';
import { buildFlagTable, localiseFlagTable } from '../../../src/core/verdict/buildFlags';
import { COMMON_KEY, keysForStore, META_KEY, storedFlags, tableFromStored } from '../../../src/core/verdict/flagStore';
import { STORES } from '../../../src/core/dataset/vocabulary';
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

describe('the worker keeps the flag table in storage', () => {
  it('writes the common part and each store\'s listings, the meta last; a second start only reads the meta', async () => {
    const area = memoryArea();
    area.data.set('settings', { tileBadges: false });
    area.data.set('f:l:old-store', '{}');
    expect(await ensureFlagStorage(area, table.version, async () => table)).toBe('written');
    expect(area.data.has('f:l:old-store')).toBe(false);
    expect(area.data.get('settings')).toEqual({ tileBadges: false });
    expect(area.data.get(META_KEY)).toEqual({ version: table.version });
    expect(typeof area.data.get(COMMON_KEY)).toBe('string');
    expect(JSON.parse(area.data.get('f:l:app-store') as string)).toHaveProperty(['app-store:835599320']);
    area.reads.length = 0;
    let asked = 0;
    expect(await ensureFlagStorage(area, table.version, async () => (asked++, table))).toBe('current');
    expect(area.reads).toEqual([[META_KEY]]);
    expect(asked).toBe(0); // the package's table is not even read
  });
});

describe('FlagSource (deciding flags in the content script)', () => {
  it('reads its store\'s entries once (an APK site: Google Play\'s too), then decides at once, as flagFor() does', async () => {
    const area = memoryArea();
    await ensureFlagStorage(area, table.version, async () => table);
    area.reads.length = 0;
    const source = new FlagSource({ read: (k) => area.get(k), ask: async () => undefined }, table.version, 'aptoide');
    expect(source.flag(tiktok, today)).toBeUndefined();
    await Promise.all([source.load(), source.load()]);
    expect(area.reads).toEqual([[META_KEY, ...keysForStore('aptoide')]]);
    expect(keysForStore('aptoide')).toContain('f:l:google-play');
    expect(keysForStore('app-store')).not.toContain('f:l:google-play');
    expect(source.flag(tiktok, today)).toEqual(flagFor(table, tiktok, today));
    const viaPackage: AppIdentity = { store: 'aptoide', id: 'com.zhiliaoapp.musically', title: null, developer: null };
    expect(source.flag(viaPackage, today)?.level).toBe(flagFor(table, tiktok, today)?.level);
    expect(source.flag(clean, today)).toBeNull();
    expect(source.words?.text.en?.badgeBanned).toBe('Banned in $1');
  });

  it('asks the worker when storage holds no table, or one of another version, or a damaged one', async () => {
    for (const damage of ['none', 'older', 'broken'] as const) {
      const area = memoryArea();
      if (damage === 'older') await ensureFlagStorage(area, 'older', async () => ({ ...table, version: 'older' }));
      if (damage === 'broken') {
        await ensureFlagStorage(area, table.version, async () => table);
        area.data.set(COMMON_KEY, '{"version": "' + table.version + '", "a": ');
      }
      let asked = 0;
      const stored = storedFlags(table, ['google-play', 'app-store']);
      const source = new FlagSource({ read: (k) => area.get(k), ask: async () => (asked++, stored) }, table.version, 'google-play');
      await source.load();
      expect({ damage, asked }).toEqual({ damage, asked: 1 });
      expect(source.flag(tiktok, today)).toEqual(flagFor(table, tiktok, today));
    }
  });

  it('a worker that does not answer leaves flags undecided (no badge drawn from nothing), and is asked again', async () => {
    let calls = 0;
    const source = new FlagSource({ read: async () => ({}), ask: async () => void calls++ }, table.version, 'google-play');
    await source.load();
    expect(source.flag(tiktok, today)).toBeUndefined();
    await source.load();
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
    r.ready();
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
    r.ready();
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
    r.ready();
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

describe('the stored table', () => {
  it('reads back as the table, for every store: flagFor() gives the same for every listing of the dataset', () => {
    const stored = storedFlags(table, STORES);
    for (const store of STORES) {
      const back = tableFromStored({ [META_KEY]: { version: table.version }, ...stored }, keysForStore(store), table.version)!;
      expect(back).not.toBeNull();
      for (const [key] of Object.entries(table.l).filter(([k]) => k.startsWith(`${store}:`))) {
        const who: AppIdentity = { store, id: key.slice(store.length + 1), title: null, developer: null };
        expect(flagFor(back, who, today)).toEqual(flagFor(table, who, today));
      }
    }
  });
});
