import type { QueuedWebhook, WebhookRepo } from '../store/index.js';
import type { WebhookEndpoint } from './webhook-queue.js';
import { signWebhook } from './webhook-signature.js';

export interface DispatcherOptions {
  repo: WebhookRepo;
  endpoints: readonly WebhookEndpoint[];
  /** A try not answered within this fails. */
  timeoutMs: number;
  /** Waits before each retry, in ms; after the last, the call is given up. */
  retryDelaysMs: readonly number[];
  now(): Date;
  /** A call given up on, a try that failed. */
  warn(name: string, fields: Record<string, unknown>): void;
  event(name: string, fields: Record<string, unknown>): void;
  /** Longest sleep between looks at the queue (other processes queue calls too). */
  pollMs?: number;
}

export interface Dispatcher {
  /** A call was queued: look at once. */
  nudge(): void;
  /**
   * Stops: waits up to `drainMs` for calls due now to go out, then abandons
   * tries in flight; their calls are due again at once for the next process.
   */
  stop(drainMs?: number): Promise<void>;
}

/** Calls taken per look at the queue. */
const BATCH = 10;
/** A claim outlives the try's own timeout by this, so a dead process's calls come back soon after. */
const LEASE_SLACK_MS = 5_000;

/**
 * Makes the queued webhook calls in the background: POST with the Standard
 * Webhooks headers, 2xx is done, anything else (or no answer within the
 * timeout, or no connection) is tried again after the next wait in
 * `retryDelaysMs`, and given up, with a warning, after the last. Claims in
 * the store keep two processes from making the same call.
 */
export function startDispatcher(o: DispatcherOptions): Dispatcher {
  const pollMs = o.pollMs ?? 1_000;
  const stopping = new AbortController();
  const inFlight = new Map<string, Promise<void>>();
  let wake: (() => void) | null = null;
  let draining = false;
  const nudge = () => wake?.();

  async function attempt(call: QueuedWebhook): Promise<void> {
    const endpoint = o.endpoints.find((e) => e.url === call.endpoint);
    const tries = call.attempts + 1;
    const at = () => o.now().toISOString();
    if (!endpoint) {
      await o.repo.failed(call.id, call.attempts, 'endpoint no longer configured', null, at());
      o.warn('webhook-given-up', { id: call.id, endpoint: call.endpoint, event: call.eventType, error: 'endpoint no longer configured' });
      return;
    }
    const timestamp = Math.floor(o.now().getTime() / 1000);
    let error: string;
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'news-digest-webhooks',
          'webhook-id': call.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(endpoint.secret, call.id, timestamp, call.body),
        },
        body: call.body,
        signal: AbortSignal.any([AbortSignal.timeout(o.timeoutMs), stopping.signal]),
      });
      // The answer's body is not wanted; reading it frees the connection.
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) {
        await o.repo.sent(call.id, tries, at());
        o.event('webhook-sent', { id: call.id, endpoint: endpoint.url, event: call.eventType, tries });
        return;
      }
      error = `HTTP ${res.status}`;
    } catch (e) {
      // Stopping is not the endpoint's fault: the call is due again for the next process, the try not counted.
      if (stopping.signal.aborted) return o.repo.release([call.id], at());
      const err = e as Error & { cause?: { code?: string } };
      error = err.name === 'TimeoutError' ? `no answer within ${o.timeoutMs} ms` : (err.cause?.code ?? err.message);
    }
    const wait = o.retryDelaysMs[call.attempts];
    if (wait === undefined) {
      await o.repo.failed(call.id, tries, error, null, at());
      o.warn('webhook-given-up', { id: call.id, endpoint: endpoint.url, event: call.eventType, tries, error });
      return;
    }
    await o.repo.failed(call.id, tries, error, new Date(o.now().getTime() + wait).toISOString(), at());
    o.warn('webhook-failed', { id: call.id, endpoint: endpoint.url, event: call.eventType, tries, error, retryInMs: wait });
  }

  async function loop(): Promise<void> {
    while (!stopping.signal.aborted) {
      let claimed: QueuedWebhook[] = [];
      try {
        const now = o.now();
        claimed = await o.repo.claimDue(now.toISOString(), new Date(now.getTime() + o.timeoutMs + LEASE_SLACK_MS).toISOString(), BATCH);
      } catch (e) {
        o.warn('webhook-queue-failed', { error: (e as Error).message });
      }
      for (const call of claimed) {
        const p = attempt(call)
          .catch((e: unknown) => o.warn('webhook-queue-failed', { id: call.id, error: (e as Error).message }))
          .finally(() => {
            inFlight.delete(call.id);
            nudge();
          });
        inFlight.set(call.id, p);
      }
      if (claimed.length === BATCH) continue;
      if (draining && claimed.length === 0 && inFlight.size === 0) return;
      await sleepUntilNudged(await msToNextDue());
    }
  }

  async function msToNextDue(): Promise<number> {
    const next = await o.repo.nextDue().catch(() => null);
    const ms = next === null ? pollMs : Date.parse(next) - o.now().getTime();
    return Math.max(10, Math.min(pollMs, ms));
  }

  function sleepUntilNudged(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = null;
        stopping.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      // A background loop never keeps the process alive on its own.
      timer.unref();
      wake = done;
      stopping.signal.addEventListener('abort', done, { once: true });
    });
  }

  const running = loop();
  return {
    nudge,
    async stop(drainMs = 0) {
      if (drainMs > 0) {
        draining = true;
        nudge();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([running, new Promise<void>((r) => (timer = setTimeout(r, drainMs)))]);
        clearTimeout(timer);
      }
      stopping.abort();
      await running;
      await Promise.allSettled(inFlight.values());
    },
  };
}
