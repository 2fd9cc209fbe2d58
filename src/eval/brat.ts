import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../cli/command.js';
import type { Span } from '../model/index.js';

/** One attribution relation from brat standoff: each role is a list of fragments, or null when absent. */
export interface BratAttribution {
  id: string;
  source: Span[] | null;
  cue: Span[] | null;
  content: Span[] | null;
}

export interface BratDocument {
  /** File name of the text without `.txt`. */
  name: string;
  text: string;
  attributions: BratAttribution[];
}

/** brat annotation ids: T (text span), E (event), R, A, M, N, # (note), * (equivalence). */
const ANNOTATION_LINE = /^(?:[TERAMN]\d+|#\d*|\*)\t/;

const ROLES = { Source: 'source', Cue: 'cue', Content: 'content' } as const;

/**
 * Parses a brat `.ann` file: T lines give typed spans ("Source 12 20", discontinuous as
 * "Content 5 10;14 30"), E lines tie the spans of one attribution by role ("Cue:T2 Source:T1").
 * Other line kinds (notes, relations) and the continuation lines of multi-line span texts are ignored.
 */
export function parseAnn(ann: string, path: string): BratAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: { id: string; args: string; line: number }[] = [];
  ann.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    // A span's text may run over several lines; only lines that start with an id are annotations.
    if (!ANNOTATION_LINE.test(line)) return;
    const [id, body] = line.split('\t');
    if (id.startsWith('T')) {
      const m = /^\S+ (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m) throw new UserError(`${path}:${index + 1}: expected "Type start end[;start end…]"`);
      spans.set(id, m[1].split(';').map((f) => {
        const [start, end] = f.split(' ').map(Number);
        return { start, end };
      }));
    } else if (id.startsWith('E')) {
      events.push({ id, args: body, line: index + 1 });
    }
  });
  return events.map(({ id, args, line }) => {
    const out: BratAttribution = { id, source: null, cue: null, content: null };
    for (const arg of args.trim().split(/\s+/)) {
      const [role, ref] = arg.split(':');
      if (!(role in ROLES)) continue;
      const fragments = spans.get(ref);
      if (!fragments) throw new UserError(`${path}:${line}: ${role} refers to unknown span ${ref}`);
      out[ROLES[role as keyof typeof ROLES]] = fragments;
    }
    return out;
  });
}

/** A text with every annotator's attributions, in the order of their annotation files' names. */
export interface BratAnnotatedText {
  name: string;
  text: string;
  annotations: BratAttribution[][];
}

/**
 * Reads a brat corpus: `DIR/text/NAME.txt` with `DIR/attributions/NAME[_ANNOTATOR].ann` (PolNeAR's
 * layout), or `.txt` and `.ann` side by side in DIR, keeping every annotator's file of a text.
 */
export function readBratAnnotations(dir: string): BratAnnotatedText[] {
  if (!existsSync(dir)) throw new UserError(`${dir}: no such directory`);
  const nested = existsSync(join(dir, 'text'));
  const textDir = nested ? join(dir, 'text') : dir;
  const annDir = nested ? join(dir, 'attributions') : dir;
  if (!existsSync(annDir)) throw new UserError(`${dir}: expected an attributions/ folder beside text/`);
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const texts: BratAnnotatedText[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = basename(file, '.txt');
    const anns = annFiles.filter((f) => f === `${name}.ann` || (f.startsWith(`${name}_`) && !f.slice(name.length + 1).includes('_')));
    if (anns.length === 0) continue;
    texts.push({
      name,
      text: readFileSync(join(textDir, file), 'utf8'),
      annotations: anns.map((ann) => parseAnn(readFileSync(join(annDir, ann), 'utf8'), join(annDir, ann))),
    });
  }
  if (texts.length === 0) throw new UserError(`${dir}: no .txt file with a matching .ann annotation`);
  return texts;
}

/**
 * The corpus with one annotation per text: where several annotators annotated one text, the
 * first annotation file by name is used, so each text counts once.
 */
export function readBratDir(dir: string): BratDocument[] {
  return readBratAnnotations(dir).map(({ name, text, annotations }) => ({ name, text, attributions: annotations[0] }));
}
