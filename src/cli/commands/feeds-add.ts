import { DigestError } from '../../domain/errors.js';
import { loadFeedList, saveFeedList } from '../../ingest/index.js';
import { defineCommand } from '../command.js';
import { editableFeedList } from '../editable-feed-list.js';

export const feedsAdd = defineCommand({
  name: 'feeds add',
  usage: 'URL --name NAME [--lang CODE] [--tag TAG]...',
  options: { name: { type: 'string' }, lang: { type: 'string' }, tag: { type: 'string', multiple: true } },
  help: [
    '--name NAME        how the feed is shown in digests (required)',
    "--lang CODE        the feed's language when it does not say",
    '--tag TAG          a tag digests can select by (repeatable)',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const url = ctx.positionals[0]!;
    const name = ctx.values.name;
    if (!name) throw new DigestError('USAGE', '--name is required', { field: 'name' });
    const config = await ctx.config();
    const feedsFile = editableFeedList(config);
    const list = await loadFeedList(feedsFile);
    if (list.some((f) => f.url === url)) throw new DigestError('INPUT_INVALID', `already in the list: ${url}`, { file: feedsFile });
    const lang = ctx.values.lang;
    list.push({ url, name, ...(lang && { lang }), tags: ctx.values.tag ?? [] });
    await saveFeedList(feedsFile, list);
    ctx.stdout.write(`added ${name} <${url}> to ${feedsFile}\n`);
    return 0;
  },
});
