import type { DateMention, Span } from '../model/index.js';

const DAY_MS = 86_400_000;
const dayNumber = (ymd: string) => Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(5, 7) || '1') - 1, Number(ymd.slice(8, 10) || '1')) / DAY_MS;

export interface EventDate {
  /** `YYYY-MM-DD`, or null when only a month, year or nothing is known. */
  date: string | null;
  /** Days from publication to the (first day of the) event's date, when both are known. */
  daysFromPublication: number | null;
}

/** The first day a date mention's value covers ("2017-08", "2017-07-29/2017-07-30" → its start). */
function firstDay(m: DateMention): string {
  return m.value.split('/')[0];
}

/**
 * The date governing a trigger: the nearest date mention in its clause, else in the wider span
 * that governs it (its sentence less the subordinate clauses that do not hold it), else the
 * publication date. Month or year precision gives no day (null) but still a distance
 * from publication, which modality uses to tell background from news.
 */
export function eventDate(dates: readonly DateMention[], trigger: Span, clause: Span, governing: Span, published?: string): EventDate {
  const nearest = (within: Span) => {
    let best: DateMention | null = null;
    let bestDistance = Infinity;
    for (const d of dates) {
      if (d.precision === 'reference') continue; // "now", "recently": no calendar date to give an event
      if (d.start < within.start || d.end > within.end) continue;
      const distance = d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end;
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  };
  const found = nearest(clause) ?? nearest(governing);
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  if (!found || !/^\d{4}/.test(found.value)) return { date: pub, daysFromPublication: null };
  const first = firstDay(found);
  const date = found.precision === 'day' || (found.precision === 'range' && /^\d{4}-\d{2}-\d{2}$/.test(first)) ? first : null;
  return { date, daysFromPublication: pub ? dayNumber(first) - dayNumber(pub) : null };
}
