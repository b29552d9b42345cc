/** readPage/recogniseUrl over every supported store: for the CLI, the tests and extension pages. */
import { parseUrl, readPage as readWith, recogniseUrl as recogniseWith, type PageReading } from './readPage';
import { STORE_MODULES } from './stores';
import type { StoreModule } from './stores/types';

export { parseUrl, type PageReading };

export function recogniseUrl(url: URL, stores: readonly StoreModule[] = STORE_MODULES) {
  return recogniseWith(url, stores);
}

export function readPage(doc: Document, url: URL, stores: readonly StoreModule[] = STORE_MODULES): PageReading {
  return readWith(doc, url, stores);
}
