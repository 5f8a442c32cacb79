import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { DigestError, toDigestError } from '../../domain/errors.js';
import { errorStatus } from '../error-status.js';
import { readBody } from '../http-request.js';
import { readWebAsset } from '../web-assets.js';
import { PreviewSession, type PreviewSessionOptions } from './preview-session.js';
import { sameTargets, watchSources, type SourceWatcher, type WatchTargets } from './watch-sources.js';

export interface PreviewServerOptions extends PreviewSessionOptions {
  /** 0 picks a free port. */
  port: number;
  /** Fetch the feeds before the first render (later only on "refetch"). */
  fetchFirst: boolean;
  /** Quiet time after a file event before building: an editor's save is often several events. */
  debounceMs?: number;
}

export interface PreviewServer {
  url: string;
  port: number;
  session: PreviewSession;
  /** The web app itself: `app.request()` answers without a socket. */
  app: Hono;
  close(): Promise<void>;
}

/** Loopback only: the preview shows subscriber addresses and can send mail. */
const HOST = '127.0.0.1';
const MAX_BODY = 16 * 1024;
const KEEPALIVE_MS = 15_000;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

const MAIL_CSP = "default-src 'none'; img-src http: https: data: cid:; style-src 'unsafe-inline'; font-src http: https: data:; frame-ancestors 'self'";
const PAGE_CSP = (nonce: string) =>
  `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * The editor's live preview: the page (templates/web/preview.*), its JSON
 * API, server-sent events on every build, and file watching on templates,
 * config and feed list. Builds never fetch feeds unless asked.
 */
export async function startPreviewServer(o: PreviewServerOptions): Promise<PreviewServer> {
  const session = new PreviewSession(o);
  const streams = new Set<SSEStreamingApi>();
  const broadcast = (event: string, data: unknown) => {
    for (const s of streams) void s.writeSSE({ event, data: JSON.stringify(data) });
  };

  let targets: WatchTargets | null = null;
  let watcher: SourceWatcher | null = null;
  let timer: NodeJS.Timeout | undefined;
  const onFileChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void session.rebuild(), o.debounceMs ?? 60);
  };
  const arm = () => {
    const next = session.watchTargets();
    if (targets && sameTargets(targets, next)) return;
    watcher?.close();
    targets = next;
    watcher = watchSources(next, onFileChange);
  };
  session.on('building', () => broadcast('building', {}));
  session.on('update', (s) => {
    // The config may now name other templates or another feed list.
    arm();
    broadcast('update', { version: s.version, error: s.error !== null });
  });

  let port = o.port;
  const app = previewApp(session, o.services.config.templatesDir, () => port, {
    open(stream) {
      streams.add(stream);
      return () => streams.delete(stream);
    },
  });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  await session.rebuild({ fetch: o.fetchFirst });
  const keepalive = setInterval(() => {
    for (const s of streams) void s.write(': keepalive\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    url: `http://${HOST}:${port}/`,
    port,
    session,
    app,
    async close() {
      clearTimeout(timer);
      clearInterval(keepalive);
      watcher?.close();
      for (const s of streams) void s.close();
      streams.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

interface EventStreams {
  /** Registers a stream for broadcasts; returns its removal. */
  open(stream: SSEStreamingApi): () => void;
}

function previewApp(session: PreviewSession, templatesDir: string, port: () => number, events: EventStreams): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    // Another site's page resolving its own name to 127.0.0.1 (DNS rebinding) carries its own Host.
    if (![`${HOST}:${port()}`, `localhost:${port()}`].includes(new URL(c.req.url).host))
      throw new HTTPException(421, { message: 'the preview answers on 127.0.0.1 only' });
    if (c.req.method === 'POST' && !sameOrigin(c.req.raw)) throw new HTTPException(403, { message: 'cross-origin request refused' });
    await next();
    c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('referrer-policy', 'no-referrer');
  });

  app.get('/', async (c) => {
    const nonce = randomBytes(16).toString('base64');
    const page = await readWebAsset(templatesDir, 'preview.html');
    c.header('content-security-policy', PAGE_CSP(nonce));
    return c.html(page.replaceAll('{{nonce}}', nonce));
  });
  app.get('/preview.js', async (c) => c.body(await readWebAsset(templatesDir, 'preview.js'), 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/preview.css', async (c) => c.body(await readWebAsset(templatesDir, 'preview.css'), 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/events', (c) =>
    streamSSE(c, async (stream) => {
      await stream.writeSSE({ event: 'hello', data: JSON.stringify({ version: session.state.version }) });
      const close = events.open(stream);
      // The stream stays open until the page goes away or the server closes it.
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      close();
    }),
  );
  app.get('/api/state', (c) => c.json(session.state));
  app.get('/mail.html', (c) => {
    const html = session.html(c.req.query('scheme') === 'dark' ? 'dark' : 'light');
    if (html === null) throw new HTTPException(404, { message: 'nothing to preview' });
    c.header('content-security-policy', MAIL_CSP);
    return c.html(html);
  });
  app.get('/mail.eml', (c) => {
    const eml = session.eml();
    if (eml === null) throw new HTTPException(404, { message: 'nothing to preview' });
    return c.body(new Uint8Array(eml), 200, {
      'content-type': 'message/rfc822',
      'content-disposition': `attachment; filename="${session.state.digest ?? 'preview'}.eml"`,
    });
  });
  app.get('/api/spam', async (c) => {
    const hash = session.state.mail?.contentHash ?? null;
    const report = await session.spamReport();
    return c.json(report ? { hash, ...report } : { hash, status: 'error', message: 'nothing to score' });
  });
  app.post('/api/refetch', async (c) => {
    await readJson(c.req.raw);
    await session.rebuild({ fetch: true });
    return c.json({ version: session.state.version, error: session.state.error });
  });
  app.post('/api/select', async (c) => {
    const body = await readJson(c.req.raw);
    await session.select({ digest: optionalString(body.digest), reader: optionalString(body.reader) });
    return c.json({ version: session.state.version, error: session.state.error });
  });
  app.post('/api/send-test', async (c) => {
    const to = optionalString((await readJson(c.req.raw)).to)?.trim() ?? '';
    if (!EMAIL.test(to)) throw new DigestError('INPUT_INVALID', `not an email address: "${to.slice(0, 100)}"`);
    try {
      const sent = await session.sendTest(to);
      return c.json({ to, messageId: sent.messageId, response: sent.response });
    } catch (e) {
      // The mail server refused or could not be reached: a bad gateway, not a bug of the preview.
      return c.json({ error: toDigestError(e).describe() }, 502);
    }
  });
  app.notFound((c) => c.json({ error: `no ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  app.onError((e, c) => c.json({ error: e instanceof HTTPException ? e.message : toDigestError(e).describe() }, errorStatus(e)));
  return app;
}

/**
 * A POST that can change something must come from the page itself: a JSON
 * body (which a plain cross-site form cannot send) and, when the browser says
 * where it comes from, our own origin.
 */
function sameOrigin(req: Request): boolean {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) return false;
  const origin = req.headers.get('origin');
  return origin === null || origin === new URL(req.url).origin;
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const bytes = await readBody(req, MAX_BODY);
  if (bytes.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DigestError('INPUT_INVALID', 'request body is not JSON', {}, { cause: e });
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
