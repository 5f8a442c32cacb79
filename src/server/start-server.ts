import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { AppServices } from '../main.js';
import type { SubscriptionService } from '../subscribers/index.js';
import { startRequestMailServer, type RequestMailServer } from './request-mail-server.js';
import { requestAddressOf, subscriptionsFor } from './subscriptions-for.js';
import { readWebAsset } from './web-assets.js';
import { createWebApp, type WebApp } from './web-app.js';

export interface ServeOptions {
  port: number;
  host: string;
  /** Also take mail for the request address on this port. */
  smtpPort?: number | undefined;
}

export interface RunningServer {
  /** Where the HTTP server listens, e.g. http://127.0.0.1:8080. */
  url: string;
  smtpPort: number | null;
  subscriptions: SubscriptionService;
  /** The web app itself: `app.request()` answers without a socket. */
  app: WebApp;
  close(): Promise<void>;
}

const EXPIRY_SWEEP_MS = 60 * 60_000;

/** The web server, the request-address listener and the hourly sweep of expired pending readers. */
export async function startServer(s: AppServices, o: ServeOptions): Promise<RunningServer> {
  const { config } = s;
  const address = requestAddressOf(s);
  const warn = (name: string, fields: Record<string, unknown>) => s.reporter.warn(name, fields);
  const subscriptions = subscriptionsFor(s);
  await subscriptions.expire();
  const app = createWebApp(
    { config, subscriptions, editions: s.store.editions, renderer: s.renderer },
    { pageCss: await readWebAsset(config.templatesDir, 'page.css') },
    warn,
  );
  const http = createAdaptorServer({ fetch: app.fetch }) as Server;
  await listen(http, o.port, o.host);
  let mail: RequestMailServer | null = null;
  try {
    if (o.smtpPort !== undefined) mail = await startRequestMailServer({ port: o.smtpPort, host: o.host, requestAddress: address, subscriptions, warn });
  } catch (e) {
    await closeHttp(http);
    throw e;
  }
  const sweep = setInterval(() => {
    subscriptions.expire().catch((e: unknown) => warn('expire-failed', { error: e instanceof Error ? e.message : String(e) }));
  }, EXPIRY_SWEEP_MS);
  sweep.unref();
  const bound = http.address() as { address: string; port: number; family: string };
  const host = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  return {
    url: `http://${host}:${bound.port}`,
    smtpPort: mail?.port ?? null,
    subscriptions,
    app,
    async close() {
      clearInterval(sweep);
      await Promise.all([closeHttp(http), mail?.close()]);
      await subscriptions.idle();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeHttp(server: Server): Promise<void> {
  server.closeIdleConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
