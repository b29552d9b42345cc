/**
 * Every way a store page can show an app of the dataset — each listing by its id; each name and alias with no id
 * the dataset knows, alone and with each developer name of its operator (also with a name the dataset does not
 * know) — plus an unknown app and TikTok's package on every Android store that identifies apps by package. The
 * identities tests hold two lookups equal over.
 */
import type { DatasetIndex } from '../../../src/core/dataset/types';
import type { AppIdentity } from '../../../src/core/identity';

export function datasetIdentities(index: DatasetIndex): AppIdentity[] {
  const identities: AppIdentity[] = [];
  for (const app of index.apps) {
    for (const l of app.listings) identities.push({ store: l.store, id: l.id, title: null, developer: null });
    for (const name of [app.name, ...app.aliases]) {
      identities.push({ store: 'microsoft-store', id: '9XXXXXXXXXXX', title: name, developer: null });
      for (const dev of index.operators[app.operator]?.developerNames ?? []) {
        identities.push({ store: 'app-store', id: '1', title: name, developer: dev });
        identities.push({ store: 'app-store', id: '1', title: `${name} Unknown Edition`, developer: dev });
      }
    }
  }
  identities.push({ store: 'google-play', id: 'com.example.none', title: 'Nothing', developer: 'Nobody' });
  // Android stores whose id is the package, with no androidPackage given (an address alone, a badge's detail view).
  for (const store of ['galaxy-store', 'getapps', 'apkpure', 'apkmirror', 'uptodown', 'aptoide'] as const) {
    identities.push({ store, id: 'com.zhiliaoapp.musically', title: null, developer: null });
  }
  return identities;
}
