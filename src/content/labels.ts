/** Badge wording: level in words plus where, in the user's language. */
import type { Flag } from '../core/verdict/flags';
import { t, uiLanguage } from './platform';

const MESSAGE: Record<Exclude<Flag['level'], 'none'>, string> = {
  banned: 'badgeBanned',
  restricted: 'badgeRestricted',
  'at-risk': 'badgeAtRisk',
  past: 'badgePast',
};

let regionNames: Intl.DisplayNames | null | undefined;

export function jurisdictionName(code: string, subdivisions: Record<string, string>): string {
  if (subdivisions[code]) return subdivisions[code];
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function badgeText(flag: Flag, subdivisions: Record<string, string>): { label: string; summary: string } {
  const names = flag.jurisdictions.map((j) => jurisdictionName(j, subdivisions));
  const where = names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
  const level = flag.level === 'none' ? 'past' : flag.level;
  const label = t(MESSAGE[level], where);
  const how = flag.matchedBy === 'store-id' ? '' : ` ${t(flag.matchedBy === 'name' ? 'badgeMatchedByName' : 'badgeMatchedByPublisher')}`;
  return { label, summary: `${label}.${how} ${t('badgeHint')}` };
}
