import { html } from '../html.js';
import { linkProblemReply, messageReply, pageReply } from '../page-reply.js';
import { pageText } from '../page-text.js';
import type { Route } from '../route.js';
import { listName } from '../../subscribers/index.js';

export const unsubscribeRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/unsubscribe\/([^/]+)$/,
    async handle(ctx) {
      const check = await ctx.deps.subscriptions.inspect(ctx.params[0]!, 'unsubscribe');
      const text = pageText(ctx.deps.renderer.labels, ctx.url.searchParams.get('lang'), check.ok ? check.subscriber.lang : null, ctx.req.headers['accept-language']);
      if (!check.ok) return linkProblemReply(text, ctx.deps.config, check.problem);
      const body = html`<p>${text.t('unsubscribeBody', { list: listName(ctx.deps.config), email: check.subscriber.email })}</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${text.t('unsubscribeButton')}</button></form>`;
      return pageReply(200, text, ctx.deps.config, text.t('unsubscribeHeading'), body);
    },
  },
  {
    // RFC 8058 one-click: the token is the whole authority. No cookie, no
    // script, no Origin check (mail providers post from their servers), any
    // body ("List-Unsubscribe=One-Click" in whatever encoding), and a 200
    // answer, never a redirect.
    method: 'POST',
    path: /^\/unsubscribe\/([^/]+)$/,
    async handle(ctx) {
      const outcome = await ctx.deps.subscriptions.unsubscribe(ctx.params[0]!);
      const text = pageText(ctx.deps.renderer.labels, outcome.ok ? outcome.subscriber.lang : null, ctx.req.headers['accept-language']);
      if (!outcome.ok) return linkProblemReply(text, ctx.deps.config, outcome.problem);
      return messageReply(200, text, ctx.deps.config, text.t('unsubscribedHeading'), text.t('unsubscribedBody', { list: listName(ctx.deps.config) }));
    },
  },
];
