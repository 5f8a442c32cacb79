import { readFile } from 'node:fs/promises';
import { loadFeedList, parseOpml, saveFeedList } from '../../ingest/index.js';
import type { Command } from '../command.js';
import { editableFeedList } from '../editable-feed-list.js';

export const feedsImportOpml: Command = {
  name: 'feeds import-opml',
  summary: 'Add every feed of an OPML file to the feed list (known URLs are skipped)',
  usage: 'FILE',
  options: { tag: { type: 'string', multiple: true } },
  help: ['--tag TAG          add this tag to every imported feed (repeatable)'],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const file = ctx.positionals[0]!;
    const imported = parseOpml(await readFile(file, 'utf8'), file);
    const { config } = await ctx.app();
    const feedsFile = editableFeedList(config);
    const list = await loadFeedList(feedsFile);
    const known = new Set(list.map((f) => f.url));
    const extra = (ctx.values.tag as string[] | undefined) ?? [];
    const fresh = imported.filter((f) => !known.has(f.url)).map((f) => ({ ...f, tags: [...new Set([...f.tags, ...extra])] }));
    await saveFeedList(feedsFile, [...list, ...fresh]);
    ctx.stdout.write(`imported ${fresh.length} feeds (${imported.length - fresh.length} already listed) into ${feedsFile}\n`);
    return 0;
  },
};
