import { html } from '../html.js';
import { linkProblemReply, messageReply, pageReply } from '../page-reply.js';
import { pageText } from '../page-text.js';
import type { Route } from '../route.js';
import { listName } from '../../subscribers/index.js';

export const confirmRoutes: Route[] = [
  {
    // A GET only shows the button: mail scanners that follow links confirm nobody.
    method: 'GET',
    path: /^\/confirm\/([^/]+)$/,
    async handle(ctx) {
      const check = await ctx.deps.subscriptions.inspect(ctx.params[0]!, 'confirm');
      const text = pageText(ctx.deps.renderer.labels, ctx.url.searchParams.get('lang'), check.ok ? check.subscriber.lang : null, ctx.req.headers['accept-language']);
      if (!check.ok) return linkProblemReply(text, ctx.deps.config, check.problem);
      const body = html`<p>${text.t('confirmBody', { list: listName(ctx.deps.config), email: check.subscriber.email })}</p>
<form method="post"><button type="submit">${text.t('confirmButton')}</button></form>`;
      return pageReply(200, text, ctx.deps.config, text.t('confirmHeading'), body);
    },
  },
  {
    method: 'POST',
    path: /^\/confirm\/([^/]+)$/,
    checkOrigin: true,
    async handle(ctx) {
      const outcome = await ctx.deps.subscriptions.confirm(ctx.params[0]!);
      const text = pageText(ctx.deps.renderer.labels, outcome.ok ? outcome.subscriber.lang : null, ctx.req.headers['accept-language']);
      if (!outcome.ok) return linkProblemReply(text, ctx.deps.config, outcome.problem);
      const values = { list: listName(ctx.deps.config), email: outcome.subscriber.email };
      return messageReply(200, text, ctx.deps.config, text.t('confirmedHeading'), text.t('confirmedBody', values));
    },
  },
];
