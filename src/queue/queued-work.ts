import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, type Job } from 'bullmq';
import type { SendProgress } from '../deliver/index.js';
import type { Article } from '../domain/article.js';
import type { Digest } from '../domain/digest.js';
import { DigestError } from '../domain/errors.js';
import type { FeedSource } from '../domain/feed.js';
import type { Summary } from '../domain/summary.js';
import type { FetchedFeed } from '../ingest/index.js';
import { collectArticles, freshCandidates, keepNewArticles, type CollectResult, type DigestLock, type WorkQueue } from '../pipeline/index.js';
import { digestLocked } from '../store/index.js';
import type { QueueServices } from './queue-services.js';
import type { DeliverJob, FetchJob, FetchResult, SummarizeJob, SummarizeResult } from './job-handlers.js';
import { checkRedis } from './redis-check.js';
import { connectionOf, deliverJobId, jobOptions, queueSettings, type QueueName, type QueueSettings } from './queue-settings.js';

/** Deliver jobs added per round trip to Redis. */
const ENQUEUE_CHUNK = 200;

export interface QueueMode {
  queue: WorkQueue;
  lock: DigestLock;
  close(): Promise<void>;
}

/**
 * Queue mode for `send` and `run`: this process takes the digest's advisory
 * lock, hands fetching and summarizing to the workers and waits for them,
 * composes and freezes the edition itself (once, under the lock), then
 * enqueues its deliveries in batches and returns.
 */
export async function queueMode(s: QueueServices): Promise<QueueMode> {
  const settings = queueSettings(s.config);
  await checkRedis(settings.url);
  const advisory = s.store.advisoryLocks;
  if (!advisory) throw new DigestError('CONFIG_INVALID', 'queue mode needs the PostgreSQL store', { field: 'store.url' });
  const queues = new Map<QueueName, Queue>();
  const events = new Map<QueueName, QueueEvents>();
  const connection = connectionOf(settings);
  const queueOf = (name: QueueName): Queue => {
    let q = queues.get(name);
    if (!q) queues.set(name, (q = new Queue(name, { connection, prefix: settings.prefix, defaultJobOptions: jobOptions(settings) })));
    return q;
  };
  // Listening starts before the first job is added, or a fast worker's "completed" could be missed.
  const eventsOf = async (name: QueueName): Promise<QueueEvents> => {
    let e = events.get(name);
    if (!e) {
      events.set(name, (e = new QueueEvents(name, { connection, prefix: settings.prefix })));
      await e.waitUntilReady();
    }
    return e;
  };
  return {
    lock: { withLock: (digestKey, fn) => advisory.withLock(`digest:${digestKey}`, fn, () => digestLocked(digestKey)) },
    queue: {
      collect: (sources, o) => collectOnWorkers(sources, o, s, queueOf, eventsOf),
      deliver: (digest, dueBy) => enqueueDeliveries(digest, dueBy, s, settings, queueOf('deliver')),
    },
    async close() {
      await Promise.all([...events.values()].map((e) => e.close()));
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}

async function collectOnWorkers(
  sources: FeedSource[],
  o: { keep: boolean },
  s: QueueServices,
  queueOf: (name: QueueName) => Queue,
  eventsOf: (name: QueueName) => Promise<QueueEvents>,
): Promise<CollectResult> {
  const idle = await Promise.all((['fetch', 'summarize'] as const).map(async (n) => ((await queueOf(n).getWorkersCount()) === 0 ? n : null)));
  const missing = idle.filter(Boolean);
  if (missing.length > 0) {
    // Waiting on a queue nobody works on would hang the run: do it here instead.
    s.reporter.warn('no-workers', { queues: missing.join(','), doing: 'fetching and summarizing in this process' });
    return collectArticles(sources, s, o);
  }
  const cycle = randomUUID();
  const fetched = await runAll<FetchJob, FetchResult>(
    queueOf('fetch'),
    await eventsOf('fetch'),
    sources.map((source, i) => ({ id: `${cycle}.f${i}`, data: { source, keep: o.keep } })),
  );
  const feeds: FetchedFeed[] = sources.map((source, i) => {
    const r = fetched[i]!;
    if (r instanceof Error) return { source, status: 'error', feed: null, error: new DigestError('FEED_FETCH', r.message, { url: source.url }) };
    return { source, status: r.status, feed: r.feed, error: r.error && new DigestError(r.error.code, r.error.message, { url: source.url }) };
  });
  for (const f of feeds) if (f.error) s.reporter.warn('feed-failed', { feed: f.source.url, error: f.error.message });
  const { items, fresh } = await freshCandidates(feeds, s);
  const read = await runAll<SummarizeJob, SummarizeResult>(
    queueOf('summarize'),
    await eventsOf('summarize'),
    fresh.map((candidate, i) => ({ id: `${cycle}.s${i}`, data: { candidate } })),
  );
  const articles: Article[] = [];
  const summaries = new Map<string, Summary>();
  read.forEach((r, i) => {
    if (r instanceof Error) return s.reporter.warn('article-failed', { url: fresh[i]!.item.link ?? fresh[i]!.id, error: r.message });
    articles.push(r.article);
    summaries.set(r.article.id, r.summary);
  });
  const added = await keepNewArticles(articles, s, { keep: o.keep, summaries });
  s.reporter.event('articles-collected', { feeds: feeds.length, items, new: added.length });
  return { feeds, added };
}

/** Adds the jobs and waits for every one: its result, or the error of its last try. */
async function runAll<D, R>(queue: Queue, events: QueueEvents, jobs: { id: string; data: D }[]): Promise<(R | Error)[]> {
  if (jobs.length === 0) return [];
  const added = (await queue.addBulk(jobs.map((j) => ({ name: queue.name, data: j.data, opts: { jobId: j.id } })))) as Job<D, R>[];
  return Promise.all(
    added.map((job) =>
      job.waitUntilFinished(events).then(
        (r: R) => r,
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      ),
    ),
  );
}

/**
 * One deliver job per batch of readers with queued deliveries now due. A
 * batch's job id is fixed, so two runs enqueueing the same edition add it once;
 * a job left failed by an earlier cycle is removed first so the batch goes out again.
 */
async function enqueueDeliveries(digest: Digest, dueBy: string, s: QueueServices, settings: QueueSettings, queue: Queue): Promise<SendProgress> {
  const total = await s.store.deliveries.countDue(digest.id, dueBy);
  const batches = await s.store.claims.dueBatches(digest.id, dueBy, settings.batchSize);
  for (let i = 0; i < batches.length; i += ENQUEUE_CHUNK) {
    const chunk = batches.slice(i, i + ENQUEUE_CHUNK);
    await Promise.all(
      chunk.map(async (batch) => {
        const old = await queue.getJob(deliverJobId(digest.id, batch));
        if (old && ((await old.isFailed()) || (await old.isCompleted()))) await old.remove();
      }),
    );
    await queue.addBulk(
      chunk.map((batch) => ({
        name: 'deliver',
        data: { editionId: digest.id, batch, size: settings.batchSize, dueBy } satisfies DeliverJob,
        opts: { jobId: deliverJobId(digest.id, batch) },
      })),
    );
  }
  s.reporter.event('edition-enqueued', { edition: digest.id, batches: batches.length, deliveries: total });
  return { submitted: 0, failed: 0, skipped: 0, deferred: 0, total, stopped: null, handedOver: total };
}
