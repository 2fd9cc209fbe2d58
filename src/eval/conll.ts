import { readFileSync } from 'node:fs';
import type { EntityType } from '../model/index.js';
import { spansFromIob, type TokenSpan } from '../nlp/ner/tags.js';

/** CoNLL-2003 style column files and conlleval-compatible scoring (exact span match). */

export interface ConllSentence {
  words: string[];
  /** Gold entities, read from the last column (IOB1 or IOB2). */
  spans: TokenSpan[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/**
 * Reads a column file: the word is the first column, the tag the last; blank lines end sentences;
 * `-DOCSTART-` lines start documents. Throws `<path>:<line>: <problem>` on malformed lines.
 */
export function readConll(path: string): ConllDocument[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length) doc.sentences.push({ words, spans: spansFromIob(tags) });
    words = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  lines.forEach((line, i) => {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) return endSentence();
    if (cols[0] === '-DOCSTART-') return endDocument();
    const tag = cols[cols.length - 1];
    if (cols.length < 2 || !/^(O|[BI]-(PER|ORG|LOC|MISC))$/.test(tag)) {
      throw new Error(`${path}:${i + 1}: expected "word … tag" with tag O, B-TYPE or I-TYPE (PER ORG LOC MISC), got "${line}"`);
    }
    words.push(cols[0]);
    tags.push(tag);
  });
  endDocument();
  return docs;
}

export interface Counts {
  /** Predicted spans that match a gold span exactly (start, end and type). */
  correct: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface Scoreboard {
  overall: Counts;
  byType: Record<EntityType, Counts>;
}

export function emptyScoreboard(): Scoreboard {
  const zero = (): Counts => ({ correct: 0, predicted: 0, gold: 0 });
  return { overall: zero(), byType: { PER: zero(), ORG: zero(), LOC: zero(), MISC: zero() } };
}

/** Adds one sentence's gold and predicted spans to the tallies. */
export function tally(board: Scoreboard, gold: readonly TokenSpan[], predicted: readonly TokenSpan[]): void {
  const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  for (const s of gold) {
    board.overall.gold++;
    board.byType[s.type].gold++;
  }
  for (const s of predicted) {
    board.overall.predicted++;
    board.byType[s.type].predicted++;
    if (goldKeys.has(key(s))) {
      board.overall.correct++;
      board.byType[s.type].correct++;
    }
  }
}

export function scores(c: Counts): Scores {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
