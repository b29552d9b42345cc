/**
 * Text normalisation for matching names and publishers. Page text is untrusted: it may carry
 * bidi controls, zero-width characters, odd spacing or be absurdly long.
 */

/** Bidi controls, zero-width characters and the BOM: invisible, and used to spoof names. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;

/** Longest text we keep from a page for any one field. */
export const MAX_FIELD_LENGTH = 300;

/** Printable ASCII words separated by single spaces: text cleanText would return unchanged (if short enough). */
const ALREADY_CLEAN = /^[!-~]+(?: [!-~]+)*$/;

/** Page text made safe to display and store: invisible controls removed, spaces folded, bounded. */
export function cleanText(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  // Most names on a page need nothing done: answering them without three replacements keeps list pages fast.
  if (value.length <= MAX_FIELD_LENGTH && ALREADY_CLEAN.test(value)) return value;
  const cleaned = value.slice(0, MAX_FIELD_LENGTH * 4).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  return cleaned.length > MAX_FIELD_LENGTH ? `${cleaned.slice(0, MAX_FIELD_LENGTH - 1)}…` : cleaned;
}

/** Key for comparing names: case, accents, punctuation and spacing do not count. */
export function normalizeName(value: string): string {
  // ASCII needs no decomposition, has no marks and no invisible characters: the same key, found faster.
  if (value.length <= MAX_FIELD_LENGTH && PLAIN_ASCII.test(value)) {
    return value.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  }
  return normalizeNameFully(value);
}
const PLAIN_ASCII = /^[\x00-\x7F]*$/;

/** normalizeName for any text (exported so tests can hold the ASCII shortcut to it). */
export function normalizeNameFully(value: string): string {
  return value
    .slice(0, MAX_FIELD_LENGTH * 4)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
