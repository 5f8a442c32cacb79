/**
 * The composition root: the one place that reads configuration and the
 * environment, opens the store, picks the transport and builds the renderer.
 * Everything else receives what it needs from here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type ConfigEnv, type LoadedConfig } from './config/index.js';
import { DigestError } from './domain/errors.js';
import { loadLabelCatalog } from './i18n/index.js';
import { DEFAULT_REPLY_TIMEOUT_MS, outboxTransport, smtpTransport, threadedSmtpTransport, type Transport } from './deliver/index.js';
import { silentReporter, type DigestServices, type Reporter } from './pipeline/index.js';
import type { Renderer } from './render/index.js';
import { openStore, type Store } from './store/index.js';

export interface AppOptions {
  configPath?: string | undefined;
  cwd: string;
  env: ConfigEnv;
  reporter?: Reporter;
  /** A clock other than the system's (tests, the scheduler's catch-up). */
  now?: () => Date;
  /** Replace the configured transport (preview, tests). */
  transport?: Transport;
  /** Config and store already loaded by a command that started small (see `CommandContext`). */
  loaded?: { config: LoadedConfig; store: Store };
}

export interface App {
  config: LoadedConfig;
  services: DigestServices;
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
    throw new DigestError('CONFIG_INVALID', `cannot read the DKIM private key: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file, field: 'dkim.privateKeyFile' });
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

export async function createApp(o: AppOptions): Promise<App> {
  const config = o.loaded?.config ?? readConfig(o);
  const renderer = await lazyRenderer(config);
  const store = o.loaded?.store ?? (await openStore(config.store.url ?? config.databasePath));
  const transport = o.transport ?? buildTransport(config);
  const now = o.now ?? (() => new Date());
  if (config.demoSubscriber && Object.values(await store.subscribers.count()).every((n) => n === 0)) {
    await store.subscribers.add({ email: config.demoSubscriber, status: 'confirmed' }, now().toISOString());
  }
  return {
    config,
    services: { config, store, transport, renderer, now, reporter: o.reporter ?? silentReporter, fetchPages: true },
    async close() {
      await transport.close();
      await store.close();
    },
  };
}
