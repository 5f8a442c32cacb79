import type { DigestError } from '../domain/errors.js';
import { toDigestError } from '../domain/errors.js';
import type { OutboundEmail } from '../domain/outbound-email.js';
import { RateLimiter, systemLimiterClock, type LimiterClock, type RateLimits } from './rate-limiter.js';
import { decideTransient, StallWatch } from './retry-decision.js';
import { SubmitBatch } from './submit-batch.js';
import type { Transport } from './transport.js';

/** A delivery still to send, as the send loop needs it. */
export interface QueuedDelivery {
  editionId: string;
  subscriberId: number;
  email: string;
  /** Attempts made by earlier runs. */
  attempts: number;
  messageId: string;
  /** The reader's name, for the greeting. */
  name: string | null;
  /** False when the reader left, bounced or paused since the edition was frozen: they are not mailed. */
  mailable: boolean;
}

/** The part of the store the send loop reads and writes: one row per (edition, reader). */
export interface DeliveryLog {
  /** Queued deliveries due by `dueBy`, in subscriber order, a page at a time (the store's keyset walk). */
  duePages(editionId: string, dueBy: string, pageSize?: number): AsyncIterable<QueuedDelivery[]>;
  countDue(editionId: string, dueBy: string): Promise<number>;
  /** Marks deliveries accepted by the server, all at `at`, in one write. */
  markSubmittedAll(editionId: string, subscriberIds: number[], at: string): Promise<void>;
  /** Counts an attempt; `final` marks the delivery failed for good. */
  markAttempt(editionId: string, subscriberId: number, error: string, final: boolean, at: string): Promise<void>;
  /** Notes why a delivery is still queued without counting it against the reader. */
  markDeferred(editionId: string, subscriberId: number, error: string, at: string): Promise<void>;
}

export interface BounceLog {
  hardBounce(subscriberId: number, limit: number, at: string): Promise<unknown>;
}

/** Why a run stopped before its queue was empty. */
export type SendStop = 'signal' | 'smtp-unavailable';

export interface SendProgress {
  submitted: number;
  /** Failed for good: a 5xx, or transient failures past the attempt limit. */
  failed: number;
  /** Readers no longer confirmed when their turn came (unsubscribed or suppressed since the freeze). */
  skipped: number;
  /** Left queued for the next run (transient failures, a signal, the server down). */
  deferred: number;
  /** Due deliveries when the run started. */
  total: number;
  stopped: SendStop | null;
  /** Queue mode: deliveries handed to the workers, who make the other counts. */
  handedOver?: number;
}

export interface SendEditionDeps {
  log: DeliveryLog;
  bounces: BounceLog;
  transport: Transport;
  /** Builds one reader's message just before it is sent. */
  buildEmail(d: QueuedDelivery): Promise<OutboundEmail> | OutboundEmail;
  now(): Date;
  onProgress?(p: SendProgress, last: { email: string; error?: DigestError }): void;
  /** Aborting takes no new messages; those in flight finish and are recorded. */
  signal?: AbortSignal;
  /** Timers for pacing and backoff; the system clock unless a test drives it. */
  clock?: LimiterClock;
  /** Times (ms) of sends in the last hour by earlier runs, for the hourly cap. */
  recentSends?: number[];
}

export interface SendEditionOptions {
  /** Connections (the SMTP pool size); three senders per connection build ahead. */
  concurrency: number;
  rate: RateLimits;
  /** Tries per message within one run for transient errors, after the first. */
  retries: number;
  /** Runs after which a reader still refused with a 4xx (or stalled on) fails. */
  maxAttempts: number;
  /** The longest one run spends on one reader (tries and waits between them). */
  maxReaderMs: number;
  maxHardBounces: number;
  /** First backoff; doubles per retry up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Send deliveries due by this time (per-reader delivery times); everything queued when omitted. */
  dueBy?: string;
  /** Rows read from the store at a time; the store's page size when omitted. */
  pageSize?: number;
}

/**
 * Accepted messages recorded per store write, and the longest a recorded row waits. A
 * SQLite commit writes the same few pages of log however many rows it marks: 8 rows a
 * write cost 15-19 µs of CPU a message, 32 rows 6-8 µs. The price is the re-send bound.
 */
const SUBMIT_BATCH_ROWS = 32;
const SUBMIT_BATCH_DELAY_MS = 20;
/**
 * Senders per connection. A pipelining connection holds two messages (one body waiting
 * for its 250, the next envelope for its 354); the third sender's message is built by
 * then, so its envelope follows the body that 354 lets out in the same write. With two,
 * it was built only after the reply that freed its sender, and often went out alone.
 */
const SENDERS_PER_CONNECTION = 3;

/**
 * The most readers a kill -9 can leave with a second copy (same Message-ID):
 * messages the server accepted that were not yet recorded, at most a batch
 * less one plus one per sender (see SubmitBatch).
 */
export function resendBound(poolSize: number): number {
  return SUBMIT_BATCH_ROWS - 1 + SENDERS_PER_CONNECTION * Math.max(1, poolSize);
}

const byNotBefore = (a: Pending, b: Pending) => a.notBefore - b.notBefore;

interface Pending {
  d: QueuedDelivery;
  /** Tries made in this run. */
  tries: number;
  notBefore: number;
  /** When this run first tried the reader. */
  startedAt: number;
}

/**
 * Sends every due, queued delivery of an edition. Accepted messages are
 * recorded in small batches (SubmitBatch), and every batch is written before
 * the run returns, so a crash re-sends at most resendBound() messages (with
 * the same Message-ID), and never skips anyone.
 * Transient failures go back in line with exponential backoff; when the server
 * itself is unreachable the run stops and leaves the rest queued, uncounted.
 */
export async function sendEdition(editionId: string, deps: SendEditionDeps, o: SendEditionOptions): Promise<SendProgress> {
  const dueBy = o.dueBy ?? '9999-12-31T23:59:59.999Z';
  const progress: SendProgress = { submitted: 0, failed: 0, skipped: 0, deferred: 0, total: await deps.log.countDue(editionId, dueBy), stopped: null };
  // Starting threads or connections is the transport's time, not the first readers'.
  await deps.transport.ready?.(progress.total);
  const clock = deps.clock ?? systemLimiterClock;
  const limiter = new RateLimiter(o.rate, clock, deps.recentSends);
  const submitted = new SubmitBatch((ids) => deps.log.markSubmittedAll(editionId, ids, deps.now().toISOString()), SUBMIT_BATCH_ROWS, SUBMIT_BATCH_DELAY_MS);
  const halt = new AbortController();
  const onAbort = () => {
    progress.stopped ??= 'signal';
    halt.abort();
  };
  if (deps.signal?.aborted) onAbort();
  deps.signal?.addEventListener('abort', onAbort, { once: true });

  // Only one page of the queue is in memory at a time, however long the list.
  const pages = deps.log.duePages(editionId, dueBy, o.pageSize)[Symbol.asyncIterator]();
  let page: QueuedDelivery[] = [];
  let exhausted = false;
  let fetching: Promise<void> | null = null;
  const retries: Pending[] = [];

  const fill = async () => {
    const r = await pages.next();
    if (r.done) exhausted = true;
    else page = r.value;
  };

  /**
   * The next delivery to try now, or null when there is none or the run is stopping. A
   * delivery at hand is returned as it is, not in a promise: at full speed that is nearly
   * every message, and each promise and await is a turn of the microtask queue.
   */
  const next = (): Pending | null | Promise<Pending | null> => {
    if (halt.signal.aborted) return null;
    if (retries.length > 1) retries.sort(byNotBefore);
    if (retries.length > 0 && retries[0]!.notBefore <= clock.now()) return retries.shift()!;
    const d = page.shift();
    if (d) return { d, tries: 0, notBefore: 0, startedAt: clock.now() };
    return waitForNext();
  };

  /** next() once the page is used up: reads the next page, or sleeps until the first retry is due. */
  const waitForNext = async (): Promise<Pending | null> => {
    if (!exhausted) {
      fetching ??= fill().finally(() => (fetching = null));
      await fetching;
    } else {
      if (retries.length === 0) return null;
      await clock.sleep(retries[0]!.notBefore - clock.now(), halt.signal);
    }
    return next();
  };

  const report = (email: string, error?: DigestError) => deps.onProgress?.(progress, error ? { email, error } : { email });
  const at = () => deps.now().toISOString();
  const stalls = new StallWatch(o.concurrency);

  const sendOne = async (p: Pending) => {
    const { d } = p;
    // A stopped run leaves the row queued as it was. A slot free now, or a mail built at once,
    // is used without an await: each await is a turn of the microtask queue per message.
    const slot = limiter.take(halt.signal);
    if (!(typeof slot === 'boolean' ? slot : await slot)) return;
    if (!d.mailable) {
      await deps.log.markAttempt(editionId, d.subscriberId, 'reader is no longer confirmed', true, at());
      progress.skipped++;
      return report(d.email);
    }
    const built = deps.buildEmail(d);
    const mail = built instanceof Promise ? await built : built;
    let err: DigestError | null = null;
    try {
      await deps.transport.send(mail);
    } catch (e) {
      err = toDigestError(e, 'SMTP_TRANSIENT');
    }
    stalls.observe(err);
    if (!err) {
      const recording = submitted.add(d.subscriberId);
      if (recording) await recording;
      progress.submitted++;
      return report(d.email);
    }
    p.tries++;
    if (err.code !== 'SMTP_TRANSIENT') {
      await deps.log.markAttempt(editionId, d.subscriberId, err.message, true, at());
      if (err.code === 'SMTP_PERMANENT') await deps.bounces.hardBounce(d.subscriberId, o.maxHardBounces, at());
      progress.failed++;
      return report(d.email, err);
    }
    const decision = decideTransient(
      err,
      { tries: p.tries, earlierRuns: d.attempts, elapsedMs: clock.now() - p.startedAt, halted: halt.signal.aborted },
      o,
      stalls,
    );
    if (decision.action === 'retry') {
      p.notBefore = clock.now() + decision.delayMs;
      retries.push(p);
      return;
    }
    if (decision.action === 'count-run') {
      await deps.log.markAttempt(editionId, d.subscriberId, err.message, decision.final, at());
      if (decision.final) progress.failed++;
      return report(d.email, err);
    }
    // The server or the network, not the reader: never counted against them.
    await deps.log.markDeferred(editionId, d.subscriberId, err.message, at());
    if (!halt.signal.aborted) {
      progress.stopped = 'smtp-unavailable';
      halt.abort();
    }
    return report(d.email, err);
  };

  const worker = async () => {
    for (;;) {
      const ready = next();
      const p = ready instanceof Promise ? await ready : ready;
      if (!p) return;
      await sendOne(p);
    }
  };
  try {
    // The transport's pool still caps what is in flight at `concurrency`.
    await Promise.all(Array.from({ length: SENDERS_PER_CONNECTION * Math.max(1, o.concurrency) }, worker));
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
    await pages.return?.();
    await submitted.flush();
  }
  // Whatever was not sent, failed or skipped stays queued for the next run.
  progress.deferred = Math.max(0, progress.total - progress.submitted - progress.failed - progress.skipped);
  return progress;
}
