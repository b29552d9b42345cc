/**
 * Deciding flags, the content script's part: its store's flag table, read from storage.local once per page (the
 * worker need not be awake; see core/verdict/flagStore.ts), then every decision synchronous. When storage holds
 * no current table — the worker is still writing it after an install or update, or storage was cleared — the
 * worker is asked for it instead.
 */
import type { AppIdentity } from '../core/identity';
import type { StoreId } from '../core/dataset/vocabulary';
import { keysForStore, META_KEY, tableFromStored } from '../core/verdict/flagStore';
import { flagFor, type Flag, type FlagTable } from '../core/verdict/flags';

export interface FlagIo {
  /** storage.local.get of these keys. */
  read(keys: string[]): Promise<Record<string, unknown>>;
  /** The worker's answer (see the background's 'flag-table' handler): the same entries, or undefined. */
  ask(store: StoreId): Promise<Record<string, unknown> | undefined>;
}

export class FlagSource {
  private table: FlagTable | null = null;
  private reading: Promise<void> | null = null;

  /** `version`: the table this content script was built with; a stored table of another version is not used. */
  constructor(
    private readonly io: FlagIo,
    private readonly version: string,
    private readonly store: StoreId,
  ) {}

  /** The badge's words (from the table). */
  get words(): Pick<FlagTable, 'text' | 'names'> | null {
    return this.table;
  }

  /** The app's flag (null: not flagged); undefined until the table has been read. */
  flag(app: AppIdentity, today: string): Flag | null | undefined {
    return this.table ? flagFor(this.table, app, today) : undefined;
  }

  /** Reads the table, once; a failed read is tried again on the next call. */
  load(): Promise<void> {
    this.reading ??= this.read().finally(() => {
      if (!this.table) this.reading = null;
    });
    return this.reading;
  }

  private async read(): Promise<void> {
    const keys = keysForStore(this.store);
    let got: Record<string, unknown> = {};
    try {
      got = await this.io.read([META_KEY, ...keys]);
    } catch {
      got = {};
    }
    const meta = got[META_KEY] as { version?: unknown } | undefined;
    this.table = meta?.version === this.version ? tableFromStored(got, keys, this.version) : null;
    if (this.table) return;
    // Not written yet, of another version, or damaged: the worker answers.
    const reply = await this.io.ask(this.store).catch(() => undefined);
    this.table = reply ? tableFromStored(reply, keys, this.version) : null;
  }
}
