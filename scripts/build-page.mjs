#!/usr/bin/env node
// Bundles the page's browser script (src/sinks/page/client/main.ts, with Cytoscape.js and fCoSE from
// node_modules) into one file, dist/page/viewer.js, that `kg ingest` inlines into every index.html.
// Run by `npm run build`; the tests and the benchmark run it again so they always test fresh code.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/sinks/page/client/main.ts'],
  outfile: 'dist/page/viewer.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: !process.env.KG_PAGE_DEBUG,
  legalComments: 'inline',
  logLevel: 'warning',
});
