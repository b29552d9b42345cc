/**
 * Validates data/ and compiles it: src/generated/index.json (background, CLI), src/generated/flags.json
 * (content script), dist/dataset.json and dist/dataset.schema.json (published for others).
 * Exits non-zero, naming file and field, on any problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { compileDataset, DatasetError, kindOfPath } from '../src/core/dataset/compile';
import { PublishedDatasetSchema } from '../src/core/dataset/schema';
import { buildFlagTable, localiseFlagTable } from '../src/core/verdict/buildFlags';
import { writeWorkerData } from '../src/node/workerData';
import { REPO_ROOT, readDataFiles } from '../src/node/readDataset';

function main(): void {
  const files = readDataFiles();
  const index = compileDataset(files);
  const today = new Date().toISOString().slice(0, 10);
  const english = JSON.parse(readFileSync(join(REPO_ROOT, 'scripts/i18n/en.json'), 'utf8')) as Record<string, string>;
  const flags = localiseFlagTable(buildFlagTable(index, today), index, english);

  const generated = join(REPO_ROOT, 'src/generated');
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, 'index.json'), JSON.stringify(index));
  // The whole flag table goes to the worker, which keeps it in storage for the content scripts; they carry
  // only its version (see core/verdict/flagEntries.ts).
  writeFileSync(join(generated, 'flags.json'), JSON.stringify(flags));
  writeFileSync(join(generated, 'flags-version.json'), JSON.stringify({ version: flags.version }));
  writeWorkerData(index, flags, generated, join(REPO_ROOT, 'public/data'));

  const group = (kind: string) => files.filter((f) => kindOfPath(f.path) === kind).map((f) => f.data);
  const published = {
    meta: group('meta')[0],
    jurisdictions: group('jurisdictions')[0],
    actions: group('action'),
    operators: group('operator'),
    notes: group('note'),
  };
  PublishedDatasetSchema.parse(published); // already valid piecewise; this guards the grouping itself
  const dist = join(REPO_ROOT, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'dataset.json'), `${JSON.stringify({ $schema: './dataset.schema.json', ...published }, null, 1)}\n`);
  const schema = z.toJSONSchema(PublishedDatasetSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  (schema.properties as Record<string, unknown>).$schema = { type: 'string' };
  writeFileSync(join(dist, 'dataset.schema.json'), `${JSON.stringify(schema, null, 1)}\n`);

  console.log(
    `dataset ${index.meta.version}: ${Object.keys(index.actions).length} actions, ${index.apps.length} apps, ` +
      `${Object.keys(index.keys.listing).length} store listings, ${index.notes.length} notes, ` +
      `${index.unidentified.length} published names not yet tied to an app`,
  );
}

try {
  main();
} catch (err) {
  if (err instanceof DatasetError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
