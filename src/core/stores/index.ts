/** Every supported store. Adding a store: write its module beside this file and list it here. */
import { amazonAppstore } from './amazonAppstore';
import { apkMirror } from './apkMirror';
import { apkPure } from './apkPure';
import { appGallery } from './appGallery';
import { appStore } from './appStore';
import { aptoide } from './aptoide';
import { galaxyStore } from './galaxyStore';
import { getApps } from './getApps';
import { googlePlay } from './googlePlay';
import { microsoftStore } from './microsoftStore';
import { handlesHost } from './hosts';
import type { StoreModule } from './types';

export { handlesHost };
import { uptodown } from './uptodown';

export const STORE_MODULES: readonly StoreModule[] = [
  googlePlay,
  appStore,
  microsoftStore,
  galaxyStore,
  appGallery,
  amazonAppstore,
  getApps,
  apkMirror,
  apkPure,
  uptodown,
  aptoide,
];

/** The store module answering for a URL's host. */
export function storeFor(url: URL): StoreModule | null {
  return STORE_MODULES.find((s) => handlesHost(s, url.hostname)) ?? null;
}
