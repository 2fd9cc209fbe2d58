import Graph from 'graphology';
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { type ActorLink, getJson, type NetworkAnswer } from '../api.js';
import { Filters } from '../components/Filters.js';
import { Status } from '../components/Status.js';
import { useCountryName } from '../countries.js';
import { fmt, quadColor, QUADS } from '../meaning.js';
import { href, type Route, setParams } from '../route.js';
import { forceLayout } from '../layout.js';
import { useData } from '../use-data.js';

const nodeKey = (a: ActorLink['source']) => `${a.name}\u0000${a.country ?? ''}`;

interface Edge {
  source: string;
  target: string;
  events: number;
  /** Events by QuadClass; the colour is the most frequent one. */
  quads: [number, number, number, number];
}

/** One edge per ordered actor pair, with its events split by QuadClass. */
function edgesOf(links: ActorLink[]): Edge[] {
  const by = new Map<string, Edge>();
  for (const l of links) {
    const source = nodeKey(l.source);
    const target = nodeKey(l.target);
    if (source === target) continue;
    const key = `${source}\u0001${target}`;
    const e = by.get(key) ?? { source, target, events: 0, quads: [0, 0, 0, 0] };
    e.events += l.events;
    e.quads[l.quad - 1] += l.events;
    by.set(key, e);
  }
  return [...by.values()];
}

const dominant = (q: number[]) => q.indexOf(Math.max(...q)) + 1;

export default function Network({ route }: { route: Route }) {
  const name = useCountryName();
  const p = route.params;
  const filters = { country: p.get('country') ?? undefined, since: p.get('since') ?? undefined, until: p.get('until') ?? undefined, type: p.get('type') ?? undefined, modality: p.get('modality') ?? undefined };
  const network = useData(JSON.stringify(filters), () => getJson<NetworkAnswer>('/api/network', { ...filters, limit: '300' }));
  const box = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<string>();
  const links = network.data?.links;
  const edges = useMemo(() => edgesOf(links ?? []), [links]);
  const labels = useMemo(() => {
    const m = new Map<string, ActorLink['source']>();
    for (const l of links ?? []) {
      m.set(nodeKey(l.source), l.source);
      m.set(nodeKey(l.target), l.target);
    }
    return m;
  }, [links]);

  useEffect(() => {
    const el = box.current;
    if (!el || edges.length === 0) return;
    const graph = new Graph({ type: 'directed' });
    const weight = new Map<string, number>();
    for (const e of edges) {
      weight.set(e.source, (weight.get(e.source) ?? 0) + e.events);
      weight.set(e.target, (weight.get(e.target) ?? 0) + e.events);
    }
    const nodes = [...weight.keys()];
    const position = forceLayout(nodes, edges.map((e) => [e.source, e.target, e.events]));
    const maxWeight = Math.max(...weight.values());
    const maxEdge = Math.max(...edges.map((e) => e.events));
    for (const id of nodes) {
      const actor = labels.get(id)!;
      graph.addNode(id, {
        ...position.get(id),
        size: 4 + 14 * Math.sqrt(weight.get(id)! / maxWeight),
        color: '#58508c',
        label: actor.country ? `${actor.name} (${actor.country})` : actor.name,
      });
    }
    for (const e of edges) {
      graph.addDirectedEdge(e.source, e.target, {
        size: 1 + 6 * Math.sqrt(e.events / maxEdge),
        color: quadColor(dominant(e.quads)),
      });
    }
    const sigma = new Sigma(graph, el, { settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 5, labelDensity: 1.2 } });
    sigma.on('clickNode', ({ node }: { node: string }) => setChosen(node));
    return () => sigma.kill();
  }, [edges, labels]);

  const chosenEdges = chosen ? edges.filter((e) => e.source === chosen || e.target === chosen).sort((a, b) => b.events - a.events) : [];
  const actorName = (id: string) => labels.get(id)?.name ?? id;

  return (
    <div className="network">
      <div className="view-head">
        <h1>Network{filters.country && ` around ${name(filters.country)}`}</h1>
        <Filters route={route} />
      </div>
      <div className="legend">
        {QUADS.map((q) => <span key={q.quad}><span className="swatch" style={{ background: q.color }} /> {q.name}</span>)}
        <span className="hint">Edges: events from an actor to another, thicker for more, coloured by their most frequent QuadClass. Click an actor.</span>
        {filters.country && <button type="button" className="link" onClick={() => setParams(route, { country: '' })}>all countries</button>}
      </div>
      <Status loading={network.loading && !network.data} error={network.error} empty={network.data?.links.length === 0 && 'No events between actors match these filters.'} />
      <div className="network-grid">
        <div ref={box} className="graph" data-testid="network-graph" />
        <aside className="side">
          {chosen ? (
            <>
              <h2>{actorName(chosen)}</h2>
              {labels.get(chosen)?.country && (
                <p><a href={href(['network'], { ...filters, country: labels.get(chosen)!.country! })}>{name(labels.get(chosen)!.country)}'s network</a></p>
              )}
              <ul className="links">
                {chosenEdges.map((e) => {
                  const s = labels.get(e.source)!;
                  const t = labels.get(e.target)!;
                  return (
                    <li key={`${e.source}>${e.target}`}>
                      <span className="swatch" style={{ background: quadColor(dominant(e.quads)) }} />
                      {actorName(e.source)} → {actorName(e.target)} <span className="n">{fmt(e.events)}</span>
                      {s.country && t.country && s.country !== t.country && (
                        <a className="small" href={href(['pair', `${s.country}-${t.country}`], filters)}> timeline</a>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p className="hint">{edges.length} links between {labels.size} actors.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
