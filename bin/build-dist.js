// `npm run build`: the CLI as a few bundled ES modules in dist/cli/ (an entry, a chunk per
// command, chunks they share). Node 20 links ES modules one file at a time, and a command
// reaching the store and the config would link some 450 files (kysely alone ships 263, zod 95):
// that linking, not our code, was most of a command's start-up. Commands still load lazily
// (each `import()` becomes a chunk). Packages that are native, read their own files at run
// time or are only loaded on the paths that need them stay outside, resolved from node_modules.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Pure-JS packages of many small modules that a store command or a send loads (native, data-heavy or rarely used ones stay outside). */
const BUNDLED_PACKAGES = ['kysely', 'zod', 'yaml', 'node-cron', 'nodemailer', 'entities', 'csv-parse', 'chardet'];

const { dependencies } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  // The SMTP sending thread is started by file name (smtp-threads.ts), next to the chunk that starts it.
  entryPoints: { bin: 'src/cli/bin.ts', 'smtp-sender-thread': 'src/deliver/smtp-sender-thread.ts' },
  // dist/cli/ is as deep as src/config/: bundled-files.ts finds the package root two folders up from either.
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  external: Object.keys(dependencies).filter((name) => !BUNDLED_PACKAGES.includes(name)),
  // Bundled CommonJS packages (yaml, nodemailer) require Node's built-ins: give each ES chunk a `require` to do it with.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
