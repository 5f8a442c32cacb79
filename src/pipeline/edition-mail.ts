import { listHeaders } from '../deliver/index.js';
import type { Digest } from '../domain/digest.js';
import type { OutboundEmail } from '../domain/outbound-email.js';
import type { RenderContext, RenderedEdition } from '../render/index.js';
import { signToken } from '../subscribers/index.js';
import type { PipelineConfig } from './ports.js';

export interface MailReader {
  id: number;
  email: string;
  name: string | null;
}

/** The domain of the From address: Message-IDs and List-Id live under it. */
export function senderDomain(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1]?.toLowerCase() ?? 'news-digest.localhost';
}

export function editionContext(digest: Digest, config: PipelineConfig): RenderContext {
  const archiveUrl = `${config.publicUrl}/archive/${encodeURIComponent(digest.id)}`;
  return {
    publicUrl: config.publicUrl,
    archiveUrl,
    listName: digest.name,
    listId: `${digest.key}.${senderDomain(config.from)}`,
    fromAddress: config.from,
    ...(config.replyTo && { replyTo: config.replyTo }),
    postalAddress: config.postalAddress,
    moreUrl: archiveUrl,
    images: config.digests.find((d) => d.key === digest.key)?.images ?? 'all',
  };
}

/** Stable per (edition, reader): a message re-sent after a crash keeps its id. */
export function messageIdFor(editionId: string, subscriberId: number, from: string): string {
  return messageIdUnder(editionId, subscriberId, senderDomain(from));
}

function messageIdUnder(editionId: string, subscriberId: number, domain: string): string {
  return `<${editionId}.${subscriberId}@${domain}>`;
}

/** The request address that takes "subscribe" / "unsubscribe" mails. */
export function requestAddress(from: string): string {
  return `digest-request@${senderDomain(from)}`;
}

/** One reader's message: the edition rendered once, with their links and headers swapped in. */
export function readerEmail(rendered: RenderedEdition, digest: Digest, reader: MailReader, config: PipelineConfig, now: Date): OutboundEmail {
  return editionMailer(rendered, digest, config)(reader, now);
}

/**
 * Builds each reader's message of one edition. What every copy shares (the
 * context, the sender's domain, the list headers' fixed parts) is worked out
 * once here, so a send to many readers pays per reader only for their tokens
 * and their own lines.
 */
export function editionMailer(rendered: RenderedEdition, digest: Digest, config: PipelineConfig): (reader: MailReader, now: Date) => OutboundEmail {
  const ctx = editionContext(digest, config);
  const domain = senderDomain(config.from);
  const requestMailto = `mailto:${config.requestAddress ?? requestAddress(config.from)}?subject=`;
  const unsubscribeBase = `${config.publicUrl}/unsubscribe/`;
  const preferencesBase = `${config.publicUrl}/preferences/`;
  const headersFor = listHeaders(ctx.listId, ctx.listName, ctx.archiveUrl);
  return (reader, now) => {
    const exp = Math.floor(now.getTime() / 1000) + 60 * 60 * 24 * 365;
    const unsubscribeToken = signToken({ purpose: 'unsubscribe', sub: reader.id, exp }, config.secret);
    const preferencesToken = signToken({ purpose: 'preferences', sub: reader.id, exp }, config.secret);
    const unsubscribeUrl = unsubscribeBase + unsubscribeToken;
    const mail = rendered.personalize({ email: reader.email, name: reader.name, unsubscribeUrl, preferencesUrl: preferencesBase + preferencesToken });
    return {
      to: reader.email,
      from: config.from,
      ...(config.replyTo && { replyTo: config.replyTo }),
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      ...(mail.slotted && { slotted: mail.slotted }),
      messageId: messageIdUnder(digest.id, reader.id, domain),
      lang: digest.lang,
      headers: headersFor({ unsubscribeUrl, unsubscribeMailto: requestMailto + encodeURIComponent(`unsubscribe ${unsubscribeToken}`) }),
    };
  };
}
