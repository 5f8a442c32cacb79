import { DigestError } from '../domain/errors.js';
import { redactUrl } from './redact-url.js';

/** A lock held by one session of the PostgreSQL server, whatever the number of processes and machines. */
export interface AdvisoryLocks {
  /**
   * Runs `fn` holding the session-level advisory lock for `name` on a
   * connection of its own, or returns `busy()` when another session holds it.
   * `lost` aborts when that connection drops (the server released the lock).
   */
  withLock<T>(name: string, fn: (lost: AbortSignal) => Promise<T>, busy: () => Error): Promise<T>;
}

const KEY = "hashtextextended(current_schema() || ':' || $1, 0)";

export function advisoryLocks(url: string): AdvisoryLocks {
  return {
    async withLock(name, fn, busy) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
      const lost = new AbortController();
      let done = false;
      // The connection dropping while `fn` runs lost the lock; closing it ourselves afterwards did not.
      const drop = () => done || lost.abort();
      client.on('error', drop);
      client.on('end', drop);
      try {
        await client.connect();
      } catch (e) {
        throw new DigestError(
          'STORE',
          `cannot reach PostgreSQL at ${redactUrl(url)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
          {},
          { cause: e },
        );
      }
      try {
        // A 64-bit key from the name, the same in every process. Advisory locks are
        // database-wide: the schema is part of the key, or two installations sharing
        // one database (a schema each) would lock each other's digests.
        const got = await client.query<{ ok: boolean }>(`select pg_try_advisory_lock(${KEY}) as ok`, [name]);
        if (!got.rows[0]?.ok) throw busy();
        try {
          return await fn(lost.signal);
        } finally {
          if (!lost.signal.aborted) await client.query(`select pg_advisory_unlock(${KEY})`, [name]).catch(() => {});
        }
      } finally {
        done = true;
        await client.end().catch(() => {});
      }
    },
  };
}
