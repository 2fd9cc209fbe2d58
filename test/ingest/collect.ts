// Shared by the ingest tests: read inputs to a list, and find the fixtures folder.
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/model/index.js';
import { readInputs, type ReadItem, type ReadOptions } from '../../src/ingest/index.js';

/** test/fixtures/ingest/<name>, resolved from dist/test/ingest where the tests run. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url));
}

export async function collect(inputs: string[], options?: ReadOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

export function articles(items: ReadItem[]): Article[] {
  return items.flatMap((i) => ('article' in i ? [i.article] : []));
}

export function errors(items: ReadItem[]): Array<{ where: string; problem: string }> {
  return items.flatMap((i) => ('error' in i ? [i.error] : []));
}
