/**
 * The composition root: the one place that reads configuration and the
 * environment, opens the store, picks the transport and builds the renderer,
 * and adapts them to the pipeline's ports. Everything else receives what it
 * needs from here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ConfigEnv, type LoadedConfig } from './config/index.js';
import { DigestError } from './domain/errors.js';
import { loadLabelCatalog } from './i18n/index.js';
import { DEFAULT_REPLY_TIMEOUT_MS, outboxTransport, smtpTransport, threadedSmtpTransport, type Transport } from './deliver/index.js';
import { fetchPage } from './ingest/index.js';
import { buildPreview, silentReporter, type PageFetcher, type PipelinePorts, type PreviewRebuild, type Reporter } from './pipeline/index.js';
import type { Renderer } from './render/index.js';
import { leaseLock, openStore, type Store } from './store/index.js';
import { noWebhookEvents, type WebhookEvents } from './domain/webhook-event.js';
import { startDispatcher, webhookQueue, type Dispatcher } from './webhooks/index.js';

export interface AppOptions {
  configPath?: string | undefined;
  cwd: string;
  env: ConfigEnv;
  reporter?: Reporter;
  /** A clock other than the system's (tests, the scheduler's catch-up). */
  now?: () => Date;
  /** Replace the configured transport (preview, tests). */
  transport?: Transport;
  /** Replace how article pages are read (tests serve them per URL; `offlinePages` reads none). */
  fetchPage?: PageFetcher;
  /** Config and store already loaded by a command that started small (see `CommandContext`). */
  loaded?: { config: LoadedConfig; store: Store };
}

/** The app's parts, for the commands and servers on top (subscriptions, archive, preview). */
export interface AppServices {
  config: LoadedConfig;
  store: Store;
  transport: Transport;
  renderer: Renderer;
  now(): Date;
  reporter: Reporter;
  /** Where webhook events go (queued in the store, delivered in the background). */
  events: WebhookEvents;
}

export interface App {
  config: LoadedConfig;
  services: AppServices;
  /** The same parts adapted to the pipeline's ports: what runDigest, previewEdition and collectArticles take. */
  pipeline: PipelinePorts;
  /** One live-preview build with the config as read now (templates read again): what the preview server calls. */
  rebuildPreview: PreviewRebuild;
  close(): Promise<void>;
}

export function readConfig(o: Pick<AppOptions, 'configPath' | 'cwd' | 'env'>): LoadedConfig {
  return loadConfig({ file: o.configPath, cwd: o.cwd, env: o.env });
}

export function buildTransport(config: LoadedConfig): Transport {
  const url = config.smtp.url;
  if (!url) return outboxTransport(config.outboxDir);
  const options = {
    url,
    pool: config.smtp.pool,
    maxConnections: config.smtp.maxConnections,
    // A reply awaited longer is a stall; it can never outlast the reader's own budget.
    replyTimeoutMs: Math.min(DEFAULT_REPLY_TIMEOUT_MS, config.smtp.maxReaderMs),
    ...(config.dkim && { dkim: { domainName: config.dkim.domain, keySelector: config.dkim.selector, privateKey: readDkimKey(config.dkim.privateKeyFile) } }),
  };
  return config.smtp.threads > 1 ? threadedSmtpTransport({ ...options, threads: config.smtp.threads }) : smtpTransport(options);
}

function readDkimKey(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new DigestError('CONFIG_INVALID', `cannot read the DKIM private key: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
      file,
      field: 'dkim.privateKeyFile',
    });
  }
}

/**
 * The renderer, built on its first use: a `send` with nothing new never loads
 * the templates. Compiled MJML is kept beside the database, so a run with
 * unchanged templates never loads MJML either. A broken template still fails
 * before any mail goes out: the edition is rendered before the first send.
 */
async function lazyRenderer(config: LoadedConfig): Promise<Renderer> {
  // Labels are small JSON files that the pages and mail replies need at once; templates and MJML wait.
  const labels = await loadLabelCatalog(config.templatesDir);
  let built: Promise<Renderer> | undefined;
  const cacheDir = config.databasePath === ':memory:' ? undefined : path.join(path.dirname(config.databasePath), 'mjml-cache');
  const renderer = (): Promise<Renderer> => {
    if (built) return built;
    built = import('./render/index.js').then((r) => r.createRenderer({ templatesDir: config.templatesDir, cacheDir }));
    // A broken template is read again next time: the scheduler picks up the fix without a restart.
    built.catch(() => (built = undefined));
    return built;
  };
  return {
    labels,
    renderEdition: async (digest, ctx) => (await renderer()).renderEdition(digest, ctx),
    renderConfirmation: async (data) => (await renderer()).renderConfirmation(data),
  };
}

/** How long closing the app waits for webhook calls due now (an edition.sent just queued) before leaving them to the next process. */
const WEBHOOK_DRAIN_MS = 3_000;

/**
 * Webhook events go to the store's queue; a dispatcher in this process makes
 * the calls in the background while it runs. Without endpoints, neither.
 */
function webhooks(config: LoadedConfig, store: Store, now: () => Date, reporter: Reporter): { events: WebhookEvents; dispatcher: Dispatcher | null } {
  const { endpoints, timeoutMs, retrySeconds } = config.webhooks;
  if (endpoints.length === 0) return { events: noWebhookEvents, dispatcher: null };
  const dispatcher = startDispatcher({
    repo: store.webhooks,
    endpoints,
    timeoutMs,
    retryDelaysMs: retrySeconds.map((s) => s * 1000),
    now,
    warn: (name, fields) => reporter.warn(name, fields),
    event: (name, fields) => reporter.event(name, fields),
  });
  return { events: webhookQueue({ repo: store.webhooks, endpoints, now, queued: () => dispatcher.nudge() }), dispatcher };
}

export async function createApp(o: AppOptions): Promise<App> {
  const config = o.loaded?.config ?? readConfig(o);
  const renderer = await lazyRenderer(config);
  const store = o.loaded?.store ?? (await openStore(config.store.url ?? config.databasePath));
  const transport = o.transport ?? buildTransport(config);
  const now = o.now ?? (() => new Date());
  if (config.demoSubscriber && Object.values(await store.subscribers.count()).every((n) => n === 0)) {
    await store.subscribers.add({ email: config.demoSubscriber, status: 'confirmed' }, now().toISOString());
  }
  const reporter = o.reporter ?? silentReporter;
  const { events, dispatcher } = webhooks(config, store, now, reporter);
  const services: AppServices = { config, store, transport, renderer, now, reporter, events };
  const pipeline = pipelinePorts(services, o.fetchPage);
  // Queue mode (REDIS_URL): workers do the cycle's work; loaded only then, so the default never pays for BullMQ.
  const queued = config.queue.url ? await (await import('./queue/index.js')).queueMode({ ...pipeline, config, store }) : null;
  if (queued) Object.assign(pipeline, { queue: queued.queue, lock: queued.lock });
  return {
    config,
    services,
    pipeline,
    async rebuildPreview(current, c) {
      // A fresh renderer each time, so edited templates apply.
      const { createRenderer } = await import('./render/index.js');
      const fresh = await createRenderer({ templatesDir: current.templatesDir });
      const build = await buildPreview(pipelinePorts({ ...services, config: current, renderer: fresh }, o.fetchPage), c);
      return { ...build, labelGaps: fresh.labels.gaps, feedStates: await store.feedState.list() };
    },
    async close() {
      await queued?.close();
      await dispatcher?.stop(WEBHOOK_DRAIN_MS);
      await transport.close();
      await store.close();
    },
  };
}

/** The store, transport, renderer and network, adapted to the pipeline's ports. */
export function pipelinePorts(s: AppServices, fetchPage: PageFetcher = articlePages(s.config)): PipelinePorts {
  const { config, store, reporter } = s;
  return {
    config,
    articles: store.articles,
    editions: {
      get: (id) => store.editions.get(id),
      list: (key, limit) => store.editions.list(key, limit),
      allUnfinished: (key) => store.editions.allUnfinished(key),
      freeze: (digest, articleIds, audience, at) => store.editions.freeze(digest, articleIds, audience, at),
      markSent: (id, at) => store.editions.markSent(id, at),
      deliveries: store.deliveries,
    },
    recipients: store.subscribers,
    feedState: store.feedState,
    lock: leaseLock(store.locks, {
      ttlMs: config.schedule.lockTtlSeconds * 1000,
      now: s.now,
      onTakeOver: (lock, from) => reporter.event('lock-taken-over', { lock, from }),
    }),
    fetchPage,
    transport: s.transport,
    renderer: s.renderer,
    now: s.now,
    reporter,
    events: s.events,
  };
}

/** Article pages over HTTP with the configured limits. */
function articlePages(config: LoadedConfig): PageFetcher {
  const { timeoutMs, maxBytes, allowPrivate, allowHosts } = config.fetch;
  // A link is the publisher's, not the operator's: it may not reach into the private network unless allowed.
  return (url) => fetchPage(url, { timeoutMs, maxBytes, privateAddresses: { allowPrivate, allowHosts } });
}
