/** What the extension should badge on a page, computed in node through the same core (the oracle for list pages). */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../../src/core/page';
import { buildFlagTable } from '../../src/core/verdict/buildFlags';
import { flagFor } from '../../src/core/verdict/flags';
import { loadDataset } from '../../src/node/readDataset';
import { pageFor } from './harness/pages';

export function expectedBadges(url: string): string[] {
  const html = pageFor(url)!;
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const today = new Date().toISOString().slice(0, 10);
  const table = buildFlagTable(loadDataset(), today);
  const reading = readPage(doc, new URL(url));
  const defaultLevels = ['banned', 'restricted', 'at-risk'];
  return reading.tiles
    .filter((t) => defaultLevels.includes(flagFor(table, t.app, today)?.level ?? 'none'))
    .map((t) => `${t.app.store}:${t.app.id}`);
}
