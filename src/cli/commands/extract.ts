import type { ExtractedArticle } from '../../domain/article.js';
import { extractArticle } from '../../extract/index.js';
import { fetchPage } from '../../ingest/index.js';
import type { Command } from '../command.js';
import { eachInput, readInput } from '../read-input.js';

export const extract: Command = {
  name: 'extract',
  usage: 'FILE|URL|-... [--json]',
  options: { json: { type: 'boolean' } },
  help: ['--json             print {"title","lang","text"}; one line per input when several'],
  positionals: { min: 1, max: Infinity },
  run: (ctx) =>
    eachInput(
      ctx,
      async (arg) => {
        let url: string | undefined;
        const input = await readInput(arg, ctx, async (u) => {
          // A URL the operator typed is theirs to fetch; where it redirects is still checked.
          const page = await fetchPage(u, { trustFirstUrl: true });
          url = page.url;
          return { bytes: Buffer.from(page.html), contentType: page.contentType, url: page.url };
        });
        const html = Buffer.from(input.bytes).toString('utf8');
        const a = extractArticle(html, url ? { url } : {});
        return { title: a.title, lang: a.lang, text: a.text } satisfies ExtractedArticle;
      },
      (r) => {
        const a = r as ExtractedArticle;
        return `${a.title ?? '(untitled)'} [${a.lang ?? '?'}]\n\n${a.text}`;
      },
    ),
};
