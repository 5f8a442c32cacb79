import type { LoadedConfig } from '../config/index.js';
import type { PageText } from '../i18n/index.js';
import { listName } from '../subscribers/index.js';
import { html, type SafeHtml } from './html.js';
import type { Reply } from './http-response.js';
import { page } from './page-layout.js';

/** A page with a heading and a body; `path` offers the language switcher. */
export function pageReply(status: number, text: PageText, config: LoadedConfig, heading: string, body: SafeHtml, path?: string, stylesheet?: string): Reply {
  return {
    status,
    body: page({
      ...(stylesheet !== undefined && { stylesheet }),
      text,
      title: heading.includes(listName(config)) ? heading : `${heading} · ${listName(config)}`,
      body: html`<h1>${heading}</h1>\n${body}`,
      footer: `${listName(config)} · ${config.postalAddress}`,
      ...(path !== undefined && { path }),
    }),
  };
}

/** A page that is only a heading and one paragraph. */
export function messageReply(status: number, text: PageText, config: LoadedConfig, heading: string, message: string): Reply {
  return pageReply(status, text, config, heading, html`<p>${message}</p>\n<p><a href="/?lang=${text.lang}">${text.t('homeLink')}</a></p>`);
}

/** The page for a link that is forged, expired or spent. */
export function linkProblemReply(text: PageText, config: LoadedConfig, problem: 'invalid' | 'expired' | 'used'): Reply {
  const [heading, body, status] = {
    invalid: [text.t('linkInvalidHeading'), text.t('linkInvalidBody'), 400],
    expired: [text.t('linkExpiredHeading'), text.t('linkExpiredBody'), 410],
    used: [text.t('linkUsedHeading'), text.t('linkUsedBody'), 410],
  }[problem] as [string, string, number];
  return messageReply(status, text, config, heading, body);
}
