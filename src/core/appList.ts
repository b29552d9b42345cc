/**
 * "Check my apps": a pasted list, one app per line, into identities. Pure. Used by the explore page and by
 * `npm run check -- --list`. A line may be the output of `adb shell pm list packages` as it comes
 * (`package:com.x`, with `-f` `package:/data/app/…/base.apk=com.x`, with `-U`/`--show-versioncode` suffixes),
 * a store address, a bare Android package (which stands for its Google Play address) or an app's name.
 */
import { isAndroidPackage, type AppIdentity } from './identity';
import { parseUrl, recogniseUrl } from './page';

export type ListLineKind = 'package' | 'url' | 'name';

export interface ListEntry {
  /** The line as given (trimmed). */
  input: string;
  kind: ListLineKind;
  /** The store address the line stands for; null for a name, or an address no store module recognises. */
  url: string | null;
  /** The app to look up; null when the line names none (a store's list page, an unknown site). */
  identity: AppIdentity | null;
}

/** Lines longer than this are not an app (a pasted document, say); they are cut, never parsed whole. */
const MAX_LINE = 500;
export const MAX_LIST_LINES = 5000;

export const playUrl = (pkg: string) => `https://play.google.com/store/apps/details?id=${pkg}`;

/** The package a `pm list packages` line names, or null. */
function pmPackage(line: string): string | null {
  if (!line.startsWith('package:')) return null;
  let rest = line.slice('package:'.length).trim();
  rest = rest.replace(/\s+(?:uid|versionCode|installer):\S*/g, '').trim();
  // With -f the line is `package:<apk path>=<package>`; the package follows the last "=".
  const eq = rest.lastIndexOf('=');
  if (eq >= 0 && rest.startsWith('/')) rest = rest.slice(eq + 1);
  return isAndroidPackage(rest) ? rest : null;
}

function packageEntry(input: string, pkg: string): ListEntry {
  return { input, kind: 'package', url: playUrl(pkg), identity: { store: 'google-play', id: pkg, title: null, developer: null } };
}

export function parseListLine(raw: string): ListEntry | null {
  const input = raw.trim().slice(0, MAX_LINE);
  if (!input || input.startsWith('#')) return null;
  const pm = pmPackage(input);
  if (pm) return packageEntry(input, pm);
  if (/^https?:\/\//i.test(input)) {
    const url = parseUrl(input);
    const found = url ? recogniseUrl(url) : null;
    if (!url || !found) return { input, kind: 'url', url: null, identity: null };
    const id = found.match.kind === 'detail' ? found.match.id : null;
    const identity = id ? { store: found.store.id, id, title: null, developer: null } : null;
    return { input, kind: 'url', url: url.href, identity };
  }
  if (isAndroidPackage(input)) return packageEntry(input, input);
  // Anything else is an app's name, matched as the store pages' names are (exact, distinctive names only).
  return { input, kind: 'name', url: null, identity: { store: 'google-play', id: '', title: input, developer: null } };
}

/** Every app line of a pasted list, in order; blank lines and `#` comments skipped, at most MAX_LIST_LINES. */
export function parseAppList(text: string): ListEntry[] {
  const out: ListEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = parseListLine(line);
    if (entry) out.push(entry);
    if (out.length >= MAX_LIST_LINES) break;
  }
  return out;
}
