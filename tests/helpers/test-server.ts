import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createTransport, type Transporter } from 'nodemailer';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/main.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { startSmtpSink, type SinkMessage, type SmtpSink } from './smtp-sink.js';

const root = path.resolve(import.meta.dirname, '../..');
export const TEST_SECRET = 'server-test-secret-0123456789abcdef';

export interface TestServer {
  sink: SmtpSink;
  app: App;
  server: RunningServer;
  /** Base URL of the running HTTP server (also the config's publicUrl unless one was given). */
  url: string;
  dir: string;
  configPath: string;
  env: NodeJS.ProcessEnv;
  /** A request answered by the web app in-process (`app.request()`), no socket; `p` is a path. */
  request(p: string, init?: RequestInit): Promise<Response>;
  /** Moves the app's clock forward. */
  advance(ms: number): void;
  /** Mail the sink received for `to`, after every queued mail went out. */
  mailTo(to: string): Promise<SinkMessage[]>;
  close(): Promise<void>;
}

/** A free loopback port, so publicUrl can name the server before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The real app (config file, SQLite in a temp folder, SMTP transport to a
 * real sink, the real renderer) behind the real server on loopback.
 */
export async function startTestServer(o: { config?: string[]; smtpPort?: boolean } = {}): Promise<TestServer> {
  const sink = await startSmtpSink();
  const dir = mkdtempSync(path.join(tmpdir(), 'nd-serve-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const configPath = path.join(dir, 'news-digest.yaml');
  writeFileSync(
    configPath,
    [
      `feedsFile: ${JSON.stringify(path.join(root, 'feeds/feeds.yaml'))}`,
      `templatesDir: ${JSON.stringify(path.join(root, 'templates'))}`,
      'databasePath: digest.sqlite',
      'from: "Morning Brief <brief@news.example.org>"',
      `publicUrl: ${url}`,
      ...(o.config ?? ['digests:', '  - key: daily', '    name: Morning Brief', '    lang: en', '    maxStories: 20']),
    ].join('\n'),
  );
  const env = { SMTP_URL: sink.url, DIGEST_SECRET: TEST_SECRET };
  let offset = 0;
  const app = await createApp({ configPath, cwd: dir, env, now: () => new Date(Date.now() + offset) });
  const server = await startServer(app.services, { port, host: '127.0.0.1', smtpPort: o.smtpPort ? 0 : undefined });
  return {
    sink,
    app,
    server,
    url,
    dir,
    configPath,
    env,
    request: async (p, init) => server.app.request(url + p, init),
    advance: (ms) => {
      offset += ms;
    },
    async mailTo(to) {
      await server.subscriptions.idle();
      return sink.messages.filter((m) => m.envelopeTo.includes(to));
    },
    async close() {
      await server.close();
      await app.close();
      await sink.close();
    },
  };
}

/** The confirm or unsubscribe path in a mail's text part. */
export function linkIn(mail: SinkMessage, kind: 'confirm' | 'unsubscribe'): string {
  const m = new RegExp(`https?://[^\\s/]+(/${kind}/[A-Za-z0-9_.-]+)`).exec(mail.parsed.text ?? '');
  if (!m) throw new Error(`no ${kind} link in mail "${mail.parsed.subject}"`);
  return m[1]!;
}

/** A form post as a browser on our own page would send it: over the socket to a base URL, or in-process to a test server's app. */
export function post(to: string | TestServer, p: string, form: Record<string, string> | string, headers: Record<string, string> = {}): Promise<Response> {
  const base = typeof to === 'string' ? to : to.url;
  const init: RequestInit = {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...headers },
    body: typeof form === 'string' ? form : new URLSearchParams(form).toString(),
  };
  return typeof to === 'string' ? fetch(base + p, init) : to.request(p, init);
}

/** An SMTP client for the server's request address (started with `smtpPort: true`). */
export function requestMailer(t: TestServer): Transporter {
  return createTransport({ host: '127.0.0.1', port: t.server.smtpPort!, secure: false, ignoreTLS: true });
}
