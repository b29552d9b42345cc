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

/**
 * Detail pages show the level of the page's own app (`levels[0]`; the rest are "similar apps" tiles);
 * list pages the number of flagged apps. Nothing flagged: no badge.
 */
export function toolbarFor(page: string, levels: Level[], shortLabel: (l: Level) => string): ToolbarState {
  const flagged = levels.filter((l) => l !== 'none' && l !== 'past');
  const order: Level[] = ['banned', 'restricted', 'at-risk', 'past'];
  if (page === 'detail') {
    const top = levels[0] ?? 'none';
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
