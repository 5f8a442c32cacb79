import { html } from '../html.js';
import { pageReply, messageReply } from '../page-reply.js';
import { pageText, type PageText } from '../page-text.js';
import type { Route, RouteContext } from '../route.js';
import { listName } from '../../subscribers/index.js';
import { readForm } from '../http-request.js';

function subscribeForm(ctx: RouteContext, text: PageText, status: number, entered?: { email: string; name: string }) {
  const list = listName(ctx.deps.config);
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
  return pageReply(status, text, ctx.deps.config, text.t('subscribeHeading', { list }), body, '/');
}

export const subscribeRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/$/,
    handle: async (ctx) => subscribeForm(ctx, pageText(ctx.deps.renderer.labels, ctx.url.searchParams.get('lang'), ctx.req.headers['accept-language']), 200),
  },
  {
    method: 'POST',
    path: /^\/subscribe$/,
    checkOrigin: true,
    async handle(ctx) {
      const form = await readForm(ctx.req);
      const text = pageText(ctx.deps.renderer.labels, form.get('lang'), ctx.req.headers['accept-language']);
      const email = form.get('email') ?? '';
      const name = form.get('name') ?? '';
      const outcome = await ctx.deps.subscriptions.subscribe({ email, name, lang: text.lang, client: ctx.client });
      if (outcome === 'invalid-email') return subscribeForm(ctx, text, 400, { email, name });
      if (outcome === 'rate-limited') {
        return { ...messageReply(429, text, ctx.deps.config, text.t('rateLimitedHeading'), text.t('rateLimitedBody')), headers: { 'Retry-After': '3600' } };
      }
      // The same page whether the address is new, pending, confirmed or unknown to the mail server.
      return messageReply(200, text, ctx.deps.config, text.t('checkInboxHeading'), text.t('checkInboxBody'));
    },
  },
];
