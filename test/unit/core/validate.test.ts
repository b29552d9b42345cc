import { describe, expect, it } from 'vitest';
import { admit, parseMessage, type GateContext } from '../../../src/background/validate';

const ctx: GateContext = {
  extensionId: 'ext-id',
  extensionBase: 'chrome-extension://ext-id/',
  storeHosts: (h) => ['play.google.com', 'apps.apple.com'].includes(h),
};
const app = { store: 'google-play', id: 'com.zhiliaoapp.musically', title: 'TikTok', developer: null };
const pageState = { type: 'page-state', url: 'https://play.google.com/store/apps/details?id=x.y', page: 'detail', apps: [app], append: false };
const fromContent = { id: 'ext-id', url: 'https://play.google.com/store/apps/details?id=x.y', tab: { id: 7 } };
const fromPopup = { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/index.html' };

describe('the background message gate', () => {
  it('accepts a page state from our content script on a store page, with its tab', () => {
    expect(admit(pageState, fromContent, ctx)).toEqual({ message: pageState, tabId: 7 });
  });
  it('a badge on an APK site opens the detail view with the Android package the page named', () => {
    const open = { type: 'open-detail', app: { store: 'aptoide', id: 'com.whatsapp', title: 'WhatsApp Messenger', developer: null, androidPackage: 'com.whatsapp' } };
    expect(admit(open, fromContent, ctx)?.message).toEqual(open);
    expect(admit({ ...open, app: { ...open.app, androidPackage: '' } }, fromContent, ctx)).toBeNull();
  });
  it("a content script may ask for its store's flag table (a known store only), and nothing else of the kind", () => {
    expect(admit({ type: 'flag-table', store: 'aptoide' }, fromContent, ctx)?.message).toEqual({ type: 'flag-table', store: 'aptoide' });
    expect(admit({ type: 'flag-table', store: 'evil-store' }, fromContent, ctx)).toBeNull();
    expect(admit({ type: 'flag-table', store: 'google-play', keys: ['settings'] }, fromContent, ctx)).toBeNull();
    expect(admit({ type: 'flag-table', store: 'google-play' }, { ...fromContent, url: 'https://evil.example/' }, ctx)).toBeNull();
  });
  it('accepts lookups and tab-state requests from our own pages only', () => {
    expect(admit({ type: 'lookup', apps: [app] }, fromPopup, ctx)?.message.type).toBe('lookup');
    expect(admit({ type: 'tab-state', tabId: 3 }, fromPopup, ctx)?.message.type).toBe('tab-state');
    expect(admit({ type: 'tab-state', tabId: 3 }, fromContent, ctx)).toBeNull();
  });
  it('drops messages from other extensions, non-store hosts, http pages, or without a tab', () => {
    expect(admit(pageState, { ...fromContent, id: 'other' }, ctx)).toBeNull();
    expect(admit(pageState, { ...fromContent, url: 'https://evil.example/' }, ctx)).toBeNull();
    expect(admit(pageState, { ...fromContent, url: 'http://play.google.com/x' }, ctx)).toBeNull();
    expect(admit(pageState, { id: 'ext-id', url: fromContent.url }, ctx)).toBeNull();
    expect(admit(pageState, fromPopup, ctx)).toBeNull();
  });
  it('drops unknown kinds and malformed payloads', () => {
    const bad: unknown[] = [
      null,
      'page-state',
      { type: 'eval', code: '1' },
      { ...pageState, extra: 1 },
      { ...pageState, url: 'javascript:alert(1)' },
      { ...pageState, page: 'weird' },
      { ...pageState, apps: [{ ...app, store: 'evil-store' }] },
      { ...pageState, apps: [{ ...app, id: '' }] },
      { ...pageState, apps: [{ ...app, title: 'x'.repeat(5000) }] },
      { ...pageState, apps: Array.from({ length: 501 }, () => app) },
      { ...pageState, append: 'no' },
      { type: 'tab-state', tabId: -1 },
      { type: 'tab-state', tabId: 1.5 },
      { type: 'open-detail', app: { store: 'google-play', id: 'x', more: 1 } },
    ];
    for (const m of bad) expect(parseMessage(m), JSON.stringify(m)?.slice(0, 80)).toBeNull();
  });
});
