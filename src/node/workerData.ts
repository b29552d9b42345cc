/**
 * Writes what the background worker reads: its core (bundled, src/generated/worker-core.json) and, as files of
 * the extension (public/data/, copied into the build), the actions, the notes, the key and record shards and the flag table
 * it keeps in storage for the content scripts. Used by `npm run data:build` and by the growth bench.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardIndex } from '../core/dataset/shards';
import type { DatasetIndex } from '../core/dataset/types';
import type { FlagTable } from '../core/verdict/flags';

export function writeWorkerData(index: DatasetIndex, flags: FlagTable, generatedDir: string, dataDir: string): { keyShards: number; recordShards: number } {
  const { core, actions, notes, keys, records } = shardIndex(index);
  mkdirSync(generatedDir, { recursive: true });
  writeFileSync(join(generatedDir, 'worker-core.json'), JSON.stringify(core));
  mkdirSync(dataDir, { recursive: true });
  for (const f of readdirSync(dataDir)) if (/^(k|r)\d+\.json$/.test(f)) rmSync(join(dataDir, f)); // of an earlier build
  keys.forEach((shard, n) => writeFileSync(join(dataDir, `k${n}.json`), JSON.stringify(shard)));
  records.forEach((shard, n) => writeFileSync(join(dataDir, `r${n}.json`), JSON.stringify(shard)));
  writeFileSync(join(dataDir, 'actions.json'), JSON.stringify(actions));
  writeFileSync(join(dataDir, 'notes.json'), JSON.stringify(notes));
  writeFileSync(join(dataDir, 'flags.json'), JSON.stringify(flags));
  return { keyShards: keys.length, recordShards: records.length };
}
