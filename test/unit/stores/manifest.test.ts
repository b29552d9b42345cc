import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_MODULES } from '../../../src/core/stores';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8'));

/** A WebExtension match pattern as a RegExp over `origin + pathname + search`. */
function patternToRegExp(pattern: string): RegExp {
  const m = /^(https):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad match pattern ${pattern}`);
  const [, scheme, host, path] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe = host === '*' ? '[^/]+' : host!.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host!.slice(2))}` : esc(host!);
  return new RegExp(`^${scheme}://${hostRe}${esc(path!).replace(/\*/g, '.*')}$`);
}

describe('manifest content-script matches', () => {
  it('equal the union of every store module’s matches', () => {
    const union = new Set(STORE_MODULES.flatMap((s) => [...s.matches]));
    const listed: string[] = manifest.content_scripts[0].matches;
    expect(new Set(listed)).toEqual(union);
    expect(listed).toHaveLength(union.size);
  });

  it('are valid match patterns, and each store’s sample pages are matched by its own patterns', () => {
    const samples: Record<string, string[]> = {
      'google-play': ['https://play.google.com/store/apps/details?id=com.x.y'],
      'app-store': ['https://apps.apple.com/us/app/x/id123456'],
      'microsoft-store': ['https://apps.microsoft.com/detail/9NKSQGP7F2NH', 'https://www.microsoft.com/en-us/p/tiktok/9nh2gph4jzs4'],
      'galaxy-store': ['https://galaxystore.samsung.com/detail/com.x.y'],
      appgallery: ['https://appgallery.huawei.com/app/C100000025'],
      'amazon-appstore': ['https://www.amazon.com/TikTok/dp/B07JDFYZPS/ref=x', 'https://www.amazon.com/s?k=x&i=mobile-apps'],
      getapps: ['https://global.app.mi.com/details?id=com.x.y'],
      apkmirror: ['https://www.apkmirror.com/apk/dev/app/'],
      apkpure: ['https://apkpure.com/x/com.x.y', 'https://m.apkpure.com/x/com.x.y'],
      uptodown: ['https://tiktok.en.uptodown.com/android', 'https://tiktok.uptodown.com/android/download'],
      aptoide: ['https://tiktok.en.aptoide.com/app'],
    };
    for (const store of STORE_MODULES) {
      const res = store.matches.map(patternToRegExp);
      for (const href of samples[store.id] ?? []) {
        const u = new URL(href);
        expect(res.some((re) => re.test(u.origin + u.pathname + u.search)), href).toBe(true);
      }
    }
    // Non-app Amazon pages are not matched at all.
    const amazon = STORE_MODULES.find((s) => s.id === 'amazon-appstore')!.matches.map(patternToRegExp);
    expect(amazon.some((re) => re.test('https://www.amazon.com/gp/cart/view.html'))).toBe(false);
  });
});
