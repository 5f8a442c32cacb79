import { Hono } from 'hono';
import { listName } from '../../subscribers/index.js';
import { html } from '../html.js';
import { respond } from '../http-response.js';
import { linkProblemReply, messageReply, pageReply } from '../page-reply.js';
import { textFor, type ServerDeps, type WebEnv } from '../route.js';

export function unsubscribeRoutes(deps: ServerDeps): Hono<WebEnv> {
  const { config, subscriptions } = deps;
  return (
    new Hono<WebEnv>()
      .get('/unsubscribe/:token', async (c) => {
        const check = await subscriptions.inspect(c.req.param('token'), 'unsubscribe');
        const text = textFor(c, deps, check.ok ? check.subscriber.lang : null);
        if (!check.ok) return respond(linkProblemReply(text, config, check.problem));
        const body = html`<p>${text.t('unsubscribeBody', { list: listName(config), email: check.subscriber.email })}</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${text.t('unsubscribeButton')}</button></form>`;
        return respond(pageReply(200, text, config, text.t('unsubscribeHeading'), body));
      })
      // RFC 8058 one-click: the token is the whole authority. No cookie, no
      // script, no Origin check (mail providers post from their servers), any
      // body ("List-Unsubscribe=One-Click" in whatever encoding), and a 200
      // answer, never a redirect.
      .post('/unsubscribe/:token', async (c) => {
        const outcome = await subscriptions.unsubscribe(c.req.param('token'));
        const text = textFor(c, deps, outcome.ok ? outcome.subscriber.lang : null);
        if (!outcome.ok) return respond(linkProblemReply(text, config, outcome.problem));
        return respond(messageReply(200, text, config, text.t('unsubscribedHeading'), text.t('unsubscribedBody', { list: listName(config) })));
      })
  );
}
