import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/core/csv';
import { actionsByYear, countries, countryLevels, publishedNames, searchApps } from '../../../src/core/explore';
import { dataset } from '../helpers/dataset';

const today = '2026-12-03';

describe('explore: the dataset searched and browsed', () => {
  it('finds TikTok by name, by package and by App Store id, with its verdict', () => {
    for (const q of ['tiktok', 'TikTok', 'com.zhiliaoapp.musically', '835599320', 'id835599320']) {
      const hits = searchApps(dataset(), q, today);
      expect(hits[0]?.app.id, q).toBe('tiktok');
      expect(hits[0]?.verdict.level, q).toBe('banned');
    }
    expect(searchApps(dataset(), 'com.zhiliaoapp.musically', today)[0]!.by).toBe('store-id');
  });

  it('finds every app of a company by its name', () => {
    const hits = searchApps(dataset(), 'ByteDance', today);
    expect(hits.map((h) => h.app.id)).toEqual(expect.arrayContaining(['tiktok', 'capcut']));
    expect(hits.every((h) => h.app.operator === 'bytedance' || h.by !== 'company')).toBe(true);
  });

  it('an empty or unknown query finds nothing', () => {
    expect(searchApps(dataset(), '   ', today)).toEqual([]);
    expect(searchApps(dataset(), 'zzzz-no-such-app-zzzz', today)).toEqual([]);
  });

  it('lists each country once with its actions and counts by level that add up', () => {
    const list = countries(dataset(), today);
    const india = list.find((c) => c.code === 'IN')!;
    expect(india.actions.length).toBeGreaterThan(5);
    expect(Object.values(india.byLevel).reduce((a, b) => a + b, 0)).toBe(india.actions.length);
    expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
    // US states count under the US.
    expect(list.some((c) => c.code.includes('-'))).toBe(false);
  });

  it("gives an action's published names, identified ones with their apps and the rest as unidentified", () => {
    const ix = dataset();
    const names = publishedNames(ix, ix.actions['in-2020-06-29-59-apps']!);
    expect(names).toHaveLength(59);
    expect(names.find((n) => n.name === 'TikTok')!.apps.map((a) => a.id)).toEqual(['tiktok']);
  });
});

describe('explore: map and timeline figures', () => {
  it("shades a country by its most serious action today, its states' included", () => {
    const levels = countryLevels(dataset(), today);
    expect(levels.IN).toBe('banned');
    expect(levels.RU).toBe('banned');
    expect(levels.IS).toBeUndefined();
    expect(Object.keys(levels).every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('counts every action once, in the year it was announced', () => {
    const years = actionsByYear(dataset(), today);
    expect(years.reduce((n, y) => n + y.total, 0)).toBe(Object.keys(dataset().actions).length);
    for (const y of years) expect(Object.values(y.byLevel).reduce((a, b) => a + b, 0)).toBe(y.total);
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort());
  });
});

describe('CSV export', () => {
  it('quotes what needs quoting and never lets a cell run as a spreadsheet formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });
});
