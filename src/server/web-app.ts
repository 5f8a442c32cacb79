import { Hono, type Context } from 'hono';
import { errorStatus, MethodNotAllowed } from './error-status.js';
import { respond, securityHeaders } from './http-response.js';
import { messageReply } from './page-reply.js';
import { textFor, type ServerDeps, type WebEnv } from './route.js';
import { archiveRoutes } from './routes/archive-routes.js';
import { assetRoutes } from './routes/asset-routes.js';
import { confirmRoutes } from './routes/confirm-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { preferencesRoutes } from './routes/preferences-routes.js';
import { subscribeRoutes } from './routes/subscribe-routes.js';
import { unsubscribeRoutes } from './routes/unsubscribe-routes.js';

export type WebApp = Hono<WebEnv>;

/** The files the pages load, read once at start. */
export interface WebAssets {
  pageCss: string;
}

/**
 * The reader-facing web app: every route module mounted on one Hono app,
 * security headers on every answer, and one error mapping (`onError`) that
 * turns a status into a page in the visitor's language.
 */
export function createWebApp(deps: ServerDeps, assets: WebAssets, warn: (name: string, fields: Record<string, unknown>) => void): WebApp {
  const app = new Hono<WebEnv>({ strict: false });
  app.use(securityHeaders(deps.config.publicUrl.startsWith('https:')));
  for (const routes of [subscribeRoutes, confirmRoutes, unsubscribeRoutes, preferencesRoutes, archiveRoutes, healthRoutes]) app.route('/', routes(deps));
  app.route('/', assetRoutes(assets));
  // A path that exists under another method answers 405 with the methods it takes.
  const methods = new Map<string, Set<string>>();
  for (const r of app.routes) if (r.method === 'GET' || r.method === 'POST') methods.set(r.path, (methods.get(r.path) ?? new Set()).add(r.method));
  for (const [path, allow] of methods) {
    app.all(path, () => {
      throw new MethodNotAllowed([...allow]);
    });
  }

  app.notFound((c) => statusPage(c, deps, 404));
  app.onError((e, c) => {
    const status = errorStatus(e);
    // The message only: paths carry tokens, so the URL is never logged.
    if (status === 500) warn('http-error', { method: c.req.method, error: e.message });
    const res = statusPage(c, deps, status);
    if (e instanceof MethodNotAllowed) res.headers.set('Allow', e.allow.join(', '));
    return res;
  });
  return app;
}

/** A status as a page in the visitor's language. */
function statusPage(c: Context<WebEnv>, deps: ServerDeps, status: number): Response {
  const text = textFor(c, deps);
  const [heading, body] =
    status === 403
      ? [text.t('forbiddenHeading'), text.t('forbiddenBody')]
      : status === 404 || status === 405
        ? [text.t('notFoundHeading'), text.t('notFoundBody')]
        : status === 413 || status === 415 || status === 400
          ? [text.t('errorHeading'), text.t('invalidEmail')]
          : [text.t('errorHeading'), text.t('errorBody')];
  return respond(messageReply(status, text, deps.config, heading, body));
}
