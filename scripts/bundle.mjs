// Bundles the compiled CLI (dist/cli/) into dist/bundle/ for bin/directive-parse.js.
// Why: an ES module costs a file lookup, a read and a compile of its own; the CLI's ~60 modules and
// commander's CommonJS took ~50 ms of a 300 ms cold start. One entry file plus shared chunks keeps the
// lazy loading (exporters, the agenda, globbing) as chunks loaded on demand. The library (dist/index.js)
// stays unbundled. Packages that are loaded only on demand, or read files of their own at run time,
// stay external: they are loaded from node_modules exactly as the unbundled CLI loads them.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js', 'dist/cli/worker.js'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  external: [
    'ical-generator',
    'ical.js',
    '@touch4it/ical-timezones',
    'yaml',
    'tinyglobby',
    'cli-progress',
    'iconv-lite',
  ],
  // commander is CommonJS and requires Node's built-ins: give its shim a real `require`.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
