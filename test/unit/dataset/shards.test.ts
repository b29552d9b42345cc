/** The worker's sharded index gives the verdict the whole index gives, reading only a few shards. */
import { describe, expect, it } from 'vitest';
import type { AppIdentity } from '../../../src/core/identity';
import { indexFor, lookupKeys, shardIndex, shardOf } from '../../../src/core/dataset/shards';
import { verdictFor } from '../../../src/core/verdict/lookup';
import { dataset } from '../helpers/dataset';
import { datasetIdentities } from '../helpers/identities';

const today = '2026-12-03';

describe('the sharded index', () => {
  const index = dataset();
  const { core, actions, notes, keys, records } = shardIndex(index);
  const reads: string[] = [];
  const read = {
    actions: async () => structuredClone(actions),
    notes: async () => structuredClone(notes),
    keys: async (n: number) => (reads.push(`k${n}`), structuredClone(keys[n]!)),
    records: async (n: number) => (reads.push(`r${n}`), structuredClone(records[n]!)),
  };
  const identities = datasetIdentities(index);

  it(`gives verdictFor()'s verdict for ${identities.length} identities`, async () => {
    for (const who of identities) {
      const mini = await indexFor(core, read, [who]);
      expect({ who, v: verdictFor(mini, who, today) }).toEqual({ who, v: verdictFor(index, who, today) });
    }
  });

  it('reads at most one key shard per key and one record shard per app and operator', async () => {
    reads.length = 0;
    const tiktok: AppIdentity = { store: 'google-play', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: 'TikTok Pte. Ltd.' };
    await indexFor(core, read, [tiktok]);
    expect(reads.filter((r) => r.startsWith('k')).length).toBeLessThanOrEqual(lookupKeys(tiktok).length);
    expect(reads.filter((r) => r.startsWith('r')).length).toBeLessThanOrEqual(2);
  });

  it('keeps the core free of actions, notes, apps and operators, and spreads keys over shards', () => {
    expect(Object.keys(core).sort()).toEqual(['jurisdictions', 'meta', 'shards']);
    expect(notes).toEqual(index.notes);
    expect(core.shards.keys).toBeGreaterThan(0);
    expect(Object.values(records).reduce((n, r) => n + Object.keys(r.apps).length, 0)).toBe(index.apps.length);
    expect(shardOf('l:google-play:com.zhiliaoapp.musically', 7)).toBe(shardOf('l:google-play:com.zhiliaoapp.musically', 7));
    expect(new Set(Array.from({ length: 200 }, (_, i) => shardOf(`k${i}`, 8))).size).toBe(8);
  });
});
