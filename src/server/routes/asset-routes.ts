import { Hono } from 'hono';
import { faviconIco } from '../favicon.js';
import { respond } from '../http-response.js';
import type { WebEnv } from '../route.js';
import type { WebAssets } from '../web-app.js';

const ICON = faviconIco();

/** The site's icon and the pages' stylesheet. */
export function assetRoutes(assets: WebAssets): Hono<WebEnv> {
  return new Hono<WebEnv>()
    .get('/favicon.ico', () => respond({ status: 200, body: ICON, type: 'icon', headers: { 'Cache-Control': 'public, max-age=86400' } }))
    .get('/page.css', () => respond({ status: 200, body: assets.pageCss, type: 'css', headers: { 'Cache-Control': 'public, max-age=3600' } }));
}
