import type { LoadedConfig } from '../config/index.js';
import type { Transport } from '../deliver/index.js';
import type { WebhookEvents } from '../domain/webhook-event.js';
import type { Renderer } from '../render/index.js';
import type { Store } from '../store/index.js';
import type { Reporter } from './reporter.js';

/** What the composition root builds once and hands to every pipeline function. */
export interface DigestServices {
  config: LoadedConfig;
  store: Store;
  transport: Transport;
  renderer: Renderer;
  now(): Date;
  reporter: Reporter;
  /** Where webhook events go (queued in the store, delivered in the background). */
  events: WebhookEvents;
  /** Fetches article pages; injectable so tests and the offline demo never leave the machine. */
  fetchPages: boolean;
}
