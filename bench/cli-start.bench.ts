/**
 * How fast the installed command answers, as a user at a prompt or cron sees
 * it: wall time of whole `news-digest` processes against `node -e 0` started
 * the same way in the same run (lower is better: `ratio` is how many times
 * `node -e 0` a command takes). Runs the compiled CLI (dist/) when built, as
 * an installed copy does; the bench says which on stderr.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.js';
import { writeTestConfig } from '../tests/helpers/test-config.js';
import { round, type BenchLine } from './bench-line.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/news-digest.js');
/** Timed rounds; one more before them warms the disk cache and is thrown away. */
const RUNS = 9;
const READERS = 10_000;

function wallMs(args: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function readersWorkspace(): Promise<{ dir: string; config: string }> {
  const ws = writeTestConfig();
  const store = await openStore(path.join(ws.dir, 'digest.sqlite'));
  const at = new Date().toISOString();
  const readers = Array.from({ length: READERS }, (_, i) => ({ email: `reader${i}@example.org`, status: 'confirmed' as const }));
  await store.subscribers.importMany(readers, at, true);
  await store.close();
  return ws;
}

export async function run(): Promise<BenchLine[]> {
  process.stderr.write(`cli-start: ${existsSync(path.join(root, 'dist/cli/bin.js')) ? 'compiled dist/' : 'sources through tsx (run npm run build)'}\n`);
  const readers = await readersWorkspace();
  // A send that finds nothing new: the first send delivers the demo edition to the outbox, the ones timed find nothing.
  const quiet = writeTestConfig(['demoSubscriber: reader@example.org']);
  execFileSync(process.execPath, [bin, 'send', '--config', quiet.config], { cwd: quiet.dir, stdio: 'ignore' });

  const commands: Record<string, { args: string[]; cwd: string }> = {
    help: { args: [bin, '--help'], cwd: root },
    'subscribers-list-10k': { args: [bin, 'subscribers', 'list', '--config', readers.config], cwd: readers.dir },
    'send-nothing-new': { args: [bin, 'send', '--config', quiet.config], cwd: quiet.dir },
  };
  const times: Record<string, number[]> = { node: [] };
  for (const name of Object.keys(commands)) times[name] = [];
  // Interleaved, so a burst of load on the shared machine hits baseline and commands alike.
  for (let i = 0; i <= RUNS; i++) {
    const round: Record<string, number> = { node: wallMs(['-e', '0'], root) };
    for (const [name, { args, cwd }] of Object.entries(commands)) round[name] = wallMs(args, cwd);
    if (i === 0) continue;
    for (const [name, ms] of Object.entries(round)) times[name]!.push(ms);
  }
  // Every run on stderr, so a noisy median can be told from a slow command.
  for (const [name, ms] of Object.entries(times)) process.stderr.write(`cli-start: ${name} ms: ${ms.map((t) => t.toFixed(0)).join(' ')}\n`);
  const baseline = median(times.node!);
  return Object.keys(commands).map((name) => {
    const ours = median(times[name]!);
    return {
      bench: 'cli-start',
      metric: `${name} wall ms (median of ${RUNS}) / node -e 0`,
      ours: round(ours, 1),
      baseline: round(baseline, 1),
      ratio: round(ours / baseline, 2),
    };
  });
}
