import { validate as isCronExpression } from 'node-cron';
import { NON_ARTICLE_KINDS } from '../domain/digest.js';
import { timeZoneSchema } from '../domain/reader-time.js';
import * as z from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../domain/webhook-event.js';
import { secretProblem } from '../webhooks/index.js';
import { matchRuleSchema } from './filter-rules.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const IMAGE_MODES = ['lead', 'all', 'none'] as const;
const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'is not a time of day HH:MM (e.g. "07:00")');

const digestSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
    name: z.string().min(1),
    lang: z.string().min(2).default('en'),
    /** node-cron expression, evaluated in `timeZone`. */
    schedule: z
      .string()
      .refine((e) => isCronExpression(e), 'is not a valid cron expression (e.g. "0 7 * * *")')
      .default('0 7 * * *'),
    timeZone: timeZoneSchema.default('UTC'),
    /** Only feeds carrying one of these tags; empty means every feed. */
    tags: z.array(z.string()).default([]),
    maxStories: z.number().int().positive().default(12),
    /** Stories one feed may have in an edition; every feed gets one before any gets two. */
    maxPerFeed: z.number().int().positive().default(3),
    /**
     * Kinds of item that are not articles, left out unless listed here (live,
     * quiz, media, correction); and rules ({keyword|regex, in}) of which a story
     * must match one, when any is given.
     */
    include: z.array(z.union([z.enum(NON_ARTICLE_KINDS), matchRuleSchema])).default([]),
    /** Rules ({keyword|regex, in}): a story matching any is removed before ranking. */
    exclude: z.array(matchRuleSchema).default([]),
    /** Article languages kept (e.g. [id, en]); empty keeps every language. */
    langs: z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as en or id')).default([]),
    /** Articles with fewer words of text are removed. */
    minWords: z.number().int().positive().optional(),
    /** How stories are grouped into sections. */
    groupBy: z.enum(['feed', 'tag', 'none']).default('feed'),
    /** Story pictures in the mail: the top story's and thumbnails for the rest (all), the top story's only (lead), or none. */
    images: z.enum(IMAGE_MODES).default('all'),
    /** Skip a scheduled run when no new article came in. */
    sendOnlyWhenNew: z.boolean().default(true),
    /** Articles older than this many days are not picked any more. */
    maxAgeDays: z.number().positive().default(7),
    /**
     * When scheduled runs may send, in `timeZone`: on these days, between start
     * and end (HH:MM, end exclusive). A tick outside it is skipped; deliveries
     * due outside it wait until it opens.
     */
    sendWindow: z
      .object({
        days: z
          .array(z.enum(WEEKDAYS))
          .min(1)
          .default([...WEEKDAYS]),
        start: clockTime.default('00:00'),
        end: clockTime.default('24:00'),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Standard Webhooks' own schedule, shortened: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h after each failed try. */
export const DEFAULT_WEBHOOK_RETRY_SECONDS = [5, 300, 1800, 7200, 18_000, 36_000];

const webhookEndpointSchema = z
  .object({
    url: z
      .string()
      .url()
      .regex(/^https?:\/\//i, 'must be an http(s) URL'),
    /** `whsec_` and 24 to 64 random bytes in base64, as Standard Webhooks says. */
    secret: z.string().superRefine((s, ctx) => {
      const problem = secretProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** The events this endpoint gets; all when left out. */
    events: z
      .array(z.enum(WEBHOOK_EVENT_TYPES))
      .min(1)
      .default([...WEBHOOK_EVENT_TYPES]),
  })
  .strict();

export const configSchema = z
  .object({
    /** The feed list users edit, relative to the config file. */
    feedsFile: z.string().default('feeds/feeds.yaml'),
    templatesDir: z.string().default('templates'),
    /** Where mail goes when SMTP_URL is not set. */
    outboxDir: z.string().default('outbox'),
    databasePath: z.string().default('data/news-digest.sqlite'),
    /** A PostgreSQL database instead of the SQLite file (DATABASE_URL). */
    store: z
      .object({
        url: z
          .string()
          .regex(/^postgres(ql)?:\/\//i, 'must be a postgres:// URL')
          .optional(),
      })
      .strict()
      .default({}),
    /** Queue mode: workers share the cycle's work through Redis (REDIS_URL); off when no URL is set. */
    queue: z
      .object({
        url: z
          .string()
          .regex(/^rediss?:\/\//i, 'must be a redis:// or rediss:// URL')
          .optional(),
        /** Prefix of every Redis key: two installations can share one Redis. */
        prefix: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+$/, 'must be letters, digits, dots, dashes or underscores')
          .default('news-digest'),
        /** Readers per deliver job. */
        batchSize: z.number().int().positive().default(500),
        /** Tries of a job before it is failed, with exponential backoff from smtp.backoffMs. */
        attempts: z.number().int().positive().default(5),
        /** How long a job stays with a worker that stopped answering before another worker takes it over. */
        stalledSeconds: z.number().int().min(1).default(30),
      })
      .strict()
      .default({ prefix: 'news-digest', batchSize: 500, attempts: 5, stalledSeconds: 30 }),
    publicUrl: z.string().url().default('http://localhost:8080'),
    port: z.number().int().min(0).max(65535).default(8080),
    from: z.string().min(3).default('News Digest <digest@news-digest.localhost>'),
    replyTo: z.string().optional(),
    /** Sender's postal address for the footer (required by anti-spam law in many countries). */
    postalAddress: z.string().default('News Digest, 1 Example Street, 10115 Berlin, Germany'),
    /**
     * A confirmed reader created when the store has none, so the offline demo
     * sends somewhere. Defaults to reader@example.com only without a config file.
     */
    demoSubscriber: z.string().email().nullable().optional(),
    /** DKIM signing of SMTP mail: the key file is relative to the config file. */
    dkim: z
      .object({
        domain: z.string().min(3),
        selector: z.string().min(1),
        privateKeyFile: z.string().min(1),
      })
      .strict()
      .optional(),
    smtp: z
      .object({
        url: z.string().optional(),
        pool: z.boolean().default(true),
        maxConnections: z.number().int().positive().default(4),
        /** Sending threads, each with its share of the connections: 2 or more spreads building and sending over cores. */
        threads: z.number().int().positive().default(1),
        ratePerSecond: z.number().positive().default(50),
        ratePerHour: z.number().positive().optional(),
        retries: z.number().int().min(0).default(3),
        /** Hard bounces after which a reader is suppressed. */
        maxHardBounces: z.number().int().positive().default(2),
        /** First wait before retrying a 4xx or a dropped connection; doubles per retry up to maxBackoffMs. */
        backoffMs: z.number().int().min(0).default(2000),
        maxBackoffMs: z.number().int().min(0).default(60_000),
        /** Runs that may try a reader still refused with a 4xx (or stalled on) before the delivery counts as failed. */
        maxAttempts: z.number().int().positive().default(6),
        /**
         * The longest one run spends on one reader: its tries and the waits between
         * them. A reply awaited this long (at most 60 s) is a stall, not retried in the run.
         */
        maxReaderMs: z.number().int().min(100).default(120_000),
      })
      .strict()
      .default({
        pool: true,
        maxConnections: 4,
        threads: 1,
        ratePerSecond: 50,
        retries: 3,
        maxHardBounces: 2,
        backoffMs: 2000,
        maxBackoffMs: 60_000,
        maxAttempts: 6,
        maxReaderMs: 120_000,
      }),
    fetch: z
      .object({
        concurrency: z.number().int().positive().default(16),
        perHost: z.number().int().positive().default(2),
        timeoutMs: z.number().int().positive().default(15_000),
        maxBytes: z.number().int().positive().default(5_000_000),
        /**
         * Article links and redirects may reach loopback, private, link-local and
         * CGNAT addresses (refused by default: a feed must not make this host probe its network).
         */
        allowPrivate: z.boolean().default(false),
        /** Hosts (names or IPs) exempt from that refusal, e.g. the operator's own intranet feed server. */
        allowHosts: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ concurrency: 16, perHost: 2, timeoutMs: 15_000, maxBytes: 5_000_000, allowPrivate: false, allowHosts: [] }),
    subscribe: z
      .object({
        pendingExpiryDays: z.number().positive().default(7),
        tokenTtlDays: z.number().positive().default(7),
        /** Subscribe requests (web form and request address) one client IP may make per hour. */
        maxRequestsPerIpPerHour: z.number().int().positive().default(20),
        /** Confirmation or unsubscribe-link mails one address may be sent per day. */
        maxMailsPerAddressPerDay: z.number().int().positive().default(3),
        /** Take the client IP from X-Forwarded-For (only behind a reverse proxy that sets it). */
        trustProxy: z.boolean().default(false),
      })
      .strict()
      .default({ pendingExpiryDays: 7, tokenTtlDays: 7, maxRequestsPerIpPerHour: 20, maxMailsPerAddressPerDay: 3, trustProxy: false }),
    /** `serve` also listens for mail to the request address on this port (e.g. 2525); off when unset. */
    smtpPort: z.number().int().min(0).max(65535).optional(),
    /** The address that takes "subscribe" / "unsubscribe" mails; default digest-request@<domain of from>. */
    requestAddress: z.string().email().optional(),
    /** The `run` daemon. */
    schedule: z
      .object({
        /** How long a digest's lock lasts without renewal; a crashed sender's lock frees itself after it. */
        lockTtlSeconds: z.number().int().min(10).default(120),
        /** How often the daemon looks for per-reader deliveries that have come due. */
        sweepSeconds: z.number().int().min(1).default(60),
        /** Run a tick missed while the daemon was down, once, at start. */
        catchUp: z.boolean().default(true),
      })
      .strict()
      .default({ lockTtlSeconds: 120, sweepSeconds: 60, catchUp: true }),
    digests: z
      .array(digestSchema)
      .min(1)
      .default([
        {
          key: 'daily',
          name: 'Morning Brief',
          lang: 'en',
          schedule: '0 7 * * *',
          timeZone: 'UTC',
          tags: [],
          maxStories: 12,
          maxPerFeed: 3,
          include: [],
          exclude: [],
          langs: [],
          groupBy: 'feed',
          images: 'all',
          sendOnlyWhenNew: true,
          maxAgeDays: 7,
        },
      ]),
    /** Signed calls to the operator's other systems when readers confirm, leave or bounce, and when an edition is sent. */
    webhooks: z
      .object({
        endpoints: z.array(webhookEndpointSchema).default([]),
        /** A call not answered within this is a failed try. */
        timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
        /** Waits before each retry; a call is given up after the first try and one retry per entry. */
        retrySeconds: z.array(z.number().positive()).default(DEFAULT_WEBHOOK_RETRY_SECONDS),
      })
      .strict()
      .default({ endpoints: [], timeoutMs: 10_000, retrySeconds: DEFAULT_WEBHOOK_RETRY_SECONDS }),
    /** Secret for signed tokens; DIGEST_SECRET overrides. */
    secret: z.string().min(16).optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type DigestConfig = z.infer<typeof digestSchema>;

/** Paths in Config are resolved to absolute ones by loadConfig. */
export interface LoadedConfig extends Omit<Config, 'demoSubscriber'> {
  demoSubscriber: string | null;
  /** The config file read, or null when running on embedded defaults. */
  file: string | null;
  /** Directory paths are resolved against. */
  baseDir: string;
  /** The feed list is the package's own, taken because the project has none: not one to edit. */
  feedsFileIsBundled: boolean;
  secret: string;
  /** True when no secret was configured and the public demo one is in use. */
  secretIsDemo: boolean;
}
