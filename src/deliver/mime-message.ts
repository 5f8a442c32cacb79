import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { OutboundEmail } from '../domain/outbound-email.js';

/** The nodemailer message for one outbound email: one place decides its headers. */
export function toMailOptions(mail: OutboundEmail, date: Date = new Date()): Mail.Options {
  return {
    from: mail.from,
    to: mail.to,
    ...(mail.replyTo && { replyTo: mail.replyTo }),
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: mail.messageId,
    date,
    headers: { ...mail.headers, ...(mail.lang && { 'Content-Language': mail.lang }) },
    // Quoted-printable keeps long HTML lines under the 998-octet limit and readable in source.
    textEncoding: 'quoted-printable',
  };
}

/** The whole RFC 5322 message as bytes (outbox files, preview .eml). */
export async function buildMime(mail: OutboundEmail, date?: Date): Promise<Buffer> {
  return new MailComposer(toMailOptions(mail, date)).compile().build();
}
