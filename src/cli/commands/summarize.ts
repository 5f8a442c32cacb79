import type { Summary } from '../../domain/summary.js';
import { extractArticle } from '../../extract/index.js';
import { summarizeArticle } from '../../summarize/index.js';
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
      async (arg) => {
        const input = await readInput(arg, ctx);
        const content = Buffer.from(input.bytes).toString('utf8').replace(/^\uFEFF/, '');
        const lang = ctx.values.lang ?? null;
        if (looksLikeHtml(content)) {
          const page = extractArticle(content, { lang });
          return summarizeArticle(page.text, { lang: lang ?? page.lang, title: page.title });
        }
        const [first = '', ...rest] = content.split(/\r?\n/);
        return summarizeArticle(rest.join('\n'), { lang, title: first.trim() || null });
      },
      (r) => describeSummary(r as Summary),
    ),
});

function looksLikeHtml(s: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i.test(s);
}

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
