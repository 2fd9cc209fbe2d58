import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type DyadsAnswer, type EventsAnswer, getJson, type TimelineAnswer, type TimelinePoint } from '../api.js';
import { EventItem } from '../components/EventItem.js';
import { Filters } from '../components/Filters.js';
import { Status } from '../components/Status.js';
import { useCountryName } from '../countries.js';
import { QUADS } from '../meaning.js';
import { href, type Route, setParams } from '../route.js';
import { useData } from '../use-data.js';

const PERIODS = ['day', 'week', 'month'] as const;

/** Seconds since 1970 at the start of a period ('2017-08', '2017-08-03'). */
const periodTime = (period: string): number => Date.parse(period.length === 7 ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`) / 1000;

/**
 * Columns for the chart: cooperation stacked above zero (QuadClass 1 then 2), conflict stacked
 * below (3 then 4), and the Goldstein mean on its own axis.
 */
function columns(points: TimelinePoint[]): uPlot.AlignedData {
  const x = points.map((p) => periodTime(p.period));
  const q = (i: number) => points.map((p) => p.quads[i]);
  const [q1, q2, q3, q4] = [q(0), q(1), q(2), q(3)];
  return [
    x,
    q1.map((v, i) => v + q2[i]), // verbal + material cooperation (drawn first, behind)
    q1,
    q3.map((v, i) => -(v + q4[i])),
    q3.map((v) => -v),
    points.map((p) => p.goldstein),
  ];
}

function Chart({ points, label }: { points: TimelinePoint[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const bars = uPlot.paths.bars!({ size: [0.7, 48], align: 0 });
    const width = () => Math.max(320, el.clientWidth);
    const plot = new uPlot({
      width: width(),
      height: 300,
      title: label,
      legend: { show: false },
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true }, g: { range: [-10, 10] } },
      axes: [
        { stroke: '#555', grid: { stroke: '#eee' } },
        { label: 'events (weighted)', stroke: '#555', grid: { stroke: '#eee' }, values: (_u, vals) => vals.map((v) => String(Math.abs(v))) },
        { scale: 'g', side: 1, label: 'Goldstein mean', stroke: '#555', grid: { show: false } },
      ],
      series: [
        {},
        { label: QUADS[1].name, fill: QUADS[1].color, stroke: QUADS[1].color, paths: bars, points: { show: false } },
        { label: QUADS[0].name, fill: QUADS[0].color, stroke: QUADS[0].color, paths: bars, points: { show: false } },
        { label: QUADS[3].name, fill: QUADS[3].color, stroke: QUADS[3].color, paths: bars, points: { show: false } },
        { label: QUADS[2].name, fill: QUADS[2].color, stroke: QUADS[2].color, paths: bars, points: { show: false } },
        { label: 'Goldstein mean', scale: 'g', stroke: '#222', width: 2, spanGaps: true, points: { show: true, size: 6, fill: '#222' } },
      ],
    }, columns(points), el);
    const resize = () => plot.setSize({ width: width(), height: 300 });
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [points, label]);
  return <div ref={box} className="chart" data-testid="timeline-chart" />;
}

function PairPicker({ route }: { route: Route }) {
  const name = useCountryName();
  const top = useData('top', () => getJson<DyadsAnswer>('/api/dyads', { limit: '24' }));
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const go = () => {
    if (/^[A-Za-z]{3}$/.test(a) && /^[A-Za-z]{3}$/.test(b)) location.hash = href(['pair', `${a.toUpperCase()}-${b.toUpperCase()}`], route.params);
  };
  return (
    <div className="pair-picker">
      <h1>Pair</h1>
      <form onSubmit={(e) => { e.preventDefault(); go(); }} className="inline-form">
        <input aria-label="First country code" placeholder="PRK" maxLength={3} value={a} onChange={(e) => setA(e.target.value)} />
        <span>and</span>
        <input aria-label="Second country code" placeholder="IRN" maxLength={3} value={b} onChange={(e) => setB(e.target.value)} />
        <button>Show timeline</button>
      </form>
      <h2>Pairs with the most events</h2>
      <Status loading={top.loading} error={top.error} empty={top.data?.dyads.length === 0 && 'No events stored yet.'} />
      <ul className="pair-list">
        {top.data?.dyads.map((d) => (
          <li key={`${d.source}-${d.target}-${d.coder}`}>
            <a href={href(['pair', `${d.source}-${d.target}`], route.params)}>{name(d.source)} → {name(d.target)}</a> <span className="n">{d.events}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function Pair({ route }: { route: Route }) {
  const name = useCountryName();
  const dyad = route.path[1];
  const p = route.params;
  const by = (PERIODS as readonly string[]).includes(p.get('by') ?? '') ? p.get('by')! : 'month';
  const since = p.get('since') ?? undefined;
  const until = p.get('until') ?? undefined;
  const type = p.get('type') ?? undefined;
  const modality = p.get('modality') ?? undefined;
  const timeline = useData(dyad ? `${dyad}|${by}|${since}|${until}` : null, () =>
    getJson<TimelineAnswer>('/api/timeline', { dyad, by, since, until }));
  const events = useData(dyad ? `${dyad}|${since}|${until}|${type}|${modality}` : null, () =>
    getJson<EventsAnswer>('/api/events', { dyad, since, until, type, modality, limit: '100' }));
  if (!dyad) return <PairPicker route={route} />;
  const [a, b] = dyad.split('-');
  const title = `${name(a)} – ${name(b)}`;
  const points = timeline.data?.points.filter((pt) => pt.coder === 'dyad') ?? [];
  return (
    <div className="pair">
      <div className="view-head">
        <h1>{title}</h1>
        <Filters route={route} country={false} />
      </div>
      <div className="chart-head">
        <div className="legend">
          {QUADS.map((q) => <span key={q.quad}><span className="swatch" style={{ background: q.color }} /> {q.name}</span>)}
          <span><span className="swatch line" /> Goldstein mean (right axis)</span>
        </div>
        <div className="segmented" role="group" aria-label="Period">
          {PERIODS.map((x) => (
            <button key={x} type="button" className={x === by ? 'on' : undefined} onClick={() => setParams(route, { by: x })}>{x}</button>
          ))}
        </div>
      </div>
      <Status loading={timeline.loading && !timeline.data} error={timeline.error} empty={timeline.data && points.length === 0 && 'No events between these two countries in this period.'} />
      {points.length > 0 && <Chart points={points} label={`${title}, by ${by}: cooperation above the line, conflict below`} />}
      <h2>Events {events.data && <span className="n">{events.data.events.length === 100 ? 'latest 100' : events.data.events.length}</span>}</h2>
      <Status loading={events.loading && !events.data} error={events.error} empty={events.data?.events.length === 0 && 'No events match these filters.'} />
      <ul className="events">
        {events.data?.events.map((e) => <EventItem key={`${e.articleId}/${e.event.id}`} item={e} />)}
      </ul>
    </div>
  );
}
