import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * `POSTGUARD_BROWSER=firefox vite build` (npm run build:firefox) writes dist-firefox/.
 * POSTGUARD_OUT_DIR builds somewhere else, e.g. beside a dist/ another test run is using.
 */
const firefox = process.env.POSTGUARD_BROWSER === 'firefox';
const outDir = process.env.POSTGUARD_OUT_DIR ?? (firefox ? 'dist-firefox' : 'dist');

// Firefox runs MV3 background code as event pages (background.scripts) and needs a gecko id;
// Postguard collects no data, which Firefox asks extensions to declare. The "key" that fixes the
// Chrome extension id means nothing to Firefox (the gecko id names it), so it is left out there.
const { key: _chromeOnlyKey, ...manifestWithoutKey } = baseManifest;
const manifest = firefox
  ? {
      ...manifestWithoutKey,
      background: { scripts: [baseManifest.background.service_worker], type: 'module' as const },
      browser_specific_settings: {
        gecko: {
          id: 'postguard@postguard.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none' as const] },
        },
      },
    }
  : baseManifest;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      browser: firefox ? 'firefox' : 'chrome',
      // The content script is one self-contained IIFE: no module loader, nothing fetched at run time.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      liveReload: false,
    }),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: firefox ? 'firefox142' : 'chrome116',
    sourcemap: false,
    minify: true,
  },
});
