import { useContext, useEffect, useMemo, useState } from 'react';
import { getJson, type WorldAnswer } from '../api.js';
import { Filters } from '../components/Filters.js';
import { Status } from '../components/Status.js';
import { CountriesContext, useCountryName } from '../countries.js';
import { balanceColor, balanceOf, fmt } from '../meaning.js';
import { href, parseHash, type Route, setParams } from '../route.js';
import { useData } from '../use-data.js';

// The box the shapes were projected into (web/world-shapes.ts).
const WIDTH = 960;
const HEIGHT = 500;

type Shape = { id: string; d: string; name: string };

// The map, projected at build time (web/world-shapes.ts), is its own chunk, asked for as soon as
// this module loads so that it arrives together with the data.
const atlas: Promise<Shape[]> = import('virtual:world-shapes').then((m) => m.default);
let projected: Shape[] | undefined;

const worldOf = (country?: string, since?: string, until?: string) => getJson<WorldAnswer>('/api/world', { country, since, until });

// When the page opens on this view, its data is asked for with the map, not after the first render
// (and without filters, index.html has had the browser fetching it since the page arrived).
const opening = parseHash(location.hash);
let early: { key: string; answer: Promise<WorldAnswer> } | undefined;
if ((opening.path[0] ?? 'world') === 'world') {
  const [country, since, until] = ['country', 'since', 'until'].map((k) => opening.params.get(k) ?? undefined);
  early = { key: `${country}|${since}|${until}`, answer: worldOf(country, since, until) };
}

interface Partner {
  code: string;
  events: number;
  quads: [number, number, number, number];
}

/** Both directions of each pair with `country`, summed per partner, most events first. */
function partnersOf(country: string, dyads: WorldAnswer['dyads']['dyads']): Partner[] {
  const by = new Map<string, Partner>();
  for (const d of dyads) {
    const code = d.source === country ? d.target : d.source;
    if (code === country) continue;
    const p = by.get(code) ?? { code, events: 0, quads: [0, 0, 0, 0] };
    p.events += d.events;
    p.quads = [p.quads[0] + d.q1, p.quads[1] + d.q2, p.quads[2] + d.q3, p.quads[3] + d.q4];
    by.set(code, p);
  }
  return [...by.values()].sort((a, b) => b.events - a.events);
}

/** Conflict to the left of the middle, cooperation to the right, as long as the balance is strong. */
function BalanceBar({ balance }: { balance: number }) {
  const half = Math.max(2, Math.abs(balance) * 50);
  const left = balance < 0 ? 50 - half : 50;
  return (
    <span className="bar" title={`cooperation − conflict: ${fmt(balance, 2)}`}>
      <span style={{ left: `${left}%`, width: `${half}%`, background: balanceColor(balance) }} />
    </span>
  );
}

export function World({ route }: { route: Route }) {
  const countries = useContext(CountriesContext);
  const name = useCountryName();
  const p = route.params;
  const selected = p.get('country') ?? undefined;
  const since = p.get('since') ?? undefined;
  const until = p.get('until') ?? undefined;
  const [shapes, setShapes] = useState(projected);
  useEffect(() => {
    if (!shapes) atlas.then((list) => setShapes((projected = list)), () => {});
  }, [shapes]);

  const key = `${selected}|${since}|${until}`;
  const world = useData(key, () => {
    // The early answer serves once: a later visit asks again for fresh data.
    const answer = early?.key === key ? early.answer : worldOf(selected, since, until);
    early = undefined;
    return answer;
  });
  const dyads = { ...world, data: world.data?.dyads };
  const signals = { ...world, data: world.data?.signals };

  const partners = useMemo(() => (selected && dyads.data ? partnersOf(selected, dyads.data.dyads) : []), [selected, dyads.data]);
  // Without a chosen country the map shows how much each country appears in events.
  const involvement = useMemo(() => {
    const m = new Map<string, number>();
    if (selected || !dyads.data) return m;
    for (const d of dyads.data.dyads) {
      m.set(d.source, (m.get(d.source) ?? 0) + d.events);
      m.set(d.target, (m.get(d.target) ?? 0) + d.events);
    }
    return m;
  }, [selected, dyads.data]);
  const maxInvolvement = Math.max(1, ...involvement.values());
  const partnerBy = new Map(partners.map((x) => [x.code, x]));

  const fill = (code: string | undefined): string => {
    if (!code) return '#eeece6';
    if (code === selected) return '#2b2b33';
    if (selected) {
      const partner = partnerBy.get(code);
      return partner ? balanceColor(balanceOf(partner.quads)) : '#eeece6';
    }
    const n = involvement.get(code);
    if (!n) return '#eeece6';
    const k = 0.25 + 0.75 * (Math.log1p(n) / Math.log1p(maxInvolvement));
    return `rgba(88, 80, 140, ${k.toFixed(2)})`;
  };

  return (
    <div className="world">
      <div className="view-head">
        <h1>{selected ? `${name(selected)} and its partners` : 'World'}</h1>
        <Filters route={route} types={false} />
      </div>
      <div className="world-grid">
        <section className="map-panel" aria-label="Map">
          <svg className="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="World map of relations">
            {shapes?.map((s, i) => {
              const code = countries.byNumeric.get(s.id)?.code;
              return (
                <path
                  key={`${s.id}-${i}`}
                  d={s.d}
                  fill={fill(code)}
                  className={code ? 'country' : 'country inert'}
                  data-code={code}
                  onClick={() => code && setParams(route, { country: code === selected ? '' : code })}
                >
                  <title>{code ? name(code) : s.name}{code && partnerBy.get(code) ? ` · ${partnerBy.get(code)!.events} events` : ''}</title>
                </path>
              );
            })}
          </svg>
          <div className="legend">
            {selected ? (
              <>
                <span className="swatch" style={{ background: balanceColor(-1) }} /> conflict
                <span className="swatch" style={{ background: balanceColor(0) }} /> mixed
                <span className="swatch" style={{ background: balanceColor(1) }} /> cooperation
                <span className="hint">with {name(selected)}, over {since || until ? 'the chosen period' : 'all dates'}. Click it again to clear.</span>
              </>
            ) : (
              <span className="hint">Shade: how often a country takes part in coded events. Choose a country to see its partners.</span>
            )}
          </div>
        </section>
        <aside className="side">
          {selected ? (
            <section>
              <h2>Partners of {name(selected)}</h2>
              <Status loading={dyads.loading && !dyads.data} error={dyads.error} empty={dyads.data && partners.length === 0 && 'No events with other countries in this period.'} />
              <ol className="partners">
                {partners.slice(0, 15).map((x) => {
                  const b = balanceOf(x.quads);
                  return (
                    <li key={x.code}>
                      <a href={href(['pair', `${selected}-${x.code}`], { since, until })}>{name(x.code)}</a>
                      <BalanceBar balance={b} />
                      <span className="n">{fmt(x.events)}</span>
                    </li>
                  );
                })}
              </ol>
            </section>
          ) : (
            <section>
              <h2>Busiest pairs</h2>
              <Status loading={dyads.loading && !dyads.data} error={dyads.error} empty={dyads.data?.dyads.length === 0 && 'No events stored yet.'} />
              <ol className="partners">
                {dyads.data?.dyads.slice(0, 10).map((d) => (
                  <li key={`${d.source}-${d.target}-${d.coder}`}>
                    <a href={href(['pair', `${d.source}-${d.target}`], { since, until })}>{name(d.source)} → {name(d.target)}</a>
                    <BalanceBar balance={balanceOf([d.q1, d.q2, d.q3, d.q4])} />
                    <span className="n">{fmt(d.events)}</span>
                  </li>
                ))}
              </ol>
            </section>
          )}
          <section className="signals" aria-busy={signals.loading || (!signals.data && !signals.error)}>
            <h2>Latest signals{signals.data?.since && !since && !until && <span className="meta"> · year to {signals.data.until}</span>}</h2>
            <Status loading={signals.loading && !signals.data} error={signals.error} empty={signals.data?.signals.length === 0 && 'No shifts detected in this period.'} />
            <ul>
              {signals.data?.signals.map((s, i) => (
                <li key={i} className={`signal ${s.kind}`}>
                  <div>
                    <span className="kind">{s.kind}</span>{' '}
                    <a href={href(['pair', s.dyad.join('-')])}>{name(s.dyad[0])} → {name(s.dyad[1])}</a>
                    <span className="meta"> · {s.day}</span>
                  </div>
                  <p>{s.explanation}</p>
                  {s.evidence.slice(0, 2).map((e) => (
                    <a key={`${e.articleId}/${e.eventId}`} className="evidence-link" href={href(['article', e.articleId], { focus: e.eventId })}>
                      “{e.text.length > 160 ? `${e.text.slice(0, 160)}…` : e.text}”
                    </a>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
