// Compiles the server to plain JavaScript in dist-server/, so production runs no TypeScript compiler:
// `npm start` and the container run `node dist-server/main.js`. Dependencies stay in node_modules
// (they are not bundled); our own code, steps and templates are. The PDF render thread gets its own
// entry, next to main.js, where render-thread.ts looks for it.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// Tests build into a folder of their own (argument), so they never replace the one `npm start` runs.
const outdir = process.argv[2] ?? 'dist-server';
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: {
    main: 'src/server/main.ts',
    'render-worker': 'src/server/pdf/render-worker-main.ts',
    backup: 'src/scripts/backup.ts',
    restore: 'src/scripts/restore.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  format: 'esm',
  jsx: 'automatic',
  sourcemap: true,
  // Production React (the PDF renderer is much faster) without relying on NODE_ENV at run time.
  define: { 'process.env.NODE_ENV': '"production"' },
  // hyphen's language files are directory imports that Node's ESM loader refuses: bundled instead.
  external: Object.keys(pkg.dependencies ?? {}).filter((name) => name !== 'hyphen'),
  logLevel: 'warning',
  legalComments: 'none',
});
console.log(`Server gebouwd in ${outdir}/`);
