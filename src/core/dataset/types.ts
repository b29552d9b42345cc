/** The compiled dataset index: what the extension and the CLI read. Built by compile.ts. */
import type { Source, Statement } from './schema';
import type { Measure, Scope, Status, StoreId } from './vocabulary';

export interface StatusEntry {
  status: Status;
  from: string;
  note?: string;
  sources?: Source[];
}

export interface Action {
  id: string;
  jurisdiction: string;
  authority: string;
  instrument: string;
  /** Short name of the same instrument, for one-line headlines (optional in the data). */
  instrumentShort?: string;
  title: string;
  summary: string;
  measure: Measure;
  scope: Scope;
  scopeNote?: string;
  grounds: string[];
  announced: string;
  effective: string | null;
  ended: string | null;
  /** Today's status: the last history entry. */
  status: Status;
  history: StatusEntry[];
  publishedCount: number | null;
  namesComplete: boolean;
  nameCount: number;
  /** Names reported by the press, not published by the government (see the schema's `targets.reported`). */
  reported: string[];
  operators: string[];
  revokes: string[];
  sources: Source[];
  caveats: string[];
  /** The day today's status was last confirmed against a source. */
  checked: string;
  /** The data file, for "report a mistake" and error messages. */
  file: string;
}

export interface Listing {
  store: StoreId;
  id: string;
  source: Source;
  note?: string;
}

export interface App {
  id: string;
  name: string;
  aliases: string[];
  distinctiveName: boolean;
  operator: string;
  listings: Listing[];
  /** Actions that name this app, with the names they used. Operator-wide actions are resolved at lookup. */
  answersTo: { action: string; names: string[]; note?: string }[];
}

export interface Operator {
  id: string;
  name: string;
  country?: string;
  parent?: { name: string; country: string };
  developerNames: string[];
  lists: { list: string; entity: string; date: string; sources: Source[] }[];
}

export interface Note {
  id: string;
  topic: string;
  apps: string[];
  operators: string[];
  claim: Statement;
  response: Statement | null;
  responseNote?: string;
  findings: Statement[];
}

export interface UnidentifiedName {
  action: string;
  name: string;
  /** A press-reported name, not a published one. */
  reported?: true;
}

export interface DatasetIndex {
  meta: { version: string; asOf: string; reportUrl: string };
  jurisdictions: Record<string, { name: string; parent?: string }>;
  actions: Record<string, Action>;
  apps: App[];
  operators: Record<string, Operator>;
  notes: Note[];
  /** Lookup keys → app position in `apps`. */
  keys: {
    /** `${store}:${id}`; ids are compared case-sensitively except App Store ids, which are digits. */
    listing: Record<string, number>;
    /** normalised app name or alias → apps (only apps with a distinctive name). */
    name: Record<string, number[]>;
    /** normalised developer name as shown on stores → operator id. */
    publisher: Record<string, string>;
  };
  /** Published names tied to no app yet: shown in coverage, never matched. */
  unidentified: UnidentifiedName[];
}
