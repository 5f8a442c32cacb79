import type { SqliteDatabase } from 'kysely';
import { startStoreThread, type StoreThread } from './store-thread.js';

/** Write statements between two requests for a checkpoint: some 150 WAL pages of a send's small writes. */
const WRITES_PER_CHECKPOINT = 32;

/**
 * The WAL size (pages) at which a writing connection checkpoints by itself
 * (SQLite's default is 1,000): only a backstop, for when the checkpoint
 * thread fell behind or is gone. It copies what that thread has not, and lets
 * the WAL start again from its beginning: a thread that checkpoints while
 * commits go on never finds every frame copied, so it cannot.
 */
export const WRITER_CHECKPOINT_PAGES = 10_000;

/**
 * Checkpoints a SQLite file's WAL on a thread of its own. SQLite's automatic
 * checkpoint runs inside the commit that crosses its threshold and syncs the
 * files twice: during a send that held the event loop 5–25 ms every thousand
 * pages, and every SMTP reply waited with it. A passive checkpoint on another
 * connection copies the same pages while commits go on. The thread starts
 * with the first run of writes, so a command that writes little never pays
 * for it; should it fail, the writers' backstop checkpoint still bounds the WAL.
 */
export class BackgroundCheckpoints {
  private thread: StoreThread | null = null;
  private writes = 0;
  /** A checkpoint was asked for and has not finished: requests meanwhile are dropped, the next one copies their pages. */
  private busy = false;

  constructor(private readonly file: string) {}

  /** Counts a write statement (on any connection to the file); every so many asks for a checkpoint. */
  wrote(): void {
    if (++this.writes % WRITES_PER_CHECKPOINT !== 0 || this.busy) return;
    this.thread ??= startStoreThread(this.file, WRITER_CHECKPOINT_PAGES);
    this.busy = true;
    // A checkpoint that could not run (another one was running) is left to the next request.
    this.thread.run('pragma wal_checkpoint(PASSIVE)', []).then(
      () => (this.busy = false),
      () => (this.busy = false),
    );
  }

  close(): void {
    this.thread?.close();
  }

  /** The database with its write statements counted. */
  counting(db: SqliteDatabase): SqliteDatabase {
    return {
      close: () => db.close(),
      prepare: (sql) => {
        const stmt = db.prepare(sql);
        if (stmt.reader) return stmt;
        return {
          reader: false,
          all: (parameters) => stmt.all(parameters),
          run: (parameters) => {
            const result = stmt.run(parameters);
            this.wrote();
            return result;
          },
          iterate: (parameters) => stmt.iterate(parameters),
        };
      },
    };
  }
}
