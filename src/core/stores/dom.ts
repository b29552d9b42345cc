/** Small, defensive DOM readers shared by store modules. Nothing here trusts the page. */
import { cleanText } from '../text/normalize';

/** Parsed JSON-LD objects of the page (arrays and @graph flattened); broken blocks are skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length && out.length < 50) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        out.push(obj);
        if (Array.isArray(obj['@graph'])) stack.push(...(obj['@graph'] as unknown[]));
      }
    }
  }
  return out;
}

export function isType(obj: Record<string, unknown>, ...types: string[]): boolean {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.some((x) => typeof x === 'string' && types.includes(x));
}

export function stringField(obj: unknown, key: string): string | null {
  if (!obj || typeof obj !== 'object') return null;
  const v = (obj as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : null;
}

/** The JSON-LD author's name (author may be an object, a string or a list). */
export function authorName(obj: Record<string, unknown>): string | null {
  const author = Array.isArray(obj.author) ? obj.author[0] : obj.author;
  if (typeof author === 'string') return cleanText(author);
  return cleanText(stringField(author, 'name'));
}

export function metaContent(doc: Document, selector: string): string | null {
  const el = doc.querySelector(selector);
  return el ? el.getAttribute('content') : null;
}

export function textOf(el: Element | null | undefined): string | null {
  return el ? cleanText(el.textContent) : null;
}

/** Text of an element without the text of matching descendants (e.g. an age-rating badge inside a title). */
export function textWithout(el: Element | null, skipSelector: string): string | null {
  if (!el) return null;
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(skipSelector)) walk(child);
    }
  };
  walk(el);
  return cleanText(out);
}

export function safeUrl(href: string | null | undefined, base: URL | string): URL | null {
  if (!href || href.length > 4000) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
