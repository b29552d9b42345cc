import { describe, expect, it } from 'vitest';
import type { AppIdentity } from '../../../src/core/identity';
import { buildFlagTable } from '../../../src/core/verdict/buildFlags';
import { flagFor, stepOn } from '../../../src/core/verdict/flags';
import { verdictFor } from '../../../src/core/verdict/lookup';
import { dataset } from '../helpers/dataset';

const today = '2026-11-22';

describe('the content script flag table agrees with the full verdict', () => {
  const index = dataset();
  const table = buildFlagTable(index, today);
  const identities: AppIdentity[] = [];
  for (const app of index.apps) {
    for (const l of app.listings) identities.push({ store: l.store, id: l.id, title: null, developer: null });
    for (const name of [app.name, ...app.aliases]) {
      identities.push({ store: 'microsoft-store', id: '9XXXXXXXXXXX', title: name, developer: null });
      for (const dev of index.operators[app.operator]?.developerNames ?? []) {
        identities.push({ store: 'app-store', id: '1', title: name, developer: dev });
        identities.push({ store: 'app-store', id: '1', title: `${name} Unknown Edition`, developer: dev });
      }
    }
  }
  identities.push({ store: 'google-play', id: 'com.example.none', title: 'Nothing', developer: 'Nobody' });

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
