/**
 * `news-digest COMMAND [options]`: picks the command by its words, parses its
 * options, runs it, and maps a DigestError to its exit code. Data goes to
 * stdout, progress and errors to stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toDigestError } from '../domain/errors.js';
import type { LoadedConfig } from '../config/index.js';
import type { App } from '../main.js';
import type { Store } from '../store/index.js';
import { cliReporter } from './cli-reporter.js';
import { GLOBAL_OPTIONS, type Command, type CommandContext } from './command.js';
import { COMMANDS, type CommandEntry } from './commands/index.js';

export async function runCli(argv: string[], io: Pick<CommandContext, 'stdout' | 'stderr' | 'stdin'>, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'));
  const entry = findCommand(words);
  if (!entry) {
    if (argv.includes('--version')) {
      io.stdout.write(`news-digest ${packageVersion()}\n`);
      return 0;
    }
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || words[0] === 'help') {
      io.stdout.write(topHelp());
      return 0;
    }
    io.stderr.write(`news-digest: unknown command "${words.slice(0, 2).join(' ')}"; see news-digest --help\n`);
    return 2;
  }
  const command = await entry.load();
  const rest = argv.slice();
  for (const w of command.name.split(' ')) rest.splice(rest.indexOf(w), 1);

  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr.write(`news-digest ${command.name}: ${(e as Error).message}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(commandHelp(command, entry.summary));
    return 0;
  }
  const { min = 0, max = 0 } = command.positionals ?? {};
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    io.stderr.write(`news-digest ${command.name}: usage: news-digest ${command.name} ${command.usage}\n`);
    return 2;
  }

  const reporter = cliReporter(io.stderr as NodeJS.WritableStream & { isTTY?: boolean }, { verbose: Boolean(parsed.values.verbose) });
  const appOptions = { configPath: parsed.values.config, cwd, env, reporter };
  let config: LoadedConfig | undefined;
  let store: Store | undefined;
  let app: App | undefined;
  const ctx: CommandContext = {
    ...io,
    values: parsed.values,
    positionals: parsed.positionals,
    reporter,
    appOptions,
    // Each part loads on first use: a command pays only for what it uses (no templates for `feeds add`).
    config: async () => (config ??= (await import('../config/index.js')).loadConfig({ file: appOptions.configPath, cwd, env })),
    store: async () => {
      const c = await ctx.config();
      return (store ??= await (await import('../store/index.js')).openStore(c.store.url ?? c.databasePath));
    },
    app: async () =>
      (app ??= await (await import('../main.js')).createApp({ ...appOptions, loaded: { config: await ctx.config(), store: await ctx.store() } })),
  };
  try {
    return await command.run(ctx);
  } catch (e) {
    const err = toDigestError(e);
    io.stderr.write(`news-digest ${command.name}: ${err.describe()}\n`);
    if (err.code === 'INTERNAL' && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return err.exitCode;
  } finally {
    if (app) await app.close();
    else await store?.close();
  }
}

function packageVersion(): string {
  // Two folders below the package root, as this file is in src/cli/ and in the bundle's dist/cli/.
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function findCommand(words: string[]): CommandEntry | undefined {
  // Longest match first: "subscribers add" before "subscribers".
  return [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length).find((c) => c.name.split(' ').every((w, i) => words[i] === w));
}

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'news-digest: turns news feeds into an email digest people actually read.',
    '',
    'Usage: news-digest COMMAND [options]   (every command takes --help)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    '  -c, --config PATH  config file (default: news-digest.yaml if present, else built-in defaults)',
    '  -v, --verbose      log every event, not only warnings',
    '  -h, --help         show help',
    '      --version      print the version',
    '',
  ].join('\n');
}

function commandHelp(c: Command, summary: string): string {
  return [
    `Usage: news-digest ${c.name} ${c.usage}`,
    '',
    summary,
    '',
    ...(c.help.length ? ['Options:', ...c.help.map((h) => `  ${h}`), ''] : []),
    '  -c, --config PATH  config file',
    '',
  ].join('\n');
}
