/** Localised strings, dates and jurisdiction names for the extension's pages (popup, options). */
import browser from 'webextension-polyfill';

export function t(name: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}

let dateFormat: Intl.DateTimeFormat | undefined;
export function formatDate(isoDay: string): string {
  dateFormat ??= new Intl.DateTimeFormat([uiLanguage(), 'en'], { dateStyle: 'long', timeZone: 'UTC' });
  const d = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDay : dateFormat.format(d);
}

let regions: Intl.DisplayNames | undefined;
export function jurisdictionName(code: string, known: Record<string, { name: string }>): string {
  if (code.includes('-')) return known[code]?.name ?? code;
  try {
    regions ??= new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'region' });
    return regions.of(code) ?? known[code]?.name ?? code;
  } catch {
    return known[code]?.name ?? code;
  }
}
