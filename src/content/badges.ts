/**
 * Drawing badges, the content script's third part: puts on an element the badge a flag calls for (or none),
 * replacing one that says something else, and removes them all when the page is read anew.
 */
import type { AppIdentity } from '../core/identity';
import type { FlagTable } from '../core/verdict/flags';
import type { ShownFlag } from '../core/verdict/home';
import { BADGE_ATTR, createBadge } from './badge';
import { badgeText } from './labels';
import { appKey } from './pageModel';

export class Badges {
  private made = false;
  /**
   * The badge drawn on each anchor. A list page asks for every tile, nearly all unflagged: an anchor this never
   * badged needs no look inside it.
   */
  private drawn = new WeakMap<Element, HTMLElement>();

  constructor(
    private readonly doc: Document,
    /** A person activated the badge of the page's own app. */
    private readonly open: (app: AppIdentity) => void,
  ) {}

  /** Puts the right badge on `anchor` (or none); `detail`: the page's own app (a button), else a tile (a label). */
  ensure(anchor: Element, app: AppIdentity, flag: ShownFlag | null, words: Pick<FlagTable, 'text' | 'names'>, home: string | null, detail: boolean): void {
    if (!flag && !this.drawn.has(anchor)) return;
    const key = appKey(app);
    const text = flag ? badgeText(flag, words, home) : null;
    const signature = flag && text ? `${flag.level}|${flag.where}|${text.label}|${flag.matchedBy}` : '';
    const existing = anchor.querySelector<HTMLElement>(`:scope > [${BADGE_ATTR}]`);
    if (existing?.getAttribute(BADGE_ATTR) === key && existing.dataset.signature === signature) return;
    existing?.remove();
    this.drawn.delete(anchor);
    if (!flag || !text || flag.level === 'none') return;
    const onActivate = detail ? () => this.open(app) : undefined;
    const host = createBadge(this.doc, { level: flag.level, where: flag.where, ...text, ...(onActivate ? { onActivate } : {}) }, key);
    host.dataset.signature = signature;
    anchor.append(host);
    this.drawn.set(anchor, host);
    this.made = true;
  }

  /** Removes the badge `anchor` carries, if any. */
  removeFrom(anchor: Element): void {
    anchor.querySelector(`:scope > [${BADGE_ATTR}]`)?.remove();
    this.drawn.delete(anchor);
  }

  removeAll(): void {
    if (!this.made) return; // none to look for in a page that may be large
    for (const host of this.doc.querySelectorAll(`[${BADGE_ATTR}]`)) host.remove();
    this.drawn = new WeakMap();
  }
}
