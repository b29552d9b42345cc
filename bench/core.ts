/** Lookups per second of the core, in node: the content script's decision (flagFor) and the full match (findMatch). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatasetIndex } from '../src/core/dataset/types';
import type { AppIdentity } from '../src/core/identity';
import { flagFor, type FlagTable } from '../src/core/verdict/flags';
import { findMatch } from '../src/core/verdict/lookup';

const GENERATED = resolve(import.meta.dirname, '../src/generated');

export interface Rate {
  perSecond: number;
  identities: number;
}

/** Calls `fn` over `inputs` round-robin: warm-up, then the best of five timed runs of at least 200 ms each. */
function rate<T>(inputs: T[], fn: (x: T) => unknown): Rate {
  let sink = 0;
  const run = (n: number) => {
    for (let i = 0; i < n; i++) if (fn(inputs[i % inputs.length]!)) sink++;
  };
  run(200_000); // warm-up: let the JIT optimise
  let best = 0;
  for (let r = 0; r < 5; r++) {
    let n = 100_000;
    let elapsed = 0;
    for (;;) {
      const t = process.hrtime.bigint();
      run(n);
      elapsed = Number(process.hrtime.bigint() - t) / 1e9;
      if (elapsed >= 0.2) break;
      n *= 2;
    }
    best = Math.max(best, n / elapsed);
  }
  if (sink < 0) console.log(sink);
  return { perSecond: Math.round(best), identities: inputs.length };
}

export function coreRates() {
  const index = JSON.parse(readFileSync(resolve(GENERATED, 'index.json'), 'utf8')) as DatasetIndex;
  const table = JSON.parse(readFileSync(resolve(GENERATED, 'flags.json'), 'utf8')) as FlagTable;
  const today = new Date().toISOString().slice(0, 10);

  // By store id: every listing in the dataset (hits), and as many unknown ids (misses, the common case on a page).
  const byIdHits: AppIdentity[] = index.apps.flatMap((a) =>
    a.listings.map((l) => ({ store: l.store, id: l.id, title: null, developer: null }) as AppIdentity),
  );
  const byIdMisses: AppIdentity[] = byIdHits.map((a, i) => ({ store: 'google-play', id: `com.example.unknown${i}`, title: null, developer: null }));
  // By publisher and name: an unknown store id, the app's name and its operator's publisher name.
  const publisherOf = new Map<string, string>();
  for (const [name, op] of Object.entries(index.keys.publisher)) if (!publisherOf.has(op)) publisherOf.set(op, name);
  const byName: AppIdentity[] = index.apps.map((a, i) => ({
    store: 'google-play',
    id: `com.example.byname${i}`,
    title: a.name,
    developer: publisherOf.get(a.operator) ?? null,
  }));
  // A tile's typical case: unknown id, a title and a developer that match nothing.
  const unknownNamed: AppIdentity[] = byIdHits.map((_, i) => ({
    store: 'google-play',
    id: `com.example.other${i}`,
    title: `Some Ordinary App ${i}`,
    developer: `Ordinary Developer ${i % 17}`,
  }));

  return {
    flagFor: {
      byId: rate(byIdHits, (w) => flagFor(table, w, today)),
      byIdMiss: rate(byIdMisses, (w) => flagFor(table, w, today)),
      byPublisherName: rate(byName, (w) => flagFor(table, w, today)),
      unknownWithNames: rate(unknownNamed, (w) => flagFor(table, w, today)),
    },
    findMatch: {
      byId: rate(byIdHits, (w) => findMatch(index, w)),
      byIdMiss: rate(byIdMisses, (w) => findMatch(index, w)),
      byPublisherName: rate(byName, (w) => findMatch(index, w)),
      unknownWithNames: rate(unknownNamed, (w) => findMatch(index, w)),
    },
  };
}
