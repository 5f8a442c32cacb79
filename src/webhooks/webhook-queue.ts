import { randomBytes } from 'node:crypto';
import type { WebhookEvent, WebhookEvents, WebhookEventType } from '../domain/webhook-event.js';
import type { WebhookRepo } from '../store/index.js';

export interface WebhookEndpoint {
  url: string;
  secret: string;
  events: readonly WebhookEventType[];
}

/**
 * Events recorded in the store's queue, one call per endpoint that wants
 * the event, each with its own `webhook-id` (kept on every retry). The body
 * is fixed here, so every try sends the same bytes.
 */
export function webhookQueue(o: { repo: WebhookRepo; endpoints: readonly WebhookEndpoint[]; now(): Date; queued?(): void }): WebhookEvents {
  return {
    async emit(event: WebhookEvent) {
      const targets = o.endpoints.filter((e) => e.events.includes(event.type));
      if (targets.length === 0) return;
      const at = o.now().toISOString();
      const body = JSON.stringify({ type: event.type, timestamp: at, data: event.data });
      await o.repo.enqueue(
        targets.map((e) => ({ id: `msg_${randomBytes(16).toString('hex')}`, endpoint: e.url, eventType: event.type, body })),
        at,
      );
      o.queued?.();
    },
  };
}
