import { useState } from 'react';
import { type ArticlesAnswer, getJson } from '../api.js';
import { Status } from '../components/Status.js';
import { href, type Route, setParams } from '../route.js';
import { useData } from '../use-data.js';
import { Pager } from './Quotes.js';

const PAGE = 20;

/** A snippet with its [matched] words marked; the text stays text (never parsed as HTML). */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[([^\]]*)\]/);
  return <p className="snippet">{parts.map((part, i) => (i % 2 ? <mark key={i}>{part}</mark> : part))}</p>;
}

export default function Search({ route }: { route: Route }) {
  const q = route.params.get('q') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(q);
  const result = useData(`${q}|${offset}`, () => getJson<ArticlesAnswer>('/api/articles', { q, limit: String(PAGE), offset: String(offset) }));
  return (
    <div className="search">
      <div className="view-head">
        <h1>{q ? 'Search' : 'Latest articles'}</h1>
        <form className="inline-form" role="search" onSubmit={(e) => { e.preventDefault(); setParams(route, { q: draft.trim(), offset: '' }); }}>
          <input type="search" aria-label="Search articles" placeholder="Words, e.g. sanctions Iran" value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button>Search</button>
        </form>
      </div>
      <Status loading={result.loading && !result.data} error={result.error} empty={result.data?.articles.length === 0 && (q ? 'No article matches.' : 'No articles stored yet.')} />
      <ul className="results">
        {result.data?.articles.map((a) => (
          <li key={a.id}>
            <a className="title" href={href(['article', a.id])}>{a.title ?? a.id}</a>
            <div className="meta">{[a.published, a.source, a.duplicateOf && 'wire copy'].filter(Boolean).join(' · ')}</div>
            {a.snippet && <Snippet text={a.snippet} />}
          </li>
        ))}
      </ul>
      <Pager route={route} offset={offset} page={PAGE} count={result.data?.articles.length ?? 0} />
    </div>
  );
}
