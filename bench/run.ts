/**
 * `npm run bench [-- NAME...]`: runs every bench/<name>.bench.ts (or the named
 * ones), each in its own child process, one after the other, and passes their
 * JSON lines on to stdout in that order; progress on stderr. A fresh process
 * per bench keeps one bench's leftover heap out of the next one's figures.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

function runOne(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(dir, 'run-one.ts'), name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.pipe(process.stdout, { end: false });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

let failed = 0;
for (const name of names) {
  process.stderr.write(`bench ${name}...\n`);
  const code = await runOne(name);
  if (code !== 0) {
    process.stderr.write(`bench ${name} failed (exit ${code})\n`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
