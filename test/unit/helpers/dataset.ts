/** The real dataset, compiled once per test file. */
import { loadDataset } from '../../../src/node/readDataset';
import type { DatasetIndex } from '../../../src/core/dataset/types';

let cached: DatasetIndex | undefined;
export function dataset(): DatasetIndex {
  cached ??= loadDataset();
  return cached;
}
