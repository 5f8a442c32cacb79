import { Hono } from 'hono';
import { listName } from '../../subscribers/index.js';
import { html } from '../html.js';
import { sameOriginOnly } from '../http-request.js';
import { respond } from '../http-response.js';
import { linkProblemReply, messageReply, pageReply } from '../page-reply.js';
import { textFor, type ServerDeps, type WebEnv } from '../route.js';

export function confirmRoutes(deps: ServerDeps): Hono<WebEnv> {
  const { config, subscriptions } = deps;
  return (
    new Hono<WebEnv>()
      // A GET only shows the button: mail scanners that follow links confirm nobody.
      .get('/confirm/:token', async (c) => {
        const check = await subscriptions.inspect(c.req.param('token'), 'confirm');
        const text = textFor(c, deps, check.ok ? check.subscriber.lang : null);
        if (!check.ok) return respond(linkProblemReply(text, config, check.problem));
        const body = html`<p>${text.t('confirmBody', { list: listName(config), email: check.subscriber.email })}</p>
<form method="post"><button type="submit">${text.t('confirmButton')}</button></form>`;
        return respond(pageReply(200, text, config, text.t('confirmHeading'), body));
      })
      .post('/confirm/:token', sameOriginOnly(config.publicUrl), async (c) => {
        const outcome = await subscriptions.confirm(c.req.param('token'));
        const text = textFor(c, deps, outcome.ok ? outcome.subscriber.lang : null);
        if (!outcome.ok) return respond(linkProblemReply(text, config, outcome.problem));
        const values = { list: listName(config), email: outcome.subscriber.email };
        return respond(messageReply(200, text, config, text.t('confirmedHeading'), text.t('confirmedBody', values)));
      })
  );
}
