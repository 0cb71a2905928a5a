import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The first script is what a 3G line waits for (issue 12 §4): a chunk this large is a regression to look at.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Every page needs these, and they change only on an upgrade: one file a browser keeps across releases.
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack)[\\/]/, priority: 2 },
            // The rest of what the login page needs, in one file: on HTTP/1.1 a browser opens six connections to a host, and
            // every file past them waits a round trip more (562 ms on Fast 3G).
            { name: 'shell', tags: ['$initial'], priority: 1 },
            // The report and outline editors only: nobody else downloads ProseMirror.
            { name: 'editor', test: /[\\/]node_modules[\\/](@tiptap|prosemirror-[^\\/]+|linkifyjs|orderedmap|rope-sequence|w3c-keyname|crelt)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.DANVAN_API ?? 'http://localhost:3000', changeOrigin: false } },
    fs: { allow: [repoRoot] },
  },
});
