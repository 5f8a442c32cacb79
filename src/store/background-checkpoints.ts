import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Write statements between two requests for a checkpoint: some 150 WAL pages of a send's small writes. */
const WRITES_PER_CHECKPOINT = 32;

/**
 * The WAL size (pages) at which the writing connection checkpoints by itself
 * (SQLite's default is 1,000). It copies only what the checkpoint thread has
 * not yet, and lets the WAL start again from its beginning: a thread that
 * checkpoints while commits go on never finds every frame copied, so it
 * cannot. Its two syncs still hold the writer, so rarely; higher, and the
 * thread lagging further behind made that checkpoint longer (90 ms at 10,000).
 */
const WRITER_CHECKPOINT_PAGES = 2_000;

/** The checkpoint thread: a connection of its own, a passive checkpoint per request, answered when done. */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('wal_autocheckpoint = 0');
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.close(); return; }
  // One that cannot run now (another connection is checkpointing) is left to the next request.
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  parentPort.postMessage('done');
});
`;

/**
 * A SQLite file database (WAL) whose checkpoints run on a thread of its own.
 * SQLite's automatic checkpoint runs inside the commit that crosses its
 * threshold and syncs the files twice: during a send that held the event loop
 * 5–25 ms every thousand pages, and every SMTP reply waited with it. A
 * passive checkpoint on another connection copies the same pages while
 * commits go on. The thread starts with the first run of writes, so a command
 * that writes little never pays for it, and it never keeps the process alive;
 * should it fail, the writer's backstop checkpoint still bounds the WAL.
 */
export function withBackgroundCheckpoints(sqlite: BetterSqlite.Database, file: string): SqliteDatabase {
  sqlite.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  let worker: Worker | null = null;
  /** No more checkpoints here: the thread failed, or the database is closed. */
  let stopped = false;
  let writes = 0;
  /** A checkpoint was asked for and has not finished; requests meanwhile make one more after it. */
  let busy = false;
  let again = false;
  const request = () => {
    if (stopped) return;
    if (busy) return void (again = true);
    if (!worker) {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { driver, file } });
      worker.unref();
      worker.on('message', () => {
        busy = false;
        if (again) {
          again = false;
          request();
        }
      });
      worker.on('error', () => (stopped = true));
      worker.on('exit', () => (worker = null));
    }
    busy = true;
    worker.postMessage('checkpoint');
  };
  return {
    close: () => {
      stopped = true;
      worker?.postMessage('close');
      sqlite.close();
    },
    prepare: (sql) => {
      const stmt = sqlite.prepare(sql);
      if (stmt.reader) return stmt;
      return {
        reader: false,
        all: (parameters) => stmt.all(parameters),
        run: (parameters) => {
          const result = stmt.run(parameters);
          if (++writes % WRITES_PER_CHECKPOINT === 0) request();
          return result;
        },
        iterate: (parameters) => stmt.iterate(parameters),
      };
    },
  };
}
