import { loadFeedList } from '../../ingest/index.js';
import { fetchFeedList } from '../../pipeline/index.js';
import { defineCommand } from '../command.js';

export const feedsCheck = defineCommand({
  name: 'feeds check',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  help: ['--json             one JSON object per feed'],
  async run(ctx) {
    const config = await ctx.config();
    const sources = await loadFeedList(config.feedsFile);
    const results = await fetchFeedList(sources, { config, feedState: (await ctx.store()).feedState, reporter: ctx.reporter }, { check: true });
    for (const r of results) {
      const line = {
        name: r.source.name,
        url: r.source.url,
        status: r.status,
        items: r.feed?.items.length ?? null,
        error: r.error?.describe() ?? null,
      };
      if (ctx.values.json) ctx.stdout.write(JSON.stringify(line) + '\n');
      else {
        const what = r.status === 'ok' ? `ok ${line.items} items` : r.status === 'not-modified' ? 'not modified' : `error: ${line.error}`;
        ctx.stdout.write(`${r.source.name}\t${what}\t${r.source.url}\n`);
      }
    }
    return results.some((r) => r.status === 'error') ? 4 : 0;
  },
});
