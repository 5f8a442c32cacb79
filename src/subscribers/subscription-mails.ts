import { randomUUID } from 'node:crypto';
import { escapeUTF8 } from 'entities';
import type { OutboundEmail } from '../domain/outbound-email.js';
import type { Renderer } from '../render/index.js';
import { formatLabel } from '../i18n/index.js';

/** What every mail of the subscription service shares. */
export interface MailSender {
  from: string;
  replyTo?: string | undefined;
  /** The request address; Message-IDs live under its domain. */
  requestAddress: string;
  listName: string;
  publicUrl: string;
  postalAddress: string;
}

/** The double opt-in mail, from templates/confirmation.mjml. */
export async function confirmationMail(renderer: Renderer, sender: MailSender, to: string, lang: string, confirmUrl: string): Promise<OutboundEmail> {
  const mail = await renderer.renderConfirmation({
    listName: sender.listName,
    confirmUrl,
    lang,
    publicUrl: sender.publicUrl,
    postalAddress: sender.postalAddress,
    email: to,
  });
  return envelope(sender, to, lang, mail);
}

/** A plain mail with a link to the unsubscribe page, for a bare "unsubscribe" sent to the request address. */
export function unsubscribeLinkMail(renderer: Renderer, sender: MailSender, to: string, lang: string | null, pageUrl: string): OutboundEmail {
  const t = renderer.labels.forLang(lang);
  // The body keeps its `{url}` mark here: in the html it becomes a link of its own.
  const lines = [...formatLabel(t, 'replies', 'unsubscribeBody').split('\n'), '--', `${sender.listName} · ${sender.postalAddress}`];
  const text = `${lines.map((line) => line.replace('{url}', pageUrl)).join('\n')}\n`;
  const html = lines
    .filter(Boolean)
    .map((line) => (line === '{url}' ? `<p><a href="${escapeUTF8(pageUrl)}">${escapeUTF8(pageUrl)}</a></p>` : `<p>${escapeUTF8(line)}</p>`))
    .join('\n');
  return envelope(sender, to, t.lang, {
    subject: formatLabel(t, 'replies', 'unsubscribeSubject'),
    text,
    html: `<!doctype html><html lang="${escapeUTF8(t.lang)}"><body>${html}</body></html>`,
  });
}

function envelope(sender: MailSender, to: string, lang: string, mail: { subject: string; html: string; text: string }): OutboundEmail {
  return {
    to,
    from: sender.from,
    ...(sender.replyTo && { replyTo: sender.replyTo }),
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: `<subscription.${randomUUID()}@${sender.requestAddress.slice(sender.requestAddress.lastIndexOf('@') + 1)}>`,
    lang,
    // Mail the service sends on its own: vacation responders must not answer it (RFC 3834).
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
