import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DigestError } from '../domain/errors.js';
import type { LockRepo } from './lock-repo.js';

export interface LeaseLockOptions {
  /** How long a lease lasts unless renewed; it is renewed at a third of this. */
  ttlMs: number;
  now(): Date;
  /** A lease left by a dead process on this machine was taken over. */
  onTakeOver?(lock: string, from: string): void;
}

/**
 * The digest lock as a lease row in the store (SQLite or PostgreSQL): taken
 * for a while, renewed while the work lasts, released after. A lease left by
 * a process on this machine that no longer exists (killed, crashed) is taken
 * over at once; any other expires by itself.
 */
export function leaseLock(locks: LockRepo, o: LeaseLockOptions) {
  return {
    async withLock<T>(digestKey: string, fn: (lost: AbortSignal) => Promise<T>): Promise<T> {
      const name = `digest:${digestKey}`;
      const holder = `${hostname()}:${process.pid}:${randomUUID()}`;
      const expiry = () => new Date(o.now().getTime() + o.ttlMs).toISOString();
      const acquire = () => locks.acquire(name, holder, o.now().toISOString(), expiry());
      let got = await acquire();
      if (!got) {
        const previous = await locks.holder(name);
        if (previous && holderIsDead(previous)) {
          got = await locks.takeOver(name, previous, holder, expiry());
          if (got) o.onTakeOver?.(name, previous);
        }
      }
      if (!got) throw digestLocked(digestKey);
      const lost = new AbortController();
      let renewing: Promise<unknown> = Promise.resolve();
      const timer = setInterval(() => {
        renewing = acquire().then(
          (ok) => ok || lost.abort(),
          () => lost.abort(),
        );
      }, o.ttlMs / 3);
      timer.unref();
      try {
        return await fn(lost.signal);
      } finally {
        clearInterval(timer);
        await renewing;
        await locks.release(name, holder);
      }
    },
  };
}

/** What every digest lock throws when another process holds the digest. */
export function digestLocked(digestKey: string): DigestError {
  return new DigestError('LOCKED', `digest "${digestKey}" is being sent by another process; try again when it is done`);
}

/** A holder "host:pid:nonce" of this machine whose process is gone. */
function holderIsDead(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
