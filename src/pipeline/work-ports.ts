import type { SendProgress } from '../deliver/index.js';
import type { Digest } from '../domain/digest.js';
import type { FeedSource } from '../domain/feed.js';
import type { CollectResult } from './collect-articles.js';

/** Lets one process at a time run a digest, whatever the number of processes. */
export interface DigestLock {
  /**
   * Runs `fn` holding the named lock, or throws LOCKED when another process
   * holds it. `lost` aborts when the lock is lost while `fn` runs.
   */
  withLock<T>(name: string, fn: (lost: AbortSignal) => Promise<T>): Promise<T>;
}

/**
 * Queue mode: the cycle's work handed to worker processes instead of being
 * done here. The run still composes and freezes the edition itself.
 */
export interface WorkQueue {
  /** Fetches, extracts and summarizes on the workers; keeps the new articles like collectArticles. */
  collect(sources: FeedSource[], o: { keep: boolean }): Promise<CollectResult>;
  /** Hands a frozen edition's deliveries due by `dueBy` to the workers; returns what was handed over. */
  deliver(digest: Digest, dueBy: string): Promise<SendProgress>;
}
