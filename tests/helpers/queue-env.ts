import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { freshDatabase, type FreshDatabase } from './store-engines.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The Redis server the tests use (noeviction, on loopback). */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface QueueEnv {
  /** DATABASE_URL of a PostgreSQL schema of its own. */
  databaseUrl: string;
  /** queue.prefix of its own: no two tests share a queue. */
  prefix: string;
  database: FreshDatabase;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL schema and Redis key prefix for one test file. */
export async function freshQueueEnv(): Promise<QueueEnv> {
  const database = await freshDatabase('postgres');
  const prefix = `nd-test-${randomBytes(6).toString('hex')}`;
  return {
    databaseUrl: database.target,
    prefix,
    database,
    async drop() {
      await database.drop();
      const redis = new Redis(REDIS_URL);
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}

/** What a queue test file works against: its own schema and key prefix, and an SMTP sink. */
export interface QueueTestbed {
  env: QueueEnv;
  sink: SmtpSink;
}

/**
 * A fresh queue env and SMTP sink made before the enclosing describe's tests
 * and removed after them; read `env` and `sink` inside the tests.
 */
export function queueTestbed(sinkOptions: Parameters<typeof startSmtpSink>[0] = { headersOnly: true }): QueueTestbed {
  const bed = {} as QueueTestbed;
  beforeAll(async () => {
    bed.env = await freshQueueEnv();
    bed.sink = await startSmtpSink(sinkOptions);
  });
  afterAll(async () => {
    await bed.sink?.close();
    await bed.env?.drop();
  });
  return bed;
}

export interface CliProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once stdout shows `text`; rejects if the process ends first. */
  waitFor(text: string): Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `news-digest ARGS` in a process of its own (a worker, a send), as an operator would start it; `nodeArgs` go to node first. */
export function cliProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): CliProcess {
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'bin/news-digest.js'), ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    output: () => out,
    exit,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        const poll = setInterval(() => {
          if (out.includes(text)) {
            clearInterval(poll);
            resolve();
          }
        }, 20);
        void exit.then((e) => {
          clearInterval(poll);
          if (!out.includes(text)) reject(new Error(`exited (${e.code ?? e.signal}) before "${text}": ${out.slice(-3000)}`));
        });
      }),
  };
}
