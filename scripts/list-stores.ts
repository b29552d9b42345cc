/**
 * Writes src/generated/stores.json — each store module's id, export name, file and match patterns — for
 * vite.config.ts, which builds one content script per store. Run by `npm run build` before vite.
 *
 * Each module file beside the registry is imported and its exports compared with the registry's entries by
 * identity: which file and export holds each registered module is read from the modules themselves, not from
 * their source text.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STORE_MODULES } from '../src/core/stores';
import type { StoreModule } from '../src/core/stores/types';
import { REPO_ROOT } from '../src/node/readDataset';

const dir = join(REPO_ROOT, 'src/core/stores');
const found = new Map<StoreModule, { exportName: string; file: string }>();
for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
  const file = name.replace(/\.ts$/, '');
  const exports = (await import(pathToFileURL(join(dir, name)).href)) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(exports)) {
    if (STORE_MODULES.includes(value as StoreModule)) found.set(value as StoreModule, { exportName, file });
  }
}
const out = STORE_MODULES.map((module) => {
  const where = found.get(module);
  if (!where) throw new Error(`list-stores: no file under src/core/stores exports the module of ${module.id}`);
  return { id: module.id, ...where, matches: [...module.matches] };
});
mkdirSync(join(REPO_ROOT, 'src/generated'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'src/generated/stores.json'), `${JSON.stringify(out, null, 1)}\n`);
