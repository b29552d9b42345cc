/**
 * The one lookup path: app identity → dataset match → verdict. Used by the background worker,
 * the command-line check and the build (which derives the content script's compact table from it).
 */
import type { Action, App, DatasetIndex, Note, Operator } from '../dataset/types';
import { listingKey } from '../dataset/keys';
import { completeIdentity, type AppIdentity, type MatchedBy } from '../identity';
import { normalizeName } from '../text/normalize';
import { compareLevels, levelOf, actionLevel, type Level } from './levels';

export interface Match {
  matchedBy: MatchedBy;
  /** The app in the dataset; null when only the operator matched (operator-wide actions apply). */
  app: App | null;
  operator: Operator | null;
  /** For store-id matches: which listing key matched (e.g. the Android package on an APK site). */
  via?: string;
}

export interface ActionView {
  action: Action;
  level: Level;
  /** The names this action published for the app; empty for operator-wide actions. */
  names: string[];
  /** Whether the action reaches the app through its operator rather than by name. */
  viaOperator: boolean;
}

export interface Verdict {
  identity: AppIdentity;
  level: Level;
  match: Match | null;
  actions: ActionView[];
  notes: Note[];
}

/**
 * Derived from an index once, on first use: which app a publisher's name and an app name point at
 * (`${operator}|${normalised name}` → the first such app, as a scan of `apps` in order would find it),
 * and which operators have operator-wide actions. Indexes are never modified after they are built.
 */
interface Derived {
  operatorApp: Map<string, App>;
  operatorWide: Set<string>;
}
const derivedOf = new WeakMap<DatasetIndex, Derived>();

function derived(index: DatasetIndex): Derived {
  let d = derivedOf.get(index);
  if (!d) {
    const operatorApp = new Map<string, App>();
    for (const app of index.apps) {
      for (const name of [app.name, ...app.aliases]) {
        const key = `${app.operator}|${normalizeName(name)}`;
        if (!operatorApp.has(key)) operatorApp.set(key, app);
      }
    }
    const operatorWide = new Set<string>();
    for (const action of Object.values(index.actions)) for (const op of action.operators) operatorWide.add(op);
    d = { operatorApp, operatorWide };
    derivedOf.set(index, d);
  }
  return d;
}

function byListing(index: DatasetIndex, key: string): Match | null {
  const i = index.keys.listing[key];
  if (i === undefined) return null;
  const app = index.apps[i]!;
  return { matchedBy: 'store-id', app, operator: index.operators[app.operator] ?? null, via: key };
}

export function findMatch(index: DatasetIndex, page: AppIdentity): Match | null {
  const who = completeIdentity(page);
  const direct =
    byListing(index, listingKey(who.store, who.id)) ??
    (who.androidPackage ? byListing(index, listingKey('google-play', who.androidPackage)) : null);
  if (direct) return direct;

  const title = who.title ? normalizeName(who.title) : '';
  if (who.developer) {
    const operatorId = index.keys.publisher[normalizeName(who.developer)];
    const operator = operatorId ? index.operators[operatorId] : undefined;
    if (operator) {
      const d = derived(index);
      const app = title ? d.operatorApp.get(`${operator.id}|${title}`) : undefined;
      if (app) return { matchedBy: 'publisher', app, operator };
      if (d.operatorWide.has(operator.id)) return { matchedBy: 'publisher', app: null, operator };
    }
  }

  if (title) {
    const candidates = index.keys.name[title];
    if (candidates && candidates.length === 1) {
      const app = index.apps[candidates[0]!]!;
      return { matchedBy: 'name', app, operator: index.operators[app.operator] ?? null };
    }
  }
  return null;
}

export function actionsFor(index: DatasetIndex, match: Match, today: string): ActionView[] {
  const views = new Map<string, ActionView>();
  for (const ref of match.app?.answersTo ?? []) {
    const action = index.actions[ref.action];
    if (action && action.measure !== 'revoke') {
      views.set(action.id, { action, level: actionLevel(action, today), names: ref.names, viaOperator: false });
    }
  }
  const operatorId = match.app?.operator ?? match.operator?.id;
  if (operatorId) {
    for (const action of Object.values(index.actions)) {
      if (action.operators.includes(operatorId) && !views.has(action.id) && action.measure !== 'revoke') {
        views.set(action.id, { action, level: actionLevel(action, today), names: [], viaOperator: true });
      }
    }
  }
  // Most serious first, then the longest-standing (India's 2020 order before a 2022 one).
  return [...views.values()].sort(
    (a, b) => compareLevels(a.level, b.level) || a.action.announced.localeCompare(b.action.announced),
  );
}

export function notesFor(index: DatasetIndex, match: Match): Note[] {
  const appId = match.app?.id;
  const operatorId = match.app?.operator ?? match.operator?.id;
  return index.notes.filter(
    (n) => (appId && n.apps.includes(appId)) || (operatorId && n.operators.includes(operatorId)),
  );
}

export function verdictFor(index: DatasetIndex, page: AppIdentity, today: string): Verdict {
  const who = completeIdentity(page);
  const match = findMatch(index, who);
  if (!match) return { identity: who, level: 'none', match: null, actions: [], notes: [] };
  const actions = actionsFor(index, match, today);
  return {
    identity: who,
    level: levelOf(
      actions.map((v) => v.action),
      today,
    ),
    match,
    actions,
    notes: notesFor(index, match),
  };
}

/**
 * The verdict for an app chosen from the dataset itself (the explore page): through its first store listing when it
 * has one, so that it reads exactly as on a store page; otherwise by its dataset entry.
 */
export function verdictForApp(index: DatasetIndex, app: App, today: string): Verdict {
  const listing = app.listings[0];
  if (listing) return verdictFor(index, { store: listing.store, id: listing.id, title: app.name, developer: null }, today);
  const match: Match = { matchedBy: 'name', app, operator: index.operators[app.operator] ?? null };
  const actions = actionsFor(index, match, today);
  const identity: AppIdentity = { store: 'google-play', id: '', title: app.name, developer: null };
  return { identity, level: levelOf(actions.map((v) => v.action), today), match, actions, notes: notesFor(index, match) };
}
