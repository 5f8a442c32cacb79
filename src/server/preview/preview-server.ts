import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DigestError, toDigestError } from '../../domain/errors.js';
import { previewPage } from './preview-page.js';
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
  close(): Promise<void>;
}

/** Loopback only: the preview shows subscriber addresses and can send mail. */
const HOST = '127.0.0.1';
const MAX_BODY = 16 * 1024;
const KEEPALIVE_MS = 15_000;
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

const MAIL_CSP = "default-src 'none'; img-src http: https: data: cid:; style-src 'unsafe-inline'; font-src http: https: data:; frame-ancestors 'self'";

/**
 * The editor's live preview: the page, its JSON API, server-sent events on
 * every build, and file watching on templates, config and feed list. Builds
 * never fetch feeds unless asked.
 */
export async function startPreviewServer(o: PreviewServerOptions): Promise<PreviewServer> {
  const session = new PreviewSession(o);
  const streams = new Set<ServerResponse>();
  const broadcast = (event: string, data: unknown) => {
    for (const res of streams) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
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

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const err = toDigestError(e);
      if (!res.headersSent) json(res, err.code === 'INPUT_INVALID' ? 400 : 500, { error: err.describe() });
      else res.end();
    });
  });
  let port = o.port;
  const host = () => [`${HOST}:${port}`, `localhost:${port}`];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Another site's page resolving its own name to 127.0.0.1 (DNS rebinding) carries its own Host.
    if (!host().includes(req.headers.host ?? '')) return json(res, 421, { error: 'the preview answers on 127.0.0.1 only' });
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    const route = `${req.method} ${url.pathname}`;
    if (req.method === 'POST' && !sameOrigin(req)) return json(res, 403, { error: 'cross-origin request refused' });
    switch (route) {
      case 'GET /': {
        const nonce = randomBytes(16).toString('base64');
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
          ...COMMON,
        });
        return void res.end(previewPage(nonce));
      }
      case 'GET /events':
        res.writeHead(200, { 'content-type': 'text/event-stream', ...COMMON, connection: 'keep-alive' });
        res.write(`event: hello\ndata: ${JSON.stringify({ version: session.state.version })}\n\n`);
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      case 'GET /api/state':
        return json(res, 200, session.state);
      case 'GET /mail.html': {
        const html = session.html(url.searchParams.get('scheme') === 'dark' ? 'dark' : 'light');
        if (html === null) return json(res, 404, { error: 'nothing to preview' });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': MAIL_CSP, ...COMMON });
        return void res.end(html);
      }
      case 'GET /mail.eml': {
        const eml = session.eml();
        if (eml === null) return json(res, 404, { error: 'nothing to preview' });
        res.writeHead(200, { 'content-type': 'message/rfc822', 'content-disposition': `attachment; filename="${session.state.digest ?? 'preview'}.eml"`, ...COMMON });
        return void res.end(eml);
      }
      case 'GET /api/spam': {
        const hash = session.state.mail?.contentHash ?? null;
        const report = await session.spamReport();
        return json(res, 200, report ? { hash, ...report } : { hash, status: 'error', message: 'nothing to score' });
      }
      case 'POST /api/refetch':
        await readJson(req);
        await session.rebuild({ fetch: true });
        return json(res, 200, { version: session.state.version, error: session.state.error });
      case 'POST /api/select': {
        const body = await readJson(req);
        await session.select({ digest: optionalString(body.digest), reader: optionalString(body.reader) });
        return json(res, 200, { version: session.state.version, error: session.state.error });
      }
      case 'POST /api/send-test': {
        const to = optionalString((await readJson(req)).to)?.trim() ?? '';
        if (!EMAIL.test(to)) return json(res, 400, { error: `not an email address: "${to.slice(0, 100)}"` });
        try {
          const sent = await session.sendTest(to);
          return json(res, 200, { to, messageId: sent.messageId, response: sent.response });
        } catch (e) {
          return json(res, 502, { error: toDigestError(e).describe() });
        }
      }
      default:
        return json(res, 404, { error: `no ${route}` });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  await session.rebuild({ fetch: o.fetchFirst });
  const keepalive = setInterval(() => {
    for (const s of streams) s.write(': keepalive\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();

  return {
    url: `http://${HOST}:${port}/`,
    port,
    session,
    async close() {
      clearTimeout(timer);
      clearInterval(keepalive);
      watcher?.close();
      for (const s of streams) s.end();
      streams.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}

const COMMON = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...COMMON });
  res.end(JSON.stringify(body));
}

/**
 * A POST that can change something must come from the page itself: a JSON
 * body (which a plain cross-site form cannot send) and, when the browser says
 * where it comes from, our own origin.
 */
function sameOrigin(req: IncomingMessage): boolean {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}`;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > MAX_BODY) throw new DigestError('INPUT_INVALID', `request body over ${MAX_BODY} bytes`);
    chunks.push(c);
  }
  if (size === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    throw new DigestError('INPUT_INVALID', 'request body is not JSON', {}, { cause: e });
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
