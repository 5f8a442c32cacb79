import type { SlottedMail } from './slotted-text.js';

/** A fully rendered message for one reader, ready for a transport. */
export interface OutboundEmail {
  to: string;
  from: string;
  replyTo?: string;
  subject: string;
  readonly html: string;
  readonly text: string;
  /**
   * The same html and text as an edition's shared texts and this reader's
   * values, when the message is one reader's copy of an edition: the SMTP
   * transport then encodes the shared part once per edition. A copy that
   * changes html or text must leave this out, or the change is not sent.
   */
  slotted?: SlottedMail;
  /** Stable per (digest, reader), so a resend after a crash keeps the same id. */
  messageId: string;
  /** Extra headers (List-Id, List-Unsubscribe, ...). Values are already safe. */
  headers: Record<string, string>;
  lang?: string;
}

/** What a transport reports for one message. */
export interface SendResult {
  messageId: string;
  /** Where the message went: SMTP response line or outbox file path. */
  response: string;
}
