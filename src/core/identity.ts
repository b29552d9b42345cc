/** What a store page tells us about an app. Everything here came from an untrusted page. */
import type { StoreId } from './dataset/vocabulary';

export type { StoreId };

export interface AppIdentity {
  store: StoreId;
  /** The store's own id for the app (Play package, App Store digits, Microsoft product id, …). */
  id: string;
  title: string | null;
  developer: string | null;
  /** The Android package the page names, for stores other than Google Play (APK sites, Galaxy Store…). */
  androidPackage?: string;
}

export type PageKind = 'detail' | 'list' | 'none' | 'unreadable';

export type MatchedBy = 'store-id' | 'publisher' | 'name';
