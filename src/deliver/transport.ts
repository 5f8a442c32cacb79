import type { OutboundEmail, SendResult } from '../domain/outbound-email.js';

/**
 * Where outbound mail goes. The send loop knows only this; SMTP, the outbox
 * folder and the preview are interchangeable behind it.
 */
export interface Transport {
  readonly kind: 'smtp' | 'outbox';
  /** Human-readable destination: an SMTP host or a folder. */
  readonly destination: string;
  /** Throws DigestError SMTP_TRANSIENT (retry later) or SMTP_PERMANENT (never retry). */
  send(mail: OutboundEmail): Promise<SendResult>;
  close(): Promise<void>;
  /**
   * Resolves once the transport has started what it needs (threads), so its start-up is never
   * charged to a reader's time budget; `messages` (those about to go) lets it start opening
   * connections, whose setup then overlaps the build of the first messages.
   */
  ready?(messages?: number): Promise<void>;
}
