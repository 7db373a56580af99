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
  },
});
