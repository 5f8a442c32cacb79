import { Hono } from 'hono';
import { pageText, type PageText } from '../../i18n/index.js';
import { listName } from '../../subscribers/index.js';
import { html } from '../html.js';
import { clientIp, readForm, sameOriginOnly } from '../http-request.js';
import { respond, type Reply } from '../http-response.js';
import { messageReply, pageReply } from '../page-reply.js';
import { textFor, type ServerDeps, type WebEnv } from '../route.js';

function subscribeForm(deps: ServerDeps, text: PageText, status: number, entered?: { email: string; name: string }): Reply {
  const list = listName(deps.config);
  const invalid = entered !== undefined;
  const body = html`<p>${text.t('subscribeIntro')}</p>
<form method="post" action="/subscribe">
<input type="hidden" name="lang" value="${text.lang}">
<label for="email">${text.t('emailLabel')}</label>
${invalid ? html`<p id="email-error" class="error" role="alert">${text.t('invalidEmail')}</p>` : ''}
<input id="email" name="email" type="email" required autocomplete="email" maxlength="254" aria-describedby="${invalid ? 'email-error ' : ''}email-hint"${invalid ? html` aria-invalid="true"` : ''} value="${entered?.email.slice(0, 254) ?? ''}">
<p id="email-hint" class="hint">${text.t('emailHint')}</p>
<label for="name">${text.t('nameLabel')}</label>
<input id="name" name="name" type="text" autocomplete="name" maxlength="100" value="${entered?.name.slice(0, 100) ?? ''}">
<button type="submit">${text.t('subscribeButton')}</button>
</form>
<p class="note">${text.t('privacyNote')}</p>`;
  return pageReply(status, text, deps.config, text.t('subscribeHeading', { list }), body, '/');
}

export function subscribeRoutes(deps: ServerDeps): Hono<WebEnv> {
  const { config, subscriptions } = deps;
  return new Hono<WebEnv>()
    .get('/', (c) => respond(subscribeForm(deps, textFor(c, deps), 200)))
    .post('/subscribe', sameOriginOnly(config.publicUrl), async (c) => {
      const form = await readForm(c.req.raw);
      const text = pageText(deps.renderer.labels, form.get('lang'), c.req.header('accept-language'));
      const email = form.get('email') ?? '';
      const name = form.get('name') ?? '';
      const outcome = await subscriptions.subscribe({ email, name, lang: text.lang, client: clientIp(c, config.subscribe.trustProxy), source: 'web' });
      if (outcome === 'invalid-email') return respond(subscribeForm(deps, text, 400, { email, name }));
      if (outcome === 'rate-limited') {
        return respond({ ...messageReply(429, text, config, text.t('rateLimitedHeading'), text.t('rateLimitedBody')), headers: { 'Retry-After': '3600' } });
      }
      // The same page whether the address is new, pending, confirmed or unknown to the mail server.
      return respond(messageReply(200, text, config, text.t('checkInboxHeading'), text.t('checkInboxBody')));
    });
}
