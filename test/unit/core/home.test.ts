import { describe, expect, it } from 'vitest';
import { homeFirst, inHome, verdictHomeFirst } from '../../../src/core/verdict/home';
import { leadActions } from '../../../src/core/verdict/summary';
import { verdictFor } from '../../../src/core/verdict/lookup';
import { homeOf, jurisdictionFromLocale } from '../../../src/core/settings';
import { dataset } from '../helpers/dataset';

describe('inHome', () => {
  it("counts a country's states for the country, and the country's laws for a state", () => {
    expect(inHome('US-TX', 'US')).toBe(true);
    expect(inHome('US', 'US-TX')).toBe(true);
    expect(inHome('US-MT', 'US-TX')).toBe(false);
    expect(inHome('IN', 'US')).toBe(false);
    expect(inHome('USA', 'US')).toBe(false);
  });
});

describe('homeFirst', () => {
  const levels = [
    ['IN', 'banned'],
    ['US', 'restricted'],
    ['US-TX', 'restricted'],
    ['US-MT', 'past'],
    ['RU', 'none'],
  ] as const;
  it('without a home: the most serious level anywhere', () => {
    expect(homeFirst(levels, null)).toEqual({ level: 'banned', jurisdictions: ['IN'], where: null });
  });
  it('at home: the home level, and what is more serious elsewhere', () => {
    expect(homeFirst(levels, 'US')).toEqual({
      level: 'restricted',
      jurisdictions: ['US', 'US-TX'],
      where: 'home',
      moreSeriousElsewhere: { level: 'banned', jurisdictions: ['IN'] },
    });
    expect(homeFirst(levels, 'IN')).toEqual({ level: 'banned', jurisdictions: ['IN'], where: 'home' });
  });
  it('a home that did nothing (or only at level none): elsewhere', () => {
    expect(homeFirst(levels, 'RU')).toEqual({ level: 'banned', jurisdictions: ['IN'], where: 'elsewhere' });
    expect(homeFirst([], 'FR')).toEqual({ level: 'none', jurisdictions: [], where: null });
  });
});

describe('the home jurisdiction in use', () => {
  it('is the chosen one, else the one of the browser language (region first, then the language alone)', () => {
    expect(homeOf({ homeJurisdiction: 'DE' }, 'en-US')).toBe('DE');
    expect(homeOf({ homeJurisdiction: null }, 'en-IN')).toBe('IN');
    expect(homeOf({ homeJurisdiction: null }, 'fa')).toBe('IR');
    expect(homeOf({ homeJurisdiction: null }, 'pt_BR')).toBe('BR');
    expect(jurisdictionFromLocale('zh-CN')).toBe('CN');
    expect(jurisdictionFromLocale('xx')).toBeNull();
    expect(jurisdictionFromLocale(undefined)).toBeNull();
  });
});

describe('leadActions (the popup headline)', () => {
  const index = dataset();
  const today = '2026-12-03';
  const tiktok = verdictFor(index, { store: 'google-play', id: 'com.zhiliaoapp.musically', title: null, developer: null }, today);
  it('leads with the home action even when another government did something more serious', () => {
    const us = leadActions(tiktok, 'US')!;
    expect(us.where).toBe('home');
    expect(inHome(us.lead.action.jurisdiction, 'US')).toBe(true);
    expect(us.lead.level).toBe('restricted');
    expect(us.elsewhere?.level).toBe('banned');
  });
  it('says elsewhere when home did nothing, and leads with the most serious action', () => {
    const fr = leadActions(tiktok, 'ZW')!;
    expect(fr.where).toBe('elsewhere');
    expect(fr.lead.level).toBe('banned');
    expect(leadActions(tiktok, null)!.where).toBeNull();
  });
  it('home banned: no "elsewhere" line', () => {
    const india = leadActions(tiktok, 'IN')!;
    expect(india).toMatchObject({ where: 'home' });
    expect(india.lead.action.jurisdiction).toBe('IN');
    expect(india.elsewhere).toBeUndefined();
  });
});

describe('one rule for badge, toolbar and headline', () => {
  const index = dataset();
  const today = '2026-12-03';
  it('leadActions() says "home" or "elsewhere" exactly when verdictHomeFirst() does, for every app and many homes', () => {
    let checked = 0;
    for (const app of index.apps) {
      const l = app.listings[0];
      if (!l) continue;
      const v = verdictFor(index, { store: l.store, id: l.id, title: null, developer: null }, today);
      for (const home of [null, 'US', 'US-TX', 'IN', 'RU', 'CN', 'FR', 'ZW']) {
        const lead = leadActions(v, home);
        const first = verdictHomeFirst(v, home);
        if (!lead) continue;
        expect({ app: app.id, home, where: lead.where, level: lead.lead.level }).toEqual({ app: app.id, home, where: first.where, level: first.level === 'none' ? lead.lead.level : first.level });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
