/** The entries the content script reads from storage give the same flag as the whole table (and so as the verdict). */
import { describe, expect, it } from 'vitest';
import type { AppIdentity } from '../../../src/core/identity';
import { buildFlagTable } from '../../../src/core/verdict/buildFlags';
import { ENTRY_PREFIX, entryKeys, flagEntries, flagFromEntries } from '../../../src/core/verdict/flagEntries';
import { flagFor } from '../../../src/core/verdict/flags';
import { dataset } from '../helpers/dataset';

const today = '2026-12-03';

describe('flag entries', () => {
  const index = dataset();
  const table = buildFlagTable(index, today);
  const entries = flagEntries(table);
  const identities: AppIdentity[] = [];
  for (const app of index.apps) {
    for (const l of app.listings) {
      identities.push({ store: l.store, id: l.id, title: null, developer: null });
      identities.push({ store: l.store, id: l.id, title: app.name, developer: null });
    }
    for (const name of [app.name, ...app.aliases]) {
      identities.push({ store: 'microsoft-store', id: '9XXXXXXXXXXX', title: name, developer: null });
      for (const dev of index.operators[app.operator]?.developerNames ?? []) {
        identities.push({ store: 'app-store', id: '1', title: name, developer: dev });
        identities.push({ store: 'app-store', id: '1', title: `${name} Unknown Edition`, developer: dev });
        identities.push({ store: 'app-store', id: '1', title: null, developer: dev });
      }
    }
  }
  identities.push({ store: 'google-play', id: 'com.example.none', title: 'Nothing', developer: 'Nobody' });
  for (const store of ['galaxy-store', 'getapps', 'apkpure', 'apkmirror', 'uptodown', 'aptoide'] as const) {
    identities.push({ store, id: 'com.zhiliaoapp.musically', title: null, developer: null });
  }

  it(`give flagFor()'s answer for ${identities.length} identities, reading only the keys entryKeys() names`, () => {
    expect(identities.length).toBeGreaterThan(500);
    for (const who of identities) {
      const asked = new Set(entryKeys(who));
      const read = (k: string) => {
        expect(asked.has(k), `${k} read but not asked for`).toBe(true);
        return entries[k];
      };
      expect({ who, flag: flagFromEntries(read, who, today) }).toEqual({ who, flag: flagFor(table, who, today) });
    }
  });

  it('are keyed apart from every other stored setting', () => {
    for (const key of Object.keys(entries)) expect(key).toMatch(/^(l|p|pa|n):/);
    expect(ENTRY_PREFIX).toBe('f:');
  });

  it('flag CamScanner on Play by its listing', () => {
    const who: AppIdentity = { store: 'google-play', id: 'com.intsig.camscanner', title: 'CamScanner', developer: null };
    expect(flagFromEntries((k) => entries[k], who, today)).toMatchObject({ level: 'banned', matchedBy: 'store-id' });
  });
});
