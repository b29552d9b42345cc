/**
 * The explore page's questions over the whole dataset, answered purely: search by name, package, App Store id or
 * company; each country with its actions; each action with its published names, identified or not. Verdicts come
 * from the one lookup path (verdictFor / verdictForApp).
 */
import type { Action, App, DatasetIndex } from './dataset/types';
import type { AppIdentity } from './identity';
import { normalizeName } from './text/normalize';
import { actionLevel, type Level } from './verdict/levels';
import { verdictFor, verdictForApp, type Verdict } from './verdict/lookup';

export interface SearchHit {
  app: App;
  /** Why it was found. */
  by: 'store-id' | 'name' | 'company';
  verdict: Verdict;
}

const MAX_HITS = 100;

/** Apps whose store id equals the query, whose name or alias contains it, or whose operator is named by it. */
export function searchApps(index: DatasetIndex, query: string, today: string): SearchHit[] {
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const id = q.replace(/^id(?=\d+$)/i, '');
  const key = normalizeName(q);
  const hits = new Map<string, SearchHit['by']>();
  for (const app of index.apps) {
    if (app.listings.some((l) => l.id.toLowerCase() === id.toLowerCase())) hits.set(app.id, 'store-id');
  }
  if (key) {
    for (const app of index.apps) {
      if (!hits.has(app.id) && [app.name, ...app.aliases].some((n) => normalizeName(n).includes(key))) hits.set(app.id, 'name');
    }
    for (const op of Object.values(index.operators)) {
      const named = [op.name, ...op.developerNames, op.id].some((n) => normalizeName(n).includes(key));
      if (!named) continue;
      for (const app of index.apps) if (app.operator === op.id && !hits.has(app.id)) hits.set(app.id, 'company');
    }
  }
  const order = { 'store-id': 0, name: 1, company: 2 } as const;
  return [...hits]
    .map(([appId, by]) => {
      const app = index.apps.find((a) => a.id === appId)!;
      return { app, by, verdict: verdictForApp(index, app, today) };
    })
    .sort((a, b) => order[a.by] - order[b.by] || a.app.name.localeCompare(b.app.name))
    .slice(0, MAX_HITS);
}

export interface CountrySummary {
  /** ISO 3166-1 code (subdivisions and the EU count under their own code's first two letters). */
  code: string;
  name: string;
  actions: Action[];
  /** How many of its actions are at each level today. */
  byLevel: Partial<Record<Level, number>>;
}

export function countries(index: DatasetIndex, today: string): CountrySummary[] {
  const by = new Map<string, Action[]>();
  for (const a of Object.values(index.actions)) {
    const code = a.jurisdiction.slice(0, 2);
    by.set(code, [...(by.get(code) ?? []), a]);
  }
  return [...by]
    .map(([code, actions]) => {
      const byLevel: CountrySummary['byLevel'] = {};
      for (const a of actions) {
        const level = a.measure === 'revoke' ? 'past' : actionLevel(a, today);
        byLevel[level] = (byLevel[level] ?? 0) + 1;
      }
      actions.sort((x, y) => y.announced.localeCompare(x.announced));
      return { code, name: index.jurisdictions[code]?.name ?? code, actions, byLevel };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface PublishedName {
  name: string;
  /** Reported by the press, not published by the government. */
  reported: boolean;
  /** The dataset's apps that answer to this name (empty: not identified). */
  apps: App[];
}

/** An action's published names: those identified (with their apps), then those not yet identified. */
export function publishedNames(index: DatasetIndex, action: Action): PublishedName[] {
  const identified = new Map<string, App[]>();
  for (const app of index.apps) {
    for (const ref of app.answersTo) {
      if (ref.action !== action.id) continue;
      for (const name of ref.names) identified.set(name, [...(identified.get(name) ?? []), app]);
    }
  }
  const unidentified = index.unidentified.filter((u) => u.action === action.id).map((u) => ({ name: u.name, apps: [] as App[] }));
  return [...[...identified].map(([name, apps]) => ({ name, apps })), ...unidentified].map((n) => ({
    ...n,
    reported: action.reported.includes(n.name),
  }));
}

/** The verdict for a line of "check my apps" (an identity from parseAppList). */
export function verdictForLine(index: DatasetIndex, identity: AppIdentity | null, today: string): Verdict | null {
  return identity ? verdictFor(index, identity, today) : null;
}

const RANK: Level[] = ['banned', 'restricted', 'at-risk', 'past'];

/** Each country's most serious level today across its actions (and its subdivisions'), for the map. */
export function countryLevels(index: DatasetIndex, today: string): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const c of countries(index, today)) {
    const level = RANK.find((l) => c.byLevel[l]);
    if (level) out[c.code] = level;
  }
  return out;
}

export interface YearCount {
  year: string;
  /** Actions announced that year, by what they mean today. */
  byLevel: Partial<Record<Level, number>>;
  total: number;
}

/** Actions per year of announcement, each counted at its level today (the timeline). */
export function actionsByYear(index: DatasetIndex, today: string): YearCount[] {
  const years = new Map<string, YearCount>();
  for (const a of Object.values(index.actions)) {
    const year = a.announced.slice(0, 4);
    const y = years.get(year) ?? { year, byLevel: {}, total: 0 };
    const level = a.measure === 'revoke' ? 'past' : actionLevel(a, today);
    y.byLevel[level] = (y.byLevel[level] ?? 0) + 1;
    y.total++;
    years.set(year, y);
  }
  return [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
}
