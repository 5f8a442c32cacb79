import { Hono } from 'hono';
import { respond } from '../http-response.js';
import type { ServerDeps, WebEnv } from '../route.js';

export function healthRoutes(deps: ServerDeps): Hono<WebEnv> {
  return new Hono<WebEnv>().get('/healthz', async () => {
    // Healthy means the database answers, not only that the process is up.
    await deps.editions.list(undefined, 1);
    return respond({ status: 200, body: 'ok\n', type: 'text' });
  });
}
