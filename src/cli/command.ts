import type { ParseArgsConfig } from 'node:util';
import type { LoadedConfig } from '../config/index.js';
import type { App, AppOptions } from '../main.js';
import type { Reporter } from '../pipeline/index.js';
import type { Store } from '../store/index.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What a command gets: parsed arguments and the outside world. */
export interface CommandContext {
  values: OptionValues;
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
export interface Command {
  /** Words that select it: "send", "subscribers add". */
  name: string;
  /** Synopsis after the name, e.g. "FILE|URL... [--json]". */
  usage: string;
  options: OptionSpec;
  /** Lines explaining each option, shown by --help. */
  help: string[];
  positionals?: { min: number; max?: number };
  run(ctx: CommandContext): Promise<number>;
}
