/**
 * Writes src/generated/stores.json — each store module's id, export name, file and match patterns — for
 * vite.config.ts, which builds one content script per store. Run by `npm run build` before vite.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_MODULES } from '../src/core/stores';
import { REPO_ROOT } from '../src/node/readDataset';

const index = readFileSync(join(REPO_ROOT, 'src/core/stores/index.ts'), 'utf8');
// Pair registry names with modules by order: STORE_MODULES lists them in the order of the array literal.
const registry = /STORE_MODULES[^=]*=\s*\[([^\]]*)\]/.exec(index)?.[1]?.split(',').map((n) => n.trim()).filter(Boolean) ?? [];
if (registry.length !== STORE_MODULES.length) throw new Error('list-stores: cannot read the STORE_MODULES array literal');
const out = STORE_MODULES.map((module, i) => {
  const exportName = registry[i]!;
  const file = new RegExp(`import \\{ ${exportName} \\} from '\\./(\\w+)'`).exec(index)?.[1];
  if (!file) throw new Error(`list-stores: no import for ${exportName}`);
  return { id: module.id, exportName, file, matches: [...module.matches] };
});
mkdirSync(join(REPO_ROOT, 'src/generated'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'src/generated/stores.json'), `${JSON.stringify(out, null, 1)}\n`);
