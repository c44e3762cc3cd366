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

// commander requires node:child_process at load time, for executable subcommands this CLI never
// runs; loading it (and what it pulls in) costs ~7 ms of every start. Give commander a stand-in that
// loads the module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let m; const real = () => (m ??= require('node:child_process'));\n" +
        'module.exports = new Proxy({}, { get: (_, key) => real()[key] });',
      loader: 'js',
    }));
  },
};

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
  plugins: [lazyChildProcess],
  legalComments: 'none',
  logLevel: 'warning',
});
