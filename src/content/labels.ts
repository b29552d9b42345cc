/**
 * Badge wording: the level in words plus where, in the user's language, from the strings compiled into the
 * flag table (no chrome.i18n or Intl call on the page: see FlagTable.text).
 */
import type { Flag, FlagTable } from '../core/verdict/flags';
import { uiLanguage } from './platform';

const MESSAGE: Record<Exclude<Flag['level'], 'none'>, string> = {
  banned: 'badgeBanned',
  restricted: 'badgeRestricted',
  'at-risk': 'badgeAtRisk',
  past: 'badgePast',
};

let lang: string | undefined;
function language(table: Pick<FlagTable, 'text'>): string {
  lang ??= uiLanguage().toLowerCase().split(/[-_]/)[0]!;
  return table.text[lang] ? lang : 'en';
}

export function jurisdictionName(code: string, table: Pick<FlagTable, 'text' | 'names'>): string {
  return table.names[language(table)]?.[code] ?? table.names.en?.[code] ?? code;
}

function message(table: Pick<FlagTable, 'text'>, key: string, substitution = ''): string {
  const template = table.text[language(table)]?.[key] ?? table.text.en?.[key] ?? key;
  return template.replace(/\$1/g, substitution);
}

export function badgeText(flag: Flag, table: Pick<FlagTable, 'text' | 'names'>): { label: string; summary: string } {
  const names = flag.jurisdictions.map((j) => jurisdictionName(j, table));
  const where = names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
  const label = message(table, MESSAGE[flag.level === 'none' ? 'past' : flag.level], where);
  const how =
    flag.matchedBy === 'store-id' ? '' : ` ${message(table, flag.matchedBy === 'name' ? 'badgeMatchedByName' : 'badgeMatchedByPublisher')}`;
  return { label, summary: `${label}.${how} ${message(table, 'badgeHint')}` };
}
