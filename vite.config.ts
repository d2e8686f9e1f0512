import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      // The content script is one self-contained IIFE: no module loader, nothing fetched at run time.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      liveReload: false,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    minify: true,
  },
});
