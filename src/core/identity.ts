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

const ANDROID_PACKAGE_RE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;

/** A valid Android package name (`com.zhiliaoapp.musically`). */
export function isAndroidPackage(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length <= 255 && ANDROID_PACKAGE_RE.test(value);
}

/** Stores whose own app id is the Android package: an app there is the same app as that Play package. */
export const PACKAGE_ID_STORES: ReadonlySet<StoreId> = new Set<StoreId>([
  'google-play',
  'galaxy-store',
  'getapps',
  'apkpure',
  'apkmirror',
  'uptodown',
  'aptoide',
]);

/**
 * The one place an identity is made whole, so that no caller (page reading, the command line from an address
 * alone, a badge's detail view, the popup, the explore page) can forget part of it: on a store whose id is the
 * Android package, that package is the app's `androidPackage`. Lookups call this; callers need not.
 */
export function completeIdentity(who: AppIdentity): AppIdentity {
  if (who.androidPackage || who.store === 'google-play') return who;
  if (PACKAGE_ID_STORES.has(who.store) && isAndroidPackage(who.id)) return { ...who, androidPackage: who.id };
  return who;
}
