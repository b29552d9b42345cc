/**
 * The one read the extension makes that is not from memory or storage: a JSON file of its own package (the
 * dataset's shards and flag table, see core/dataset/shards.ts). The address is built here from a fixed folder,
 * so it can only ever be the extension's own `chrome-extension://` / `moz-extension://` origin; the extension
 * pages' CSP (`connect-src 'self'`) refuses any other, and the build-output test allows no other fetch.
 */
import browser from 'webextension-polyfill';

const OWN_DATA = /^data\/[a-z0-9-]+\.json$/;

export async function readOwnFile(path: string): Promise<unknown> {
  if (!OWN_DATA.test(path)) throw new Error(`not a data file of the package: ${path}`);
  // eslint-disable-next-line no-restricted-syntax -- the package's own file, never the network (see above)
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}
