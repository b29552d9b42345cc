/** Access to the real saved store pages in ../shared/realworld (kept outside the project, never copied). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { hasRealworldPages, missingRealworldMessage, realworldDir } from '../../../scripts/realworld';

export const REALWORLD = realworldDir();
export const hasRealworld = hasRealworldPages(REALWORLD);
export const realworldMissing = missingRealworldMessage(REALWORLD);

export function realPage(relPath: string): string {
  return readFileSync(join(REALWORLD, relPath), 'utf8');
}

/** A parsed DOM of a saved page, as the content script would see it (scripts not run). */
export function domOf(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
