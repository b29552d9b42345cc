/**
 * Datasets at N× today's listings, for the growth bench: every operator file copied N−1 times with new
 * operators, developer names, app names, Play packages, App Store ids (and the other Android stores' packages),
 * answering the same actions; operator-wide actions reach the copies of the operators they name. Compiled by
 * the real compiler (schema, source policy), then built into an extension of its own.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileDataset, kindOfPath, type DataFile } from '../src/core/dataset/compile';
import { buildFlagTable, localiseFlagTable } from '../src/core/verdict/buildFlags';
import { readDataFiles } from '../src/node/readDataset';
import { writeWorkerData } from '../src/node/workerData';
import type { DatasetIndex } from '../src/core/dataset/types';
import type { FlagTable } from '../src/core/verdict/flags';

const ROOT = resolve(import.meta.dirname, '..');
type Json = Record<string, unknown>;

const ANDROID = new Set(['google-play', 'galaxy-store', 'getapps', 'apkpure', 'apkmirror', 'uptodown', 'aptoide']);

function copyOperatorFile(data: Json, k: number): Json {
  const suffix = `-x${k}`;
  const op = data.operator as Json;
  const apps = (data.apps as Json[] | undefined) ?? [];
  return {
    ...data,
    operator: {
      ...op,
      id: `${op.id as string}${suffix}`,
      name: `${op.name as string} ${k}`,
      ...(Array.isArray(op.developerNames) ? { developerNames: (op.developerNames as string[]).map((d) => `${d} ${k}`) } : {}),
    },
    apps: apps.map((app) => ({
      ...app,
      id: `${app.id as string}${suffix}`,
      name: `${app.name as string} ${k}`,
      ...(Array.isArray(app.aliases) ? { aliases: (app.aliases as string[]).map((a) => `${a} ${k}`) } : {}),
      listings: ((app.listings as Json[] | undefined) ?? []).flatMap((l) => {
        const id = String(l.id);
        if (ANDROID.has(l.store as string)) return [{ ...l, id: `${id}.x${k}` }];
        // 12 digits from 9: longer than any real id today, so never one of them.
        if (l.store === 'app-store') return [{ ...l, id: `9${String(k).padStart(3, '0')}${id.padStart(8, '0').slice(-8)}` }];
        return []; // Microsoft, AppGallery and Amazon ids have fixed shapes: the copies go without them
      }),
    })),
  };
}

export function scaledFiles(files: DataFile[], factor: number): DataFile[] {
  if (factor === 1) return files;
  const out: DataFile[] = [];
  const copiesOf = new Map<string, string[]>(); // operator id → its copies' ids
  for (const f of files) {
    out.push(f);
    if (kindOfPath(f.path) !== 'operator') continue;
    const id = (f.data as { operator: { id: string } }).operator.id;
    for (let k = 1; k < factor; k++) {
      out.push({ path: f.path.replace(/\.yaml$/, `-x${k}.yaml`), data: copyOperatorFile(f.data as Json, k) });
      copiesOf.set(id, [...(copiesOf.get(id) ?? []), `${id}-x${k}`]);
    }
  }
  // Operator-wide actions reach the copies of the operators they name.
  return out.map((f) => {
    const d = f.data as Json;
    if (kindOfPath(f.path) !== 'action' || !Array.isArray(d.operators) || !d.operators.length) return f;
    return { ...f, data: { ...d, operators: (d.operators as string[]).flatMap((o) => [o, ...(copiesOf.get(o) ?? [])]) } };
  });
}

export interface ScaledBuild {
  factor: number;
  listings: number;
  apps: number;
  dir: string;
  table: FlagTable;
  index: DatasetIndex;
  buildMs: number;
}

/** Compiles the N× dataset and builds the Chrome extension with it into `work/x<N>` (dist/ and sources untouched). */
export function buildScaled(factor: number, work: string): ScaledBuild {
  const t0 = performance.now();
  const index = compileDataset(scaledFiles(readDataFiles(), factor));
  const today = new Date().toISOString().slice(0, 10);
  const english = JSON.parse(readFileSync(join(ROOT, 'scripts/i18n/en.json'), 'utf8')) as Record<string, string>;
  const table = localiseFlagTable(buildFlagTable(index, today), index, english);
  const base = join(work, `x${factor}`);
  rmSync(base, { recursive: true, force: true });
  const generated = join(base, 'generated');
  const dataDir = join(base, 'data');
  mkdirSync(generated, { recursive: true });
  cpSync(join(ROOT, 'src/generated/stores.json'), join(generated, 'stores.json'));
  cpSync(join(ROOT, 'src/generated/world-map.json'), join(generated, 'world-map.json'));
  writeFileSync(join(generated, 'index.json'), JSON.stringify(index));
  writeFileSync(join(generated, 'flags.json'), JSON.stringify(table));
  writeFileSync(join(generated, 'flags-version.json'), JSON.stringify({ version: table.version }));
  writeWorkerData(index, table, generated, dataDir);
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BAN_RADAR_GENERATED: generated, BAN_RADAR_OUT: join(base, 'dist') },
  });
  // The package's data files are this dataset's, not those public/ holds for the real build.
  rmSync(join(base, 'dist', 'chrome', 'data'), { recursive: true, force: true });
  cpSync(dataDir, join(base, 'dist', 'chrome', 'data'), { recursive: true });
  return {
    factor,
    listings: index.apps.reduce((n, a) => n + a.listings.length, 0),
    apps: index.apps.length,
    dir: join(base, 'dist', 'chrome'),
    table,
    index,
    buildMs: Math.round(performance.now() - t0),
  };
}
