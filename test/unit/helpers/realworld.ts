/** Access to the real saved store pages in ../shared/realworld (kept outside the project, never copied). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const REALWORLD = resolve(import.meta.dirname, '../../../../shared/realworld');
export const hasRealworld = existsSync(REALWORLD);

export function realPage(relPath: string): string {
  return readFileSync(join(REALWORLD, relPath), 'utf8');
}

/** A parsed DOM of a saved page, as the content script would see it (scripts not run). */
export function domOf(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
