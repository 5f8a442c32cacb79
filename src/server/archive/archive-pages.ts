import type { LoadedConfig } from '../../config/index.js';
import type { Digest } from '../../domain/digest.js';
import type { PageText } from '../../i18n/index.js';
import type { EditionRecord } from '../../store/index.js';
import { listName } from '../../subscribers/index.js';
import { html, SafeHtml } from '../html.js';
import type { Reply } from '../http-response.js';
import { pageReply } from '../page-reply.js';

/** Where the archive's pages link: the live server's paths, or an exported site's relative files. */
export interface ArchiveLinks {
  list: string;
  edition(editionId: string): string;
  atom(digestKey: string): string;
  json(digestKey: string): string;
  subscribe(lang: string): string;
  stylesheet: string;
  /** The list page's own path, for the language switcher (none on an exported site). */
  path?: string;
}

/** When an edition was made, in its digest's zone, with the zone's short name: editions of one day tell apart. */
function editionTime(d: Digest, lang: string): string {
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: d.timeZone,
  }).format(new Date(d.createdAt));
}

function storyCount(d: Digest, text: PageText): string {
  const n = d.sections.reduce((sum, s) => sum + s.stories.length, 0);
  return text.t('archiveStories', { count: n });
}

/** The subscribe link every archive page carries: a reader who found it on the web can get the next one by mail. */
function subscribeLink(text: PageText, links: ArchiveLinks, list: string, style = ''): SafeHtml {
  return html`<a href="${links.subscribe(text.lang)}"${style ? html` style="${style}"` : ''}>${text.t('archiveSubscribe', { list })}</a>`;
}

/** Every edition, newest first, with each digest's feeds. */
export function archiveListPage(text: PageText, config: LoadedConfig, editions: readonly EditionRecord[], links: ArchiveLinks): Reply {
  const items = editions.length
    ? html`<ul>${editions.map((e) => {
        const lead = e.digest.sections[0]?.stories[0]?.title;
        return html`<li><a href="${links.edition(e.id)}">${e.digest.name} · <time datetime="${e.createdAt}">${editionTime(e.digest, text.lang)}</time></a> · ${storyCount(e.digest, text)}${lead ? html`<br><span class="hint">${lead}</span>` : ''}</li>\n`;
      })}</ul>`
    : html`<p>${text.t('archiveEmpty')}</p>`;
  const feeds = config.digests.map(
    (d, i) =>
      html`${i ? html`<br>` : ''}${text.t('archiveFeeds', { list: d.name })} <a href="${links.atom(d.key)}" type="application/atom+xml">Atom</a> · <a href="${links.json(d.key)}" type="application/feed+json">JSON Feed</a>\n`,
  );
  const body = html`${items}<p class="hint">${feeds}</p><p>${subscribeLink(text, links, listName(config))}</p>`;
  return pageReply(200, text, config, text.t('archiveHeading'), body, links.path, links.stylesheet);
}

/** An edition's web copy under a bar linking back to the list and to the subscribe form (mail HTML has no page chrome of ours). */
export function editionPage(text: PageText, config: LoadedConfig, copyHtml: string, links: ArchiveLinks): Reply {
  const link = 'color:inherit;font-weight:600';
  const bar = html`<div style="font:15px/1.5 system-ui,sans-serif;padding:10px 16px;background:#f4f1ea;color:#1d1b18;text-align:center"><a href="${links.list}" style="${link}">${text.t('archiveBack')}</a> · ${subscribeLink(text, links, listName(config), link)}</div>`;
  return { status: 200, body: new SafeHtml(copyHtml.replace(/<body\b[^>]*>/i, (tag) => tag + bar.value)), archive: true };
}
