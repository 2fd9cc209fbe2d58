import { useEffect, useState } from 'react';
import { getJson, type QuotesAnswer } from '../api.js';
import { Filters } from '../components/Filters.js';
import { Status } from '../components/Status.js';
import { listedSpeaker } from '../../../src/store/quote-listing.js';
import { quoted } from '../meaning.js';
import { href, type Route, setParams } from '../route.js';
import { useData } from '../use-data.js';

const PAGE = 30;

export default function Quotes({ route }: { route: Route }) {
  const p = route.params;
  const speaker = p.get('speaker') ?? '';
  const org = p.get('org') ?? '';
  const words = p.get('q') ?? '';
  const since = p.get('since') ?? undefined;
  const until = p.get('until') ?? undefined;
  const offset = Number(p.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState({ speaker, org, q: words });
  // The boxes follow the URL when it changes under them (back button, a shared link).
  useEffect(() => setDraft({ speaker, org, q: words }), [speaker, org, words]);
  const quotes = useData(`${speaker}|${org}|${words}|${since}|${until}|${offset}`, () =>
    getJson<QuotesAnswer>('/api/quotes', { speaker, org, q: words, since, until, limit: String(PAGE), offset: String(offset) }));
  return (
    <div className="quotes">
      <div className="view-head">
        <h1>Quotes</h1>
        <form className="inline-form" role="search" onSubmit={(e) => { e.preventDefault(); setParams(route, { ...draft, offset: '' }); }}>
          <input aria-label="Speaker" placeholder="Speaker, e.g. Landau" value={draft.speaker} onChange={(e) => setDraft({ ...draft, speaker: e.target.value })} />
          <input aria-label="Organisation" placeholder="Organisation, e.g. INSS" value={draft.org} onChange={(e) => setDraft({ ...draft, org: e.target.value })} />
          <input aria-label="Words" placeholder="Words, e.g. nuclear cooperation" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          <button>Find</button>
        </form>
        <Filters route={route} types={false} country={false} />
      </div>
      <Status loading={quotes.loading && !quotes.data} error={quotes.error} empty={quotes.data?.quotes.length === 0 && 'No quotation matches.'} />
      <ul className="quote-list">
        {quotes.data?.quotes.map((q) => (
          <li key={`${q.articleId}/${q.quote.id}`}>
            <blockquote>{quoted(q.quote.text)}</blockquote>
            <div className="attribution">
              — <b>{listedSpeaker(q) ?? 'unattributed'}</b>
              {q.affiliation && <>, {q.affiliation.name}</>}
              <span className="meta"> · {q.quote.kind}{q.quote.cueText && `, “${q.quote.cueText}”`}</span>
            </div>
            <a className="source" href={href(['article', q.articleId], { focus: q.quote.id })}>{q.title ?? q.articleId}{q.published && ` · ${q.published}`}</a>
          </li>
        ))}
      </ul>
      <Pager route={route} offset={offset} page={PAGE} count={quotes.data?.quotes.length ?? 0} />
    </div>
  );
}

export function Pager({ route, offset, page, count }: { route: Route; offset: number; page: number; count: number }) {
  if (offset === 0 && count < page) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => setParams(route, { offset: String(Math.max(0, offset - page)) })}>← newer</button>
      <span>{offset + 1}–{offset + count}</span>
      <button type="button" disabled={count < page} onClick={() => setParams(route, { offset: String(offset + page) })}>more →</button>
    </nav>
  );
}
