import type { Route } from '../route.js';

export const healthRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/healthz$/,
    async handle(ctx) {
      // Healthy means the database answers, not only that the process is up.
      await ctx.deps.editions.list(undefined, 1);
      return { status: 200, body: 'ok\n', type: 'text' };
    },
  },
];
