import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeDictionary, parseCountryInfo } from './countryinfo.js';
import type { ImportProblem, ParsedDictionary } from './dictionary-entry.js';
import type { DictionaryStore, ImportResult } from './dictionary-store.js';
import { parsePetrarchDictionary } from './petrarch-dictionary.js';

export type DictionaryFormat = 'petrarch' | 'countryinfo';

const PARSERS: Record<DictionaryFormat, (text: string) => ParsedDictionary> = {
  petrarch: parsePetrarchDictionary,
  countryinfo: parseCountryInfo,
};

export interface FileImport extends ImportResult {
  file: string;
  problems: ImportProblem[];
  milliseconds: number;
}

/** Reads, parses and stores one dictionary file; unreadable lines come back as problems, the rest is stored. */
export function importDictionaryFile(store: DictionaryStore, file: string, format: DictionaryFormat): FileImport {
  const started = performance.now();
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const parsed = PARSERS[format](decodeDictionary(bytes));
  const result = store.importEntries(basename(file), format, sha, parsed.entries, parsed.problems.length);
  return { ...result, file, problems: parsed.problems, milliseconds: performance.now() - started };
}
