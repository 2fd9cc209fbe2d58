import { NAME_PARTICLES } from '../names.js';
import type { TokenSpan } from './tags.js';

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * A personal name the model split at a lower-case particle ("Abu Karim | al | Masri", "Khalid |
 * al-Harthi") made one PER span again. The parts on either side of the particles (with any hyphen
 * after them) are a PER span or a capitalised word the model left out; one of them must be a
 * person. Unjoined, each part is a person of its own, and "he" after the name has two antecedents.
 */
export function joinParticleNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  // Most sentences name nobody, or nobody with a particle: they are left as they are, at the cost of one scan.
  if (!spans.some((s) => s.type === 'PER') || !words.some((w) => NAME_PARTICLES.has(w))) return spans;
  const out: TokenSpan[] = [];
  const spanAt = new Map(spans.map((s) => [s.start, s]));
  const covered = new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)));
  // A part starting at token i: a span there, or a capitalised word no span holds.
  const partAt = (i: number): TokenSpan | undefined =>
    spanAt.get(i) ?? (i < words.length && !covered.has(i) && capitalised(words[i]) ? { start: i, end: i + 1, type: 'MISC' } : undefined);
  for (let i = 0; i < words.length;) {
    let part = partAt(i);
    if (!part) {
      i++;
      continue;
    }
    let joined = { ...part };
    let person = part.type === 'PER';
    for (;;) {
      let j = joined.end;
      if (!NAME_PARTICLES.has(words[j] ?? '')) break;
      while (NAME_PARTICLES.has(words[j] ?? '') || words[j] === '-') j++;
      const next = partAt(j);
      if (!next || (!person && next.type !== 'PER') || (next.type !== 'PER' && spanAt.has(j))) break;
      person = true;
      joined = { start: joined.start, end: next.end, type: 'PER' };
    }
    if (person && joined.end !== part.end) out.push(joined);
    else if (spanAt.has(i)) out.push(part);
    i = joined.end;
  }
  return out;
}
