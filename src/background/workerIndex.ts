/**
 * The worker's view of the dataset: the bundled core, and shards read from the extension's own files when a
 * lookup needs them (no network: `runtime.getURL` addresses the extension's package), the most recent kept.
 */
import { indexFor, type KeyShard, type RecordShard, type ShardReader, type WorkerCore } from '../core/dataset/shards';
import type { DatasetIndex, Note } from '../core/dataset/types';
import type { AppIdentity } from '../core/identity';
import { verdictFor, type Verdict } from '../core/verdict/lookup';

/** Shards kept parsed: enough for a page of tiles, few enough that memory does not grow with the dataset. */
const KEEP = 48;

export class WorkerIndex {
  /** Key and record shards, most recent last, at most KEEP of them. */
  private readonly shards = new Map<string, Promise<unknown>>();
  /** The actions and the notes: read once and kept (every verdict needs them). */
  private readonly kept = new Map<string, Promise<unknown>>();

  constructor(
    readonly core: WorkerCore,
    private readonly fetchJson: (path: string) => Promise<unknown>,
  ) {}

  /** A file through a cache of at most `limit` entries, most recent last; a failed read is tried again next time. */
  private read<T>(cache: Map<string, Promise<unknown>>, path: string, limit = Infinity): Promise<T> {
    let p = cache.get(path);
    if (p) {
      cache.delete(path); // most recent last
    } else {
      p = this.fetchJson(path).catch((e: unknown) => {
        cache.delete(path);
        throw e;
      });
    }
    cache.set(path, p);
    while (cache.size > limit) cache.delete(cache.keys().next().value!);
    return p as Promise<T>;
  }

  private readonly reader: ShardReader = {
    actions: () => this.read<DatasetIndex['actions']>(this.kept, 'data/actions.json'),
    notes: () => this.read<Note[]>(this.kept, 'data/notes.json'),
    keys: (n) => this.read<KeyShard>(this.shards, `data/k${n}.json`, KEEP),
    records: (n) => this.read<RecordShard>(this.shards, `data/r${n}.json`, KEEP),
  };

  /** Verdicts for these apps, as verdictFor() over the whole index gives them. */
  async verdicts(apps: readonly AppIdentity[], today: string): Promise<Verdict[]> {
    const index = await indexFor(this.core, this.reader, apps);
    return apps.map((a) => verdictFor(index, a, today));
  }
}
