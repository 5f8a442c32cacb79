/**
 * One bench in a process of its own (bench/run.ts starts one per file), so no
 * bench pays for the garbage and heap another left behind: prints its JSON
 * lines on stdout.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRun } from './bench-line.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name) {
  process.stderr.write('usage: tsx bench/run-one.ts NAME\n');
  process.exit(2);
}
const mod = (await import(pathToFileURL(path.join(dir, `${name}.bench.ts`)).href)) as { run: BenchRun };
for await (const line of await mod.run()) process.stdout.write(JSON.stringify(line) + '\n');
