/** How a badge's shadow root gets its style: one shared constructed sheet where the browser takes it, else a <style>. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createBadge } from '../../../src/content/badge';

const spec = { level: 'banned', label: 'Banned in India', summary: 'Banned in India. Open for details.' } as const;

/** A jsdom window given constructed sheets and `adoptedStyleSheets` (jsdom has neither); `refuse` makes adoption throw. */
function windowWithSheets(refuse = false) {
  const { window } = new JSDOM('<!doctype html><p>');
  class Sheet {
    text = '';
    replaceSync(text: string) {
      this.text = text;
    }
  }
  const adopted = new WeakMap<object, unknown[]>();
  Object.defineProperty(window.ShadowRoot.prototype, 'adoptedStyleSheets', {
    get(this: object) {
      return adopted.get(this) ?? [];
    },
    set(this: object, sheets: unknown[]) {
      if (refuse) throw new TypeError('sheet from another world');
      adopted.set(this, sheets);
    },
  });
  (window as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet = Sheet;
  return window;
}

describe('badge style', () => {
  it('without constructed sheets (jsdom), each badge carries its own <style>', () => {
    const { document } = new JSDOM('<!doctype html><p>').window;
    const root = createBadge(document, spec, 'google-play:x').shadowRoot!;
    expect(root.querySelector('style')?.textContent).toContain('.badge');
    expect(root.querySelector('.badge')?.textContent).toBe('⛔Banned in India');
  });

  it('where the browser takes one, every badge adopts the same parsed sheet and carries no <style>', () => {
    const { document } = windowWithSheets();
    const a = createBadge(document, spec, 'google-play:a').shadowRoot!;
    const b = createBadge(document, { ...spec, onActivate: () => undefined }, 'google-play:b').shadowRoot!;
    expect(a.querySelector('style')).toBeNull();
    expect(b.querySelector('style')).toBeNull();
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    expect((a.adoptedStyleSheets[0] as unknown as { text: string }).text).toContain('.badge');
  });

  it('where adopting the sheet throws, the badge falls back to a <style>, and so do the next ones', () => {
    const { document } = windowWithSheets(true);
    for (const key of ['google-play:a', 'google-play:b']) {
      const root = createBadge(document, spec, key).shadowRoot!;
      expect(root.querySelector('style')?.textContent).toContain('.badge');
      expect(root.firstElementChild?.localName).toBe('style');
    }
  });
});
