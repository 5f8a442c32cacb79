import { faviconIco } from '../favicon.js';
import type { Route } from '../route.js';

const ICON = faviconIco();

export const faviconRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/favicon\.ico$/,
    async handle() {
      return { status: 200, body: ICON, type: 'icon', headers: { 'Cache-Control': 'public, max-age=86400' } };
    },
  },
];
