import type { LoadedConfig } from '../config/index.js';
import type { Transport } from '../deliver/index.js';
import type { Renderer } from '../render/index.js';
import type { Store } from '../store/index.js';
import type { Reporter } from './reporter.js';
import type { DigestLock, WorkQueue } from './work-ports.js';

/** What the composition root builds once and hands to every pipeline function. */
export interface DigestServices {
  config: LoadedConfig;
  store: Store;
  transport: Transport;
  renderer: Renderer;
  now(): Date;
  reporter: Reporter;
  /** Fetches article pages; injectable so tests and the offline demo never leave the machine. */
  fetchPages: boolean;
  /** Queue mode: workers fetch, summarize and send (absent: this process does it all). */
  queue?: WorkQueue;
  /** The digest lock (absent: the lease row in the store). */
  lock?: DigestLock;
}
