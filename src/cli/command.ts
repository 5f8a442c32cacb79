import type { ParseArgsConfig } from 'node:util';
import type { LoadedConfig } from '../config/index.js';
import type { App, AppOptions } from '../main.js';
import type { Reporter } from '../pipeline/index.js';
import type { Store } from '../store/index.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

type OptionValue<O> = O extends { type: 'boolean' } ? (O extends { multiple: true } ? boolean[] : boolean) : O extends { multiple: true } ? string[] : string;

/** What util.parseArgs gives for an options table: each value typed by its option (any value for a table not known). */
export type OptionValues<O extends OptionSpec = OptionSpec> = string extends keyof O
  ? Record<string, string | boolean | string[] | boolean[] | undefined>
  : { [K in keyof O]?: OptionValue<O[K]> };

/** Options every command takes, parsed with its own. */
export const GLOBAL_OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean', short: 'v' },
} as const satisfies OptionSpec;

/** What a command gets: parsed arguments and the outside world. */
export interface CommandContext<O extends OptionSpec = OptionSpec> {
  values: OptionValues<O & typeof GLOBAL_OPTIONS>;
  positionals: string[];
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  reporter: Reporter;
  appOptions: AppOptions;
  /** The config alone, read on first use: enough for commands that edit the feed list. */
  config(): Promise<LoadedConfig>;
  /** The config and the opened store, without templates or transport (feed and reader commands). */
  store(): Promise<Store>;
  /** Builds the whole app (config, store, renderer, transport) on first use: for commands that render or send. */
  app(): Promise<App>;
}

/** One command, one file: its words, its help and its run (its summary is in the registry, `commands/index.ts`). */
export interface Command<O extends OptionSpec = OptionSpec> {
  /** Words that select it: "send", "subscribers add". */
  name: string;
  /** Synopsis after the name, e.g. "FILE|URL... [--json]". */
  usage: string;
  options: O;
  /** Lines explaining each option, shown by --help. */
  help: string[];
  positionals?: { min: number; max?: number };
  run(ctx: CommandContext<O>): Promise<number>;
}

/** A command whose `ctx.values` are typed from its own options table (no casts in `run`). */
export function defineCommand<const O extends OptionSpec>(command: Command<O>): Command {
  // parseArgs fills `values` from this same table, so the narrower view is sound.
  return command as unknown as Command;
}
