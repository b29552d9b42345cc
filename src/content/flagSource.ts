/**
 * Deciding flags, the content script's part: the flag entries of the apps on the page, read from storage.local
 * in one read per batch of apps (the worker need not be awake), each key once per page. When storage holds no
 * current table — the worker is still writing it after an install or update — the worker is asked instead.
 */
import { ENTRY_PREFIX, entryKeys, flagFromEntries, META_KEY, type FlagsMeta } from '../core/verdict/flagEntries';
import type { AppIdentity } from '../core/identity';
import type { Flag, Step } from '../core/verdict/flags';

export interface FlagIo {
  /** storage.local.get of these keys. */
  read(keys: string[]): Promise<Record<string, unknown>>;
  /** The worker's answer for these keys (see the background's 'flag-entries' handler), or undefined. */
  ask(keys: string[]): Promise<{ meta: FlagsMeta; entries: Record<string, unknown> } | undefined>;
}

const isSteps = (v: unknown): v is Step[] => Array.isArray(v) && v.every((s) => Array.isArray(s) && typeof s[0] === 'string');
const isMeta = (v: unknown, version: string): v is FlagsMeta => {
  const m = v as Partial<FlagsMeta> | null;
  return !!m && m.version === version && typeof m.text === 'object' && typeof m.names === 'object';
};

export class FlagSource {
  /** Storage key → steps, or null when there is no entry. */
  private readonly known = new Map<string, Step[] | null>();
  private chain: Promise<void> = Promise.resolve();
  private fromWorker = false;
  meta: FlagsMeta | null = null;

  /** `version`: the table this content script was built with; a stored table of another version is not used. */
  constructor(
    private readonly io: FlagIo,
    private readonly version: string,
  ) {}

  private keysOf(app: AppIdentity): string[] {
    return entryKeys(app).map((k) => `${ENTRY_PREFIX}${k}`);
  }

  /** The app's flag when every entry it depends on has been read (null: not flagged); undefined until then. */
  flag(app: AppIdentity, today: string): Flag | null | undefined {
    if (!this.meta) return undefined;
    const keys = this.keysOf(app);
    for (const k of keys) if (!this.known.has(k)) return undefined;
    return flagFromEntries((k) => this.known.get(`${ENTRY_PREFIX}${k}`) ?? undefined, app, today);
  }

  /** Reads what these apps need and was not read yet. Reads run one after another; each resolves when done. */
  load(apps: readonly AppIdentity[]): Promise<void> {
    const run = async () => {
      const keys = [...new Set(apps.flatMap((a) => this.keysOf(a)))].filter((k) => !this.known.has(k));
      if (!keys.length && this.meta) return;
      let got: Record<string, unknown> = {};
      if (!this.fromWorker) {
        try {
          got = await this.io.read(this.meta ? keys : [META_KEY, ...keys]);
        } catch {
          got = {};
        }
        if (!this.meta) {
          if (isMeta(got[META_KEY], this.version)) this.meta = got[META_KEY];
          else this.fromWorker = true; // not written yet (or of another version): the worker answers this page
        }
      }
      if (this.fromWorker) {
        const reply = await this.io.ask(keys).catch(() => undefined);
        if (!reply || !isMeta(reply.meta, this.version)) return; // nothing to go on: ask again next time
        this.meta = reply.meta;
        got = reply.entries;
      }
      for (const k of keys) {
        const v = got[k];
        this.known.set(k, isSteps(v) ? v : null);
      }
    };
    this.chain = this.chain.then(run, run);
    return this.chain;
  }
}
