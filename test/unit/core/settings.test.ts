import { describe, expect, it } from 'vitest';
import { defaultSettings, jurisdictionFromLocale, parseSettings } from '../../../src/core/settings';

describe('parseSettings', () => {
  it('gives the defaults for missing or corrupted values', () => {
    for (const raw of [undefined, null, 42, 'x', [], { badgeLevels: 'banned' }, { stores: [] }]) {
      expect(parseSettings(raw)).toEqual(defaultSettings());
    }
  });
  it('keeps valid fields and resets invalid ones field by field', () => {
    const s = parseSettings({
      homeJurisdiction: 'IN',
      badgeLevels: ['banned', 'nonsense'],
      tileBadges: 'yes',
      stores: { 'google-play': false, 'app-store': 'no', bogus: true },
    });
    expect(s.homeJurisdiction).toBe('IN');
    expect(s.badgeLevels).toEqual(defaultSettings().badgeLevels);
    expect(s.tileBadges).toBe(true);
    expect(s.stores['google-play']).toBe(false);
    expect(s.stores['app-store']).toBe(true);
    expect(s.stores).not.toHaveProperty('bogus');
  });
  it('rejects a malformed home jurisdiction', () => {
    expect(parseSettings({ homeJurisdiction: '<script>' }).homeJurisdiction).toBeNull();
    expect(parseSettings({ homeJurisdiction: 'US-MT' }).homeJurisdiction).toBe('US-MT');
  });
  it('accepts an empty badge list (all inline badges off)', () => {
    expect(parseSettings({ badgeLevels: [] }).badgeLevels).toEqual([]);
  });
});

describe('jurisdictionFromLocale', () => {
  it('reads the region, else guesses from the language', () => {
    expect(jurisdictionFromLocale('hi-IN')).toBe('IN');
    expect(jurisdictionFromLocale('en_GB')).toBe('GB');
    expect(jurisdictionFromLocale('fr')).toBe('FR');
    expect(jurisdictionFromLocale('xx')).toBeNull();
    expect(jurisdictionFromLocale(undefined)).toBeNull();
  });
});
