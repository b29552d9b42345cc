/** What the extension should badge on a page, computed in node through the same core (the oracle for list pages). */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../../src/core/page';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { buildFlagTable } from '../../src/core/verdict/buildFlags';
import { flagFor } from '../../src/core/verdict/flags';
import { shownFlag } from '../../src/core/verdict/home';
import { loadDataset } from '../../src/node/readDataset';
import { pageFor } from './harness/pages';

/** The tiles badged under these settings for a reader living in `home` (the harness browser's en-US: US). */
export function expectedBadges(url: string, settings: Settings = defaultSettings(), home: string | null = 'US'): string[] {
  const html = pageFor(url)!;
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const today = new Date().toISOString().slice(0, 10);
  const table = buildFlagTable(loadDataset(), today);
  const reading = readPage(doc, new URL(url));
  return reading.tiles.filter((t) => shownFlag(flagFor(table, t.app, today), settings, home)).map((t) => `${t.app.store}:${t.app.id}`);
}
