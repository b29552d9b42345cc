/**
 * User settings, validated on every read: a corrupted or outdated stored value falls back to its
 * default field by field, never throws. Hand-written (not zod) to keep the content script small.
 */
import { STORES, type StoreId } from './dataset/vocabulary';
import { LEVELS, type Level } from './verdict/levels';

export interface Settings {
  /** ISO code shown first in the popup; null = derived from the browser's language. */
  homeJurisdiction: string | null;
  /** Levels that get an inline badge. */
  badgeLevels: Level[];
  /** Badges on list tiles (search, home, similar apps), not only on detail pages. */
  tileBadges: boolean;
  /** Inline badges (and the toolbar button) only for apps the home jurisdiction acted against. */
  homeOnlyBadges: boolean;
  /** Stores the content script acts on. */
  stores: Record<StoreId, boolean>;
}

export const SETTINGS_KEY = 'settings';

export function defaultSettings(): Settings {
  return {
    homeJurisdiction: null,
    badgeLevels: ['banned', 'restricted', 'at-risk'],
    tileBadges: true,
    homeOnlyBadges: false,
    stores: Object.fromEntries(STORES.map((s) => [s, true])) as Record<StoreId, boolean>,
  };
}

const JURISDICTION_RE = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

export function parseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return settings;
  const r = raw as Record<string, unknown>;
  if (typeof r.homeJurisdiction === 'string' && JURISDICTION_RE.test(r.homeJurisdiction)) {
    settings.homeJurisdiction = r.homeJurisdiction;
  }
  if (Array.isArray(r.badgeLevels) && r.badgeLevels.length <= LEVELS.length) {
    const levels = r.badgeLevels.filter((l): l is Level => (LEVELS as readonly unknown[]).includes(l) && l !== 'none');
    if (levels.length === r.badgeLevels.length) settings.badgeLevels = [...new Set(levels)];
  }
  if (typeof r.tileBadges === 'boolean') settings.tileBadges = r.tileBadges;
  if (typeof r.homeOnlyBadges === 'boolean') settings.homeOnlyBadges = r.homeOnlyBadges;
  if (r.stores && typeof r.stores === 'object' && !Array.isArray(r.stores)) {
    const stores = r.stores as Record<string, unknown>;
    for (const s of STORES) if (typeof stores[s] === 'boolean') settings.stores[s] = stores[s];
  }
  return settings;
}

/** The jurisdiction a browser language points to ("hi-IN" → IN, "fr" → FR), or null. */
export function jurisdictionFromLocale(locale: string | undefined): string | null {
  const region = locale ? /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1] : undefined;
  if (region) return region.toUpperCase();
  // A language alone: the country most of its readers of this extension's locales live in.
  const byLanguage: Record<string, string> = {
    hi: 'IN', fr: 'FR', en: 'US', ru: 'RU', tr: 'TR', pt: 'BR', id: 'ID', vi: 'VN', zh: 'CN', es: 'ES', de: 'DE', fa: 'IR',
  };
  const lang = locale?.slice(0, 2).toLowerCase();
  return lang ? (byLanguage[lang] ?? null) : null;
}

/** The home jurisdiction in use: the one chosen in the settings, else the one the browser's language points to. */
export function homeOf(settings: Pick<Settings, 'homeJurisdiction'>, uiLanguage: string | undefined): string | null {
  return settings.homeJurisdiction ?? jurisdictionFromLocale(uiLanguage);
}
