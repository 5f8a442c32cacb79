/** What the program tells the operator's other systems, as webhook calls. */
export const WEBHOOK_EVENT_TYPES = ['subscriber.confirmed', 'subscriber.unsubscribed', 'subscriber.suppressed', 'edition.sent'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The reader a subscriber event is about. */
export interface EventSubscriber {
  id: number;
  email: string;
  name: string | null;
  lang: string | null;
}

export type WebhookEvent =
  | { type: 'subscriber.confirmed' | 'subscriber.unsubscribed' | 'subscriber.suppressed'; data: { subscriber: EventSubscriber } }
  | {
      type: 'edition.sent';
      data: {
        digest: string;
        edition: string;
        stories: number;
        /** Copies the SMTP server accepted (or the outbox took), and copies that failed for good. */
        submitted: number;
        failed: number;
      };
    };

/**
 * The port the pipeline and the subscription service send events through.
 * `emit` only records the event durably; delivery happens elsewhere, later,
 * so a slow or dead endpoint never holds up the caller.
 */
export interface WebhookEvents {
  emit(event: WebhookEvent): Promise<void>;
}

/** For callers with no endpoints configured. */
export const noWebhookEvents: WebhookEvents = { emit: async () => {} };
