/**
 * Bench `scale`: does a list ten times longer cost ten times the memory? A
 * whole `send` (fetch, summarize, render, freeze, deliver) to 10,000 and to
 * 100,000 readers, and `subscribers import` of 1,000,000 CSV rows, each in a
 * process of its own (so none inherits another's heap), measured by that
 * process's peak RSS. Sending goes to an smtp-server sink in another process,
 * the rate limit raised; messages per second are the sink's, first to last.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.js';
import { writeTestConfig } from '../tests/helpers/test-config.js';
import { round, type BenchLine } from './bench-line.js';
import { startSinkProcess, type SinkProcess } from './smtp-sink-process.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '../bin/news-digest.js');
const SMALL = 10_000;
const LARGE = 100_000;
const IMPORT_ROWS = 1_000_000;
const MiB = 1024 * 1024;

interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssBytes: number;
}

/** Runs the CLI in its own process and reads back its peak RSS. */
async function measure(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', path.join(here, 'print-peak-rss.mjs'), cli, ...args], {
    cwd,
    env: { ...process.env, DIGEST_SECRET: 'scale-bench-secret-0123456789abcdef', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
  const [code] = (await once(child, 'exit')) as [number | null];
  const peak = /peak-rss-kib (\d+)/.exec(stderr);
  if (!peak) throw new Error(`scale bench: no peak RSS from ${args.join(' ')} (exit ${code}): ${stderr.slice(-2000)}`);
  return { code, stdout, stderr, seconds: (performance.now() - t0) / 1000, peakRssBytes: Number(peak[1]) * 1024 };
}

/** A whole `send` to `readers` confirmed readers in a fresh folder. */
async function send(readers: number, sink: SinkProcess): Promise<{ rss: number; rate: number }> {
  const { dir, config } = writeTestConfig(['smtp:', '  maxConnections: 4', '  ratePerSecond: 1000000']);
  try {
    const store = await openStore(path.join(dir, 'digest.sqlite'));
    const at = new Date().toISOString();
    for (let i = 0; i < readers; i += 10_000) {
      const batch = Array.from({ length: Math.min(10_000, readers - i) }, (_, k) => ({
        email: `reader${i + k}@example.org`,
        name: (i + k) % 2 ? `Reader ${i + k}` : null,
        status: 'confirmed' as const,
      }));
      await store.subscribers.importMany(batch, at, false);
    }
    await store.close();
    await sink.reset();
    const m = await measure(['send', '--config', config], dir, { SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
    const c = await sink.count();
    if (m.code !== 0 || c.accepted !== readers)
      throw new Error(`scale bench: send exited ${m.code}, the sink accepted ${c.accepted} of ${readers}: ${m.stderr.slice(-2000)}`);
    const rate = (c.accepted - 1) / ((c.last - c.first) / 1000);
    process.stderr.write(
      `scale: send to ${readers}: ${m.seconds.toFixed(1)} s in all, ${rate.toFixed(0)} msg/s, peak RSS ${(m.peakRssBytes / MiB).toFixed(0)} MiB\n`,
    );
    return { rss: m.peakRssBytes, rate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ZONES = ['Europe/Berlin', 'Asia/Jakarta', 'America/New_York', ''];

/** `subscribers import --confirmed` of a generated file of `rows` readers into a fresh store. */
async function importRows(rows: number): Promise<Measured> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nd-bench-scale-'));
  try {
    const { config } = writeTestConfig([], dir);
    const file = path.join(dir, 'readers.csv');
    const out = createWriteStream(file);
    out.write('email,name,lang,send_at,time_zone\n');
    for (let i = 0; i < rows; i += 10_000) {
      let chunk = '';
      for (let k = i; k < Math.min(rows, i + 10_000); k++) {
        const zone = ZONES[k % ZONES.length]!;
        chunk += `reader${k}@example.org,Reader ${k},${k % 3 ? 'en' : 'id'},${zone ? '07:30' : ''},${zone}\n`;
      }
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const m = await measure(['subscribers', 'import', file, '--confirmed', '--config', config], dir);
    if (m.code !== 0 || !m.stdout.includes(`imported ${rows} rows: ${rows} new`))
      throw new Error(`scale bench: import exited ${m.code}: ${m.stdout} ${m.stderr.slice(-2000)}`);
    process.stderr.write(`scale: import of ${rows} rows: ${m.seconds.toFixed(1)} s, peak RSS ${(m.peakRssBytes / MiB).toFixed(0)} MiB\n`);
    return m;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchLine[]> {
  const sink = await startSinkProcess();
  let small;
  let large;
  try {
    small = await send(SMALL, sink);
    large = await send(LARGE, sink);
  } finally {
    sink.child.kill();
  }
  const imported = await importRows(IMPORT_ROWS);
  const mib = (b: number) => round(b / MiB, 1);
  return [
    {
      bench: 'scale',
      metric: `peak RSS MiB of a whole send to ${LARGE} readers (baseline: to ${SMALL}; target ratio >= 0.83)`,
      ours: mib(large.rss),
      baseline: mib(small.rss),
      ratio: round(small.rss / large.rss),
    },
    {
      bench: 'scale',
      metric: `peak RSS MiB of a whole send to ${LARGE} readers (baseline: the 300 MB target)`,
      ours: mib(large.rss),
      baseline: mib(300e6),
      ratio: round(300e6 / large.rss),
    },
    {
      bench: 'scale',
      metric: `messages per second sending to ${LARGE} readers (baseline: to ${SMALL}; target ratio >= 0.9)`,
      ours: round(large.rate, 1),
      baseline: round(small.rate, 1),
      ratio: round(large.rate / small.rate),
    },
    {
      bench: 'scale',
      metric: `seconds to import ${IMPORT_ROWS} CSV rows (baseline: the 60 s target)`,
      ours: round(imported.seconds, 1),
      baseline: 60,
      ratio: round(60 / imported.seconds),
    },
    {
      bench: 'scale',
      metric: `peak RSS MiB importing ${IMPORT_ROWS} CSV rows (baseline: the 200 MB target)`,
      ours: mib(imported.peakRssBytes),
      baseline: mib(200e6),
      ratio: round(200e6 / imported.peakRssBytes),
    },
  ];
}
