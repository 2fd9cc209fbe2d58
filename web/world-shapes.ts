import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';

/** The map's drawing box, in SVG units. */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

const ID = 'virtual:world-shapes';

/**
 * The world map projected once at build time into SVG paths (`virtual:world-shapes`), so the
 * browser neither loads the projection code nor spends its first view projecting: the shapes
 * never change, only their colours. One decimal is below a pixel at the map's size.
 */
export function worldShapes(): Plugin {
  return {
    name: 'world-shapes',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
      const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
      const fc = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
      const path = geoPath(geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], fc)).digits(1);
      const shapes = fc.features
        .filter((f) => f.properties.name !== 'Antarctica')
        .map((f) => ({ id: String(f.id ?? ''), d: path(f) ?? '', name: f.properties.name }));
      // A JSON string parsed at run time: faster to load than the same data as object literals.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(shapes))});`;
    },
    // The World view imports the map when its module runs; a preload link has the browser fetch it
    // alongside the main script instead of after it.
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === `\0${ID}`);
        return chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', href: `/${chunk.fileName}` }, injectTo: 'head' }] : undefined;
      },
    },
  };
}
