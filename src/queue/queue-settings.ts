import type { LoadedConfig } from '../config/index.js';
import { DigestError } from '../domain/errors.js';

/** The three queues: one job per feed, per article, per batch of readers. */
export const QUEUE_NAMES = ['fetch', 'summarize', 'deliver'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface QueueSettings {
  url: string;
  prefix: string;
  batchSize: number;
  attempts: number;
  /** First backoff of a retried job; doubles per try. */
  backoffMs: number;
  stalledMs: number;
}

/**
 * Queue mode's settings, or a clear error when it cannot run: the ledger must
 * be in PostgreSQL, the one store every worker on every machine can reach and
 * lock rows in.
 */
export function queueSettings(config: LoadedConfig): QueueSettings {
  const { url, prefix, batchSize, attempts, stalledSeconds } = config.queue;
  if (!url) throw new DigestError('USAGE', 'queue mode needs a Redis URL: set REDIS_URL (or queue.url in the config)', { field: 'queue.url' });
  if (!config.store.url) {
    throw new DigestError('CONFIG_INVALID', 'queue mode needs the PostgreSQL store: set DATABASE_URL (or store.url) as well as REDIS_URL', {
      field: 'store.url',
    });
  }
  return { url, prefix, batchSize, attempts, backoffMs: Math.max(100, config.smtp.backoffMs), stalledMs: stalledSeconds * 1000 };
}

/** Connection options for every BullMQ object: commands wait out a lost Redis instead of failing. */
export function connectionOf(s: QueueSettings): { url: string; maxRetriesPerRequest: null } {
  return { url: s.url, maxRetriesPerRequest: null };
}

/**
 * Options every job gets: retries with backoff. A finished job is kept an hour,
 * so a run that asks for its result after it finished still finds it; a later
 * enqueue of the same deliver batch removes it first (see enqueueDeliveries).
 */
export function jobOptions(s: QueueSettings): {
  attempts: number;
  backoff: { type: 'exponential'; delay: number };
  removeOnComplete: { age: number };
  removeOnFail: { age: number };
} {
  return { attempts: s.attempts, backoff: { type: 'exponential', delay: s.backoffMs }, removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } };
}

/**
 * The id of the deliver job for one batch of an edition's readers, the same
 * however often it is enqueued. BullMQ refuses ':' in an id, hence the dot.
 */
export function deliverJobId(editionId: string, batch: number): string {
  return `${editionId}.${batch}`;
}
