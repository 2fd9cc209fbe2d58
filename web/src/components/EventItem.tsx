import type { EventListing } from '../api.js';
import { useCountryName } from '../countries.js';
import { quadColor, QUADS } from '../meaning.js';
import { href } from '../route.js';

/** One event: type, who to whom, when, and the sentence it was read from with its trigger marked. */
export function EventItem({ item }: { item: EventListing }) {
  const e = item.event;
  const name = useCountryName();
  const t0 = e.trigger.start - e.evidence.start;
  const t1 = e.trigger.end - e.evidence.start;
  const ev = item.evidenceText;
  const triggerInside = t0 >= 0 && t1 <= ev.length && t1 > t0;
  return (
    <li className="event">
      <div className="event-head">
        <span className="badge" style={{ background: quadColor(e.quad) }} title={QUADS[e.quad - 1]?.name}>{e.type}</span>
        <span className="who">
          {item.actorNames.join(', ') || '—'} <span className="arrow">→</span> {item.recipientNames.join(', ') || '—'}
        </span>
        <span className="meta">
          {name(item.sourceCountry)} → {name(item.targetCountry)} · {e.date ?? 'undated'} · {e.modality} · Goldstein {e.goldstein}
        </span>
      </div>
      <blockquote className="evidence">
        {triggerInside ? (
          <>
            {ev.slice(0, t0)}
            <mark className="trigger">{ev.slice(t0, t1)}</mark>
            {ev.slice(t1)}
          </>
        ) : ev}
      </blockquote>
      <a className="source" href={href(['article', item.articleId], { focus: e.id })}>
        {item.title ?? item.articleId}
        {item.published && ` · ${item.published}`}
      </a>
    </li>
  );
}
