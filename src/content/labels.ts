/**
 * Badge wording: the level in words, where (the reader's home jurisdiction first), in the reader's language.
 * English comes from the strings compiled into the flag table (no chrome.i18n or Intl call on the page); other
 * languages from the extension's locales through chrome.i18n and from Intl for country names, looked up once.
 */
import type { HomeFirst } from '../core/verdict/home';
import type { FlagTable, Flag } from '../core/verdict/flags';
import type { Level } from '../core/verdict/levels';
import { ext, uiLanguage } from './platform';

type Table = Pick<FlagTable, 'text' | 'names'>;
interface Words {
  message(key: string, substitution?: string): string;
  name(code: string): string;
}

let words: Words | undefined;
function wordsFor(table: Table): Words {
  if (words) return words;
  const en = table.text.en ?? {};
  const enNames = table.names.en ?? {};
  const english: Words = {
    message: (key, substitution = '') => (en[key] ?? key).replace(/\$1/g, substitution),
    name: (code) => enNames[code] ?? code,
  };
  const lang = uiLanguage();
  const i18n = ext()?.i18n;
  // The locale the browser picked for the extension: English also when the reader's language has no locale.
  let localised = false;
  try {
    localised = !/^en\b/i.test(lang) && !!i18n && (i18n.getMessage('localeCode') || 'en') !== 'en';
  } catch {
    localised = false;
  }
  if (!localised) return (words = english);
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  } catch {
    regions = null;
  }
  return (words = {
    message: (key, substitution = '') => {
      try {
        return i18n!.getMessage(key, [substitution]) || english.message(key, substitution);
      } catch {
        return english.message(key, substitution);
      }
    },
    name: (code) => {
      if (code.includes('-') || !regions) return english.name(code);
      try {
        return regions.of(code) ?? english.name(code);
      } catch {
        return english.name(code); // not a code Intl knows
      }
    },
  });
}

export function jurisdictionName(code: string, table: Table): string {
  return wordsFor(table).name(code);
}

const key = (level: Level) => level.replace('-', '_');
const PLAIN: Record<Exclude<Level, 'none'>, string> = {
  banned: 'badgeBanned',
  restricted: 'badgeRestricted',
  'at-risk': 'badgeAtRisk',
  past: 'badgePast',
};

/** "India, Afghanistan +1": at most two names, the home jurisdiction first. */
function where(jurisdictions: string[], table: Table, home: string | null, max: number): string {
  const ordered = home ? [...jurisdictions.filter((j) => j === home), ...jurisdictions.filter((j) => j !== home)] : jurisdictions;
  const names = ordered.map((j) => jurisdictionName(j, table));
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

/**
 * The badge's visible label and its longer summary. With a home jurisdiction, the label says whether the
 * action is "where you live" or "elsewhere" (and, on a home badge, that something more serious happened
 * elsewhere); without one, where it happened.
 */
export function badgeText(
  flag: Pick<Flag, 'matchedBy'> & HomeFirst,
  table: Table,
  home: string | null,
): { label: string; summary: string } {
  const w = wordsFor(table);
  const level = flag.level === 'none' ? 'past' : flag.level;
  let label: string;
  let also = '';
  if (flag.where === 'home') {
    label = w.message(`badgeHome_${key(level)}`, where(flag.jurisdictions, table, home, 1));
    const away = flag.moreSeriousElsewhere;
    if (away && away.level !== 'none') {
      label += ` · ${w.message(`badgeElsewhereShort_${key(away.level)}`)}`;
      also = ` ${w.message('badgeAlso', w.message(`badgeElsewhere_${key(away.level)}`, where(away.jurisdictions, table, null, 3)))}`;
    }
  } else if (flag.where === 'elsewhere') {
    label = w.message(`badgeElsewhere_${key(level)}`, where(flag.jurisdictions, table, null, 2));
  } else {
    label = w.message(PLAIN[level], where(flag.jurisdictions, table, null, 2));
  }
  const how =
    flag.matchedBy === 'store-id' ? '' : ` ${w.message(flag.matchedBy === 'name' ? 'badgeMatchedByName' : 'badgeMatchedByPublisher')}`;
  return { label, summary: `${label}.${also}${how} ${w.message('badgeHint')}` };
}

/** For tests: forget the words looked up (a new language, a new table). */
export function resetWords(): void {
  words = undefined;
}
