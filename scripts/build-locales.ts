/**
 * Writes public/_locales/<lang>/messages.json from scripts/i18n/<lang>.json, turning $1…$9 into
 * named placeholders (the form both Chrome and Firefox document). Run by `npm run build`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/node/readDataset';

const src = join(REPO_ROOT, 'scripts/i18n');
for (const file of readdirSync(src).filter((f) => f.endsWith('.json'))) {
  const lang = file.replace(/\.json$/, '');
  const strings = JSON.parse(readFileSync(join(src, file), 'utf8')) as Record<string, string>;
  const out: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = {};
  for (const [key, text] of Object.entries(strings)) {
    const numbers = [...new Set([...text.matchAll(/\$(\d)/g)].map((m) => m[1]!))];
    out[key] = { message: text.replace(/\$(\d)/g, '$$P$1$$') };
    if (numbers.length) out[key].placeholders = Object.fromEntries(numbers.map((n) => [`p${n}`, { content: `$${n}` }]));
  }
  const dir = join(REPO_ROOT, 'public/_locales', lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(out, null, 1)}\n`);
}
