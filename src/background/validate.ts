/**
 * The gate every message passes: known kinds only, from our own content scripts on store hosts or
 * our own pages, with payloads that match the message schema below. Anything else is dropped without a reply.
 * (Hand-written rather than zod: zod compiles validators with `new Function`, which an extension must not ship.)
 */
import { STORES } from '../core/dataset/vocabulary';
import type { AppIdentity } from '../core/identity';
import { MAX_APPS_PER_MESSAGE, type ToBackground } from '../core/messages';
import { MAX_FIELD_LENGTH } from '../core/text/normalize';

type Obj = Record<string, unknown>;
const PAGE_KINDS = ['detail', 'list', 'none', 'unreadable'];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (o: Obj, allowed: string[]) => Object.keys(o).every((k) => allowed.includes(k));
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 255;
const isStore = (v: unknown): v is AppIdentity['store'] => typeof v === 'string' && (STORES as readonly string[]).includes(v);
const isText = (v: unknown) => v === null || (typeof v === 'string' && v.length <= MAX_FIELD_LENGTH * 4);
const isHttpsUrl = (v: unknown) => typeof v === 'string' && v.length <= 8192 && v.startsWith('https://');

export function isAppIdentity(v: unknown): v is AppIdentity {
  return (
    isObj(v) &&
    onlyKeys(v, ['store', 'id', 'title', 'developer', 'androidPackage']) &&
    isStore(v.store) &&
    isId(v.id) &&
    isText(v.title) &&
    isText(v.developer) &&
    (v.androidPackage === undefined || isId(v.androidPackage))
  );
}

const isApps = (v: unknown) => Array.isArray(v) && v.length <= MAX_APPS_PER_MESSAGE && v.every(isAppIdentity);

/** The message schema: one shape per kind, no extra keys. */
export function parseMessage(v: unknown): ToBackground | null {
  if (!isObj(v)) return null;
  switch (v.type) {
    case 'page-state':
      return onlyKeys(v, ['type', 'url', 'page', 'apps', 'append']) &&
        isHttpsUrl(v.url) &&
        PAGE_KINDS.includes(v.page as string) &&
        isApps(v.apps) &&
        typeof v.append === 'boolean'
        ? (v as unknown as ToBackground)
        : null;
    case 'open-detail':
      return onlyKeys(v, ['type', 'app']) &&
        isObj(v.app) &&
        onlyKeys(v.app, ['store', 'id', 'title', 'developer', 'androidPackage']) &&
        (v.app.androidPackage === undefined || isId(v.app.androidPackage)) &&
        isStore(v.app.store) &&
        isId(v.app.id) &&
        isText(v.app.title ?? null) &&
        isText(v.app.developer ?? null)
        ? (v as unknown as ToBackground)
        : null;
    case 'flag-table':
      return onlyKeys(v, ['type', 'store']) && isStore(v.store) ? (v as unknown as ToBackground) : null;
    case 'tab-state':
      return onlyKeys(v, ['type', 'tabId']) && Number.isSafeInteger(v.tabId) && (v.tabId as number) >= 0
        ? (v as unknown as ToBackground)
        : null;
    case 'lookup':
      return onlyKeys(v, ['type', 'apps']) && isApps(v.apps) ? (v as unknown as ToBackground) : null;
    default:
      return null;
  }
}

/** What the browser tells us about who sent a message. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface GateContext {
  extensionId: string;
  /** The extension's own base URL, e.g. chrome-extension://<id>/ */
  extensionBase: string;
  storeHosts: (host: string) => boolean;
}

const FROM_CONTENT = new Set(['page-state', 'open-detail', 'flag-table']);
const FROM_EXTENSION_PAGES = new Set(['tab-state', 'lookup']);

export type Accepted = { message: ToBackground; tabId: number | null };

/** Returns the message and its tab when it may be handled, or null. */
export function admit(raw: unknown, sender: SenderInfo, ctx: GateContext): Accepted | null {
  if (!sender || sender.id !== ctx.extensionId) return null;
  const message = parseMessage(raw);
  if (!message) return null;
  const senderUrl = typeof sender.url === 'string' ? sender.url : '';
  const fromOwnPage = senderUrl.startsWith(ctx.extensionBase);
  if (FROM_CONTENT.has(message.type)) {
    if (fromOwnPage || typeof sender.tab?.id !== 'number') return null;
    let host = '';
    try {
      const u = new URL(senderUrl);
      if (u.protocol !== 'https:') return null;
      host = u.hostname;
    } catch {
      return null;
    }
    if (!ctx.storeHosts(host)) return null;
    return { message, tabId: sender.tab.id };
  }
  if (FROM_EXTENSION_PAGES.has(message.type) && fromOwnPage) return { message, tabId: sender.tab?.id ?? null };
  return null;
}
