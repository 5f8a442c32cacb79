import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/domain/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const at = '2026-11-25T07:00:00.000Z';
const dirs: string[] = [];
const opened: Store[] = [];

function freshFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nd-checkpoints-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
}

/** A store at `file` with `readers` confirmed readers and an edition queued to all of them; their ids in order. */
async function queuedEdition(file: string, readers: number): Promise<{ s: Store; ids: number[] }> {
  const s = await openStore(file);
  opened.push(s);
  await s.subscribers.importMany(
    Array.from({ length: readers }, (_, i) => ({ email: `r${i}@example.org`, status: 'confirmed' as const })),
    at,
    false,
  );
  const digest: Digest = { id: 'daily-1', key: 'daily', name: 'Daily', lang: 'en', timeZone: 'UTC', createdAt: at, sections: [], moreCount: 0 };
  await s.editions.freeze(digest, [], { digestKey: 'daily', delivery: (r) => ({ messageId: `<daily-1.${r.id}@x>`, dueAt: null }) }, at);
  return { s, ids: (await s.deliveries.list('daily-1')).map((d) => d.subscriberId) };
}

const until = async (check: () => boolean, ms = 5_000) => {
  for (const end = Date.now() + ms; !check();) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite file stores: checkpoints on a thread of their own, and the record of accepted messages', () => {
  it('every batch of accepted messages is in the store once its write settles, and stays there after the store is reopened', async () => {
    const file = freshFile();
    const { s, ids } = await queuedEdition(file, 200);
    for (let i = 0; i < ids.length; i += 8) {
      await s.deliveries.markSubmittedAll('daily-1', ids.slice(i, i + 8), at);
      expect(await s.deliveries.counts('daily-1')).toEqual({
        queued: ids.length - Math.min(ids.length, i + 8),
        submitted: Math.min(ids.length, i + 8),
        failed: 0,
      });
    }
    await s.close();
    opened.length = 0;
    const again = await openStore(file);
    opened.push(again);
    expect(await again.deliveries.counts('daily-1')).toEqual({ queued: 0, submitted: 200, failed: 0 });
  });

  it('a kill -9 between two batches leaves every settled batch recorded and every later reader queued: nobody re-sent, nobody skipped', async () => {
    const file = freshFile();
    const { s, ids } = await queuedEdition(file, 400);
    await s.close();
    opened.length = 0;
    // A process records batches of 8 as a paced send loop does (checkpoints running beside it),
    // and is killed right after the 20th settled.
    const store = new URL('../../src/store/index.ts', import.meta.url).href;
    const script = `
      const { openStore } = await import(${JSON.stringify(store)});
      const s = await openStore(${JSON.stringify(file)});
      const ids = ${JSON.stringify(ids)};
      for (let b = 0; b < 20; b++) {
        await s.deliveries.markSubmittedAll('daily-1', ids.slice(b * 8, b * 8 + 8), '${at}');
        await new Promise((r) => setTimeout(r, 10));
      }
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const signal = await new Promise((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    expect(signal, stderr).toBe('SIGKILL');

    const after = await openStore(file);
    opened.push(after);
    expect(await after.deliveries.counts('daily-1')).toEqual({ queued: 400 - 160, submitted: 160, failed: 0 });
    const due: number[] = [];
    for await (const page of after.deliveries.duePages('daily-1', '9999-12-31')) due.push(...page.map((d) => d.subscriberId));
    expect(due).toEqual(ids.slice(160));
  }, 30_000);

  it('checkpoints reach the database file while the writes go on, long before the writer would checkpoint by itself', async () => {
    const file = freshFile();
    const { s, ids } = await queuedEdition(file, 800);
    for (let i = 0; i < ids.length; i += 8) await s.deliveries.markSubmittedAll('daily-1', ids.slice(i, i + 8), at);
    // The database file alone, without its WAL, holds what the checkpoint thread copied.
    const copy = `${file}.copy`;
    const submittedInFile = () => {
      copyFileSync(file, copy);
      const db = new SqliteDatabase(copy);
      try {
        return (db.prepare("select count(*) as n from deliveries where status = 'submitted'").get() as { n: number }).n;
      } catch {
        return 0;
      } finally {
        db.close();
      }
    };
    // However loaded the machine: the thread has to start and sync the files.
    await until(() => submittedInFile() === ids.length, 20_000);
    expect(submittedInFile()).toBe(ids.length);
  }, 30_000);
});
