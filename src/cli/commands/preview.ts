import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildMime } from '../../deliver/index.js';
import { describeLabelGap } from '../../i18n/index.js';
import { readConfig } from '../../main.js';
import { DigestError } from '../../domain/errors.js';
import { previewEdition, previewReader, type PreviewOptions } from '../../pipeline/index.js';
import { openBrowser, startPreviewServer } from '../../server/preview/index.js';
import { defineCommand, type CommandContext, type OptionSpec } from '../command.js';
import { parsePort } from '../parse-port.js';
import { digestsToShow } from '../pick-digests.js';
import { untilStopped } from '../stop-signal.js';

const DEFAULT_PORT = 4080;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  next: { type: 'boolean' },
  edition: { type: 'string' },
  digest: { type: 'string', short: 'd' },
  reader: { type: 'string' },
  'no-fetch': { type: 'boolean' },
  port: { type: 'string', short: 'p' },
  open: { type: 'boolean' },
} as const satisfies OptionSpec;

type PreviewContext = CommandContext<typeof OPTIONS>;

export const preview = defineCommand({
  name: 'preview',
  usage: '[--out DIR] [--port N] [--open] [--digest KEY] [--reader EMAIL] [--next | --edition ID] [--no-fetch]',
  options: OPTIONS,
  help: [
    '-o, --out DIR      write <digest>.html, <digest>.txt and <digest>.eml into DIR (no server)',
    `-p, --port N       serve the live preview on http://127.0.0.1:N/ (default ${DEFAULT_PORT}; 0 picks a free port)`,
    '--open             open the preview in the default browser',
    '-d, --digest KEY   only this digest (default: every digest with --out, the first one in the server)',
    '--reader EMAIL     render as this subscriber (default: the first confirmed one)',
    '--next             only the next edition: nothing when nothing is new (default: the latest edition then)',
    '--edition ID       an edition from the archive, re-rendered with the current templates and config',
    '--no-fetch         do not fetch feeds; use the articles already in the store',
  ],
  async run(ctx) {
    return ctx.values.out ? writeFiles(ctx, ctx.values.out) : serve(ctx);
  },
});

/** Which edition the options ask for: --next, --edition ID, or by default the next one or else the latest. */
function editionChoice(ctx: PreviewContext): PreviewOptions['edition'] {
  const id = ctx.values.edition;
  if (id !== undefined && ctx.values.next) throw new DigestError('USAGE', '--next and --edition exclude each other');
  return id !== undefined ? { id } : ctx.values.next ? 'next' : 'latest';
}

async function writeFiles(ctx: PreviewContext, out: string): Promise<number> {
  const edition = editionChoice(ctx);
  const { config, services, pipeline } = await ctx.app();
  const dir = path.resolve(ctx.appOptions.cwd, out);
  await mkdir(dir, { recursive: true });
  const reader = await previewReader(pipeline, ctx.values.reader);
  for (const gap of services.renderer.labels.gaps) ctx.stderr.write(`preview: ${describeLabelGap(gap)}\n`);
  for (const d of await digestsToShow(config, services.store, ctx.values.digest, ctx.values.edition)) {
    const p = await previewEdition(d, pipeline, { fetch: !ctx.values['no-fetch'], reader, edition });
    if (!p) {
      ctx.stdout.write(`${d.key}: ${edition === 'next' ? 'nothing new to preview' : 'nothing to preview: nothing new, and no edition sent yet'}\n`);
      continue;
    }
    const base = path.join(dir, d.key);
    await writeFile(`${base}.html`, p.mail.html);
    await writeFile(`${base}.txt`, p.mail.text);
    await writeFile(`${base}.eml`, await buildMime(p.mail));
    ctx.stdout.write(
      `${d.key}: ${p.archived ? `${p.archived.note}: ` : ''}${p.articleIds.length} stories, ${p.rendered.htmlBytes} bytes of HTML -> ${base}.html\n`,
    );
  }
  return 0;
}

/** Runs the live preview until SIGINT or SIGTERM. */
async function serve(ctx: PreviewContext): Promise<number> {
  const port = parsePort(ctx.values.port, 'port') ?? DEFAULT_PORT;
  const edition = editionChoice(ctx);
  const { config, services, rebuildPreview } = await ctx.app();
  const [first] = await digestsToShow(config, services.store, ctx.values.digest, ctx.values.edition);
  const server = await startPreviewServer({
    services,
    loadConfig: () => readConfig(ctx.appOptions),
    rebuild: rebuildPreview,
    digestKey: first!.key,
    edition,
    readerEmail: ctx.values.reader,
    port,
    fetchFirst: !ctx.values['no-fetch'],
  });
  const { error, mail, note } = server.session.state;
  ctx.stdout.write(`preview: ${server.url}\n`);
  for (const gap of server.session.state.labelGaps) ctx.stderr.write(`preview: ${gap}\n`);
  if (error)
    ctx.stderr.write(
      `preview: the first render failed (the page shows why): ${error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : ''}${error.message}\n`,
    );
  else if (!mail) ctx.stderr.write('preview: nothing new to preview yet\n');
  else if (note) ctx.stderr.write(`preview: ${note}\n`);
  ctx.stderr.write(`preview: watching ${config.templatesDir}, ${config.feedsFile}${config.file ? `, ${config.file}` : ''}; Ctrl-C stops\n`);
  if (ctx.values.open && !(await openBrowser(server.url))) ctx.stderr.write(`preview: could not open a browser; open ${server.url} yourself\n`);
  await untilStopped();
  await server.close();
  return 0;
}
