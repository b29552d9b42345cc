/**
 * Shared tile reader. A store names the links that point at apps and how to read an id from one; this
 * groups the links of one card (consecutive links to the same app), finds the card element and reads
 * its title from stable signals: a title selector the store knows, title attributes, the card's first
 * visible text, aria-labels, image alt. One querySelectorAll and a bounded walk per card: linear.
 */
import type { AppIdentity, StoreId } from '../identity';
import { cleanText } from '../text/normalize';
import type { Tile } from './types';

export interface TileSpec {
  store: StoreId;
  /** Cheap prefilter for links that may point at an app. */
  linkSelector: string;
  /** The app id a link points at, or null (the module validates it). */
  idOf(link: Element): string | null;
  /** The card a store marks explicitly (e.g. Play's legacy `[data-docid]`). */
  cardOf?(link: Element): Element | null;
  /** Tried first for the title, inside the card. */
  titleSelector?: string;
  /** The developer's name inside the card (usually a developer link). */
  developerSelector?: string;
  /** Also set `androidPackage` (= id) on the identity. */
  idIsAndroidPackage?: boolean;
}

/** Elements whose text is never a card's name: these tags, and anything `aria-hidden="true"` or `hidden`. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select']);
// A set lookup and two attribute reads, not `matches()` of a selector list: list pages ask for hundreds of cards.
const skipped = (el: Element) => SKIP_TAGS.has(el.localName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
const MAX_WALK = 400;
const MAX_CARD_DEPTH = 12;

/** The lowest common ancestor of two elements, if it is at most MAX_CARD_DEPTH levels above `a`. */
function commonAncestor(a: Element, b: Element): Element {
  if (a === b) return a;
  const ancestors: Element[] = [];
  for (let n: Element | null = a, d = 0; n && d <= MAX_CARD_DEPTH; n = n.parentElement, d++) ancestors.push(n);
  for (let n: Element | null = b, d = 0; n && d <= MAX_CARD_DEPTH * 2; n = n.parentElement, d++) {
    if (ancestors.includes(n)) return n;
  }
  return a;
}

/** The first visible, meaningful text under `el` (bounded walk; skips buttons, icons, hidden parts). */
export function firstText(el: Element): string | null {
  const stack: Node[] = [el];
  let visited = 0;
  while (stack.length && visited++ < MAX_WALK) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const t = cleanText(node.nodeValue);
      // A bare rank or rating ("1", "4.3") is not a name.
      if (t && (t.length > 3 || /\p{L}/u.test(t)) && !/^[\d.,\s★%]+$/.test(t)) return t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (node !== el && skipped(node as Element)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return null;
}

function firstAttr(card: Element, attr: 'title' | 'aria-label' | 'alt', selector: string): string | null {
  const own = attr !== 'alt' ? cleanText(card.getAttribute(attr)) : null;
  if (own) return own;
  const els = card.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < 8; i++) {
    const el = els[i]!;
    if (el.closest('button')) continue;
    const v = cleanText(el.getAttribute(attr));
    if (v) return v;
  }
  return null;
}

export function tileTitle(card: Element, spec: Pick<TileSpec, 'titleSelector'>): string | null {
  if (spec.titleSelector) {
    const el = card.querySelector(spec.titleSelector);
    const t = el ? firstText(el) : null;
    if (t) return t;
  }
  return (
    firstAttr(card, 'title', '[title]') ??
    firstText(card) ??
    firstAttr(card, 'aria-label', 'a[aria-label]:not([aria-hidden="true"])') ??
    firstAttr(card, 'alt', 'img[alt]')
  );
}

/**
 * `root` is a document or any subtree (the content script reads only what was just added to the page); an
 * element root that is itself an app link counts too.
 */
export function collectTiles(root: ParentNode, spec: TileSpec): Tile[] {
  const found = root.querySelectorAll(spec.linkSelector);
  const self = (root as Node).nodeType === 1 && (root as Element).matches(spec.linkSelector) ? [root as Element] : [];
  const links: ArrayLike<Element> = self.length ? [...self, ...found] : found;
  const runs: { id: string; first: Element; last: Element }[] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const id = spec.idOf(link);
    if (!id) continue;
    const run = runs[runs.length - 1];
    if (run && run.id === id) run.last = link;
    else runs.push({ id, first: link, last: link });
  }
  const seen = new Set<string>();
  const tiles: Tile[] = [];
  for (const run of runs) {
    if (seen.has(run.id)) continue;
    seen.add(run.id);
    let element = spec.cardOf?.(run.first) ?? commonAncestor(run.first, run.last);
    // An empty overlay link (`<a aria-label=… class=…></a>` over a card) stands for its parent, the card.
    if (element === run.first && !element.firstChild && element.parentElement && root !== element) {
      element = element.parentElement;
    }
    const devEl = spec.developerSelector ? element.querySelector(spec.developerSelector) : null;
    const app: AppIdentity = {
      store: spec.store,
      id: run.id,
      title: tileTitle(element, spec),
      developer: devEl ? firstText(devEl) : null,
    };
    if (spec.idIsAndroidPackage) app.androidPackage = run.id;
    tiles.push({ app, element });
  }
  return tiles;
}
