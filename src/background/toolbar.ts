/** What the toolbar button shows for a tab: text and colour from the page's most serious level. */
import type { Level } from '../core/verdict/levels';

export const LEVEL_COLOURS: Record<Level, string> = {
  banned: '#b3261e',
  restricted: '#8a4b00',
  'at-risk': '#b08800',
  past: '#5f6368',
  none: '#5f6368',
};

export interface ToolbarState {
  text: string;
  colour: string;
  /** i18n message name for the tooltip, and its substitution. */
  title: { message: string; substitution?: string };
}

/** One app as the toolbar counts it: its level told home first (see core/verdict/home.ts). */
export interface ToolbarApp {
  level: Level;
  where?: 'home' | 'elsewhere' | null;
}

/**
 * Detail pages show the level of the page's own app (`apps[0]`; the rest are "similar apps" tiles), with a
 * tooltip that says whether it is where the reader lives (`homeName`) or elsewhere; list pages the number of
 * flagged apps. Nothing flagged: no badge. With `homeOnly`, apps flagged only elsewhere do not count.
 */
export function toolbarFor(
  page: string,
  apps: ToolbarApp[],
  shortLabel: (l: Level) => string,
  options: { homeName?: string | null; homeOnly?: boolean } = {},
): ToolbarState {
  const counted = (a: ToolbarApp): Level => (options.homeOnly && a.where !== 'home' ? 'none' : a.level);
  const levels = apps.map(counted);
  const flagged = levels.filter((l) => l !== 'none' && l !== 'past');
  const order: Level[] = ['banned', 'restricted', 'at-risk', 'past'];
  if (page === 'detail') {
    const app = apps[0];
    const top = levels[0] ?? 'none';
    const word = (app?.level ?? 'none').replace('-', '_');
    if (top !== 'none' && app?.where && options.homeName) {
      const message = `${app.where === 'home' ? 'toolbarHome' : 'toolbarElsewhere'}_${word}`;
      return { text: shortLabel(top), colour: LEVEL_COLOURS[top], title: { message, substitution: options.homeName } };
    }
    if (top === 'none' && app && app.level !== 'none' && app.where === 'elsewhere' && options.homeName) {
      // Hidden by the home-only setting: no badge, but the tooltip still says what is known.
      return { text: '', colour: LEVEL_COLOURS.none, title: { message: `toolbarElsewhere_${word}`, substitution: options.homeName } };
    }
    return top === 'none'
      ? { text: '', colour: LEVEL_COLOURS.none, title: { message: 'toolbarClean' } }
      : { text: shortLabel(top), colour: LEVEL_COLOURS[top], title: { message: `toolbar_${top.replace('-', '_')}` } };
  }
  const top = order.find((l) => levels.includes(l)) ?? 'none';
  if (page === 'list' && flagged.length > 0) {
    return { text: String(flagged.length), colour: LEVEL_COLOURS[top], title: { message: 'toolbarListFlagged', substitution: String(flagged.length) } };
  }
  return { text: '', colour: LEVEL_COLOURS.none, title: { message: page === 'unreadable' ? 'toolbarUnreadable' : 'actionTitle' } };
}
