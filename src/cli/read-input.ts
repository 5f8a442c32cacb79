import { readFile } from 'node:fs/promises';
import { DigestError, toDigestError } from '../domain/errors.js';
import type { CommandContext } from './command.js';

export interface InputBytes {
  /** The argument as given: a path or "-". */
  name: string;
  bytes: Uint8Array;
}

/** An http(s) URL rather than a file name. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Reads FILE or "-" (stdin); URLs are each command's own business. */
export async function readInput(arg: string, ctx: Pick<CommandContext, 'stdin'>): Promise<InputBytes> {
  if (arg === '-') {
    const chunks: Buffer[] = [];
    for await (const c of ctx.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
    return { name: arg, bytes: Buffer.concat(chunks) };
  }
  if (isUrl(arg)) throw new DigestError('USAGE', 'this command reads files, not URLs', { url: arg });
  try {
    return { name: arg, bytes: await readFile(arg) };
  } catch (e) {
    throw new DigestError('INPUT_INVALID', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: arg }, { cause: e });
  }
}

/**
 * The shape shared by summarize, extract and parse-feed: one input prints its
 * object (or fails with one line on stderr); several print one JSON line each,
 * `{"file","error"}` for an input that failed, and go on.
 */
export async function eachInput(ctx: CommandContext, handle: (arg: string) => Promise<unknown>, describe: (result: unknown) => string): Promise<number> {
  const json = Boolean(ctx.values.json);
  const many = ctx.positionals.length > 1;
  let failures = 0;
  let lastError: ReturnType<typeof toDigestError> | null = null;
  for (const arg of ctx.positionals) {
    try {
      const result = await handle(arg);
      ctx.stdout.write(json ? JSON.stringify(result) + '\n' : describe(result) + '\n');
    } catch (e) {
      const err = toDigestError(e, 'INPUT_INVALID', { file: arg });
      failures++;
      lastError = err;
      if (!many) throw err;
      if (json) ctx.stdout.write(JSON.stringify({ file: arg, error: err.describe() }) + '\n');
      else ctx.stderr.write(`${arg}: ${err.describe()}\n`);
    }
  }
  return failures === 0 ? 0 : (lastError?.exitCode ?? 1);
}
