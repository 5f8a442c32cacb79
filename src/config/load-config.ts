import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { DigestError } from '../domain/errors.js';
import { BUNDLED_FEEDS_FILE, BUNDLED_TEMPLATES_DIR, ownOrBundled } from './bundled-files.js';
import { configSchema, type LoadedConfig } from './config-schema.js';

export const DEFAULT_CONFIG_FILE = 'news-digest.yaml';

/** The environment variables read, all in one place. */
export interface ConfigEnv {
  SMTP_URL?: string | undefined;
  DIGEST_SECRET?: string | undefined;
  DATABASE_PATH?: string | undefined;
  DATABASE_URL?: string | undefined;
  REDIS_URL?: string | undefined;
  PUBLIC_URL?: string | undefined;
  PORT?: string | undefined;
}

/** The secret used when none is configured: fine for the offline demo, never for a public server. */
const DEMO_SECRET = 'news-digest-demo-secret-change-me';
const DEMO_SUBSCRIBER = 'reader@example.com';

/**
 * Reads the YAML file (when given or present in `cwd`), applies the
 * environment, validates once and reports every problem at once, each with the
 * file, line and key.
 */
export function loadConfig(opts: { file?: string | undefined; cwd: string; env: ConfigEnv }): LoadedConfig {
  const explicit = opts.file !== undefined;
  const file = path.resolve(opts.cwd, opts.file ?? DEFAULT_CONFIG_FILE);
  let raw: Record<string, unknown> = {};
  let lineOf: (keys: (string | number)[]) => number | undefined = () => undefined;
  const present = existsSync(file);
  if (explicit && !present) throw new DigestError('CONFIG_INVALID', 'config file not found', { file });
  if (present) {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      throw new DigestError('CONFIG_INVALID', e.message.split('\n')[0]!, { file, line: lines.linePos(e.pos[0]).line });
    }
    const value: unknown = doc.toJS() ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new DigestError('CONFIG_INVALID', 'the top level must be a mapping of keys', { file, line: 1 });
    }
    raw = value as Record<string, unknown>;
    lineOf = (keys) => {
      const node = nodeAt(doc.contents, keys);
      return node?.range ? lines.linePos(node.range[0]).line : undefined;
    };
  }

  const env = opts.env;
  const withEnv: Record<string, unknown> = { ...raw };
  if (env.DATABASE_PATH) withEnv.databasePath = env.DATABASE_PATH;
  if (env.DATABASE_URL) withEnv.store = { ...(raw.store as object | undefined), url: env.DATABASE_URL };
  if (env.REDIS_URL) withEnv.queue = { ...(raw.queue as object | undefined), url: env.REDIS_URL };
  if (env.PUBLIC_URL) withEnv.publicUrl = env.PUBLIC_URL;
  if (env.PORT) withEnv.port = Number(env.PORT);
  if (env.DIGEST_SECRET) withEnv.secret = env.DIGEST_SECRET;
  if (env.SMTP_URL) withEnv.smtp = { ...(raw.smtp as object | undefined), url: env.SMTP_URL };

  const parsed = configSchema.safeParse(withEnv);
  if (!parsed.success) throw configError(parsed.error, present ? file : '(environment)', lineOf, env);

  const baseDir = present ? path.dirname(file) : opts.cwd;
  const c = parsed.data;
  const abs = (p: string) => path.resolve(baseDir, p);
  const feedsFile = raw.feedsFile === undefined ? ownOrBundled(abs(c.feedsFile), BUNDLED_FEEDS_FILE) : abs(c.feedsFile);
  return {
    ...c,
    feedsFile,
    feedsFileIsBundled: raw.feedsFile === undefined && feedsFile === BUNDLED_FEEDS_FILE && feedsFile !== abs(c.feedsFile),
    templatesDir: raw.templatesDir === undefined ? ownOrBundled(abs(c.templatesDir), BUNDLED_TEMPLATES_DIR) : abs(c.templatesDir),
    outboxDir: abs(c.outboxDir),
    ...(c.dkim && { dkim: { ...c.dkim, privateKeyFile: abs(c.dkim.privateKeyFile) } }),
    databasePath: c.databasePath === ':memory:' ? c.databasePath : abs(c.databasePath),
    publicUrl: c.publicUrl.replace(/\/+$/, ''),
    secret: c.secret ?? DEMO_SECRET,
    secretIsDemo: c.secret === undefined,
    demoSubscriber: c.demoSubscriber !== undefined ? c.demoSubscriber : present ? null : DEMO_SUBSCRIBER,
    file: present ? file : null,
    baseDir,
  };
}

const ENV_OF_KEY: Record<string, keyof ConfigEnv> = {
  databasePath: 'DATABASE_PATH',
  'store.url': 'DATABASE_URL',
  'queue.url': 'REDIS_URL',
  publicUrl: 'PUBLIC_URL',
  port: 'PORT',
  secret: 'DIGEST_SECRET',
  'smtp.url': 'SMTP_URL',
};

function configError(error: z.ZodError, file: string, lineOf: (keys: (string | number)[]) => number | undefined, env: ConfigEnv): DigestError {
  const problems = error.issues.flatMap(unionBranch).map((issue) => {
    const key = issue.path.map(String).join('.');
    const envName = ENV_OF_KEY[key];
    const from = envName && env[envName] !== undefined ? `${envName} (environment)` : file;
    const line = from === file ? lineOf(issue.path as (string | number)[]) : undefined;
    return { where: line ? `${from}:${line}` : from, file: from, key: key || '(top level)', message: issue.message, line };
  });
  const [first, ...rest] = problems;
  // One line per problem: the first carries its place in `where`, the rest say theirs inline.
  const message = [first!.message, ...rest.map((p) => `${p.where}: ${p.key}: ${p.message}`)].join('\n');
  return new DigestError('CONFIG_INVALID', message, { file: first!.file, line: first!.line, field: first!.key });
}

/**
 * A value that may take one of several shapes (a non-article kind or a rule
 * in `include`) fails each; report the shape it was meant to have: the first
 * branch that did not reject its type outright, else the first branch.
 */
function unionBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const wrongType = (i: z.core.$ZodIssue) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value');
  const branch = issue.errors.find((b) => !b.some(wrongType)) ?? issue.errors[0]!;
  return branch.flatMap((i) => unionBranch({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue));
}

function nodeAt(node: unknown, keys: (string | number)[]): Node | undefined {
  let cur = node;
  let found: Node | undefined;
  for (const key of keys) {
    if (isMap(cur)) {
      const pair = cur.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      found = (pair.value as Node | null) ?? (pair.key as Node);
      cur = pair.value;
    } else if (isSeq(cur) && typeof key === 'number') {
      cur = cur.items[key];
      found = cur as Node;
    } else break;
  }
  return found;
}
