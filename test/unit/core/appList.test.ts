import { describe, expect, it } from 'vitest';
import { MAX_LIST_LINES, parseAppList, parseListLine } from '../../../src/core/appList';

describe('a pasted list of apps', () => {
  it('reads `adb shell pm list packages` output as it comes, with -f, -U and --show-versioncode', () => {
    const text = [
      'package:com.zhiliaoapp.musically',
      'package:/data/app/~~Xy1==/com.tencent.mm-AbC==/base.apk=com.tencent.mm',
      'package:com.mojang.minecraftpe uid:10123',
      'package:com.whatsapp versionCode:241234567',
      'package:/system/priv-app/Settings/Settings.apk=com.android.settings',
    ].join('\r\n');
    const entries = parseAppList(text);
    expect(entries.map((e) => e.identity?.id)).toEqual([
      'com.zhiliaoapp.musically',
      'com.tencent.mm',
      'com.mojang.minecraftpe',
      'com.whatsapp',
      'com.android.settings',
    ]);
    expect(entries.every((e) => e.kind === 'package' && e.identity?.store === 'google-play')).toBe(true);
    // The line as given, and the Play address a package stands for.
    expect(entries[0]).toMatchObject({ input: 'package:com.zhiliaoapp.musically', url: 'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically' });
  });

  it('reads store addresses through the store modules, bare packages as Play, anything else as a name', () => {
    const [galaxy, apple, bare, name, unknown, list] = parseAppList(
      [
        'https://galaxystore.samsung.com/detail/com.lemon.lvoverseas',
        'https://apps.apple.com/in/app/tiktok/id835599320',
        'com.whatsapp',
        'TikTok',
        'https://example.com/app',
        'https://play.google.com/store/apps?hl=en',
      ].join('\n'),
    );
    expect(galaxy).toMatchObject({ kind: 'url', identity: { store: 'galaxy-store', id: 'com.lemon.lvoverseas' } });
    expect(apple).toMatchObject({ kind: 'url', identity: { store: 'app-store', id: '835599320' } });
    expect(bare).toMatchObject({ kind: 'package', url: 'https://play.google.com/store/apps/details?id=com.whatsapp' });
    expect(name).toMatchObject({ kind: 'name', url: null, identity: { title: 'TikTok', id: '' } });
    expect(unknown).toMatchObject({ kind: 'url', url: null, identity: null });
    expect(list).toMatchObject({ kind: 'url', url: 'https://play.google.com/store/apps?hl=en', identity: null });
  });

  it('skips blank lines and comments, bounds long lines and long lists', () => {
    expect(parseListLine('   ')).toBeNull();
    expect(parseListLine('# my phone, 3 December')).toBeNull();
    expect(parseListLine('x'.repeat(10_000))!.input).toHaveLength(500);
    expect(parseListLine('package:not a package')).toMatchObject({ kind: 'name' });
    expect(parseAppList('com.a.b\n'.repeat(MAX_LIST_LINES + 10))).toHaveLength(MAX_LIST_LINES);
  });
});
