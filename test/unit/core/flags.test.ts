import { describe, expect, it } from 'vitest';
import type { AppIdentity } from '../../../src/core/identity';
import { buildFlagTable } from '../../../src/core/verdict/buildFlags';
import { flagFor, stepOn } from '../../../src/core/verdict/flags';
import { homeFirst, verdictHomeFirst } from '../../../src/core/verdict/home';
import { verdictFor } from '../../../src/core/verdict/lookup';
import { dataset } from '../helpers/dataset';
import { datasetIdentities } from '../helpers/identities';

const today = '2026-11-22';

describe('the content script flag table agrees with the full verdict', () => {
  const index = dataset();
  const table = buildFlagTable(index, today);
  const identities = datasetIdentities(index);

  it(`for ${identities.length} identities: same level and match kind`, () => {
    expect(identities.length).toBeGreaterThan(50);
    for (const who of identities) {
      const v = verdictFor(index, who, today);
      const f = flagFor(table, who, today);
      expect({ who, level: f?.level ?? 'none', by: f?.matchedBy ?? null }).toEqual({
        who,
        level: v.level,
        by: v.match ? v.match.matchedBy : null,
      });
    }
  });

  it('tells the home jurisdiction first exactly as the full verdict does, for every home', () => {
    const homes = [null, 'US', 'US-TX', 'IN', 'RU', 'FR', 'CN', 'BR'];
    let elsewhere = 0;
    let moreSerious = 0;
    for (const who of identities) {
      const v = verdictFor(index, who, today);
      const f = flagFor(table, who, today);
      for (const home of homes) {
        const fromVerdict = verdictHomeFirst(v, home);
        const fromFlag = f ? homeFirst(f.levels, home) : homeFirst([], home);
        const same = (h: typeof fromVerdict) => ({ ...h, jurisdictions: [...h.jurisdictions].sort(), moreSeriousElsewhere: h.moreSeriousElsewhere && { ...h.moreSeriousElsewhere, jurisdictions: [...h.moreSeriousElsewhere.jurisdictions].sort() } });
        expect({ who, home, ...same(fromFlag) }).toEqual({ who, home, ...same(fromVerdict) });
        if (fromFlag.where === 'elsewhere') elsewhere++;
        if (fromFlag.moreSeriousElsewhere) moreSerious++;
      }
    }
    // The data has both cases: apps flagged only elsewhere, and home actions outdone elsewhere (TikTok in the US).
    expect(elsewhere).toBeGreaterThan(0);
    expect(moreSerious).toBeGreaterThan(0);
  });

  it('steps change on the day a measure takes effect', () => {
    const steps: [string, 'at-risk' | 'banned', string[]][] = [
      ['', 'at-risk', ['US']],
      ['2027-01-19', 'banned', ['US']],
    ];
    expect(stepOn(steps, '2027-01-18')?.[1]).toBe('at-risk');
    expect(stepOn(steps, '2027-01-19')?.[1]).toBe('banned');
  });

  it('is small enough to ship in the content script', () => {
    expect(JSON.stringify(table).length).toBeLessThan(60_000);
  });
});

describe('the flag table over time', () => {
  it('agrees with the full verdict on both sides of a future effective date, jurisdictions included', () => {
    const index = structuredClone(dataset());
    // A measure announced today that bites next year: at risk until then, banned from that day.
    const action = Object.values(index.actions).find((a) => a.id === 'in-2020-06-29-59-apps')!;
    const future = { ...action, id: 'zz-future', jurisdiction: 'US', effective: '2027-03-01', announced: '2026-11-01', history: [{ status: 'in-force' as const, from: '2026-11-01' }], status: 'in-force' as const };
    index.actions['zz-future'] = future;
    const app = index.apps.find((a) => a.id === 'xender')!;
    app.answersTo = [{ action: 'zz-future', names: ['Xender'] }];
    const table = buildFlagTable(index, '2026-11-22');
    const who: AppIdentity = { store: 'google-play', id: 'cn.xender', title: null, developer: null };
    for (const day of ['2026-11-22', '2027-02-28', '2027-03-01', '2028-01-01']) {
      const v = verdictFor(index, who, day);
      const f = flagFor(table, who, day)!;
      const jurisdictions = [...new Set(v.actions.filter((a) => a.level === v.level).map((a) => a.action.jurisdiction))];
      expect({ day, level: f.level, jurisdictions: f.jurisdictions }).toEqual({ day, level: v.level, jurisdictions });
    }
    expect(flagFor(table, who, '2027-02-28')!.level).toBe('at-risk');
    expect(flagFor(table, who, '2027-03-01')!.level).toBe('banned');
  });
});
