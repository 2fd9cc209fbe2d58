import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { worldShapes } from './world-shapes.js';

// Built by `npm run build` (vite build web) into web/dist, which `dyad serve` serves.
export default defineConfig({
  plugins: [react(), worldShapes()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The map data and the graph renderer are large by nature; views load them on demand.
    chunkSizeWarningLimit: 1200,
  },
});
