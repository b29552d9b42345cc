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
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(
    readonly core: WorkerCore,
    private readonly fetchJson: (path: string) => Promise<unknown>,
  ) {}

  private shard<T>(path: string): Promise<T> {
    let p = this.cache.get(path);
    if (p) {
      this.cache.delete(path); // most recent last
    } else {
      p = this.fetchJson(path).catch((e: unknown) => {
        this.cache.delete(path); // a failed read is tried again next time
        throw e;
      });
    }
    this.cache.set(path, p);
    while (this.cache.size > KEEP) this.cache.delete(this.cache.keys().next().value!);
    return p as Promise<T>;
  }

  private readonly kept = new Map<string, Promise<unknown>>();

  /** Read once and kept (every verdict needs it); a failed read is tried again next time. */
  private whole<T>(path: string): Promise<T> {
    let p = this.kept.get(path);
    if (!p) {
      p = this.fetchJson(path).catch((e: unknown) => {
        this.kept.delete(path);
        throw e;
      });
      this.kept.set(path, p);
    }
    return p as Promise<T>;
  }

  private readonly reader: ShardReader = {
    actions: () => this.whole<DatasetIndex['actions']>('data/actions.json'),
    notes: () => this.whole<Note[]>('data/notes.json'),
    keys: (n) => this.shard<KeyShard>(`data/k${n}.json`),
    records: (n) => this.shard<RecordShard>(`data/r${n}.json`),
  };

  /** Verdicts for these apps, as verdictFor() over the whole index gives them. */
  async verdicts(apps: readonly AppIdentity[], today: string): Promise<Verdict[]> {
    const index = await indexFor(this.core, this.reader, apps);
    return apps.map((a) => verdictFor(index, a, today));
  }
}
