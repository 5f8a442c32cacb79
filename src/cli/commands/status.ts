import { defineCommand } from '../command.js';
import { pickDigests } from '../pick-digests.js';

export const status = defineCommand({
  name: 'status',
  usage: '[--digest KEY] [--json]',
  options: { digest: { type: 'string' }, json: { type: 'boolean' } },
  help: [
    '--digest KEY       only this digest',
    '--json             one JSON object: {"digests":[{"key","editions":[{"id","status","createdAt","finishedAt","submitted","queued","failed"}]}],"webhooks":{"queued","sent","dead"}}',
    '                   and in queue mode "queues":[{"queue","waiting","active","delayed","failed","workers"}]',
  ],
  async run(ctx) {
    const store = await ctx.store();
    const digests = [];
    for (const d of pickDigests(await ctx.config(), ctx.values.digest)) {
      const unfinished = await store.editions.allUnfinished(d.key);
      const [last] = await store.editions.list(d.key, 1);
      const shown = last && !unfinished.some((e) => e.id === last.id) ? [...unfinished, last] : unfinished;
      const editions = [];
      // Counted in the database, however long the list.
      for (const e of shown)
        editions.push({ id: e.id, status: e.status, createdAt: e.createdAt, finishedAt: e.finishedAt, ...(await store.deliveries.counts(e.id)) });
      digests.push({ key: d.key, editions });
    }
    const webhooks = await store.webhooks.counts();
    const config = await ctx.config();
    // Queue mode: jobs by state and the workers listening, per queue.
    const queues = config.queue.url ? await (await import('../../queue/index.js')).queueDepths(config) : null;
    if (ctx.values.json) {
      ctx.stdout.write(JSON.stringify({ digests, webhooks, ...(queues && { queues }) }) + '\n');
      return 0;
    }
    for (const q of queues ?? [])
      ctx.stdout.write(`queue ${q.queue}: ${q.waiting} waiting, ${q.active} active, ${q.delayed} delayed, ${q.failed} failed; ${q.workers} workers\n`);
    for (const d of digests) {
      if (d.editions.length === 0) ctx.stdout.write(`${d.key}: no edition yet\n`);
      for (const e of d.editions) ctx.stdout.write(`${d.key}: ${e.id} ${e.status}: ${e.submitted} submitted, ${e.queued} queued, ${e.failed} failed\n`);
    }
    if (webhooks.queued + webhooks.sent + webhooks.dead > 0) {
      ctx.stdout.write(`webhooks: ${webhooks.sent} calls made, ${webhooks.queued} queued, ${webhooks.dead} given up\n`);
    }
    return 0;
  },
});
