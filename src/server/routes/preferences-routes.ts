import type { Preferences } from '../../subscribers/index.js';
import { html } from '../html.js';
import { readForm } from '../http-request.js';
import type { Reply } from '../http-response.js';
import { linkProblemReply, pageReply } from '../page-reply.js';
import { pageText, type PageText } from '../page-text.js';
import type { Route, RouteContext } from '../route.js';

function preferencesPage(ctx: RouteContext, text: PageText, prefs: Preferences, saved: boolean): Reply {
  const { subscriber, optedOut, unsubscribeToken } = prefs;
  const digests = ctx.deps.config.digests;
  const body = html`${saved ? html`<p class="notice" role="status">${text.t('savedNotice')}</p>` : ''}
<p>${text.t('preferencesIntro', { email: subscriber.email })}</p>
<form method="post">
<label class="check"><input type="checkbox" name="paused" value="1"${subscriber.paused ? html` checked` : ''}> ${text.t('pauseLabel')}</label>
${digests.length > 1 ? html`<fieldset><legend>${text.t('digestsLegend')}</legend>
${digests.map((d) => html`<label class="check"><input type="checkbox" name="digest" value="${d.key}"${optedOut.includes(d.key) ? '' : html` checked`}> ${d.name}</label>\n`)}</fieldset>` : html`<input type="hidden" name="digest" value="${digests[0]!.key}">`}
<button type="submit">${text.t('saveButton')}</button>
</form>
<form method="post" action="/unsubscribe/${unsubscribeToken}"><button type="submit">${text.t('unsubscribeButton')}</button></form>`;
  return pageReply(200, text, ctx.deps.config, text.t('preferencesHeading'), body);
}

export const preferencesRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/preferences\/([^/]+)$/,
    async handle(ctx) {
      const r = await ctx.deps.subscriptions.preferences(ctx.params[0]!);
      const text = pageText(ctx.deps.renderer.labels, ctx.url.searchParams.get('lang'), r.ok ? r.prefs.subscriber.lang : null, ctx.req.headers['accept-language']);
      return r.ok ? preferencesPage(ctx, text, r.prefs, false) : linkProblemReply(text, ctx.deps.config, r.problem);
    },
  },
  {
    method: 'POST',
    path: /^\/preferences\/([^/]+)$/,
    checkOrigin: true,
    async handle(ctx) {
      const form = await readForm(ctx.req);
      const r = await ctx.deps.subscriptions.savePreferences(ctx.params[0]!, { paused: form.has('paused'), digests: form.getAll('digest') });
      const text = pageText(ctx.deps.renderer.labels, r.ok ? r.prefs.subscriber.lang : null, ctx.req.headers['accept-language']);
      return r.ok ? preferencesPage(ctx, text, r.prefs, true) : linkProblemReply(text, ctx.deps.config, r.problem);
    },
  },
];
