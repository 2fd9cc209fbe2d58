import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Store } from '../../src/store/index.js';
import { otherStory, wireCopy, wireStory } from '../store/stories.js';

// A small corpus of our own for the distributed-ingest tests: stories, an exact copy and a near
// copy of one of them.
const shortStories = [
  {
    title: 'Japan and South Korea agree to resume talks',
    text: 'TOKYO (Reuters) - Japan and South Korea agreed on Friday to resume security talks suspended two years ago. Foreign Minister Taro Kono said the two governments would meet in Seoul next month. "We must work together," Kono told reporters.',
  },
  {
    title: 'Protesters march in Caracas',
    text: 'CARACAS (Reuters) - Thousands of protesters marched through Caracas on Saturday to demand new elections. Opposition leader Juan Guaido accused the government of stealing the vote. Police fired tear gas at the crowd near the National Assembly.',
  },
  {
    title: 'India offers aid to Nepal after floods',
    text: 'NEW DELHI (Reuters) - India will send food and medicine to Nepal after floods killed dozens of people, the foreign ministry said on Tuesday. Prime Minister Narendra Modi spoke with his Nepalese counterpart by telephone.',
  },
  {
    title: 'Turkey warns Greece over drilling',
    text: 'ANKARA (Reuters) - Turkey warned Greece on Wednesday against any move to block its ships in the eastern Mediterranean. Defence Minister Hulusi Akar said Ankara would protect its rights "by every means".',
  },
];

export const line = (story: { title: string; text: string }, date = '2019-06-18') => JSON.stringify({ ...story, date, source: 'Test Wire' });

/** Writes the corpus as JSON Lines, with `extra` lines appended; returns the number of distinct articles it holds. */
export function writeCorpus(path: string, extra: string[] = []): number {
  const lines = [line(wireStory), line(otherStory, '2019-06-17'), ...shortStories.map((s) => line(s)), line(wireStory), line(wireCopy), ...extra];
  writeFileSync(path, lines.join('\n') + '\n');
  return 2 + shortStories.length + 1 + extra.length; // the exact copy is skipped, the near copy stored
}

/** JSON with object keys sorted: the same document gives the same text whatever order a store returns keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A hash of every stored document (contract JSON, in id order): equal hashes, equal stores. */
export async function contentHash(store: Store): Promise<string> {
  const hash = createHash('sha256');
  for (const id of (await store.idsWithPrefix('', 1_000_000)).sort()) hash.update(canonical(await store.getDocument(id)) + '\n');
  return hash.digest('hex');
}
