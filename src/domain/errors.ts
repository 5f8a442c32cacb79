/**
 * The closed set of error codes. One table says what each code means and which
 * exit code the CLI maps it to, so every layer speaks the same words.
 */
export const ERROR_CODES = {
  USAGE: { exit: 2, summary: 'bad command-line usage' },
  CONFIG_INVALID: { exit: 2, summary: 'configuration file or environment value is invalid' },
  INPUT_INVALID: { exit: 3, summary: 'an input file or value cannot be used' },
  FEED_FETCH: { exit: 4, summary: 'a feed or page could not be fetched' },
  FEED_PARSE: { exit: 4, summary: 'a feed could not be parsed' },
  EXTRACT_FAILED: { exit: 4, summary: 'no article text could be extracted' },
  TEMPLATE_INVALID: { exit: 5, summary: 'a template failed to compile or render' },
  SMTP_TRANSIENT: { exit: 6, summary: 'the mail server refused for now (4xx or connection)' },
  SMTP_PERMANENT: { exit: 6, summary: 'the mail server refused for good (5xx)' },
  TOKEN_INVALID: { exit: 3, summary: 'a token is forged, malformed or for another purpose' },
  TOKEN_EXPIRED: { exit: 3, summary: 'a genuine token whose time has passed' },
  LOCKED: { exit: 7, summary: 'another process holds the lock for this digest' },
  NOT_FOUND: { exit: 3, summary: 'the requested record does not exist' },
  STORE: { exit: 8, summary: 'the database failed' },
  INTERNAL: { exit: 1, summary: 'an unexpected failure' },
} as const satisfies Record<string, { exit: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where the problem is: a file and line, a config key, a feed URL. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  field?: string;
  url?: string;
}

export class DigestError extends Error {
  override readonly name = 'DigestError';
  readonly code: ErrorCode;
  readonly where: ErrorLocation;

  constructor(code: ErrorCode, message: string, where: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.where = where;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  /** One line for a human: where first, then what. */
  describe(): string {
    const { file, line, field, url } = this.where;
    const place = [file && (line ? `${file}:${line}` : file), field, url].filter(Boolean).join(' ');
    return place ? `${place}: ${this.message}` : this.message;
  }
}

export function isDigestError(e: unknown): e is DigestError {
  return e instanceof DigestError;
}

/** Wraps anything thrown into a DigestError, keeping the original as the cause. */
export function toDigestError(e: unknown, code: ErrorCode = 'INTERNAL', where: ErrorLocation = {}): DigestError {
  if (e instanceof DigestError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new DigestError(code, message, where, { cause: e });
}
