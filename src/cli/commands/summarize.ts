import type { Summary } from '../../domain/summary.js';
import { summarizeDocument } from '../../pipeline/index.js';
import { defineCommand } from '../command.js';
import { eachInput, readInput } from '../read-input.js';

export const summarize = defineCommand({
  name: 'summarize',
  usage: 'FILE|-... [--json] [--lang CODE]',
  options: { json: { type: 'boolean' }, lang: { type: 'string' } },
  help: [
    'FILE is plain text (first line the title, then paragraphs) or HTML; - reads stdin',
    '--json             print {"lang","title","gist","quotes","figures"}; one line per FILE when several',
    '--lang CODE        the article language (default: detected)',
  ],
  positionals: { min: 1, max: Infinity },
  run: (ctx) =>
    eachInput(
      ctx,
      async (arg) => summarizeDocument(await readInput(arg, ctx), { lang: ctx.values.lang ?? null }),
      (r) => describeSummary(r as Summary),
    ),
});

function describeSummary(s: Summary): string {
  return [
    `${s.title ?? '(untitled)'} [${s.lang}]`,
    '',
    ...s.gist,
    '',
    'Quotes:',
    ...s.quotes.map((q) => `  ${q.key ? '*' : ' '} "${q.text}" - ${q.speaker ?? 'unattributed'}`),
    'Figures:',
    ...s.figures.map((f) => `  ${f.key ? '*' : ' '} ${f.approx ? '~' : ''}${f.value} ${f.unit ?? ''}  (${f.text})`),
  ].join('\n');
}
