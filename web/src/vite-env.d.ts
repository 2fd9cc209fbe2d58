/// <reference types="vite/client" />

declare module 'virtual:world-shapes' {
  /** Countries as SVG paths in a 960 × 500 box: numeric ISO id, path, atlas name. */
  const shapes: { id: string; d: string; name: string }[];
  export default shapes;
}
