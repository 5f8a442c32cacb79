import { Queue } from 'bullmq';
import type { LoadedConfig } from '../config/index.js';
import { checkRedis } from './redis-check.js';
import { connectionOf, QUEUE_NAMES, queueSettings, type QueueName } from './queue-settings.js';

export interface QueueDepth {
  queue: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Worker connections listening on this queue now. */
  workers: number;
}

/** Jobs by state and workers seen, per queue: for `status`. */
export async function queueDepths(config: LoadedConfig): Promise<QueueDepth[]> {
  const settings = queueSettings(config);
  await checkRedis(settings.url);
  const connection = connectionOf(settings);
  return Promise.all(
    QUEUE_NAMES.map(async (name) => {
      const q = new Queue(name, { connection, prefix: settings.prefix });
      try {
        const c = await q.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
        return {
          queue: name,
          waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
          workers: await q.getWorkersCount(),
        };
      } finally {
        await q.close();
      }
    }),
  );
}
