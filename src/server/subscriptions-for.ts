import type { AppServices } from '../main.js';
import { requestAddress } from '../pipeline/index.js';
import { subscriptionService, type SubscriptionService } from '../subscribers/index.js';

/** The subscription service wired to the app's store, transport, renderer and clock. */
export function subscriptionsFor(s: AppServices): SubscriptionService {
  return subscriptionService({
    config: s.config,
    subscribers: s.store.subscribers,
    readerData: s.store.readerData,
    transport: s.transport,
    renderer: s.renderer,
    now: s.now,
    requestAddress: requestAddressOf(s),
    warn: (name, fields) => s.reporter.warn(name, fields),
    events: s.events,
  });
}

export function requestAddressOf(s: Pick<AppServices, 'config'>): string {
  return s.config.requestAddress ?? requestAddress(s.config.from);
}
