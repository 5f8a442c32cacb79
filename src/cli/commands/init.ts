import { existsSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_FEEDS_DIR, BUNDLED_TEMPLATES_DIR, STARTER_CONFIG_FILE } from '../../config/index.js';
import { DigestError } from '../../domain/errors.js';
import { defineCommand } from '../command.js';

/** What a starter project holds: the package's own files, copied to be edited. */
const STARTER: { from: string; to: string; what: string }[] = [
  { from: STARTER_CONFIG_FILE, to: 'news-digest.yaml', what: 'the config: every key, with what it does' },
  { from: BUNDLED_FEEDS_DIR, to: 'feeds', what: 'the feed list (feeds.yaml) and three offline demo feeds' },
  { from: BUNDLED_TEMPLATES_DIR, to: 'templates', what: 'the email templates (see templates/README.md)' },
];

export const init = defineCommand({
  name: 'init',
  usage: '[DIR] [--force]',
  options: { force: { type: 'boolean' } },
  help: ['--force            overwrite files that already exist'],
  positionals: { min: 0, max: 1 },
  async run(ctx) {
    const dir = path.resolve(ctx.appOptions.cwd, ctx.positionals[0] ?? '.');
    const taken = STARTER.filter((f) => existsSync(path.join(dir, f.to))).map((f) => f.to);
    if (taken.length > 0 && !ctx.values.force) {
      throw new DigestError('USAGE', `${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'} in ${dir}; nothing written (--force overwrites)`);
    }
    await mkdir(dir, { recursive: true });
    for (const f of STARTER) await cp(f.from, path.join(dir, f.to), { recursive: true, force: true });
    const where = path.relative(ctx.appOptions.cwd, dir);
    const width = Math.max(...STARTER.map((f) => f.to.length)) + 2;
    ctx.stdout.write(
      [
        `Wrote a starter project in ${dir}:`,
        ...STARTER.map((f) => `  ${(f.to + (f.to.includes('.') ? '' : '/')).padEnd(width)} ${f.what}`),
        '',
        `Next: ${where ? `cd ${/\s/.test(where) ? JSON.stringify(where) : where} && ` : ''}npx news-digest send`,
        '      (sends the demo edition to the local outbox; then `npx news-digest preview` shows it in your browser)',
        '',
      ].join('\n'),
    );
    return 0;
  },
});
