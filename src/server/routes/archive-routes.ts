import { editionContext } from '../../pipeline/index.js';
import { html, SafeHtml } from '../html.js';
import { messageReply, pageReply } from '../page-reply.js';
import { pageText } from '../page-text.js';
import type { Route } from '../route.js';

export const archiveRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/archive\/?$/,
    async handle(ctx) {
      const text = pageText(ctx.deps.renderer.labels, ctx.url.searchParams.get('lang'), ctx.req.headers['accept-language']);
      const editions = await ctx.deps.editions.list(undefined, 200);
      const body = editions.length
        ? html`<ul>${editions.map((e) => html`<li><a href="/archive/${encodeURIComponent(e.id)}">${e.digest.name}</a> · <time datetime="${e.createdAt}">${text.date(e.createdAt, e.digest.timeZone)}</time></li>\n`)}</ul>`
        : html`<p>${text.t('archiveEmpty')}</p>`;
      return pageReply(200, text, ctx.deps.config, text.t('archiveHeading'), body, '/archive');
    },
  },
  {
    method: 'GET',
    path: /^\/archive\/([^/]+)$/,
    async handle(ctx) {
      const edition = await ctx.deps.editions.get(ctx.params[0]!);
      if (!edition) {
        const text = pageText(ctx.deps.renderer.labels, ctx.url.searchParams.get('lang'), ctx.req.headers['accept-language']);
        return messageReply(404, text, ctx.deps.config, text.t('notFoundHeading'), text.t('notFoundBody'));
      }
      const { config, renderer } = ctx.deps;
      const rendered = await renderer.renderEdition(edition.digest, editionContext(edition.digest, config));
      // The web copy belongs to nobody: no address, and the reader links lead to the subscribe page.
      const mail = rendered.personalize({ email: '', name: null, unsubscribeUrl: `${config.publicUrl}/`, preferencesUrl: `${config.publicUrl}/` });
      return { status: 200, body: new SafeHtml(mail.html), archive: true };
    },
  },
];
