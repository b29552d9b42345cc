/** Reads the dataset's YAML files from disk (node only) for the compiler, the CLI and the tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { compileDataset, DatasetError, type DataFile, type DatasetProblem } from '../core/dataset/compile';
import type { DatasetIndex } from '../core/dataset/types';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listYaml(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/** Parses every YAML file under `dataDir`; a file that is not valid YAML is a problem naming its line. */
export function readDataFiles(dataDir = join(REPO_ROOT, 'data'), root = resolve(dataDir, '..')): DataFile[] {
  const problems: DatasetProblem[] = [];
  const files: DataFile[] = [];
  for (const full of listYaml(dataDir)) {
    const path = relative(root, full).replace(/\\/g, '/');
    try {
      files.push({ path, data: parse(readFileSync(full, 'utf8'), { uniqueKeys: true, prettyErrors: true }) });
    } catch (err) {
      const where = err instanceof YAMLParseError && err.linePos ? `line ${err.linePos[0].line}` : '';
      problems.push({ file: path, field: where, message: `is not valid YAML: ${(err as Error).message.split('\n')[0]}` });
    }
  }
  if (problems.length) throw new DatasetError(problems);
  return files;
}

export function loadDataset(dataDir?: string): DatasetIndex {
  return compileDataset(readDataFiles(dataDir));
}
