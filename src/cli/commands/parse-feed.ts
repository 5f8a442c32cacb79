import type { Feed } from '../../domain/feed.js';
import { fetchFeeds, parseFeed } from '../../ingest/index.js';
import { defineCommand } from '../command.js';
import { eachInput, isUrl, readInput } from '../read-input.js';

export const parseFeedCommand = defineCommand({
  name: 'parse-feed',
  usage: 'FILE|URL|-... [--json]',
  options: { json: { type: 'boolean' } },
  help: ['--json             print {"title","link","lang","image","items":[...]}; one line per input when several'],
  positionals: { min: 1, max: Infinity },
  run: (ctx) =>
    eachInput(
      ctx,
      async (arg) => {
        if (isUrl(arg)) {
          const [r] = await fetchFeeds([{ url: arg, name: arg, tags: [] }]);
          if (r?.error) throw r.error;
          return contractShape(r!.feed!);
        }
        const input = await readInput(arg, ctx);
        return contractShape(await parseFeed(input.bytes, { url: arg === '-' ? undefined : arg }));
      },
      (r) => {
        const f = r as ReturnType<typeof contractShape>;
        return [
          `${f.title ?? '(untitled)'} <${f.link ?? ''}> [${f.lang ?? '?'}]`,
          ...f.items.map((i) => `- ${i.published ?? '?'}  ${i.title ?? '(untitled)'}  ${i.link ?? ''}`),
        ].join('\n');
      },
    ),
});

/** Exactly the keys the parse-feed contract promises, in its order. */
function contractShape(f: Feed) {
  return {
    title: f.title,
    link: f.link,
    lang: f.lang,
    image: f.image ?? null,
    items: f.items.map((i) => ({
      id: i.id,
      title: i.title,
      link: i.link,
      published: i.published,
      author: i.author,
      html: i.html,
      image: i.image ?? null,
      enclosures: i.enclosures ?? [],
    })),
  };
}
