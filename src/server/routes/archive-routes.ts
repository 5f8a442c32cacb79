import { Hono } from 'hono';
import type { PageText } from '../../i18n/index.js';
import type { Digest } from '../../domain/digest.js';
import { editionContext } from '../../pipeline/index.js';
import { listName } from '../../subscribers/index.js';
import { html, SafeHtml } from '../html.js';
import { messageReply, pageReply } from '../page-reply.js';
import { respond } from '../http-response.js';
import { textFor, type ServerDeps, type WebEnv } from '../route.js';

/** When an edition was made, in its digest's zone, with the zone's short name: editions of one day tell apart. */
function editionTime(d: Digest, lang: string): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: d.timeZone }).format(
    new Date(d.createdAt),
  );
}

function storyCount(d: Digest, text: PageText): string {
  const n = d.sections.reduce((sum, s) => sum + s.stories.length, 0);
  return text.t('archiveStories', { count: n });
}

/** The subscribe link every archive page carries: a reader who found it on the web can get the next one by mail. */
function subscribeLink(text: PageText, list: string, style = ''): SafeHtml {
  return html`<a href="/?lang=${text.lang}"${style ? html` style="${style}"` : ''}>${text.t('archiveSubscribe', { list })}</a>`;
}

export function archiveRoutes(deps: ServerDeps): Hono<WebEnv> {
  const { config, editions, renderer } = deps;
  return new Hono<WebEnv>()
    .get('/archive', async (c) => {
      const text = textFor(c, deps);
      const list = await editions.list(undefined, 200);
      const items = list.length
        ? html`<ul>${list.map((e) => {
            const lead = e.digest.sections[0]?.stories[0]?.title;
            return html`<li><a href="/archive/${encodeURIComponent(e.id)}">${e.digest.name} · <time datetime="${e.createdAt}">${editionTime(e.digest, text.lang)}</time></a> · ${storyCount(e.digest, text)}${lead ? html`<br><span class="hint">${lead}</span>` : ''}</li>\n`;
          })}</ul>`
        : html`<p>${text.t('archiveEmpty')}</p>`;
      const body = html`${items}<p>${subscribeLink(text, listName(config))}</p>`;
      return respond(pageReply(200, text, config, text.t('archiveHeading'), body, '/archive'));
    })
    .get('/archive/:id', async (c) => {
      const text = textFor(c, deps);
      const edition = await editions.get(c.req.param('id'));
      if (!edition) return respond(messageReply(404, text, config, text.t('notFoundHeading'), text.t('notFoundBody')));
      const rendered = await renderer.renderEdition(edition.digest, editionContext(edition.digest, config));
      // The web copy belongs to nobody: no address, and the reader links lead to the subscribe page.
      const mail = rendered.personalize({ email: '', name: null, unsubscribeUrl: `${config.publicUrl}/`, preferencesUrl: `${config.publicUrl}/` });
      // Mail HTML has no page chrome of ours: a bar on top leads back to the list and to the subscribe form.
      const link = 'color:inherit;font-weight:600';
      const bar = html`<div style="font:15px/1.5 system-ui,sans-serif;padding:10px 16px;background:#f4f1ea;color:#1d1b18;text-align:center"><a href="/archive" style="${link}">${text.t('archiveBack')}</a> · ${subscribeLink(text, listName(config), link)}</div>`;
      return respond({ status: 200, body: new SafeHtml(mail.html.replace(/<body\b[^>]*>/i, (tag) => tag + bar.value)), archive: true });
    });
}
