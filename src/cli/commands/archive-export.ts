import path from 'node:path';
import { DigestError } from '../../domain/errors.js';
import { exportArchiveSite } from '../../server/index.js';
import { defineCommand } from '../command.js';

export const archiveExport = defineCommand({
  name: 'archive export',
  usage: '--out DIR [--base-url URL]',
  options: {
    out: { type: 'string', short: 'o' },
    'base-url': { type: 'string' },
  },
  help: [
    '-o, --out DIR      the folder to write: index.html, one page per edition, <digest>/feed.xml and feed.json, page.css',
    '--base-url URL     where the folder will be hosted; the feeds link there (default: links relative to each feed)',
  ],
  async run(ctx) {
    const out = ctx.values.out;
    if (!out) throw new DigestError('USAGE', 'archive export needs --out DIR', { field: 'out' });
    const baseUrl = ctx.values['base-url'];
    if (baseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(baseUrl))
      throw new DigestError('USAGE', `--base-url must be an http(s) URL, not "${baseUrl}"`, { field: 'base-url' });
    const { config, services } = await ctx.app();
    const outDir = path.resolve(ctx.appOptions.cwd, out);
    const report = await exportArchiveSite({ config, editions: services.store.editions, renderer: services.renderer }, { outDir, baseUrl });
    ctx.stdout.write(
      `wrote ${report.editions} edition${report.editions === 1 ? '' : 's'} and ${config.digests.length * 2} feeds to ${outDir}; open ${path.join(outDir, 'index.html')}\n`,
    );
    return 0;
  },
});
