import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A connection to a SQLite file on a thread of its own: statements run there without holding this thread's event loop. */
export interface StoreThread {
  /** True once the thread has opened its connection: a statement handed to it then waits for no start-up. */
  readonly ready: boolean;
  /** Runs one statement (its own transaction); settles once it is done there. Rejects when the thread is gone. */
  run(sql: string, parameters: readonly unknown[]): Promise<void>;
  /** Ends the thread once the statements handed to it are done. */
  close(): void;
}

/** The thread's side: prepares each SQL text once and answers each statement with its number, and the error if any. */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('wal_autocheckpoint = ' + workerData.checkpointPages);
const statements = new Map();
parentPort.postMessage({ ready: true });
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.close(); return; }
  try {
    let stmt = statements.get(m.sql);
    if (!stmt) statements.set(m.sql, (stmt = db.prepare(m.sql)));
    if (stmt.reader) stmt.all(m.parameters); else stmt.run(m.parameters);
    parentPort.postMessage({ id: m.id });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String(e && e.message) });
  }
});
`;

/**
 * Starts a thread with its own connection to `file` (a WAL database). It
 * never keeps the process alive; statements handed to it before it opened
 * its connection wait for it.
 */
export function startStoreThread(file: string, checkpointPages: number): StoreThread {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { driver, file, checkpointPages } });
  worker.unref();
  const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let ready = false;
  let gone: Error | null = null;
  const fail = (e: Error) => {
    gone ??= e;
    for (const w of waiting.values()) w.reject(gone);
    waiting.clear();
  };
  worker.on('message', (m: { ready?: true; id?: number; error?: string }) => {
    if (m.ready) return void (ready = true);
    const w = waiting.get(m.id!);
    waiting.delete(m.id!);
    if (m.error === undefined) w?.resolve();
    else w?.reject(new Error(m.error));
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the store thread has ended')));
  return {
    get ready() {
      return ready && !gone;
    },
    run(sql, parameters) {
      if (gone) return Promise.reject(gone);
      const id = nextId++;
      worker.postMessage({ id, sql, parameters });
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
    close() {
      if (!gone) worker.postMessage('close');
    },
  };
}

/**
 * A store thread for writes, started on first use. Until it has opened its
 * connection, run() answers null and the caller runs the statement on its own
 * connection, so the first writes wait for no thread start-up; so do all of
 * them should the thread fail.
 */
export class WriteThread {
  private thread: StoreThread | null = null;

  constructor(
    private readonly file: string,
    private readonly checkpointPages: number,
    /** Told of each statement the thread runs (the checkpoints count them). */
    private readonly onWrite: () => void,
  ) {}

  run(sql: string, parameters: readonly unknown[]): Promise<void> | null {
    this.thread ??= startStoreThread(this.file, this.checkpointPages);
    if (!this.thread.ready) return null;
    this.onWrite();
    return this.thread.run(sql, parameters);
  }

  close(): void {
    this.thread?.close();
  }
}
