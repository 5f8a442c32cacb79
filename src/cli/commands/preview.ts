import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildMime } from '../../deliver/index.js';
import { previewEdition, previewReader } from '../../pipeline/index.js';
import type { Command } from '../command.js';
import { pickDigests } from './send.js';

export const preview: Command = {
  name: 'preview',
  summary: 'Write the next edition as a reader would get it (.html, .txt, .eml); marks nothing sent',
  usage: '--out DIR [--digest KEY] [--reader EMAIL] [--no-fetch]',
  options: {
    out: { type: 'string', short: 'o' },
    digest: { type: 'string', short: 'd' },
    reader: { type: 'string' },
    'no-fetch': { type: 'boolean' },
  },
  help: [
    '-o, --out DIR      write <digest>.html, <digest>.txt and <digest>.eml into DIR',
    '-d, --digest KEY   only this digest (default: every digest)',
    '--reader EMAIL     render as this subscriber (default: the first confirmed one)',
    '--no-fetch         do not fetch feeds; use the articles already in the store',
  ],
  async run(ctx) {
    const out = ctx.values.out as string | undefined;
    if (!out) {
      ctx.stderr.write('news-digest preview: --out DIR is required\n');
      return 2;
    }
    const { config, services } = await ctx.app();
    const dir = path.resolve(ctx.appOptions.cwd, out);
    await mkdir(dir, { recursive: true });
    const reader = await previewReader(services, ctx.values.reader as string | undefined);
    for (const d of pickDigests(config, ctx.values.digest as string | undefined)) {
      const p = await previewEdition(d, services, { fetch: !ctx.values['no-fetch'], reader });
      if (!p) {
        ctx.stdout.write(`${d.key}: nothing new to preview\n`);
        continue;
      }
      const base = path.join(dir, d.key);
      await writeFile(`${base}.html`, p.mail.html);
      await writeFile(`${base}.txt`, p.mail.text);
      await writeFile(`${base}.eml`, await buildMime(p.mail));
      ctx.stdout.write(`${d.key}: ${p.articleIds.length} stories, ${p.rendered.htmlBytes} bytes of HTML -> ${base}.html\n`);
    }
    return 0;
  },
};
