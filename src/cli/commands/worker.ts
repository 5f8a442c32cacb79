import { DigestError } from '../../domain/errors.js';
import { defineCommand } from '../command.js';
import { parsePort } from '../parse-port.js';
import { untilStopped } from '../stop-signal.js';

export const worker = defineCommand({
  name: 'worker',
  usage: '[--concurrency N] [--queues fetch,summarize,deliver] [--metrics-port N]',
  options: {
    concurrency: { type: 'string' },
    queues: { type: 'string' },
    'metrics-port': { type: 'string' },
  },
  help: [
    '--concurrency N    jobs of each queue this process runs at once (default 4)',
    '--queues LIST      the queues to work on, comma-separated (default: fetch,summarize,deliver)',
    '--metrics-port N   serve GET /metrics (Prometheus text) on 127.0.0.1:N',
    'Needs queue mode: REDIS_URL (or queue.url) and DATABASE_URL (or store.url). Runs until SIGTERM or SIGINT,',
    'then takes no new job, records the messages in flight and hands the rest of its batch back to the queue.',
  ],
  async run(ctx) {
    const { QUEUE_NAMES, serveMetrics, startWorkers } = await import('../../queue/index.js');
    const concurrency = Number(ctx.values.concurrency ?? '4');
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new DigestError('USAGE', `--concurrency must be a whole number of 1 or more, got "${ctx.values.concurrency}"`, { field: 'concurrency' });
    const names = (ctx.values.queues ?? QUEUE_NAMES.join(',')).split(',').map((q) => q.trim());
    const unknown = names.filter((q) => !(QUEUE_NAMES as readonly string[]).includes(q));
    if (unknown.length > 0 || names.length === 0)
      throw new DigestError('USAGE', `--queues takes ${QUEUE_NAMES.join(', ')}; got "${unknown.join(',')}"`, { field: 'queues' });
    const metricsPort = parsePort(ctx.values['metrics-port'], 'metrics-port');
    const app = await ctx.app();
    const queues = names as (typeof QUEUE_NAMES)[number][];
    const running = await startWorkers({ ...app.pipeline, config: app.config, store: app.services.store }, { queues, concurrency });
    const metrics = metricsPort === undefined ? null : await serveMetrics(running, metricsPort);
    ctx.stdout.write(
      `worker ${process.pid}: working on ${queues.join(', ')} (concurrency ${concurrency})${metrics ? `; metrics on http://127.0.0.1:${metrics.port}/metrics` : ''}\n`,
    );
    await untilStopped();
    await metrics?.close();
    await running.close();
    ctx.stdout.write(`worker ${process.pid}: stopped\n`);
    return 0;
  },
});
