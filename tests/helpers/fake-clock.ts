import type { SchedulerClock } from '../../src/schedule/index.js';

/**
 * A clock the test moves by hand. Sleepers wake in time order as it passes
 * their time; between wake-ups the test lets real I/O (SQLite, SMTP) settle.
 */
export class FakeClock implements SchedulerClock {
  private t: number;
  private sleepers: { at: number; wake: (ok: boolean) => void }[] = [];

  constructor(start: string) {
    this.t = Date.parse(start);
  }

  now = (): Date => new Date(this.t);

  sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      if (signal?.aborted) return resolve(false);
      const onAbort = () => {
        this.sleepers = this.sleepers.filter((s) => s !== entry);
        resolve(false);
      };
      const entry = {
        at: this.t + Math.max(0, ms),
        wake: (ok: boolean) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(ok);
        },
      };
      this.sleepers.push(entry);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Whether something sleeps on this clock (the daemon is idle, waiting for its next wake-up). */
  get waiting(): boolean {
    return this.sleepers.length > 0;
  }

  /** Moves to `iso`, waking each sleeper at its own time; `settle` runs after each wake-up. */
  async advanceTo(iso: string, settle: () => Promise<void>): Promise<void> {
    const target = Date.parse(iso);
    for (;;) {
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers[0];
      if (!next || next.at > target) break;
      this.sleepers.shift();
      this.t = Math.max(this.t, next.at);
      next.wake(true);
      await settle();
    }
    this.t = target;
  }
}

/** Waits (on real time, without asserting on it) until `done` holds. */
export async function until(done: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}
