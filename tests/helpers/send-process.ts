import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/index.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `news-digest send` in its own process, as an operator's cron would start it. */
export function sendProcess(config: string, cwd: string, smtpUrl: string): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [path.join(root, 'bin/news-digest.js'), 'send', '--config', config], {
    cwd,
    env: { ...process.env, SMTP_URL: smtpUrl, DIGEST_SECRET: 'send-process-secret-0123456789abcdef' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exit = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exit };
}

/** A folder with a config on the offline demo feeds and `readers` confirmed readers in its store. */
export async function sendFolder(readers: number, smtp: string[]): Promise<{ dir: string; config: string; db: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nd-send-proc-'));
  const config = path.join(dir, 'news-digest.yaml');
  writeFileSync(
    config,
    [
      `feedsFile: ${JSON.stringify(path.join(root, 'feeds/feeds.yaml'))}`,
      `templatesDir: ${JSON.stringify(path.join(root, 'templates'))}`,
      'databasePath: digest.sqlite',
      'from: "Morning Brief <brief@news.example.org>"',
      'publicUrl: https://news.example.org',
      'smtp:',
      ...smtp.map((l) => `  ${l}`),
      'digests:',
      '  - key: daily',
      '    name: Morning Brief',
    ].join('\n'),
  );
  const db = path.join(dir, 'digest.sqlite');
  const store = await openStore(db);
  const at = new Date().toISOString();
  await store.subscribers.importMany(
    Array.from({ length: readers }, (_, i) => ({ email: `reader${i}@example.org`, status: 'confirmed' as const })),
    at,
    false,
  );
  await store.close();
  return { dir, config, db };
}

/** Resolves once `count()` reaches `n`; rejects if the process ends first. */
export function whenReceived(count: () => number, n: number, exit: Promise<Exit>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (count() >= n) {
        clearInterval(poll);
        resolve();
      }
    }, 5);
    void exit.then((e) => {
      clearInterval(poll);
      reject(new Error(`send exited first: ${e.code} ${e.stderr}`));
    });
  });
}
