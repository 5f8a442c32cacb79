import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildMime } from '../../deliver/index.js';
import { readConfig } from '../../main.js';
import { previewEdition, previewReader } from '../../pipeline/index.js';
import { openBrowser, startPreviewServer } from '../../server/preview/index.js';
import type { Command, CommandContext } from '../command.js';
import { parsePort } from '../parse-port.js';
import { pickDigests } from '../pick-digests.js';
import { untilStopped } from '../stop-signal.js';

const DEFAULT_PORT = 4080;

export const preview: Command = {
  name: 'preview',
  usage: '[--out DIR] [--port N] [--open] [--digest KEY] [--reader EMAIL] [--no-fetch]',
  options: {
    out: { type: 'string', short: 'o' },
    digest: { type: 'string', short: 'd' },
    reader: { type: 'string' },
    'no-fetch': { type: 'boolean' },
    port: { type: 'string', short: 'p' },
    open: { type: 'boolean' },
  },
  help: [
    '-o, --out DIR      write <digest>.html, <digest>.txt and <digest>.eml into DIR (no server)',
    `-p, --port N       serve the live preview on http://127.0.0.1:N/ (default ${DEFAULT_PORT}; 0 picks a free port)`,
    '--open             open the preview in the default browser',
    '-d, --digest KEY   only this digest (default: every digest with --out, the first one in the server)',
    '--reader EMAIL     render as this subscriber (default: the first confirmed one)',
    '--no-fetch         do not fetch feeds; use the articles already in the store',
  ],
  async run(ctx) {
    return ctx.values.out ? writeFiles(ctx, ctx.values.out as string) : serve(ctx);
  },
};

async function writeFiles(ctx: CommandContext, out: string): Promise<number> {
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
}

/** Runs the live preview until SIGINT or SIGTERM. */
async function serve(ctx: CommandContext): Promise<number> {
  const port = parsePort(ctx.values.port, 'port') ?? DEFAULT_PORT;
  const { config, services } = await ctx.app();
  const digestKey = ctx.values.digest as string | undefined;
  if (digestKey) pickDigests(config, digestKey);
  const server = await startPreviewServer({
    services,
    loadConfig: () => readConfig(ctx.appOptions),
    digestKey,
    readerEmail: ctx.values.reader as string | undefined,
    port,
    fetchFirst: !ctx.values['no-fetch'],
  });
  const { error, mail } = server.session.state;
  ctx.stdout.write(`preview: ${server.url}\n`);
  if (error) ctx.stderr.write(`preview: the first render failed (the page shows why): ${error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : ''}${error.message}\n`);
  else if (!mail) ctx.stderr.write('preview: nothing new to preview yet\n');
  ctx.stderr.write(`preview: watching ${config.templatesDir}, ${config.feedsFile}${config.file ? `, ${config.file}` : ''}; Ctrl-C stops\n`);
  if (ctx.values.open && !(await openBrowser(server.url))) ctx.stderr.write(`preview: could not open a browser; open ${server.url} yourself\n`);
  await untilStopped();
  await server.close();
  return 0;
}

