/**
 * The inline badge: a host element with a shadow root, so page styles cannot reach it and ours cannot leak.
 * The root is open: a closed one would not stop a hostile page from removing or covering the host, and an
 * open one lets assistive tools and our browser tests read it. All text goes in through textContent;
 * nothing from the page is ever parsed as HTML.
 */
import type { Level } from '../core/verdict/levels';
import css from './badge.css?inline';

export const BADGE_ATTR = 'data-ban-radar';

const ICONS: Record<Exclude<Level, 'none'>, string> = { banned: '⛔', restricted: '⚠', 'at-risk': '⚠', past: 'ⓘ' };

export interface BadgeSpec {
  level: Exclude<Level, 'none'>;
  /**
   * Whether the action is where the reader lives (a filled badge with a house mark) or elsewhere (an outlined
   * badge with a globe mark): told apart by shape and words, not by colour alone. null: no home known.
   */
  where?: 'home' | 'elsewhere' | null;
  /** Short visible text, e.g. "Banned in India". */
  label: string;
  /** Longer text for hover, keyboard focus and screen readers. */
  summary: string;
  /** Detail badges are buttons that open the full verdict; tile badges are plain labels inside a link. */
  onActivate?: () => void;
}

export function isBadgeHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_ATTR);
}

/**
 * The badge style, parsed once and shared by every badge's shadow root (a list page draws dozens), where the
 * browser lets this script adopt a constructed sheet; null where it does not (then each root gets a <style>).
 */
let shared: { doc: Document; sheet: CSSStyleSheet | null } | undefined;
function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (shared?.doc === doc) return shared.sheet;
  let sheet: CSSStyleSheet | null = null;
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'adoptedStyleSheets' in view.ShadowRoot.prototype && typeof view.CSSStyleSheet.prototype.replaceSync === 'function') {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
    }
  } catch {
    sheet = null;
  }
  shared = { doc, sheet };
  return sheet;
}

/** Styles a badge's shadow root: the shared sheet if the root takes it, else a <style> of its own. */
function style(doc: Document, root: ShadowRoot): void {
  const sheet = sharedSheet(doc);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // a browser that refuses a sheet from this script's world: fall back below
    }
    shared = { doc, sheet: null };
  }
  const el = doc.createElement('style');
  el.textContent = css;
  root.prepend(el);
}

export function createBadge(doc: Document, spec: BadgeSpec, key: string): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, key);
  host.dataset.level = spec.level;
  host.style.setProperty('margin-inline-start', '8px', 'important');
  const root = host.attachShadow({ mode: 'open' });
  const badge = doc.createElement(spec.onActivate ? 'button' : 'span');
  badge.className = `badge ${spec.level}${spec.onActivate ? '' : ' tile'}${spec.where ? ` ${spec.where}` : ''}`;
  if (spec.where) host.dataset.where = spec.where;
  badge.setAttribute('part', 'badge');
  badge.dir = 'auto'; // the label's own direction (Persian on a left-to-right store page), whatever the page's
  const icon = doc.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = ICONS[spec.level];
  const text = doc.createElement('span');
  text.textContent = spec.label;
  if (spec.where) {
    const mark = doc.createElement('span');
    mark.className = 'where';
    mark.setAttribute('aria-hidden', 'true');
    badge.append(mark, icon, text);
  } else badge.append(icon, text);
  if (spec.onActivate) {
    // A button named by its visible text, described by the summary that shows on hover and keyboard
    // focus (Escape hides it, WCAG 1.4.13); Enter, Space or a click opens the full detail.
    (badge as HTMLButtonElement).type = 'button';
    badge.setAttribute('aria-label', spec.label);
    const tip = doc.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.id = 'tip';
    tip.textContent = spec.summary;
    tip.dir = 'auto';
    badge.setAttribute('aria-describedby', 'tip');
    const activate = spec.onActivate;
    badge.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      // Only a person's click or key press opens the detail: a page script cannot make us open tabs.
      if (event.isTrusted) activate();
    });
    badge.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') host.toggleAttribute('data-tip-hidden', true);
    });
    for (const type of ['blur', 'mouseleave']) host.addEventListener(type, () => host.removeAttribute('data-tip-hidden'));
    root.append(badge, tip);
  } else {
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', spec.summary);
    badge.title = spec.summary;
    root.append(badge);
  }
  style(doc, root);
  return host;
}
