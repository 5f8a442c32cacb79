/**
 * `npm run bench [-- NAME...]`: runs every bench/<name>.bench.ts (or the named
 * ones) and prints one JSON line per measurement on stdout; progress on stderr.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { BenchRun } from './bench-line.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')))
  .sort();

for (const file of files) {
  process.stderr.write(`bench ${file.replace('.bench.ts', '')}...\n`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: BenchRun };
  const lines = await mod.run();
  for await (const line of lines) process.stdout.write(JSON.stringify(line) + '\n');
}
