import { SUBSCRIBER_STATUSES } from '../../domain/subscriber.js';
import { defineCommand } from '../command.js';

export const subscribersStats = defineCommand({
  name: 'subscribers stats',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  help: ['--json             one JSON object'],
  async run(ctx) {
    const store = await ctx.store();
    const { paused, ...counts } = await store.subscribers.count();
    const total = SUBSCRIBER_STATUSES.reduce((n, st) => n + counts[st], 0);
    const stats = { ...counts, paused, receiving: counts.confirmed - paused, total };
    if (ctx.values.json) {
      ctx.stdout.write(JSON.stringify(stats) + '\n');
    } else {
      for (const [k, v] of Object.entries(stats)) ctx.stdout.write(`${k.padEnd(13)}${v}\n`);
    }
    return 0;
  },
});
