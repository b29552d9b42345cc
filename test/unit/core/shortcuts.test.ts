/**
 * The shortcuts taken for speed on list pages give exactly what the full paths give: checked on chosen
 * edge cases and on generated input (fast-check), so a shortcut can never change a match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageFromHref, packageFromUrl } from '../../../src/core/stores/googlePlay';
import { cleanText, MAX_FIELD_LENGTH, normalizeName, normalizeNameFully } from '../../../src/core/text/normalize';

/** cleanText without its shortcut: the rules as written before it. */
function cleanTextFully(value: string): string | null {
  const cleaned = value
    .slice(0, MAX_FIELD_LENGTH * 4)
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) return null;
  return cleaned.length > MAX_FIELD_LENGTH ? `${cleaned.slice(0, MAX_FIELD_LENGTH - 1)}…` : cleaned;
}

const PLAY = new URL('https://play.google.com/store/apps?hl=en');
const OTHER = new URL('https://example.com/store/apps');
const RUNS = { numRuns: 3000 };

describe('Play link shortcut', () => {
  const cases = [
    '/store/apps/details?id=com.zhiliaoapp.musically',
    '/store/apps/details?hl=en&id=com.a.b&gl=us',
    'https://play.google.com/store/apps/details?id=com.a.b#reviews',
    '/store/apps/details/TikTok?id=com.a.b',
    '/store/apps/details?id=com.a-b&id=com.c.d', // the first id counts, and it is not a package
    '/store/apps/details?xid=1&id=com.a.b',
    '/store/apps/details?%69d=evil.one&id=com.a.b', // an escaped name is still `id`
    '/store/apps/details?i%0Ad=a.b&id=com.a.b',
    '/store/apps/details?id=&id=com.a.b',
    '/store/apps/details/..?id=com.a.b',
    '/store/apps/details?id=com.a.b;x',
    '/store/apps/details?id=com.a.b+x',
    '/store/apps/details?id=1com.a',
    '/store/apps/detailsX?id=com.a.b',
    '/store/apps/dev?id=123',
    '//play.google.com/store/apps/details?id=com.a.b',
    'https://evil.example/store/apps/details?id=com.a.b',
    ' /store/apps/details?id=com.a.b',
  ];
  it.each(cases)('%s', (href) => {
    expect(packageFromHref(href, PLAY)).toBe(packageFromUrl(href, PLAY));
    expect(packageFromHref(href, OTHER)).toBe(packageFromUrl(href, OTHER));
  });

  it('agrees with the full parse on generated links', () => {
    const bit = fc.constantFrom('/store/apps/details', 'https://play.google.com/store/apps/details', '/store/apps/details/Name', '/store/apps/details/..', 'details', '?', '&', '#', 'id=', 'id', '=', 'hl=en', 'com.a.b', 'com.zhiliaoapp.musically', '%69', '%2e', '+', ';', ' ', '\n', '.', '-', '_', '9');
    fc.assert(
      fc.property(fc.array(fc.oneof(bit, fc.string({ maxLength: 4 })), { maxLength: 9 }), (parts) => {
        const href = parts.join('');
        expect(packageFromHref(href, PLAY)).toBe(packageFromUrl(href, PLAY));
      }),
      RUNS,
    );
  });
});

describe('text shortcuts', () => {
  const texts = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00A0', '\u200B', '\u202E', 'é', 'ﬁ', '\u00AD', '-', '.', '9', 'Ⅻ'), { maxLength: 20 }).map((a) => a.join('')),
    fc.string({ minLength: MAX_FIELD_LENGTH - 2, maxLength: MAX_FIELD_LENGTH + 2 }),
  );
  it('normalizeName agrees with the full normalisation', () => {
    fc.assert(fc.property(texts, (t) => {
          expect(normalizeName(t)).toBe(normalizeNameFully(t));
        }), RUNS);
    expect(normalizeName('TikTok Lite')).toBe('tiktok lite');
    expect(normalizeName('Café')).toBe('cafe');
  });
  it('cleanText agrees with the rules without the shortcut', () => {
    fc.assert(fc.property(texts, (t) => {
          expect(cleanText(t)).toBe(cleanTextFully(t));
        }), RUNS);
    expect(cleanText('W'.repeat(MAX_FIELD_LENGTH + 1))).toHaveLength(MAX_FIELD_LENGTH);
  });
});
