import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { clientIp, RequestTooLarge, sameOrigin, UnsupportedBody } from './http-request.js';
import { writeReply, type Reply } from './http-response.js';
import { messageReply } from './page-reply.js';
import { pageText } from './page-text.js';
import type { Route, ServerDeps } from './route.js';
import { archiveRoutes } from './routes/archive-routes.js';
import { faviconRoutes } from './routes/favicon-routes.js';
import { confirmRoutes } from './routes/confirm-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { preferencesRoutes } from './routes/preferences-routes.js';
import { subscribeRoutes } from './routes/subscribe-routes.js';
import { unsubscribeRoutes } from './routes/unsubscribe-routes.js';

const ROUTES: readonly Route[] = [...subscribeRoutes, ...confirmRoutes, ...unsubscribeRoutes, ...preferencesRoutes, ...archiveRoutes, ...healthRoutes, ...faviconRoutes];

/** The reader-facing web server on node:http: one table of routes, security headers on every answer. */
export function createHttpServer(deps: ServerDeps, warn: (name: string, fields: Record<string, unknown>) => void): Server {
  const https = deps.config.publicUrl.startsWith('https:');
  return createServer((req, res) => {
    answer(req, deps)
      .catch((e: unknown) => {
        // The message only: paths carry tokens, so the URL is never logged.
        warn('http-error', { method: req.method, error: e instanceof Error ? e.message : String(e) });
        return status(req, deps, 500);
      })
      .then((reply) => writeReply(res as ServerResponse, reply, { https, head: req.method === 'HEAD' }))
      .catch(() => res.destroy());
  });
}

async function answer(req: IncomingMessage, deps: ServerDeps): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://server.invalid');
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const onPath = ROUTES.map((route) => ({ route, match: route.path.exec(url.pathname) })).filter((m) => m.match);
  if (onPath.length === 0) return status(req, deps, 404);
  const hit = onPath.find((m) => m.route.method === method);
  if (!hit) return { ...status(req, deps, 405), headers: { Allow: [...new Set(onPath.map((m) => m.route.method))].join(', ') } };
  let params: string[];
  try {
    params = hit.match!.slice(1).map((p) => decodeURIComponent(p ?? ''));
  } catch {
    return status(req, deps, 404);
  }
  if (hit.route.checkOrigin && !sameOrigin(req, deps.config.publicUrl)) return status(req, deps, 403);
  try {
    return await hit.route.handle({ req, url, params, client: clientIp(req, deps.config.subscribe.trustProxy), deps });
  } catch (e) {
    if (e instanceof RequestTooLarge) return status(req, deps, 413);
    if (e instanceof UnsupportedBody) return status(req, deps, 415);
    throw e;
  }
}

function status(req: IncomingMessage, deps: ServerDeps, code: 403 | 404 | 405 | 413 | 415 | 500): Reply {
  const text = pageText(deps.renderer.labels, req.headers['accept-language']);
  const [heading, body] =
    code === 403 ? [text.t('forbiddenHeading'), text.t('forbiddenBody')] : code === 404 || code === 405 ? [text.t('notFoundHeading'), text.t('notFoundBody')] : code === 500 ? [text.t('errorHeading'), text.t('errorBody')] : [text.t('errorHeading'), text.t('invalidEmail')];
  return messageReply(code, text, deps.config, heading, body);
}
