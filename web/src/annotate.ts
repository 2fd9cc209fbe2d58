import type { DocumentJSON } from './api.js';

/** What a highlighted stretch of text stands for, and which listed fact it supports. */
export interface Annotation {
  start: number;
  end: number;
  kind: 'entity' | 'actor' | 'trigger' | 'quote' | 'speaker' | 'cue' | 'caption';
  /** The tag shown after it (PER, IRN GOV, CONSULT …), if any. */
  label?: string;
  /** The fact it supports: 'a1' (actor), 'v1' (event), 'q1' (quote); undefined for bare entities. */
  fact?: string;
  /** QuadClass of a trigger, for its colour. */
  quad?: number;
}

/** One stretch of text under the same set of annotations. */
export interface Segment {
  start: number;
  end: number;
  /** The long annotation around it (a quotation or caption), if any. */
  block?: Annotation;
  /** The short annotation on it (a name, trigger, cue), the innermost one if several. */
  mark?: Annotation;
  /** Marks that end with this segment: their tags are drawn after it. */
  ends: Annotation[];
}

// Which short annotation wins where they overlap: the shortest (most specific), then by kind.
const MARK_RANK: Record<string, number> = { trigger: 0, cue: 1, actor: 2, speaker: 3, entity: 4 };

export function annotationsOf(doc: DocumentJSON): Annotation[] {
  const out: Annotation[] = [];
  const actorSpans = new Set<string>();
  for (const a of doc.actors) {
    const label = [a.country, a.sector].filter(Boolean).join(' ') || a.kind;
    for (const m of a.mentions) {
      out.push({ ...m, kind: 'actor', label, fact: a.id });
      actorSpans.add(`${m.start}:${m.end}`);
    }
  }
  // An entity that is also an actor mention is shown once, as the actor.
  for (const e of doc.entities) {
    if (!actorSpans.has(`${e.start}:${e.end}`)) out.push({ start: e.start, end: e.end, kind: 'entity', label: e.type });
  }
  for (const v of doc.events) out.push({ ...v.trigger, kind: 'trigger', label: v.type, fact: v.id, quad: v.quad });
  for (const q of doc.quotes) {
    out.push({ ...q.content, kind: 'quote', fact: q.id });
    if (q.speakerSpan) out.push({ ...q.speakerSpan, kind: 'speaker', label: 'SPEAKER', fact: q.id });
    if (q.cue) out.push({ ...q.cue, kind: 'cue', fact: q.id });
  }
  for (const c of doc.captions ?? []) out.push({ ...c, kind: 'caption' });
  return out.filter((a) => a.end > a.start && a.start >= 0 && a.end <= doc.text.length);
}

/** Cuts the text at every annotation boundary. */
export function segment(textLength: number, annotations: Annotation[]): Segment[] {
  const cuts = new Set([0, textLength]);
  for (const a of annotations) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const blocks = annotations.filter((a) => a.kind === 'quote' || a.kind === 'caption');
  const marks = annotations.filter((a) => a.kind !== 'quote' && a.kind !== 'caption')
    .sort((x, y) => (x.end - x.start) - (y.end - y.start) || MARK_RANK[x.kind] - MARK_RANK[y.kind]);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covers = (a: Annotation) => a.start <= start && a.end >= end;
    const mark = marks.find(covers);
    segments.push({
      start,
      end,
      block: blocks.find(covers),
      mark,
      ends: mark && mark.end === end && mark.label ? [mark] : [],
    });
  }
  return segments;
}
