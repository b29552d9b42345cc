/** Localised strings, dates and jurisdiction names for the extension's pages (popup, options). */
import browser from 'webextension-polyfill';

export function t(name: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/**
 * The language the pages' messages are actually in, as a BCP 47 tag (en, hi, fr, pt-BR, zh-CN…; English when
 * the browser's language has no messages).
 */
export function pageLanguage(): string {
  const code = t('localeCode');
  return /^[a-z]{2,3}(_[A-Z]{2})?$/.test(code) ? code.replace('_', '-') : 'en';
}

const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]!;

/** Languages written right to left, among those the extension may be shown in. */
const RIGHT_TO_LEFT = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb']);

/** Marks a page with the language of its messages and that language's direction (Persian: right to left). */
export function applyPageLanguage(doc: Document): void {
  const lang = pageLanguage();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = RIGHT_TO_LEFT.has(base(lang)) ? 'rtl' : 'ltr';
}

/**
 * The locale for dates and names: the browser's own (e.g. fr-CA) when it is the messages' language,
 * else the messages' language, so that a page never mixes an English text with German dates.
 */
export function formatLocale(): string {
  const ui = uiLanguage();
  const page = pageLanguage();
  return base(ui) === base(page) ? ui.replace('_', '-') : page;
}

let dateFormat: Intl.DateTimeFormat | undefined;
export function formatDate(isoDay: string): string {
  try {
    dateFormat ??= new Intl.DateTimeFormat([formatLocale(), 'en'], { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  }
  const d = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDay : dateFormat.format(d);
}

let regions: Intl.DisplayNames | null | undefined;
function regionName(code: string): string | undefined {
  if (regions === undefined) {
    try {
      regions = new Intl.DisplayNames([formatLocale(), 'en'], { type: 'region' });
    } catch {
      regions = null;
    }
  }
  try {
    const name = regions?.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** A jurisdiction's name in the user's language: "India", "Inde", "भारत"; subdivisions as "Montana (United States)". */
export function jurisdictionName(code: string, known: Record<string, { name: string; parent?: string }>): string {
  const [country, sub] = code.split('-');
  if (sub) {
    const own = known[code]?.name ?? code;
    const parent = known[code]?.parent ?? country!;
    const parentName = regionName(parent) ?? known[parent]?.name ?? parent;
    return t('subdivisionOf', [own, parentName]);
  }
  return regionName(code) ?? known[code]?.name ?? code;
}

/** Countries whose English name takes "the" inside a sentence ("Blocked in the United States since…"). */
const ENGLISH_WITH_ARTICLE = new Set(['US', 'GB', 'EU', 'NL', 'AE', 'PH', 'CZ', 'BS', 'GM', 'CD', 'CF', 'DO', 'MV', 'MH', 'SB', 'KM']);

/** A jurisdiction's name as it reads inside a sentence (English adds "the" where the language needs it). */
export function jurisdictionInSentence(code: string, known: Record<string, { name: string; parent?: string }>): string {
  const name = jurisdictionName(code, known);
  return uiLanguage().toLowerCase().startsWith('en') && ENGLISH_WITH_ARTICLE.has(code) ? `the ${name}` : name;
}

/** Compares two strings in the user's language (for sorted lists). */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, formatLocale());
}
