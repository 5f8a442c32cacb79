import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';
import { writeTestConfig } from './test-config.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in-process with captured streams. */
export async function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; stdin?: string } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(args, { stdout, stderr, stdin: Readable.from([opts.stdin ?? '']) }, opts.env ?? {}, opts.cwd ?? process.cwd());
  return { code, stdout: out, stderr: err };
}

/**
 * A project folder of its own: `feeds` as its feed list (`{ url, name }` each),
 * one digest (`digest` is its YAML flow mapping), mail to `smtpUrl`; `run` is
 * the CLI bound to it.
 */
export function cliProject(o: { feeds: { url: string; name: string }[]; smtpUrl: string; digest?: string }): {
  dir: string;
  run(...args: string[]): Promise<CliResult>;
} {
  const { dir, config } = writeTestConfig(['feedsFile: feeds.yaml', 'digests:', `  - ${o.digest ?? '{ key: daily, name: Daily }'}`]);
  writeFileSync(
    path.join(dir, 'feeds.yaml'),
    `feeds:\n${o.feeds.map((f) => `  - { url: ${JSON.stringify(f.url)}, name: ${JSON.stringify(f.name)} }`).join('\n')}\n`,
  );
  const env = { SMTP_URL: o.smtpUrl, DIGEST_SECRET: 'cli-project-secret-0123456789abcdef' };
  return { dir, run: (...args) => cli([...args, '--config', config], { env, cwd: dir }) };
}
