/**
 * The index as the background worker holds it: a small core bundled with it (meta, jurisdictions), the actions and
 * the data-sharing notes in two files read on the first lookup (so that a worker woken for a mere tab event starts
 * at once, and its start does not grow with them), and the apps and
 * operators in shard files read when an app asks for them, so that the worker's memory and start-up do not grow
 * with the number of listings. A lookup reads the key shards of the identity's few keys, then the record
 * shards of what they point to, and runs the one lookup path (verdict/lookup.ts) over an index of just those:
 * the same verdict as over the whole index (a unit test holds the two equal).
 */
import { completeIdentity, type AppIdentity } from '../identity';
import { normalizeName } from '../text/normalize';
import { listingKey } from './keys';
import type { App, DatasetIndex, Note, Operator } from './types';

/** What a lookup key points to. */
export interface KeyTarget {
  /** The app (a listing, a unique distinctive name, a developer's app of that name). */
  app?: string;
  /** The operator a developer name is (publisher keys). */
  operator?: string;
}

export interface WorkerCore {
  meta: DatasetIndex['meta'];
  jurisdictions: DatasetIndex['jurisdictions'];
  /** How many key shards and record shards there are (files `k<n>.json`, `r<n>.json`). */
  shards: { keys: number; records: number };
}

export type KeyShard = Record<string, KeyTarget>;
export interface RecordShard {
  apps: Record<string, App>;
  operators: Record<string, Operator>;
}

/** FNV-1a, 32 bits: a stable spread of keys over shards, the same in the build and in the worker. */
export function shardOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

const listing = (key: string) => `l:${key}`;
const publisher = (developer: string) => `p:${developer}`;
const publisherName = (developer: string, name: string) => `pa:${developer}|${name}`;
const nameKey = (name: string) => `n:${name}`;
const appRecord = (id: string) => `a:${id}`;
const operatorRecord = (id: string) => `o:${id}`;

/** Shards of about this many bytes of JSON each: a lookup reads two or three of them. */
const SHARD_BYTES = 24 * 1024;

/** Build time: the worker's core, its actions and notes files and its shard files. */
export function shardIndex(index: DatasetIndex): {
  core: WorkerCore;
  actions: DatasetIndex['actions'];
  notes: Note[];
  keys: KeyShard[];
  records: RecordShard[];
} {
  const targets = new Map<string, KeyTarget>();
  for (const [key, slot] of Object.entries(index.keys.listing)) targets.set(listing(key), { app: index.apps[slot]!.id });
  for (const [name, slots] of Object.entries(index.keys.name)) if (slots.length === 1) targets.set(nameKey(name), { app: index.apps[slots[0]!]!.id });
  // Developer and name → the first app of that operator with that name, as lookup.ts's scan of `apps` finds it.
  const namesOf = new Map<string, Map<string, string>>(); // operator → normalised name → first app
  for (const app of index.apps) {
    const names = namesOf.get(app.operator) ?? namesOf.set(app.operator, new Map()).get(app.operator)!;
    for (const name of [app.name, ...app.aliases]) {
      const key = normalizeName(name);
      if (!names.has(key)) names.set(key, app.id);
    }
  }
  for (const [developer, operator] of Object.entries(index.keys.publisher)) {
    targets.set(publisher(developer), { operator });
    for (const [name, app] of namesOf.get(operator) ?? []) targets.set(publisherName(developer, name), { app });
  }
  const recordBytes = JSON.stringify(index.apps).length + JSON.stringify(index.operators).length;
  const keyBytes = [...targets].reduce((n, [k, t]) => n + k.length + (t.app ?? t.operator ?? '').length + 12, 0);
  const shards = { keys: Math.max(1, Math.ceil(keyBytes / SHARD_BYTES)), records: Math.max(1, Math.ceil(recordBytes / SHARD_BYTES)) };
  const keys: KeyShard[] = Array.from({ length: shards.keys }, () => ({}));
  for (const [k, t] of targets) keys[shardOf(k, shards.keys)]![k] = t;
  const records: RecordShard[] = Array.from({ length: shards.records }, () => ({ apps: {}, operators: {} }));
  for (const app of index.apps) records[shardOf(appRecord(app.id), shards.records)]!.apps[app.id] = app;
  for (const op of Object.values(index.operators)) records[shardOf(operatorRecord(op.id), shards.records)]!.operators[op.id] = op;
  const { meta, jurisdictions, actions, notes } = index;
  return { core: { meta, jurisdictions, shards }, actions, notes, keys, records };
}

/** The lookup keys findMatch() may consult for this identity (its identity made complete first). */
export function lookupKeys(page: AppIdentity): string[] {
  const who = completeIdentity(page);
  const keys = [listing(listingKey(who.store, who.id))];
  if (who.androidPackage) keys.push(listing(listingKey('google-play', who.androidPackage)));
  const title = who.title ? normalizeName(who.title) : '';
  if (who.developer) {
    const developer = normalizeName(who.developer);
    keys.push(publisher(developer));
    if (title) keys.push(publisherName(developer, title));
  }
  if (title) keys.push(nameKey(title));
  return keys;
}

export interface ShardReader {
  actions(): Promise<DatasetIndex['actions']>;
  notes(): Promise<Note[]>;
  keys(n: number): Promise<KeyShard>;
  records(n: number): Promise<RecordShard>;
}

/**
 * An index holding just what findMatch() needs for these identities, read from the shards: the core, the apps and
 * operators their keys point to, and those keys. verdictFor() over it equals verdictFor() over the whole index.
 */
export async function indexFor(core: WorkerCore, read: ShardReader, identities: readonly AppIdentity[]): Promise<DatasetIndex> {
  const actions = read.actions(); // meanwhile
  const notes = read.notes();
  const wanted = [...new Set(identities.flatMap(lookupKeys))];
  const keyShards = new Map<number, KeyShard>();
  await Promise.all(
    [...new Set(wanted.map((k) => shardOf(k, core.shards.keys)))].map(async (n) => keyShards.set(n, await read.keys(n))),
  );
  const hits = new Map<string, KeyTarget>();
  for (const k of wanted) {
    const t = keyShards.get(shardOf(k, core.shards.keys))?.[k];
    if (t) hits.set(k, t);
  }
  const appIds = new Set([...hits.values()].flatMap((t) => (t.app ? [t.app] : [])));
  const recordShards = new Map<number, RecordShard>();
  const recordOf = (key: string) => shardOf(key, core.shards.records);
  const load = async (keys: string[]) => {
    await Promise.all(
      [...new Set(keys.map(recordOf))].filter((n) => !recordShards.has(n)).map(async (n) => recordShards.set(n, await read.records(n))),
    );
  };
  await load([...appIds].map(appRecord));
  const apps = [...appIds].flatMap((id) => recordShards.get(recordOf(appRecord(id)))?.apps[id] ?? []);
  // Operators: those developer names point to, and those of the apps found.
  const operatorIds = new Set([...[...hits.values()].flatMap((t) => (t.operator ? [t.operator] : [])), ...apps.map((a) => a.operator)]);
  await load([...operatorIds].map(operatorRecord));
  const operators: Record<string, Operator> = {};
  for (const id of operatorIds) {
    const op = recordShards.get(recordOf(operatorRecord(id)))?.operators[id];
    if (op) operators[id] = op;
  }
  // A developer's app of that name must come first among its operator's apps, as in the whole index.
  const firsts = new Set([...hits].filter(([k]) => k.startsWith('pa:')).map(([, t]) => t.app));
  apps.sort((a, b) => Number(firsts.has(b.id)) - Number(firsts.has(a.id)));
  const slot = new Map(apps.map((a, i) => [a.id, i]));
  const keys: DatasetIndex['keys'] = { listing: {}, name: {}, publisher: {} };
  for (const [k, t] of hits) {
    if (k.startsWith('l:') && t.app) keys.listing[k.slice(2)] = slot.get(t.app)!;
    else if (k.startsWith('n:') && t.app) keys.name[k.slice(2)] = [slot.get(t.app)!];
    else if (k.startsWith('p:') && t.operator) keys.publisher[k.slice(2)] = t.operator;
  }
  const { meta, jurisdictions } = core;
  return { meta, jurisdictions, notes: await notes, actions: await actions, apps, operators, keys, unidentified: [] };
}
