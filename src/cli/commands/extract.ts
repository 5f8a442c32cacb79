import type { ExtractedArticle } from '../../domain/article.js';
import { documentArticle, pageArticle } from '../../pipeline/index.js';
import { defineCommand } from '../command.js';
import { eachInput, isUrl, readInput } from '../read-input.js';

export const extract = defineCommand({
  name: 'extract',
  usage: 'FILE|URL|-... [--json]',
  options: { json: { type: 'boolean' } },
  help: ['--json             print {"title","lang","text"}; one line per input when several'],
  positionals: { min: 1, max: Infinity },
  run: (ctx) =>
    eachInput(
      ctx,
      async (arg) => (isUrl(arg) ? pageArticle(arg) : documentArticle(await readInput(arg, ctx))),
      (r) => {
        const a = r as ExtractedArticle;
        return `${a.title ?? '(untitled)'} [${a.lang ?? '?'}]\n\n${a.text}`;
      },
    ),
});
