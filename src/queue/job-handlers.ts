import { DelayedError, type Job, type Processor } from 'bullmq';
import { isConnectionFailure, RateLimiter, systemLimiterClock } from '../deliver/index.js';
import type { Article } from '../domain/article.js';
import { DigestError, toDigestError } from '../domain/errors.js';
import type { Feed, FeedSource } from '../domain/feed.js';
import type { Summary } from '../domain/summary.js';
import { editionContext, fetchFeedList, readCandidate, readerEmail, type ArticleCandidate } from '../pipeline/index.js';
import type { RenderedEdition } from '../render/index.js';
import type { ClaimOutcome } from '../store/index.js';
import { summarizeArticle } from '../summarize/index.js';
import type { MessageOutcome, QueueMetrics } from './queue-metrics.js';
import type { QueueServices } from './queue-services.js';
import type { QueueName } from './queue-settings.js';

export interface FetchJob {
  source: FeedSource;
  keep: boolean;
}
/** A fetched feed as it travels through Redis: the error as plain fields. */
export interface FetchResult {
  status: 'ok' | 'not-modified' | 'error';
  feed: Feed | null;
  error: { code: DigestError['code']; message: string } | null;
}
export interface SummarizeJob {
  candidate: ArticleCandidate;
}
export interface SummarizeResult {
  article: Article;
  summary: Summary;
}
export interface DeliverJob {
  editionId: string;
  batch: number;
  size: number;
  dueBy: string;
}
export type DeliverResult = Record<MessageOutcome, number>;

/** Messages one deliver job sends at once: two per SMTP connection, as the single-process sender does. */
const SENDERS_PER_CONNECTION = 2;

/**
 * What a worker does with each queue's jobs. Deliveries are claimed one row at
 * a time in the ledger, so a job run twice, or taken over from a dead worker,
 * sends nobody a second copy beyond the messages in flight when it died.
 * `stop` (SIGTERM) hands an unfinished deliver job back instead of failing it.
 */
export function jobHandlers(s: QueueServices, metrics: QueueMetrics, stop: AbortSignal): Record<QueueName, Processor> {
  const rendered = new Map<string, Promise<RenderedEdition>>();
  const renderedEdition = (editionId: string): Promise<RenderedEdition> => {
    let r = rendered.get(editionId);
    if (!r) {
      r = (async () => {
        const e = await s.store.editions.get(editionId);
        if (!e) throw new DigestError('NOT_FOUND', `edition ${editionId} is not in the store`);
        return s.renderer.renderEdition(e.digest, editionContext(e.digest, s.config));
      })();
      // A few editions at most are being sent at once; an old one is not asked for again.
      if (rendered.size > 8) rendered.delete(rendered.keys().next().value!);
      rendered.set(editionId, r);
      r.catch(() => rendered.delete(editionId));
    }
    return r;
  };
  const { smtp } = s.config;
  const limiter = new RateLimiter({ perSecond: smtp.ratePerSecond, perHour: smtp.ratePerHour }, systemLimiterClock);

  return {
    async fetch(job: Job<FetchJob>): Promise<FetchResult> {
      const [f] = await fetchFeedList([job.data.source], s, { keep: job.data.keep });
      return { status: f!.status, feed: f!.feed, error: f!.error && { code: f!.error.code, message: f!.error.describe() } };
    },

    async summarize(job: Job<SummarizeJob>): Promise<SummarizeResult> {
      const article = await readCandidate(job.data.candidate, s);
      return { article, summary: summarizeArticle(article.text, { lang: article.lang, title: article.title }) };
    },

    async deliver(job: Job<DeliverJob>, token?: string): Promise<DeliverResult> {
      const { editionId, batch, size, dueBy } = job.data;
      const edition = await s.store.editions.get(editionId);
      if (!edition) throw new DigestError('NOT_FOUND', `edition ${editionId} is not in the store`);
      const mail = await renderedEdition(editionId);
      const ids = await s.store.claims.dueInBatch(editionId, dueBy, batch, size);
      const tally: DeliverResult = { submitted: 0, failed: 0, skipped: 0, deferred: 0 };
      const count = (o: MessageOutcome) => {
        tally[o]++;
        metrics.countMessage(o);
      };
      let serverDown: DigestError | null = null;
      let next = 0;
      const lane = async () => {
        while (next < ids.length && !serverDown && !stop.aborted) {
          const id = ids[next++]!;
          if (!(await limiter.take(stop))) break;
          let bounced = false;
          const outcome = await s.store.claims.claim(editionId, id, dueBy, async (d): Promise<ClaimOutcome> => {
            if (!d.mailable) return { status: 'attempted', error: 'reader is no longer confirmed', final: true };
            try {
              await s.transport.send(readerEmail(mail, edition.digest, { id: d.subscriberId, email: d.email, name: d.name }, s.config, s.now()));
              return { status: 'submitted' };
            } catch (e) {
              const err = toDigestError(e, 'SMTP_TRANSIENT');
              if (err.code === 'SMTP_PERMANENT') {
                bounced = true;
                return { status: 'attempted', error: err.message, final: true };
              }
              // The server or the network, not the reader: never counted against them.
              if (err.code !== 'SMTP_TRANSIENT' || isConnectionFailure(err)) {
                serverDown ??= err;
                return { status: 'deferred', error: err.message };
              }
              return { status: 'attempted', error: err.message, final: d.attempts + 1 >= smtp.maxAttempts };
            }
          });
          // Null: sent already, no longer due, or another worker is sending it right now.
          if (!outcome) continue;
          if (outcome.status === 'submitted') count('submitted');
          else if (outcome.status === 'deferred') count('deferred');
          else if (outcome.error === 'reader is no longer confirmed') count('skipped');
          else if (outcome.final) count('failed');
          else count('deferred');
          if (bounced) await s.store.subscribers.hardBounce(id, smtp.maxHardBounces, s.now().toISOString());
        }
      };
      await Promise.all(Array.from({ length: SENDERS_PER_CONNECTION * Math.max(1, smtp.pool ? smtp.maxConnections : 1) }, lane));
      const left = await s.store.deliveries.counts(editionId);
      if (left.queued === 0) await s.store.editions.markSent(editionId, s.now().toISOString());
      if (stop.aborted && next < ids.length && token) {
        // Stopping (SIGTERM): the rest of the batch goes back to the queue at once, no try counted.
        await job.moveToDelayed(Date.now(), token);
        metrics.countJob('deliver', 'handed-back');
        throw new DelayedError();
      }
      // Readers still queued (server down, a 4xx) make the job fail this try: BullMQ retries it with backoff.
      if (serverDown || tally.deferred > 0) {
        throw new DigestError(
          'SMTP_TRANSIENT',
          `${tally.deferred} of batch ${batch} of edition ${editionId} left queued: ${(serverDown as DigestError | null)?.message ?? 'the server refused for now'}`,
        );
      }
      return tally;
    },
  } as Record<QueueName, Processor>;
}
