import { DigestError, toDigestError } from '../domain/errors.js';
import type { OutboundEmail } from '../domain/outbound-email.js';
import type { Transport } from './transport.js';

/** A delivery still to send, as the send loop needs it. */
export interface QueuedDelivery {
  editionId: string;
  subscriberId: number;
  email: string;
  attempts: number;
  messageId: string;
}

/** The part of the store the send loop writes to: one row per (edition, reader). */
export interface DeliveryLog {
  queued(editionId: string, limit?: number): Promise<QueuedDelivery[]>;
  markSubmitted(editionId: string, subscriberId: number, at: string): Promise<void>;
  markAttempt(editionId: string, subscriberId: number, error: string, final: boolean, at: string): Promise<void>;
}

export interface BounceLog {
  hardBounce(subscriberId: number, limit: number, at: string): Promise<unknown>;
}

export interface SendProgress {
  submitted: number;
  failed: number;
  /** Left queued for the next run (transient failures, or stopped by a signal). */
  deferred: number;
  total: number;
}

export interface SendEditionDeps {
  log: DeliveryLog;
  bounces: BounceLog;
  transport: Transport;
  /** Builds one reader's message just before it is sent; nothing holds them all. */
  buildEmail(d: QueuedDelivery): Promise<OutboundEmail> | OutboundEmail;
  now(): Date;
  onProgress?(p: SendProgress, last: { email: string; error?: DigestError }): void;
  /** Aborting takes no new messages; those in flight finish and are recorded. */
  signal?: AbortSignal;
  sleep?(ms: number): Promise<void>;
}

export interface SendEditionOptions {
  concurrency: number;
  /** Tries per message within one run for transient errors. */
  retries: number;
  /** Attempts across runs after which a transient failure becomes final. */
  maxAttempts: number;
  maxHardBounces: number;
  backoffMs: number;
}

/**
 * Sends every queued delivery of an edition. Each row is marked right after
 * the server accepts the message, so a crash re-sends at most the messages in
 * flight (with the same Message-ID), and never skips anyone.
 */
export async function sendEdition(editionId: string, deps: SendEditionDeps, o: SendEditionOptions): Promise<SendProgress> {
  const queue = await deps.log.queued(editionId);
  const progress: SendProgress = { submitted: 0, failed: 0, deferred: 0, total: queue.length };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let next = 0;

  const sendOne = async (d: QueuedDelivery) => {
    let error: DigestError | undefined;
    for (let attempt = 0; attempt <= o.retries; attempt++) {
      try {
        await deps.transport.send(await deps.buildEmail(d));
        await deps.log.markSubmitted(editionId, d.subscriberId, deps.now().toISOString());
        progress.submitted++;
        deps.onProgress?.(progress, { email: d.email });
        return;
      } catch (e) {
        error = toDigestError(e, 'SMTP_TRANSIENT');
        if (error.code !== 'SMTP_TRANSIENT' || attempt === o.retries || deps.signal?.aborted) break;
        await sleep(o.backoffMs * 2 ** attempt);
      }
    }
    const at = deps.now().toISOString();
    const err = error ?? new DigestError('INTERNAL', 'send failed');
    const final = err.code !== 'SMTP_TRANSIENT' || d.attempts + 1 >= o.maxAttempts;
    await deps.log.markAttempt(editionId, d.subscriberId, err.message, final, at);
    if (err.code === 'SMTP_PERMANENT') await deps.bounces.hardBounce(d.subscriberId, o.maxHardBounces, at);
    if (final) progress.failed++;
    else progress.deferred++;
    deps.onProgress?.(progress, { email: d.email, error: err });
  };

  const worker = async () => {
    while (next < queue.length && !deps.signal?.aborted) {
      await sendOne(queue[next++]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
  progress.deferred += queue.length - next;
  return progress;
}
