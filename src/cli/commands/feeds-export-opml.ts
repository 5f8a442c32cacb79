import { loadFeedList, toOpml } from '../../ingest/index.js';
import { defineCommand } from '../command.js';

export const feedsExportOpml = defineCommand({
  name: 'feeds export-opml',
  usage: '',
  options: {},
  help: [],
  async run(ctx) {
    const config = await ctx.config();
    ctx.stdout.write(toOpml(await loadFeedList(config.feedsFile), 'news-digest feeds'));
    return 0;
  },
});
