import { describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../../src/cli/check';
import { REALWORLD } from '../helpers/realworld';

function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (s) => out.push(s), (s) => err.push(s), () => stdin);
  return { code, out, err };
}

describe('npm run check', () => {
  it('prints one JSON object per input in the documented shape', () => {
    const r = run(['--json', '--date', '2026-11-22', 'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically', 'https://example.com/']);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(2);
    const [tiktok, other] = r.out.map((l) => JSON.parse(l));
    expect(Object.keys(tiktok)).toEqual(['url', 'page', 'apps']);
    expect(tiktok.page).toBe('detail');
    const app = tiktok.apps[0];
    expect(Object.keys(app)).toEqual(['store', 'id', 'title', 'developer', 'level', 'matchedBy', 'actions']);
    expect(app).toMatchObject({ store: 'google-play', id: 'com.zhiliaoapp.musically', level: 'banned', matchedBy: 'store-id' });
    const india = app.actions.find((a: { jurisdiction: string }) => a.jurisdiction === 'IN');
    expect(Object.keys(india)).toEqual(['jurisdiction', 'scope', 'status', 'title', 'date', 'sources']);
    expect(india).toMatchObject({ scope: 'public', status: 'in-force', date: '2020-06-29' });
    expect(india.sources.every((s: string) => s.startsWith('https://'))).toBe(true);
    expect(other).toEqual({ url: 'https://example.com/', page: 'none', apps: [] });
  });

  it('knows TikTok from the address alone on every Android store, as on Google Play', () => {
    const urls = [
      'https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically',
      'https://galaxystore.samsung.com/detail/com.zhiliaoapp.musically',
      'https://apkpure.com/tiktok/com.zhiliaoapp.musically',
      'https://global.app.mi.com/details?id=com.zhiliaoapp.musically',
    ];
    const r = run(['--json', '--date', '2026-11-22', ...urls]);
    expect(r.code).toBe(0);
    const results = r.out.map((l) => JSON.parse(l));
    expect(results.map((x) => x.page)).toEqual(['detail', 'detail', 'detail', 'detail']);
    for (const x of results) expect(x.apps[0]).toMatchObject({ id: 'com.zhiliaoapp.musically', level: 'banned', matchedBy: 'store-id' });
  });

  it('checks a pasted pm list packages output from standard input, one JSON object per line', () => {
    const pasted = 'package:com.zhiliaoapp.musically\npackage:com.mojang.minecraftpe uid:10001\n\nTikTok\nhttps://example.com/\n';
    const r = run(['--json', '--date', '2026-11-22', '--list', '-'], pasted);
    expect(r.code).toBe(0);
    const rows = r.out.map((l) => JSON.parse(l));
    expect(rows.map((x) => x.input)).toEqual(['package:com.zhiliaoapp.musically', 'package:com.mojang.minecraftpe uid:10001', 'TikTok', 'https://example.com/']);
    expect(Object.keys(rows[0])).toEqual(['input', 'url', 'page', 'apps']);
    expect(rows[0].url).toBe('https://play.google.com/store/apps/details?id=com.zhiliaoapp.musically');
    expect(rows[0].apps[0]).toMatchObject({ level: 'banned', matchedBy: 'store-id' });
    expect(rows[1].apps[0]).toMatchObject({ level: 'none', matchedBy: null });
    expect(rows[2]).toMatchObject({ url: null, apps: [{ level: 'banned', matchedBy: 'name' }] });
    expect(rows[3]).toMatchObject({ url: null, page: 'none', apps: [] });
    const human = run(['--date', '2026-11-22', '--list', '-'], pasted);
    expect(human.out.join('\n')).toMatch(/package:com\.zhiliaoapp\.musically\s+com\.zhiliaoapp\.musically\s+store-id\s+BANNED\s+.*IN/);
    expect(human.out.join('\n')).toMatch(/4 lines, 2 flagged/);
  });

  it('a list file that does not exist gives one line and a non-zero exit', () => {
    const r = run(['--list', '/no/such/list.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^check: no such file: \/no\/such\/list\.txt/);
  });

  it('reads a saved list page: every app on it, in order', () => {
    const r = run(['--json', '--page', `${REALWORLD}/googleplay/gp-storehome-apps-2026.html`, '--url', 'https://play.google.com/store/apps?hl=en_US']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out[0]!);
    expect(result.page).toBe('list');
    expect(result.apps).toHaveLength(51);
    expect(result.apps[0]).toMatchObject({ id: 'com.zhiliaoapp.musically', level: 'banned' });
    expect(result.apps.find((a: { id: string }) => a.id === 'com.intsig.camscanner')?.level).toBe('banned');
  });

  it('reads a saved detail page as one app with title and developer', () => {
    const r = run(['--json', '--page', `${REALWORLD}/googleplay/gp-detail-com.mojang.minecraftpe-2026.html`, '--url', 'https://play.google.com/store/apps/details?id=com.mojang.minecraftpe&hl=en']);
    const result = JSON.parse(r.out[0]!);
    expect(result).toMatchObject({ page: 'detail', apps: [{ title: 'Minecraft: Dream it, Build it!', developer: 'Mojang', level: 'none', matchedBy: null, actions: [] }] });
  });

  it('says "unreadable" for a detail URL without an app id', () => {
    const r = run(['--json', 'https://play.google.com/store/apps/details']);
    expect(JSON.parse(r.out[0]!).page).toBe('unreadable');
  });

  it('gives a clear message and a non-zero exit for bad input, never a stack trace', () => {
    for (const [args, code, message] of [
      [['not a url'], 1, /not a web address/],
      [['--page', 'missing.html', '--url', 'https://play.google.com/store/apps'], 1, /no such file/],
      [['--page', 'x.html'], 2, /needs --url/],
      [['--bogus'], 2, /unknown option/],
      [[], 2, /at least one store URL/],
      [['--date', '2020-13-45', 'https://x.example'], 2, /--date/],
    ] as const) {
      const r = run([...args]);
      expect(r.code).toBe(code);
      expect(r.err.join('\n')).toMatch(message);
      expect(r.err.join('\n')).not.toMatch(/\n\s+at /);
    }
  });

  it('parses pairs of --page and --url', () => {
    expect(parseArgs(['--page', 'a.html', '--url', 'https://a', 'https://b']).inputs).toEqual([{ url: 'https://a', page: 'a.html' }, { url: 'https://b' }]);
  });
});
