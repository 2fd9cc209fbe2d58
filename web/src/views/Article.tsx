import { useEffect, useMemo, useRef } from 'react';
import { type DocumentJSON, getJson } from '../api.js';
import { Status } from '../components/Status.js';
import { useCountryName } from '../countries.js';
import { quadColor, QUADS, quoted } from '../meaning.js';
import { href, type Route, setParams } from '../route.js';
import { AnnotatedText } from '../components/AnnotatedText.js';
import { useData } from '../use-data.js';

export default function ArticleView({ route }: { route: Route }) {
  const id = route.path[1] ?? '';
  const doc = useData(id, () => getJson<DocumentJSON>(`/api/articles/${encodeURIComponent(id)}`));
  if (!doc.data) return <Status loading={doc.loading} error={doc.error} />;
  return <AnnotatedArticle doc={doc.data} focus={route.params.get('focus') ?? undefined} onFocus={(f) => setParams(route, { focus: f })} />;
}

/** An article with its annotations in the text and the facts they support listed beside. */
export function AnnotatedArticle({ doc, focus, onFocus }: { doc: DocumentJSON; focus?: string; onFocus: (fact: string | undefined) => void }) {
  const name = useCountryName();
  const facts = useRef<HTMLDivElement>(null);
  const actors = useMemo(() => new Map(doc.actors.map((a) => [a.id, a])), [doc]);
  const who = (ids: string[]) => ids.map((i) => actors.get(i)?.name ?? i).join(', ') || '—';
  // The focused fact's entry in the list comes into view.
  useEffect(() => {
    if (!focus) return;
    facts.current?.querySelector(`[data-fact="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focus]);
  const choose = (fact: string) => onFocus(fact === focus ? undefined : fact);
  const factClass = (fact: string) => (fact === focus ? 'fact selected' : 'fact');
  return (
    <div className="article">
      <article className="reader">
        <h1>{doc.title ?? 'Untitled article'}</h1>
        <p className="meta">
          {[doc.published, doc.source, doc.language].filter(Boolean).join(' · ')}
          {doc.url && <> · <a href={doc.url} rel="noreferrer noopener">original</a></>}
          {doc.duplicateOf && <> · copy of <a href={href(['article', doc.duplicateOf])}>the first report</a></>}
        </p>
        <div className="key" aria-label="Key">
          <span className="k-actor">actor</span> <span className="k-entity">name</span> <span className="k-trigger">event</span>{' '}
          <span className="k-quote">quotation</span> <span className="k-speaker">speaker</span> <span className="k-cue">cue</span>
        </div>
        <AnnotatedText doc={doc} focus={focus} onChoose={choose} />
      </article>
      <aside className="facts side" ref={facts}>
        <h2>Events <span className="n">{doc.events.length}</span></h2>
        <ul>
          {doc.events.map((v) => (
            <li key={v.id} data-fact={v.id} className={factClass(v.id)} onClick={() => choose(v.id)}>
              <span className="badge" style={{ background: quadColor(v.quad) }} title={QUADS[v.quad - 1]?.name}>{v.type}</span>{' '}
              {who(v.actors)} → {who(v.recipients)}
              <div className="meta">
                {v.date ?? 'undated'} · {v.modality} · CAMEO {v.cameo} · Goldstein {v.goldstein}
                {v.location?.name && ` · in ${v.location.name}`}
              </div>
              <div className="evidence">{doc.text.slice(v.evidence.start, v.evidence.end)}</div>
            </li>
          ))}
        </ul>
        <h2>Quotes <span className="n">{doc.quotes.length}</span></h2>
        <ul>
          {doc.quotes.map((q) => {
            const speaker = q.speaker ? actors.get(q.speaker) : undefined;
            const org = speaker?.affiliation ? actors.get(speaker.affiliation) : undefined;
            return (
              <li key={q.id} data-fact={q.id} className={factClass(q.id)} onClick={() => choose(q.id)}>
                <div className="speaker">
                  {speaker?.name ?? q.speakerText ?? 'unattributed'}
                  {org && <span className="meta"> · {org.name}</span>}
                  <span className="meta"> · {q.kind}{q.cueText && `, “${q.cueText}”`}</span>
                </div>
                <div className="quote-text">{quoted(q.text)}</div>
              </li>
            );
          })}
        </ul>
        <h2>Actors <span className="n">{doc.actors.length}</span></h2>
        <ul>
          {doc.actors.map((a) => (
            <li key={a.id} data-fact={a.id} className={factClass(a.id)} onClick={() => choose(a.id)}>
              <b>{a.name}</b> <span className="meta">{a.kind}{a.country && ` · ${name(a.country)}`}{a.sector && ` · ${a.sector}`}</span>
              {a.title && <div className="meta">{a.title}</div>}
              {a.affiliation && actors.get(a.affiliation) && <div className="meta">speaks for {actors.get(a.affiliation)!.name}</div>}
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
