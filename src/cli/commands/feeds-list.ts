import { loadFeedList } from '../../ingest/index.js';
import { defineCommand } from '../command.js';

export const feedsList = defineCommand({
  name: 'feeds list',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  help: ['--json             one JSON object per feed'],
  async run(ctx) {
    const config = await ctx.config();
    const states = new Map((await (await ctx.store()).feedState.list()).map((s) => [s.url, s]));
    for (const f of await loadFeedList(config.feedsFile)) {
      const st = states.get(f.url) ?? null;
      if (ctx.values.json) ctx.stdout.write(JSON.stringify({ ...f, state: st }) + '\n');
      else
        ctx.stdout.write(
          `${f.name}\t${f.url}\t${f.tags.join(',')}\t${st ? `${st.status} ${st.fetchedAt}${st.error ? ` ${st.error}` : ''}` : 'never fetched'}\n`,
        );
    }
    return 0;
  },
});
