/** Readers shared by the smaller store modules: JSON-LD app records, titles, labelled values, packages. */
import { cleanText } from '../text/normalize';
import { authorName, isType, jsonLdObjects, metaContent, safeUrl, stringField, textOf } from './dom';
import { isAndroidPackage } from './googlePlay';

/** The page's one JSON-LD app record (SoftwareApplication, MobileApplication, …); none if several. */
export function appLd(doc: Document): Record<string, unknown> | undefined {
  const lds = jsonLdObjects(doc).filter((o) =>
    isType(o, 'SoftwareApplication', 'MobileApplication', 'VideoGame', 'WebApplication'),
  );
  return lds.length === 1 ? lds[0] : undefined;
}

export function ldName(ld: Record<string, unknown> | undefined): string | null {
  return ld ? cleanText(stringField(ld, 'name')) : null;
}

/** The developer of a JSON-LD record: author, else publisher. */
export function ldDeveloper(ld: Record<string, unknown> | undefined): string | null {
  if (!ld) return null;
  return authorName(ld) ?? (ld.publisher ? authorName({ author: ld.publisher }) : null);
}

/** og:title or the document title without the store's suffix (" - Microsoft Store", " APK for Android…"). */
export function nameFromTitle(doc: Document, suffix: RegExp): string | null {
  const raw = cleanText(metaContent(doc, 'meta[property="og:title"]')) ?? cleanText(doc.title);
  return raw ? cleanText(raw.replace(suffix, '')) : null;
}

/** The first element matching `selectors` (tried in order) that has text. */
export function firstWithText(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el && textOf(el)) return el;
  }
  return null;
}

/**
 * The value next to a label in an info table or list: `<th>Package name</th><td>com.x</td>`,
 * `<dt>…</dt><dd>…</dd>`, `<span>Package</span><span>com.x</span>`, or "Package: com.x" in one element.
 * Only elements matching `selector` are looked at, and only the first `max` of them.
 */
export function labelledValue(root: ParentNode, selector: string, label: RegExp, max = 300): string | null {
  const els = root.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < max; i++) {
    const el = els[i]!;
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const text = cleanText(raw);
    if (!text) continue;
    const bare = text.replace(/\s*[:：]$/, '');
    if (bare.length <= 40 && label.test(bare)) {
      const value = textOf(el.nextElementSibling);
      if (value) return value;
    }
    // "Label: value" in one element, one child node per field (APKMirror's `<br>`-separated spec rows).
    for (let c = el.firstChild, n = 0; c && n < 30; c = c.nextSibling, n++) {
      const line = c.textContent ?? '';
      const idx = line.indexOf(':');
      if (idx > 0 && idx <= 40 && label.test(line.slice(0, idx))) {
        const value = cleanText(line.slice(idx + 1));
        if (value) return value;
      }
    }
  }
  return null;
}

/** Labels that name the Android package in APK sites' info tables, in the languages they serve. */
export const PACKAGE_LABEL =
  /^\s*(package( ?name| ?id)?|nom du (package|paquet)|paquete|nombre del paquete|pacote|nome do pacote|paket(name)?|pacchetto|nome pacchetto|pakket|pakiet|пакет|имя пакета|包名|パッケージ名?|패키지( 이름)?|nama paket|tên gói)\s*$/i;

/** The Android package named next to a "Package" label; null unless it is a valid package name. */
export function labelledPackage(root: ParentNode, selector: string): string | null {
  const v = labelledValue(root, selector, PACKAGE_LABEL);
  const first = v ? v.split(/\s/)[0] : null;
  return isAndroidPackage(first) ? first : null;
}

/** The package a link to a Google Play detail page names, or null. */
export function playPackageOf(link: Element | null, base: URL): string | null {
  const u = link ? safeUrl(link.getAttribute('href'), base) : null;
  const id = u && u.hostname === 'play.google.com' && u.pathname.startsWith('/store/apps/details') ? u.searchParams.get('id') : null;
  return isAndroidPackage(id) ? id : null;
}

/** Closed dialogs and modals (an upload form's "use ML Manager" link) say nothing about the page's app. */
const NOT_ABOUT_THE_APP = 'dialog, [role="dialog"], .modal, [aria-modal="true"]';

/** The package of the page's Google Play links, when they all name the same one (links in dialogs ignored). */
export function playLinkPackage(root: ParentNode, base: URL): string | null {
  const links = root.querySelectorAll('a[href*="play.google.com/store/apps/details"]');
  let found: string | null = null;
  for (let i = 0; i < links.length && i < 50; i++) {
    if (links[i]!.closest(NOT_ABOUT_THE_APP)) continue;
    const id = playPackageOf(links[i]!, base);
    if (!id) continue;
    if (found && found !== id) return null;
    found = id;
  }
  return found;
}

/** A package in the page's `__NEXT_DATA__` JSON: the shallowest `package`/`packageName` key (depth ≤ 5). */
export function nextDataPackage(doc: Document): string | null {
  const raw = doc.getElementById('__NEXT_DATA__')?.textContent ?? '';
  if (!raw || raw.length > 3_000_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  let level: unknown[] = [data];
  for (let depth = 0; depth <= 5 && level.length; depth++) {
    const next: unknown[] = [];
    for (const item of level) {
      if (!item || typeof item !== 'object') continue;
      const obj = item as Record<string, unknown>;
      for (const key of ['package', 'packageName', 'package_name']) {
        const v = obj[key];
        if (isAndroidPackage(typeof v === 'string' ? v : null)) return v as string;
      }
      for (const v of Array.isArray(obj) ? obj : Object.values(obj)) {
        if (v && typeof v === 'object' && next.length < 5000) next.push(v);
      }
    }
    level = next;
  }
  return null;
}
