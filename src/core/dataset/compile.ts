/**
 * Validates the dataset's source files and compiles them into the index the extension reads.
 * Pure: takes parsed files in, gives the index (or every problem found, each naming file and field) out.
 */
import type { z } from 'zod';
import {
  ActionSchema,
  DatasetMetaSchema,
  ENDING_STATUSES,
  JurisdictionsSchema,
  NoteSchema,
  OFFICIAL_SOURCE_KINDS,
  OperatorFileSchema,
  type ActionSource,
  type NoteSource,
  type OperatorFile,
  type Source,
} from './schema';
import type { Action, App, DatasetIndex, Note, Operator } from './types';
import { checkSource, hasPrimarySource, SourcePolicySchema, type CitedSource, type SourcePolicy } from './policy';
import { normalizeName } from '../text/normalize';
import { listingKey } from './keys';

export { listingKey };

export interface DataFile {
  /** Path relative to the repository, e.g. `data/actions/in/2020-06-29-59-apps.yaml`. */
  path: string;
  data: unknown;
}

export interface DatasetProblem {
  file: string;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.field || '(file)'}: ${p.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

export type FileKind = 'meta' | 'jurisdictions' | 'policy' | 'action' | 'operator' | 'note';

/** Which schema a file follows is decided by where it lives. */
/** How old a still-changeable status's check may be before the action must carry a "not confirmed after" caveat. */
export const STALE_AFTER_DAYS = 365;

/** Days from a status check to the dataset's asOf (both YYYY-MM-DD): the build's staleness rule and the report's table. */
export function checkAgeInDays(checked: string, asOf: string): number {
  return (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000;
}

export function kindOfPath(path: string): FileKind | null {
  const p = path.replace(/\\/g, '/');
  if (/(^|\/)data\/dataset\.ya?ml$/.test(p)) return 'meta';
  if (/(^|\/)data\/jurisdictions\.ya?ml$/.test(p)) return 'jurisdictions';
  if (/(^|\/)data\/source-policy\.ya?ml$/.test(p)) return 'policy';
  if (/(^|\/)data\/actions\/.+\.ya?ml$/.test(p)) return 'action';
  if (/(^|\/)data\/apps\/.+\.ya?ml$/.test(p)) return 'operator';
  if (/(^|\/)data\/notes\/.+\.ya?ml$/.test(p)) return 'note';
  return null;
}

function idOf(data: unknown): string {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}

function parseWith<T>(schema: z.ZodType<T>, file: DataFile, problems: DatasetProblem[]): T | null {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: file.path, field: fieldPath(issue.path), message: issue.message });
  }
  return null;
}

/** Checks an action's own consistency: dates, status history, list length. */
function checkAction(a: ActionSource, file: string, problems: DatasetProblem[]): void {
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  if (base !== a.id) add('id', `must equal the file name "${base}"`);

  if (a.effective && a.effective < a.announced) add('effective', 'is before the announced date');
  if (a.ended && a.ended < a.announced) add('ended', 'is before the announced date');
  if (a.ended && a.effective && a.ended < a.effective) add('ended', 'is before the effective date');

  for (let i = 1; i < a.history.length; i++) {
    if (a.history[i]!.from < a.history[i - 1]!.from) add(`history[${i}].from`, 'is earlier than the entry before it');
  }
  if (a.history[0]!.from < a.announced) add('history[0].from', 'is before the announced date');
  const last = a.history[a.history.length - 1]!;
  const ends = ENDING_STATUSES.includes(last.status);
  if (ends && !a.ended) add('ended', `is missing: today's status is "${last.status}"`);
  if (ends && a.ended && a.ended !== last.from) add('ended', `must equal the date the status became "${last.status}" (${last.from})`);
  if (!ends && a.ended) add('ended', `is set, but today's status "${last.status}" does not end the action`);
  if (last.status === 'proposed' && a.effective && a.history.every((h) => h.status === 'proposed')) {
    add('effective', 'is set on an action that was only ever proposed');
  }

  const { names, publishedCount, complete, operators } = a.targets;
  if (a.measure === 'revoke') {
    if (a.revokes.length === 0) add('revokes', 'a revoking action must name what it revokes');
  } else if (names.length === 0 && operators.length === 0 && publishedCount === null && a.targets.reported.length === 0) {
    add('targets', 'names no app, no operator, no count and no reported name');
  }
  if (publishedCount !== null && complete && names.length !== publishedCount) {
    add('targets.names', `has ${names.length} names but the action published ${publishedCount}`);
  }
  if (publishedCount !== null && !complete && names.length > publishedCount) {
    add('targets.names', `has ${names.length} names, more than the ${publishedCount} the action published`);
  }
  if (complete && publishedCount === null && names.length === 0) add('targets.complete', 'is true but no names are given');
  a.targets.reported.forEach((n, i) => {
    if (names.includes(n)) add(`targets.reported[${i}]`, `"${n}" is also a published name: a name is either published or reported`);
  });
}

export function compileDataset(files: DataFile[]): DatasetIndex {
  const problems: DatasetProblem[] = [];
  let meta: DatasetIndex['meta'] | null = null;
  let jurisdictions: DatasetIndex['jurisdictions'] | null = null;
  let policy: SourcePolicy | null = null;
  const actionSources: { src: ActionSource; file: string }[] = [];
  const operatorFiles: { src: OperatorFile; file: string }[] = [];
  const noteSources: { src: NoteSource; file: string }[] = [];
  // Ids of files that failed their schema: references to them are not reported again as dangling.
  const broken = new Set<string>();

  for (const file of files) {
    switch (kindOfPath(file.path)) {
      case 'meta':
        meta = parseWith(DatasetMetaSchema, file, problems);
        break;
      case 'jurisdictions':
        jurisdictions = parseWith(JurisdictionsSchema, file, problems);
        break;
      case 'policy':
        policy = parseWith(SourcePolicySchema, file, problems);
        break;
      case 'action': {
        const src = parseWith(ActionSchema, file, problems);
        if (src) {
          checkAction(src, file.path, problems);
          actionSources.push({ src, file: file.path });
        } else broken.add(idOf(file.data));
        break;
      }
      case 'operator': {
        const src = parseWith(OperatorFileSchema, file, problems);
        if (src) operatorFiles.push({ src, file: file.path });
        else broken.add(idOf((file.data as { operator?: unknown } | null)?.operator));
        break;
      }
      case 'note': {
        const src = parseWith(NoteSchema, file, problems);
        if (src) noteSources.push({ src, file: file.path });
        break;
      }
      default:
        problems.push({ file: file.path, field: '', message: 'is not a known kind of dataset file' });
    }
  }
  if (!meta) problems.push({ file: 'data/dataset.yaml', field: '', message: 'is missing or invalid' });
  if (!jurisdictions) problems.push({ file: 'data/jurisdictions.yaml', field: '', message: 'is missing or invalid' });
  if (!policy) problems.push({ file: 'data/source-policy.yaml', field: '', message: 'is missing or invalid' });

  // Actions, keyed by id.
  const actions: Record<string, Action> = {};
  for (const { src, file } of actionSources) {
    if (actions[src.id]) {
      problems.push({ file, field: 'id', message: `"${src.id}" is also used by ${actions[src.id]!.file}` });
      continue;
    }
    if (jurisdictions && !jurisdictions[src.jurisdiction]) {
      problems.push({ file, field: 'jurisdiction', message: `"${src.jurisdiction}" is not in data/jurisdictions.yaml` });
    }
    const last = src.history[src.history.length - 1]!;
    actions[src.id] = {
      id: src.id,
      jurisdiction: src.jurisdiction,
      authority: src.authority,
      instrument: src.instrument,
      ...(src.instrumentShort ? { instrumentShort: src.instrumentShort } : {}),
      title: src.title,
      summary: src.summary,
      measure: src.measure,
      scope: src.scope,
      ...(src.scopeNote ? { scopeNote: src.scopeNote } : {}),
      grounds: src.grounds,
      announced: src.announced,
      effective: src.effective,
      ended: src.ended,
      status: last.status,
      history: src.history,
      publishedCount: src.targets.publishedCount,
      namesComplete: src.targets.complete,
      nameCount: src.targets.names.length,
      reported: src.targets.reported,
      operators: src.targets.operators,
      revokes: src.revokes,
      sources: src.sources.map(compiledSource),
      caveats: src.caveats,
      checked: src.checked,
      file,
    };
    if (src.checked < last.from) problems.push({ file, field: 'checked', message: `is before today's status began (${last.from})` });
    // checked is the day a source confirmed today's status: the date of one of the action's sources, or the day the
    // status began (a law whose sources all predate its effective day). A search that found nothing is no source.
    const sourceDays = new Set([...src.sources, ...src.history.flatMap((h) => h.sources ?? [])].map((s) => s.date));
    if (src.checked !== last.from && !sourceDays.has(src.checked)) {
      problems.push({ file, field: 'checked', message: `is not the date of any of the action's sources, nor the day today's status began (${last.from})` });
    }
    if (meta && src.checked > meta.asOf) problems.push({ file, field: 'checked', message: `is after the dataset's asOf (${meta.asOf})` });
    // A caveat that the status is "not confirmed after" a day says no source confirmed it later: checked cannot be later.
    const unconfirmed = src.caveats.filter((c) => /not confirmed after/i.test(c));
    const unconfirmedSince = unconfirmed.flatMap((c) => [...c.matchAll(/not confirmed after (\d{4}-\d{2}-\d{2})/gi)].map((m) => m[1]!)).sort().pop();
    if (unconfirmedSince && src.checked > unconfirmedSince) {
      problems.push({ file, field: 'checked', message: `is after the caveat "not confirmed after ${unconfirmedSince}"` });
    }
    // A status that can still change, last confirmed over a year ago, must say so in a caveat: the popup shows the
    // checked day, but a reader should also be told in words that nobody has confirmed it since.
    if (meta && !ENDING_STATUSES.includes(last.status) && checkAgeInDays(src.checked, meta.asOf) > STALE_AFTER_DAYS && unconfirmed.length === 0) {
      problems.push({ file, field: 'caveats', message: `needs a "not confirmed after <date>" caveat: today's status (${last.status}) was last checked ${src.checked}, over ${STALE_AFTER_DAYS} days before the dataset's asOf (${meta.asOf})` });
    }
  }
  const namesByAction = new Map(actionSources.map(({ src }) => [src.id, new Set([...src.targets.names, ...src.targets.reported])]));

  // Operators and their apps.
  const operators: Record<string, Operator> = {};
  const apps: App[] = [];
  const appFile = new Map<string, string>();
  const listingKeys: Record<string, number> = {};
  const listingFile = new Map<string, string>();
  const nameKeys: Record<string, number[]> = {};
  const publisherKeys: Record<string, string> = {};

  for (const { src, file } of operatorFiles) {
    const op = src.operator;
    if (operators[op.id]) {
      problems.push({ file, field: 'operator.id', message: `"${op.id}" is also defined elsewhere` });
      continue;
    }
    if (op.country && jurisdictions && !jurisdictions[op.country]) {
      problems.push({ file, field: 'operator.country', message: `"${op.country}" is not in data/jurisdictions.yaml` });
    }
    operators[op.id] = {
      id: op.id,
      name: op.name,
      ...(op.country ? { country: op.country } : {}),
      ...(op.parent ? { parent: op.parent } : {}),
      developerNames: op.developerNames,
      lists: op.lists,
    };
    op.developerNames.forEach((dev, i) => {
      const key = normalizeName(dev);
      const other = publisherKeys[key];
      if (other && other !== op.id) {
        problems.push({ file, field: `operator.developerNames[${i}]`, message: `"${dev}" is also a developer name of ${other}` });
      } else publisherKeys[key] = op.id;
    });

    src.apps.forEach((app, ai) => {
      const at = `apps[${ai}]`;
      if (appFile.has(app.id)) {
        problems.push({ file, field: `${at}.id`, message: `"${app.id}" is also used in ${appFile.get(app.id)}` });
        return;
      }
      appFile.set(app.id, file);
      const index = apps.length;
      app.listings.forEach((l, li) => {
        const key = listingKey(l.store, l.id);
        if (listingKeys[key] !== undefined) {
          problems.push({
            file,
            field: `${at}.listings[${li}].id`,
            message: `${l.store} id "${l.id}" is already the listing of "${apps[listingKeys[key]!]?.id ?? app.id}" (${listingFile.get(key)})`,
          });
        } else {
          listingKeys[key] = index;
          listingFile.set(key, file);
        }
        const idProblem = checkStoreId(l.store, l.id);
        if (idProblem) problems.push({ file, field: `${at}.listings[${li}].id`, message: idProblem });
      });
      app.answersTo.forEach((ref, ri) => {
        const names = namesByAction.get(ref.action);
        if (!names && broken.has(ref.action)) return;
        if (!names) {
          problems.push({ file, field: `${at}.answersTo[${ri}].action`, message: `no action has the id "${ref.action}"` });
          return;
        }
        ref.names.forEach((n, ni) => {
          if (!names.has(n)) {
            problems.push({
              file,
              field: `${at}.answersTo[${ri}].names[${ni}]`,
              message: `"${n}" is not among the names published (or reported) for ${ref.action}`,
            });
          }
        });
      });
      if (app.distinctiveName) {
        for (const n of [app.name, ...app.aliases]) {
          const key = normalizeName(n);
          const slots = (nameKeys[key] ??= []);
          if (!slots.includes(index)) slots.push(index); // an alias that only differs in case is the same name
        }
      }
      apps.push({
        id: app.id,
        name: app.name,
        aliases: app.aliases,
        distinctiveName: app.distinctiveName,
        operator: op.id,
        listings: app.listings,
        answersTo: app.answersTo,
      });
    });
  }

  // References between actions, and to operators.
  for (const a of Object.values(actions)) {
    a.revokes.forEach((id, i) => {
      if (!actions[id] && !broken.has(id)) problems.push({ file: a.file, field: `revokes[${i}]`, message: `no action has the id "${id}"` });
    });
    a.operators.forEach((id, i) => {
      if (!operators[id] && !broken.has(id)) problems.push({ file: a.file, field: `targets.operators[${i}]`, message: `no operator has the id "${id}"` });
    });
  }

  // Notes.
  const notes: Note[] = [];
  const noteIds = new Set<string>();
  const appIds = new Set(apps.map((a) => a.id));
  for (const { src, file } of noteSources) {
    const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (base !== src.id) problems.push({ file, field: 'id', message: `must equal the file name "${base}"` });
    if (noteIds.has(src.id)) problems.push({ file, field: 'id', message: `"${src.id}" is used twice` });
    noteIds.add(src.id);
    src.apps.forEach((id, i) => {
      if (!appIds.has(id)) problems.push({ file, field: `apps[${i}]`, message: `no app has the id "${id}"` });
    });
    src.operators.forEach((id, i) => {
      if (!operators[id]) problems.push({ file, field: `operators[${i}]`, message: `no operator has the id "${id}"` });
    });
    if (src.apps.length === 0 && src.operators.length === 0) {
      problems.push({ file, field: 'apps', message: 'a note must concern at least one app or operator' });
    }
    if (src.response === null && !src.responseNote) {
      problems.push({ file, field: 'responseNote', message: 'is required when response is null: say what was looked for' });
    }
    notes.push({ ...src, ...(src.responseNote ? { responseNote: src.responseNote } : {}) });
  }

  // Published names that no app answers to.
  const claimed = new Map<string, Set<string>>();
  for (const app of apps) {
    for (const ref of app.answersTo) {
      const set = claimed.get(ref.action) ?? new Set<string>();
      ref.names.forEach((n) => set.add(n));
      claimed.set(ref.action, set);
    }
  }
  const unidentified: DatasetIndex['unidentified'] = [];
  for (const { src } of actionSources) {
    const got = claimed.get(src.id) ?? new Set<string>();
    for (const name of new Set(src.targets.names)) if (!got.has(name)) unidentified.push({ action: src.id, name });
    for (const name of new Set(src.targets.reported)) {
      if (!got.has(name) && !src.targets.names.includes(name)) unidentified.push({ action: src.id, name, reported: true });
    }
  }

  if (policy) problems.push(...checkSourcePolicy(policy, actionSources, noteSources, operatorFiles));

  if (problems.length > 0) throw new DatasetError(problems);
  return {
    meta: meta!,
    jurisdictions: jurisdictions!,
    actions,
    apps,
    operators,
    notes,
    keys: { listing: listingKeys, name: nameKeys, publisher: publisherKeys },
    unidentified,
  };
}

/** A source as compiled: `official` follows from its kind, so the popup's "official" mark cannot disagree. */
function compiledSource(s: Source): Source {
  return OFFICIAL_SOURCE_KINDS.includes(s.kind) && !s.official ? { ...s, official: true } : s;
}

/** Statuses whose change must rest on a primary source: the app becomes banned, or is freed. */
function changeNeedsPrimary(a: ActionSource, status: string): boolean {
  if (status === 'lifted' || status === 'revoked') return true;
  return status === 'in-force' && a.measure === 'block' && a.scope === 'public';
}

/** Every cited source against data/source-policy.yaml, and the primary-source rules of data/README.md. */
function checkSourcePolicy(
  policy: SourcePolicy,
  actionFiles: { src: ActionSource; file: string }[],
  noteFiles: { src: NoteSource; file: string }[],
  operatorFiles: { src: OperatorFile; file: string }[],
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const cite = (file: string, field: string, s: Source, jurisdiction: string | null) => {
    const cited: CitedSource = { file, field, url: s.url, kind: s.kind, jurisdiction };
    problems.push(...checkSource(policy, cited));
    if (s.official && !OFFICIAL_SOURCE_KINDS.includes(s.kind)) {
      problems.push({ file, field: `${field}.official`, message: `is true but the kind is "${s.kind}"` });
    }
  };
  for (const { src: a, file } of actionFiles) {
    a.sources.forEach((s, i) => cite(file, `sources[${i}]`, s, a.jurisdiction));
    if (!hasPrimarySource(policy, a.sources)) {
      problems.push({ file, field: 'sources', message: `needs a source of kind official, court, legislature, regulator, press or wire that is not a state outlet` });
    }
    a.history.forEach((h, hi) => {
      h.sources?.forEach((s, i) => cite(file, `history[${hi}].sources[${i}]`, s, a.jurisdiction));
      // A later entry with the same status only re-confirms it; a change is what needs the primary source.
      const changed = hi === 0 || a.history[hi - 1]!.status !== h.status;
      if (changed && changeNeedsPrimary(a, h.status) && !hasPrimarySource(policy, h.sources ?? a.sources)) {
        problems.push({ file, field: `history[${hi}].sources`, message: `the change to "${h.status}" needs a source of kind official, court, legislature, regulator, press or wire that is not a state outlet` });
      }
    });
  }
  for (const { src: n, file } of noteFiles) {
    const statements = [['claim', n.claim], ['response', n.response], ...n.findings.map((f, i) => [`findings[${i}]`, f] as const)] as const;
    for (const [field, st] of statements) st?.sources.forEach((s, i) => cite(file, `${field}.sources[${i}]`, s, null));
  }
  for (const { src, file } of operatorFiles) {
    src.operator.lists.forEach((l, li) => l.sources.forEach((s, i) => cite(file, `operator.lists[${li}].sources[${i}]`, s, src.operator.country ?? null)));
    src.apps.forEach((app, ai) => app.listings.forEach((l, li) => cite(file, `apps[${ai}].listings[${li}].source`, l.source, null)));
  }
  return problems;
}

/** The shape each store gives its ids; a listing that does not fit is a typo. */
export function checkStoreId(store: string, id: string): string | null {
  switch (store) {
    case 'google-play':
    case 'galaxy-store':
    case 'getapps':
    case 'apkpure':
    case 'apkmirror':
    case 'uptodown':
    case 'aptoide':
      // Android package names, as all of these stores identify apps by package (or our lookups map them to it).
      return /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(id) ? null : 'is not an Android package name';
    case 'app-store':
      return /^[1-9][0-9]{3,11}$/.test(id) ? null : 'must be the numeric App Store id (digits only, no "id" prefix)';
    case 'microsoft-store':
      // Store apps are 9 + 11 characters (9NBLGGH4NNS1); Win32 apps are XP + 12 (XP8BT8DW290MPQ).
      return /^(9[A-Z0-9]{11}|XP[A-Z0-9]{12})$/.test(id)
        ? null
        : 'is not a Microsoft Store product id (9… with 12 characters, or XP… with 14)';
    case 'appgallery':
      return /^C\d{5,12}$/.test(id) ? null : 'is not an AppGallery id (C followed by digits)';
    case 'amazon-appstore':
      return /^B0[0-9A-Z]{8}$/.test(id) ? null : 'is not an Amazon app ASIN (B0 followed by 8 letters or digits)';
    default:
      return 'unknown store';
  }
}
