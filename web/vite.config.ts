// Vite build of the web explorer: web/index.html -> web/dist, served by the HTTP server at `/`.
// The app imports shared tables (ontology, palette) from ../src, hence fs.allow on the project root.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    fs: { allow: [projectRoot] },
    // `npm run dev:web` proxies the API to `npm run serve` (port 3000).
    proxy: { '/api': 'http://localhost:3000' },
  },
});
