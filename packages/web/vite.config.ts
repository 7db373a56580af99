import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // .gz and .br beside every text asset (and index.html), at the highest levels: the server sends the
    // one the browser accepts (@fastify/static preCompressed), so nothing is compressed per request.
    compression({ algorithms: ['gzip', 'brotliCompress'] }),
  ],
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // The domain package is pure (a test forbids I/O and globals there), so a page that uses one
      // of its functions need not carry the rest: its rule tables and schemas stay out of the chunk.
      treeshake: { moduleSideEffects: [{ test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }] },
    },
  },
});
