import { setMaxListeners } from 'node:events';
import { Queue, Worker } from 'bullmq';
import type { QueueServices } from './queue-services.js';
import { jobHandlers } from './job-handlers.js';
import { QueueMetrics } from './queue-metrics.js';
import { checkRedis } from './redis-check.js';
import { connectionOf, queueSettings, type QueueName } from './queue-settings.js';

export interface WorkerOptions {
  queues: readonly QueueName[];
  /** Jobs of each queue this process runs at once. */
  concurrency: number;
}

export interface RunningWorkers {
  metrics: QueueMetrics;
  /** The queues this process works on, for metrics. */
  queues: Queue[];
  /**
   * Stops taking jobs; a deliver job under way sends no new message, records
   * those in flight and hands the rest of its batch back; resolves when done.
   */
  close(): Promise<void>;
}

/**
 * Starts one BullMQ worker per queue named. A job whose worker died (killed,
 * machine lost) is taken over by another once its lock runs out (stalled-job
 * recovery); deliver jobs share one rate limit across every worker, so the
 * configured SMTP rate holds however many run.
 */
export async function startWorkers(s: QueueServices, o: WorkerOptions): Promise<RunningWorkers> {
  const settings = queueSettings(s.config);
  await checkRedis(settings.url);
  const metrics = new QueueMetrics();
  const stop = new AbortController();
  // Every sender of every job waits on it (rate limiter pauses): more than the default ten.
  setMaxListeners(0, stop.signal);
  const handlers = jobHandlers(s, metrics, stop.signal);
  const connection = connectionOf(settings);
  const { ratePerSecond, ratePerHour } = s.config.smtp;
  // The limiter counts jobs, not messages: one batch per the time the rate allows a batch.
  const messagesPerSecond = Math.min(ratePerSecond, ratePerHour === undefined ? Infinity : ratePerHour / 3600);
  const batchMs = Math.max(1, Math.round((settings.batchSize * 1000) / messagesPerSecond));
  const workers = o.queues.map((name) => {
    const w = new Worker(name, handlers[name], {
      connection,
      prefix: settings.prefix,
      concurrency: o.concurrency,
      lockDuration: settings.stalledMs,
      stalledInterval: Math.max(1000, settings.stalledMs / 2),
      // A job that keeps killing its workers is failed rather than passed on forever.
      maxStalledCount: 3,
      ...(name === 'deliver' && { limiter: { max: 1, duration: batchMs } }),
    });
    w.on('completed', () => metrics.countJob(name, 'completed'));
    w.on('failed', (job, err) => {
      metrics.countJob(name, 'failed');
      s.reporter.warn('job-failed', { queue: name, job: job?.id ?? null, error: err.message });
    });
    // Redis lost: BullMQ reconnects with backoff; say so and carry on.
    w.on('error', (err) => s.reporter.warn('queue-error', { queue: name, error: err.message }));
    return w;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  const queues = o.queues.map((name) => new Queue(name, { connection, prefix: settings.prefix }));
  s.reporter.event('worker-started', { queues: o.queues.join(','), concurrency: o.concurrency });
  return {
    metrics,
    queues,
    async close() {
      stop.abort();
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(queues.map((q) => q.close()));
    },
  };
}
