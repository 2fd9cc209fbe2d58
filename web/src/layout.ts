/**
 * A force-directed layout (Fruchterman–Reingold) for the few hundred nodes the network view
 * shows: linked actors pull together, all push apart. Deterministic: starts from a circle.
 */
export function forceLayout(nodes: string[], edges: [string, string, number][], iterations = 300): Map<string, { x: number; y: number }> {
  const n = nodes.length;
  const index = new Map(nodes.map((id, i) => [id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  nodes.forEach((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    x[i] = Math.cos(a) * 100;
    y[i] = Math.sin(a) * 100;
  });
  const k = Math.sqrt((200 * 200) / Math.max(1, n));
  const links = edges.map(([s, t, w]) => [index.get(s)!, index.get(t)!, Math.log1p(w)] as const);
  let temperature = 20;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ex = x[i] - x[j];
        const ey = y[i] - y[j];
        const d2 = Math.max(0.01, ex * ex + ey * ey);
        const f = (k * k) / d2;
        dx[i] += ex * f; dy[i] += ey * f;
        dx[j] -= ex * f; dy[j] -= ey * f;
      }
    }
    for (const [s, t, w] of links) {
      const ex = x[s] - x[t];
      const ey = y[s] - y[t];
      const d = Math.max(0.1, Math.hypot(ex, ey));
      // Attraction d²/k along the edge, stronger for pairs with more events.
      const f = (d / k) * (1 + w);
      dx[s] -= ex * f; dy[s] -= ey * f;
      dx[t] += ex * f; dy[t] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      // A pull to the centre keeps small unlinked groups near the rest instead of far out.
      dx[i] -= x[i] * 0.25;
      dy[i] -= y[i] * 0.25;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i]));
      const step = Math.min(d, temperature);
      x[i] += (dx[i] / d) * step;
      y[i] += (dy[i] / d) * step;
    }
    temperature = Math.max(0.5, temperature * 0.985);
  }
  return new Map(nodes.map((id, i) => [id, { x: x[i], y: y[i] }]));
}
