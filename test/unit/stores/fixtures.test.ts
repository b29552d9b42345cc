/** Hand-made fixtures for stores without real saved pages (each file says so in its first line). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStoreId } from '../../../src/core/dataset/compile';
import { readPage } from '../../../src/core/page';
import { domOf } from '../helpers/realworld';

const DIR = resolve(import.meta.dirname, '../../fixtures/stores');
const fixture = (rel: string) => readFileSync(join(DIR, rel), 'utf8');
const read = (rel: string, url: string) => readPage(domOf(fixture(rel), url), new URL(url));

interface Case {
  file: string;
  url: string;
  app: { store: string; id: string; title: string | null; developer: string | null; androidPackage?: string };
  tiles: string[];
  tileTitles?: string[];
}

const DETAIL: Case[] = [
  {
    file: 'app-store/detail-2025-tiktok.html',
    url: 'https://apps.apple.com/us/app/tiktok/id835599320?platform=iphone',
    app: { store: 'app-store', id: '835599320', title: 'TikTok', developer: 'TikTok Ltd.' },
    tiles: ['1500855883', '389801252', '1498607143'],
    tileTitles: ['CapCut - Video Editor', 'Instagram', 'Lemon8 - Lifestyle Community'],
  },
  {
    file: 'microsoft-store/detail-whatsapp.html',
    url: 'https://apps.microsoft.com/detail/9nksqgp7f2nh?hl=en-US&gl=US',
    app: { store: 'microsoft-store', id: '9NKSQGP7F2NH', title: 'WhatsApp', developer: 'WhatsApp Inc.' },
    tiles: ['9WZDNCRFJ2WL', 'XPDC2RH70K22MN', '9NZTWSQNTD0S'],
    tileTitles: ['Skype', 'Discord', 'Telegram Desktop'],
  },
  {
    file: 'galaxy-store/detail-tiktok.html',
    url: 'https://galaxystore.samsung.com/detail/com.zhiliaoapp.musically?langCd=en',
    app: { store: 'galaxy-store', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.', androidPackage: 'com.zhiliaoapp.musically' },
    tiles: ['com.ss.android.ugc.trill', 'com.lemon.lvoverseas'],
    tileTitles: ['TikTok Lite', 'CapCut'],
  },
  {
    file: 'appgallery/detail-wechat.html',
    url: 'https://appgallery.huawei.com/app/C100000025',
    app: { store: 'appgallery', id: 'C100000025', title: 'WeChat', developer: 'Tencent Technology (Shenzhen) Company Limited' },
    tiles: ['C100108597', 'C10132067'],
    tileTitles: ['QQ', 'TikTok'],
  },
  {
    file: 'amazon-appstore/detail-tiktok.html',
    url: 'https://www.amazon.com/TikTok-Pte-Ltd/dp/B07JDFYZPS/ref=sr_1_1',
    app: { store: 'amazon-appstore', id: 'B07JDFYZPS', title: 'TikTok', developer: 'TikTok Pte. Ltd.' },
    tiles: ['B0BBQ1PMGC', 'B0B5DNFDQK'],
    tileTitles: ['CapCut - Video Editor', 'Lemon8'],
  },
  {
    file: 'getapps/detail-tiktok.html',
    url: 'https://global.app.mi.com/details?id=com.zhiliaoapp.musically&lo=ID&la=en',
    app: { store: 'getapps', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.', androidPackage: 'com.zhiliaoapp.musically' },
    tiles: ['com.lemon.lvoverseas', 'com.zhiliaoapp.musically.go'],
    tileTitles: ['CapCut', 'TikTok Lite'],
  },
  {
    file: 'apkmirror/release-tiktok.html',
    url: 'https://www.apkmirror.com/apk/tiktok-pte-ltd/tik-tok/tik-tok-36-5-4-release/',
    app: { store: 'apkmirror', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.', androidPackage: 'com.zhiliaoapp.musically' },
    tiles: [],
  },
  {
    file: 'apkpure/detail-tiktok.html',
    url: 'https://apkpure.com/tiktok/com.zhiliaoapp.musically',
    app: { store: 'apkpure', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.', androidPackage: 'com.zhiliaoapp.musically' },
    tiles: ['com.lemon.lvoverseas', 'com.zhiliaoapp.musically.go'],
    tileTitles: ['CapCut - Video Editor', 'TikTok Lite'],
  },
  {
    file: 'uptodown/detail-tiktok.html',
    url: 'https://tiktok.en.uptodown.com/android',
    app: { store: 'uptodown', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.', androidPackage: 'com.zhiliaoapp.musically' },
    tiles: [],
  },
  {
    file: 'aptoide/detail-tiktok.html',
    url: 'https://tiktok.en.aptoide.com/app',
    app: { store: 'aptoide', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.', androidPackage: 'com.zhiliaoapp.musically' },
    tiles: [],
  },
  {
    file: 'aptoide/detail-info-row.html',
    url: 'https://wechat.en.aptoide.com/app',
    app: { store: 'aptoide', id: 'com.tencent.mm', title: 'WeChat', developer: 'Tencent Technology (Shenzhen) Company Limited', androidPackage: 'com.tencent.mm' },
    tiles: [],
  },
];

const LISTS: Case[] = [
  {
    file: 'app-store/developer-2025-bytedance.html',
    url: 'https://apps.apple.com/us/developer/bytedance-pte-ltd/id1455357384',
    app: { store: 'app-store', id: '', title: null, developer: null },
    tiles: ['1500855883', '1498607143', '1666186034'],
    tileTitles: ['CapCut - Video Editor', 'Lemon8 - Lifestyle Community', 'Hypic - Photo Editor & AI Art'],
  },
  {
    file: 'microsoft-store/search-chat.html',
    url: 'https://apps.microsoft.com/search?query=chat&hl=en-US&gl=US',
    app: { store: 'microsoft-store', id: '', title: null, developer: null },
    tiles: ['9NKSQGP7F2NH', '9NZTWSQNTD0S', 'XP8BT8DW290MPQ'],
    tileTitles: ['WhatsApp', 'Telegram Desktop', 'Microsoft Teams'],
  },
  {
    file: 'amazon-appstore/search-apps.html',
    url: 'https://www.amazon.com/s?k=video+apps&i=mobile-apps',
    app: { store: 'amazon-appstore', id: '', title: null, developer: null },
    tiles: ['B07JDFYZPS', 'B004SJB4OA', 'B0BBQ1PMGC'],
    tileTitles: ['TikTok', 'Netflix', 'CapCut - Video Editor'],
  },
  {
    file: 'apkpure/search-video.html',
    url: 'https://apkpure.com/search?q=video',
    app: { store: 'apkpure', id: '', title: null, developer: null },
    tiles: ['com.zhiliaoapp.musically', 'com.google.android.youtube', 'com.vk.vkvideo'],
    tileTitles: ['TikTok', 'YouTube', 'VK Video'],
  },
];

describe('hand-made store fixtures', () => {
  it('every fixture says it is hand-made in its first line', () => {
    for (const store of readdirSync(DIR)) {
      for (const f of readdirSync(join(DIR, store))) {
        expect(fixture(`${store}/${f}`).startsWith('<!-- hand-made fixture, not a saved page: based on')).toBe(true);
      }
    }
  });

  describe.each(DETAIL)('detail $file', (c) => {
    it('reads the app and the other apps shown', () => {
      const r = read(c.file, c.url);
      expect(r.page).toBe('detail');
      expect(r.detail!.app).toEqual(c.app);
      expect(r.detail!.titleElement).not.toBeNull();
      expect(checkStoreId(c.app.store, r.detail!.app.id)).toBeNull();
      expect(r.tiles.map((t) => t.app.id)).toEqual(c.tiles);
      if (c.tileTitles) expect(r.tiles.map((t) => t.app.title)).toEqual(c.tileTitles);
      for (const t of r.tiles) expect(checkStoreId(t.app.store, t.app.id)).toBeNull();
    });
  });

  describe.each(LISTS)('list $file', (c) => {
    it('reads every card in order', () => {
      const r = read(c.file, c.url);
      expect(r.page).toBe('list');
      expect(r.apps.map((a) => a.id)).toEqual(c.tiles);
      expect(r.apps.map((a) => a.title)).toEqual(c.tileTitles);
      for (const a of r.apps) expect(checkStoreId(a.store, a.id)).toBeNull();
    });
  });

  it('App Store 2024+: ignores apple-itunes-app (Apple Store app id 375380948)', () => {
    const r = read('app-store/detail-2025-tiktok.html', 'https://apps.apple.com/us/app/tiktok/id835599320');
    expect(r.apps.map((a) => a.id)).toEqual(['835599320']);
    expect(r.tiles.some((t) => t.app.id === '375380948')).toBe(false);
  });

  it('App Store: a DOM still showing another app (after in-page navigation) gives only the URL id', () => {
    const r = read('app-store/detail-2025-tiktok.html', 'https://apps.apple.com/us/app/capcut-video-editor/id1500855883');
    expect(r.detail!.app).toEqual({ store: 'app-store', id: '1500855883', title: null, developer: null });
  });

  it('App Store: /app/id<digits> without a slug, and other storefronts', () => {
    for (const url of ['https://apps.apple.com/app/id835599320', 'https://apps.apple.com/gb/app/tiktok/id835599320?platform=ipad']) {
      const doc = domOf(fixture('app-store/detail-2025-tiktok.html').replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/g, ''), url);
      expect(readPage(doc, new URL(url)).detail!.app).toMatchObject({ id: '835599320', title: 'TikTok', developer: 'TikTok Ltd.' });
    }
  });

  it('Amazon: a product page that is not a Mobile App is not read, and is not an app page', () => {
    const r = read('amazon-appstore/detail-not-an-app.html', 'https://www.amazon.com/Case-Galaxy/dp/B0CQ4ZZ5Q1');
    expect(r.page).toBe('none');
    expect(r.apps).toEqual([]);
  });

  it('APKMirror: a page that names no package (or several Play packages) is not read', () => {
    const r = read('apkmirror/app-without-package.html', 'https://www.apkmirror.com/apk/some-dev/some-app/');
    expect(r.page).toBe('unreadable');
  });

  it('Uptodown: the download and versions subpages read the same app', () => {
    for (const path of ['/android/download', '/android/versions']) {
      const r = read('uptodown/detail-tiktok.html', `https://tiktok.en.uptodown.com${path}`);
      expect(r.detail!.app.id).toBe('com.zhiliaoapp.musically');
    }
  });

  it('AppGallery: the older hash route reads the same id', () => {
    const r = read('appgallery/detail-wechat.html', 'https://appgallery.huawei.com/#/app/C100000025');
    expect(r.detail!.app.id).toBe('C100000025');
  });
});
