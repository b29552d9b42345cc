/** Messages between the extension's parts. The background validates every one (background/validate.ts). */
import type { AppIdentity, PageKind, StoreId } from './identity';

/** Content script → background: what the page in this tab shows now. */
export interface PageStateMessage {
  type: 'page-state';
  url: string;
  page: PageKind;
  apps: AppIdentity[];
  /** True when these are more tiles of the same page (loaded while scrolling), not a new page. */
  append: boolean;
}

/** Content script → background: the user activated an inline badge (with what the page showed, for matching). */
export interface OpenDetailMessage {
  type: 'open-detail';
  app: Pick<AppIdentity, 'store' | 'id' | 'title' | 'developer' | 'androidPackage'>;
}

/**
 * Content script → background: the store's flag table, asked only when storage holds no current one (the worker
 * writes it on install and update; see background/flagStorage.ts).
 */
export interface FlagTableRequest {
  type: 'flag-table';
  store: StoreId;
}

/** Popup → background: the verdicts kept for a tab. */
export interface TabStateRequest {
  type: 'tab-state';
  tabId: number;
}

/** Popup/detail page → background: verdicts for given apps. */
export interface LookupRequest {
  type: 'lookup';
  apps: AppIdentity[];
}

/** Popup → content script: what do you show right now? */
export interface CurrentPageRequest {
  type: 'current-page';
}

export interface CurrentPageReply {
  url: string;
  page: PageKind;
  apps: AppIdentity[];
}

export type ToBackground = PageStateMessage | OpenDetailMessage | FlagTableRequest | TabStateRequest | LookupRequest;

/** Most apps one message may carry; a longer page is sent in several batches. */
export const MAX_APPS_PER_MESSAGE = 500;
