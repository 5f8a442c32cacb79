/**
 * Bench `feeds-corpus`: the share of digest values right on feedparser's test
 * feeds (the shared tools' digest-score), ours (`parseFeed`) against plain
 * rss-parser scored by the same tool in the same run. Needs ../shared beside
 * the repo; without it the bench prints why and yields no line.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchLine } from './bench-line.js';
import { round } from './bench-line.js';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tools = path.resolve(repoRoot, '../shared/tools/feeds');

interface CorpusScore {
  percent: number;
  hung: number;
  crashed: number;
}

/** Runs the harness with one parser module and scores its report. */
async function score(parser: string, dir: string): Promise<CorpusScore> {
  const out = path.join(dir, `${path.basename(parser, '.mjs')}.json`);
  const env = { ...process.env, NEWS_DIGEST_ROOT: repoRoot, RSS_PARSER_FROM: repoRoot };
  await execFileAsync(process.execPath, [path.join(tools, 'run.mjs'), '--parser', path.join(tools, 'parsers', parser), '--out', out], {
    env,
    cwd: repoRoot,
    maxBuffer: 64 << 20,
  });
  // digest-score exits 1 under its 98 % goal: its line is still the figure.
  const { stdout } = await execFileAsync(process.execPath, [path.join(tools, 'digest-score.mjs'), out]).catch((e: { stdout?: string }) => ({
    stdout: e.stdout ?? '',
  }));
  const m = /(\d+) hung, (\d+) crashed .*?digest values right ([\d.]+)%/.exec(stdout);
  if (!m) throw new Error(`digest-score printed no figure: ${stdout.trim()}`);
  return { hung: Number(m[1]), crashed: Number(m[2]), percent: Number(m[3]) };
}

export async function run(): Promise<BenchLine[]> {
  if (!existsSync(path.join(tools, 'digest-score.mjs'))) {
    process.stderr.write('feeds-corpus: skipped, ../shared/tools/feeds is not beside the repo\n');
    return [];
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'feeds-corpus-'));
  try {
    const ours = await score('news-digest.mjs', dir);
    const baseline = await score('rss-parser-baseline.mjs', dir);
    return [
      {
        bench: 'feeds-corpus',
        metric: 'digest values right, %',
        ours: ours.percent,
        baseline: baseline.percent,
        ratio: round(ours.percent / baseline.percent),
      },
      {
        bench: 'feeds-corpus',
        metric: 'hung or crashed files',
        ours: ours.hung + ours.crashed,
        baseline: baseline.hung + baseline.crashed,
        ratio: round((baseline.hung + baseline.crashed + 1) / (ours.hung + ours.crashed + 1)),
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
