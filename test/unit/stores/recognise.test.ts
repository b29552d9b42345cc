/** URL recognition for every store: detail vs list vs null, with locale/platform params and bad ids. */
import { describe, expect, it } from 'vitest';
import { checkStoreId } from '../../../src/core/dataset/compile';
import { recogniseUrl } from '../../../src/core/page';
import { STORE_MODULES, storeFor } from '../../../src/core/stores';

type Row = [url: string, store: string | null, kind?: 'detail' | 'list', id?: string | null];

const ROWS: Row[] = [
  // Google Play
  ['https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically', 'google-play', 'detail', 'com.zhiliaoapp.musically'],
  ['https://play.google.com/store/apps/details?id=com.tencent.mm&hl=zh&gl=CN', 'google-play', 'detail', 'com.tencent.mm'],
  ['https://play.google.com/store/apps/details/WeChat?id=com.tencent.mm&hl=en_IN', 'google-play', 'detail', 'com.tencent.mm'],
  ['https://play.google.com/store/apps/datasafety?id=com.google.android.apps.translate&hl=en', 'google-play', 'detail', 'com.google.android.apps.translate'],
  ['https://play.google.com/store/apps/details?id=notapackage', 'google-play', 'detail', null],
  ['https://play.google.com/store/apps/details?id=1com.bad.start', 'google-play', 'detail', null],
  ['https://play.google.com/store/apps/details', 'google-play', 'detail', null],
  ['https://play.google.com/store/apps', 'google-play', 'list'],
  ['https://play.google.com/store/games?hl=de', 'google-play', 'list'],
  ['https://play.google.com/store/apps/dev?id=5700313618786177705', 'google-play', 'list'],
  ['https://play.google.com/store/apps/developer?id=Mojang&hl=fr&gl=FR', 'google-play', 'list'],
  ['https://play.google.com/store/apps/collection/cluster?gsr=abc', 'google-play', 'list'],
  ['https://play.google.com/store/apps/category/GAME_ARCADE', 'google-play', 'list'],
  ['https://play.google.com/store/search?q=tiktok&c=apps&hl=en', 'google-play', 'list'],
  ['https://play.google.com/store/search?q=tiktok&c=movies', null],
  ['https://play.google.com/store/books/details?id=abc', null],
  ['https://play.google.com/about/', null],
  // Apple App Store
  ['https://apps.apple.com/us/app/tiktok/id835599320', 'app-store', 'detail', '835599320'],
  ['https://apps.apple.com/app/id835599320', 'app-store', 'detail', '835599320'],
  ['https://apps.apple.com/cn/app/id414478124', 'app-store', 'detail', '414478124'],
  ['https://apps.apple.com/us/app/tiktok/id835599320?platform=ipad', 'app-store', 'detail', '835599320'],
  ['https://apps.apple.com/us/app/netflix/id363590051?platform=appleTV', 'app-store', 'detail', '363590051'],
  ['https://apps.apple.com/gb/app/xcode/id497799835?mt=12&platform=mac', 'app-store', 'detail', '497799835'],
  ['https://apps.apple.com/vn/app/sony-b%E1%BA%A3o-h%C3%A0nh/id1193542964?l=vi', 'app-store', 'detail', '1193542964'],
  ['https://apps.apple.com/us/app/tiktok/id0123', 'app-store', 'detail', null],
  ['https://apps.apple.com/us/app/tiktok/idabc', 'app-store', 'detail', null],
  ['https://apps.apple.com/us/app/tiktok/id12', 'app-store', 'detail', null],
  ['https://apps.apple.com/us/app/netflix/id363590051?see-all=customers-also-bought-apps', 'app-store', 'list'],
  ['https://apps.apple.com/us/developer/bytedance-pte-ltd/id1455357384', 'app-store', 'list'],
  ['https://apps.apple.com/us/search?term=tiktok', 'app-store', 'list'],
  ['https://apps.apple.com/us/charts/iphone', 'app-store', 'list'],
  ['https://apps.apple.com/us/iphone/today', 'app-store', 'list'],
  ['https://apps.apple.com/', 'app-store', 'list'],
  ['https://apps.apple.com/us/story/id1538632801', 'app-store', 'list'],
  ['https://apps.apple.com/us/privacy', null],
  // Microsoft Store
  ['https://apps.microsoft.com/detail/9nksqgp7f2nh?hl=en-US&gl=US', 'microsoft-store', 'detail', '9NKSQGP7F2NH'],
  ['https://apps.microsoft.com/detail/XP8BT8DW290MPQ', 'microsoft-store', 'detail', 'XP8BT8DW290MPQ'],
  ['https://apps.microsoft.com/store/detail/whatsapp/9NKSQGP7F2NH?hl=en-us&gl=us', 'microsoft-store', 'detail', '9NKSQGP7F2NH'],
  ['https://www.microsoft.com/en-us/p/tiktok/9nh2gph4jzs4', 'microsoft-store', 'detail', '9NH2GPH4JZS4'],
  ['https://www.microsoft.com/store/productId/9NBLGGH4NNS1', 'microsoft-store', 'detail', '9NBLGGH4NNS1'],
  ['https://apps.microsoft.com/detail/8nksqgp7f2nh', 'microsoft-store', 'detail', null],
  ['https://apps.microsoft.com/detail/9nksqgp7f2', 'microsoft-store', 'detail', null],
  ['https://apps.microsoft.com/search?query=chat', 'microsoft-store', 'list'],
  ['https://apps.microsoft.com/home?hl=en-US', 'microsoft-store', 'list'],
  ['https://www.microsoft.com/en-us/windows', null],
  // Samsung Galaxy Store
  ['https://galaxystore.samsung.com/detail/com.zhiliaoapp.musically', 'galaxy-store', 'detail', 'com.zhiliaoapp.musically'],
  ['https://galaxystore.samsung.com/detail/com.tencent.mm?session_id=abc&langCd=en', 'galaxy-store', 'detail', 'com.tencent.mm'],
  ['https://galaxystore.samsung.com/detail/not_a_package', 'galaxy-store', 'detail', null],
  ['https://galaxystore.samsung.com/search?q=tiktok', 'galaxy-store', 'list'],
  ['https://galaxystore.samsung.com/terms', null],
  // Huawei AppGallery
  ['https://appgallery.huawei.com/app/C100000025', 'appgallery', 'detail', 'C100000025'],
  ['https://appgallery.huawei.com/#/app/C100000025', 'appgallery', 'detail', 'C100000025'],
  ['https://appgallery.cloud.huawei.com/ag/n/app/C100000025?locale=en_GB', 'appgallery', 'detail', 'C100000025'],
  ['https://appgallery.huawei.com/app/C12', 'appgallery', 'detail', null],
  ['https://appgallery.huawei.com/app/100000025', 'appgallery', 'detail', null],
  ['https://appgallery.huawei.com/search/tiktok', 'appgallery', 'list'],
  ['https://appgallery.huawei.com/Featured', 'appgallery', 'list'],
  // Amazon Appstore
  ['https://www.amazon.com/TikTok-Pte-Ltd/dp/B07JDFYZPS/ref=sr_1_1', 'amazon-appstore', 'detail', 'B07JDFYZPS'],
  ['https://www.amazon.com/dp/B07JDFYZPS', 'amazon-appstore', 'detail', 'B07JDFYZPS'],
  ['https://www.amazon.com/gp/product/B004SJB4OA?th=1', 'amazon-appstore', 'detail', 'B004SJB4OA'],
  ['https://www.amazon.com/Some-Book/dp/0316769487', null],
  ['https://www.amazon.com/dp/B17JDFYZPS', null],
  ['https://www.amazon.com/s?k=tiktok&i=mobile-apps', 'amazon-appstore', 'list'],
  ['https://www.amazon.com/s?k=x&rh=n%3A2350149011', 'amazon-appstore', 'list'],
  ['https://www.amazon.com/mobile-apps/b/?node=2350149011', 'amazon-appstore', 'list'],
  ['https://www.amazon.com/s?k=phone+case', null],
  ['https://www.amazon.com/', null],
  // Xiaomi GetApps
  ['https://global.app.mi.com/details?id=com.zhiliaoapp.musically&lo=ID&la=en', 'getapps', 'detail', 'com.zhiliaoapp.musically'],
  ['https://app.mi.com/details?id=com.tencent.mm&ref=search', 'getapps', 'detail', 'com.tencent.mm'],
  ['https://app.mi.com/details?id=', 'getapps', 'detail', null],
  ['https://global.app.mi.com/search?keywords=tiktok', 'getapps', 'list'],
  // APKMirror
  ['https://www.apkmirror.com/apk/tiktok-pte-ltd/tik-tok/', 'apkmirror', 'detail', null],
  ['https://www.apkmirror.com/apk/tiktok-pte-ltd/tik-tok/tik-tok-36-5-4-release/', 'apkmirror', 'detail', null],
  ['https://www.apkmirror.com/apk/tiktok-pte-ltd/', null],
  ['https://www.apkmirror.com/?s=tiktok', null],
  // APKPure
  ['https://apkpure.com/tiktok/com.zhiliaoapp.musically', 'apkpure', 'detail', 'com.zhiliaoapp.musically'],
  ['https://apkpure.com/tiktok/com.zhiliaoapp.musically/download', 'apkpure', 'detail', 'com.zhiliaoapp.musically'],
  ['https://apkpure.com/es/tiktok/com.zhiliaoapp.musically/versions', 'apkpure', 'detail', 'com.zhiliaoapp.musically'],
  ['https://apkpure.net/tiktok/com.zhiliaoapp.musically', 'apkpure', 'detail', 'com.zhiliaoapp.musically'],
  ['https://m.apkpure.com/wechat/com.tencent.mm', 'apkpure', 'detail', 'com.tencent.mm'],
  ['https://apkpure.com/search?q=tiktok', 'apkpure', 'list'],
  ['https://apkpure.com/developer/TikTok%20Pte.%20Ltd.', 'apkpure', 'list'],
  ['https://apkpure.com/', 'apkpure', 'list'],
  ['https://apkpure.com/tiktok/not-a-package', null],
  // Uptodown
  ['https://tiktok.en.uptodown.com/android', 'uptodown', 'detail', null],
  ['https://tiktok.en.uptodown.com/android/download', 'uptodown', 'detail', null],
  ['https://wechat.uptodown.com/android/versions', 'uptodown', 'detail', null],
  ['https://en.uptodown.com/android', null],
  ['https://tiktok.en.uptodown.com/windows', null],
  ['https://www.uptodown.com/', null],
  // Aptoide
  ['https://tiktok.en.aptoide.com/app', 'aptoide', 'detail', null],
  ['https://wechat.aptoide.com/app', 'aptoide', 'detail', null],
  ['https://apps.store.aptoide.com/app/market/com.tencent.mm/2281/123/wechat', 'aptoide', 'detail', 'com.tencent.mm'],
  ['https://en.aptoide.com/', null],
  ['https://tiktok.en.aptoide.com/blog', null],
  // Not a store
  ['https://example.com/store/apps/details?id=com.x.y', null],
  ['https://play.google.com.evil.example/store/apps/details?id=com.x.y', null],
  ['https://evil-uptodown.com/android', null],
  ['https://evil.example/?u=tiktok.en.uptodown.com', null],
];

describe('URL recognition', () => {
  it.each(ROWS)('%s → %s %s %s', (href, store, kind, id) => {
    const found = recogniseUrl(new URL(href));
    if (store === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found?.store.id).toBe(store);
    expect(found?.match.kind).toBe(kind);
    if (kind === 'detail') expect(found?.match.id).toBe(id);
    if (found?.match.id) expect(checkStoreId(store, found.match.id)).toBeNull();
  });

  it('has a table for every store module', () => {
    const tested = new Set(ROWS.map((r) => r[1]));
    for (const s of STORE_MODULES) expect(tested.has(s.id)).toBe(true);
  });

  it('storeFor finds the module by host, including app subdomains', () => {
    expect(storeFor(new URL('https://tiktok.en.uptodown.com/android'))?.id).toBe('uptodown');
    expect(storeFor(new URL('https://tiktok.en.aptoide.com/app'))?.id).toBe('aptoide');
    expect(storeFor(new URL('https://uptodown.com.evil.example/android'))).toBeNull();
    expect(storeFor(new URL('https://example.com/'))).toBeNull();
  });
});
