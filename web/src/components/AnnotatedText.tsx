import { type ReactNode, useMemo } from 'react';
import type { DocumentJSON } from '../api.js';
import { type Annotation, annotationsOf, segment } from '../annotate.js';
import { quadColor } from '../meaning.js';

/**
 * The clean text with its annotations drawn displaCy-style: names, triggers and cues as marks
 * with a tag, quotations as shaded stretches. Clicking one chooses the fact it supports.
 */
export function AnnotatedText({ doc, focus, onChoose }: { doc: DocumentJSON; focus?: string; onChoose: (fact: string) => void }) {
  const segments = useMemo(() => segment(doc.text.length, annotationsOf(doc)), [doc]);
  const on = (a: Annotation | undefined) => !!a?.fact && a.fact === focus;
  return (
    <div className="text" data-testid="article-text">
      {segments.map((s) => {
        let node: ReactNode = doc.text.slice(s.start, s.end);
        if (s.mark) {
          const m = s.mark;
          node = (
            <mark
              className={`ann ${m.kind}${on(m) ? ' selected' : ''}`}
              style={m.kind === 'trigger' ? { borderColor: quadColor(m.quad ?? 0) } : undefined}
              data-fact={m.fact}
              title={m.label}
              onClick={m.fact ? (e) => { e.stopPropagation(); onChoose(m.fact!); } : undefined}
            >
              {node}
              {s.ends.map((t, i) => <span key={i} className="tag">{t.label}</span>)}
            </mark>
          );
        }
        if (s.block) {
          const b = s.block;
          node = (
            <span className={`${b.kind}${on(b) ? ' selected' : ''}`} data-fact={b.fact} onClick={b.fact ? () => onChoose(b.fact!) : undefined}>
              {node}
            </span>
          );
        }
        return <span key={s.start}>{node}</span>;
      })}
    </div>
  );
}
