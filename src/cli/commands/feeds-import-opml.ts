import { readFile } from 'node:fs/promises';
import { DigestError } from '../../domain/errors.js';
import { loadFeedList, parseOpml, saveFeedList } from '../../ingest/index.js';
import { defineCommand } from '../command.js';
import { editableFeedList } from '../editable-feed-list.js';

export const feedsImportOpml = defineCommand({
  name: 'feeds import-opml',
  usage: 'FILE',
  options: { tag: { type: 'string', multiple: true } },
  help: [
    '--tag TAG          add this tag to every imported feed (repeatable)',
    'Folders and htmlUrl are kept; feed:// URLs are read as https://. Each outline left out (no xmlUrl, not http(s), a repeated URL) gets one line on stderr (exit code 3).',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const file = ctx.positionals[0]!;
    const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new DigestError('USAGE', `cannot read the OPML file: ${e.code ?? e.message}`, { file });
    });
    const { feeds, skipped } = parseOpml(bytes, file);
    const config = await ctx.config();
    const feedsFile = editableFeedList(config);
    const list = await loadFeedList(feedsFile);
    const known = new Set(list.map((f) => f.url));
    const extra = ctx.values.tag ?? [];
    const fresh = feeds.filter((f) => !known.has(f.url)).map((f) => ({ ...f, tags: [...new Set([...f.tags, ...extra])] }));
    await saveFeedList(feedsFile, [...list, ...fresh]);
    for (const s of skipped) ctx.stderr.write(`${file}: outline "${s.outline}": ${s.reason}\n`);
    ctx.stdout.write(`imported ${fresh.length} feeds (${feeds.length - fresh.length} already listed, ${skipped.length} outlines skipped) into ${feedsFile}\n`);
    return skipped.length > 0 ? 3 : 0;
  },
});
