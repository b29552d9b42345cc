/**
 * `npm run check -- <url>…` — the extension's verdict for store URLs, through the same core.
 *   --page <file.html> --url <url>   read a saved page (DOM in node): a detail page gives its app, a list page every app
 *   --json                           one JSON object per input, one per line (a stable contract: see README)
 *   --date YYYY-MM-DD                judge as of another day (default: today)
 *   --list <file>                    check a list, one app per line (`adb shell pm list packages` output, store
 *                                    URLs, packages or names); `-` reads standard input
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { DatasetError } from '../core/dataset/compile';
import type { DatasetIndex } from '../core/dataset/types';
import type { AppIdentity, PageKind } from '../core/identity';
import { parseAppList, type ListEntry } from '../core/appList';
import { parseUrl, readPage, recogniseUrl } from '../core/page';
import { isoDay, statusOn } from '../core/verdict/levels';
import { verdictFor, type Verdict } from '../core/verdict/lookup';
import { jurisdictionsAtLevel, statusSince } from '../core/verdict/summary';
import { loadDataset } from '../node/readDataset';

export interface CheckInput {
  url: string;
  page?: string;
}

export interface CheckResult {
  url: string;
  page: PageKind;
  apps: {
    store: string;
    id: string;
    title: string | null;
    developer: string | null;
    level: string;
    matchedBy: string | null;
    actions: { jurisdiction: string; scope: string; status: string; title: string; date: string; sources: string[] }[];
  }[];
}

export class UsageError extends Error {}

const USAGE = `Usage: npm run check -- [--json] [--date YYYY-MM-DD] <store URL>… [--page <saved.html> --url <store URL>]… [--list <file>|-]`;

export function parseArgs(argv: string[]): { inputs: CheckInput[]; lists: string[]; json: boolean; date: string | null; help: boolean } {
  const inputs: CheckInput[] = [];
  const lists: string[] = [];
  let json = false;
  let date: string | null = null;
  let pendingPage: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { inputs, lists, json, date, help: true };
    else if (arg === '--list') {
      const v = argv[++i];
      if (v === undefined || (v.startsWith('--') && v !== '-')) throw new UsageError('--list needs a file (or - for standard input)');
      lists.push(v);
    }
    else if (arg === '--date') {
      date = value();
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
      if (!valid) throw new UsageError(`--date must be a real day written YYYY-MM-DD, got "${date}"`);
    } else if (arg === '--page') {
      if (pendingPage) throw new UsageError(`--page ${pendingPage} needs a --url before the next --page`);
      pendingPage = value();
    } else if (arg === '--url') {
      if (!pendingPage) throw new UsageError('--url goes with a --page before it');
      inputs.push({ url: value(), page: pendingPage });
      pendingPage = null;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else inputs.push({ url: arg });
  }
  if (pendingPage) throw new UsageError(`--page ${pendingPage} needs --url <the page's address>`);
  return { inputs, lists, json, date, help: false };
}

function toResult(url: string, page: PageKind, verdicts: Verdict[], today: string): CheckResult {
  return {
    url,
    page,
    apps: verdicts.map((v) => ({
      store: v.identity.store,
      id: v.identity.id,
      title: v.identity.title,
      developer: v.identity.developer,
      level: v.level,
      matchedBy: v.match?.matchedBy ?? null,
      // On another day (--date), the actions that existed then, with the status they had then.
      actions: v.actions.filter(({ action: a }) => statusOn(a, today) !== null).map(({ action: a }) => ({
        jurisdiction: a.jurisdiction,
        scope: a.scope,
        status: statusOn(a, today)!,
        title: a.title,
        date: statusSince(a, today),
        sources: [...new Set([...a.sources, ...a.history.flatMap((h) => h.sources ?? [])].map((s) => s.url))],
      })),
    })),
  };
}

/** One input through the same path as the extension: URL → (page →) identities → verdicts. */
export function check(index: DatasetIndex, input: CheckInput, today: string): CheckResult {
  const url = parseUrl(input.url);
  if (!url) throw new UsageError(`not a web address: "${input.url}"`);
  const judge = (page: PageKind, apps: AppIdentity[]) =>
    toResult(input.url, page, apps.map((a) => verdictFor(index, a, today)), today);

  if (input.page !== undefined) {
    if (!existsSync(input.page) || !statSync(input.page).isFile()) throw new UsageError(`no such file: ${input.page}`);
    const html = readFileSync(input.page, 'utf8');
    const dom = new JSDOM(html, { url: url.href, virtualConsole: new VirtualConsole() });
    const reading = readPage(dom.window.document, url);
    return judge(reading.page, reading.apps);
  }
  // Without the page we know only what the URL says: the app id on detail pages.
  const found = recogniseUrl(url);
  if (!found) return judge('none', []);
  if (found.match.kind === 'list') return judge('list', []);
  if (!found.match.id) return judge('unreadable', []);
  return judge('detail', [{ store: found.store.id, id: found.match.id, title: null, developer: null }]);
}

export interface ListResult extends Omit<CheckResult, 'url'> {
  /** The line as given. */
  input: string;
  /** The store address the line stands for (a bare package: its Google Play address); null for a name. */
  url: string | null;
}

/** One line of a list through the same path: line → identity → verdict; `where` is what the table shows. */
export function checkListEntry(index: DatasetIndex, entry: ListEntry, today: string): { result: ListResult; where: string[] } {
  const page: PageKind = entry.identity ? 'detail' : entry.url ? 'list' : 'none';
  const verdict = entry.identity ? verdictFor(index, entry.identity, today) : null;
  const { apps } = toResult(entry.url ?? '', page, verdict ? [verdict] : [], today);
  // The badge's rule: the jurisdictions behind the level, not every place that ever acted.
  return { result: { input: entry.input, url: entry.url, page, apps }, where: verdict ? jurisdictionsAtLevel(verdict) : [] };
}

function readList(file: string, stdin: () => string): string {
  if (file === '-') return stdin();
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

/** The list as a table for people: input, app, how it was matched, level, where. */
export function formatListHuman(rows: ReturnType<typeof checkListEntry>[]): string {
  const lines = rows.map(({ result: r, where: places }): string[] => {
    const app = r.apps[0];
    const where = places.join(', ');
    const level = app ? LEVEL_WORDS[app.level] : r.page === 'list' ? 'a list page, not one app' : 'not recognised';
    return [r.input, app?.id ?? '', app?.matchedBy ?? '', level ?? '', where];
  });
  const head = ['input', 'app', 'matched by', 'level', 'jurisdictions'];
  const width = head.map((h, i) => Math.min(48, Math.max(h.length, ...lines.map((l) => l[i]!.length))));
  const fmt = (cells: string[]) => cells.map((c, i) => (c.length > width[i]! ? `${c.slice(0, width[i]! - 1)}…` : c.padEnd(width[i]!))).join('  ').trimEnd();
  const flagged = rows.filter(({ result: r }) => r.apps[0] && r.apps[0].level !== 'none').length;
  return [fmt(head), ...lines.map(fmt), '', `${rows.length} lines, ${flagged} flagged. Not being in the list does not mean an app is safe.`].join('\n');
}

const LEVEL_WORDS: Record<string, string> = {
  banned: 'BANNED',
  restricted: 'RESTRICTED',
  'at-risk': 'AT RISK',
  past: 'PAST ACTION',
  none: 'not in the list',
};

export function formatHuman(r: CheckResult): string {
  const lines = [`${r.url}`, `  page: ${r.page}${r.page === 'unreadable' ? ' (could not read this page)' : ''}`];
  if (r.page === 'list' && r.apps.length === 0) lines.push('  (a list page: pass --page <saved.html> --url <this URL> to read its apps)');
  for (const app of r.apps) {
    if (r.page === 'list' && app.level === 'none') continue;
    const name = app.title ? `${app.title} (${app.store} ${app.id})` : `${app.store} ${app.id}`;
    lines.push(`  ${name}: ${LEVEL_WORDS[app.level]}${app.matchedBy ? `, matched by ${app.matchedBy}` : ''}`);
    for (const a of app.actions) {
      lines.push(`    - [${a.jurisdiction}] ${a.title} — ${a.status}${a.scope !== 'public' ? ` (${a.scope})` : ''} since ${a.date}`);
      for (const s of a.sources) lines.push(`        ${s}`);
    }
  }
  if (r.page === 'list') {
    const flagged = r.apps.filter((a) => a.level !== 'none').length;
    lines.push(`  ${r.apps.length} apps on the page, ${flagged} flagged`);
  }
  if (r.apps.some((a) => a.level === 'none') && r.page === 'detail') lines.push('  Not being in the list does not mean an app is safe.');
  return lines.join('\n');
}

export function main(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
  stdin: () => string = () => readFileSync(0, 'utf8'),
): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    err(`check: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  if (args.inputs.length === 0 && args.lists.length === 0) {
    err(`check: give at least one store URL\n${USAGE}`);
    return 2;
  }
  const lists: string[] = [];
  try {
    for (const file of args.lists) lists.push(readList(file, stdin));
  } catch (e) {
    err(`check: ${e instanceof UsageError ? e.message : `could not read the list: ${(e as Error).message}`}`);
    return 2;
  }
  let index: DatasetIndex;
  try {
    index = loadDataset();
  } catch (e) {
    err(e instanceof DatasetError ? e.message : `check: could not load the dataset: ${(e as Error).message}`);
    return 1;
  }
  const today = args.date ?? isoDay(new Date());
  let failed = 0;
  for (const input of args.inputs) {
    try {
      const result = check(index, input, today);
      out(args.json ? JSON.stringify(result) : formatHuman(result));
    } catch (e) {
      failed++;
      err(`check: ${e instanceof UsageError ? e.message : `could not check ${input.url}: ${(e as Error).message}`}`);
    }
  }
  for (const text of lists) {
    const rows = parseAppList(text).map((entry) => checkListEntry(index, entry, today));
    if (args.json) rows.forEach(({ result }) => out(JSON.stringify(result)));
    else out(formatListHuman(rows));
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
