/** Every locale (scripts/i18n/<lang>.json) has every English key, with the same placeholders; every key the code asks for exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'scripts/i18n');
const load = (lang: string) => JSON.parse(readFileSync(join(DIR, `${lang}.json`), 'utf8')) as Record<string, string>;
const en = load('en');
const locales = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'en.json')
  .map((f) => f.replace(/\.json$/, ''));
const placeholders = (text: string) => [...text.matchAll(/\$(\d)/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('locales', () => {
  it('include the languages of the places in the data', () => {
    expect(locales.sort()).toEqual(['de', 'es', 'fa', 'fr', 'hi', 'id', 'pt_BR', 'ru', 'tr', 'vi', 'zh_CN']);
  });

  for (const lang of locales) {
    describe(lang, () => {
      const messages = load(lang);
      it('has every English key and no other', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      });
      it('keeps every placeholder of the English text, exactly', () => {
        for (const [key, text] of Object.entries(en)) {
          expect(placeholders(messages[key] ?? ''), `${lang}.${key}`).toEqual(placeholders(text));
        }
      });
      it('translates every non-empty English text with a non-empty text', () => {
        for (const [key, text] of Object.entries(en)) {
          if (text) expect(messages[key]?.trim(), `${lang}.${key}`).toBeTruthy();
        }
      });
      it('names its own language in localeCode', () => {
        expect(messages.localeCode).toBe(lang);
      });
    });
  }

  it('has English for every literal message key the pages, content script and background ask for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('keeps the extension description within the 132 characters stores allow', () => {
    for (const lang of ['en', ...locales]) expect(load(lang).extDescription!.length, lang).toBeLessThanOrEqual(132);
  });
});
