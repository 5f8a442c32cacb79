import { abortableSleep } from '../domain/abortable-sleep.js';

export interface RateLimits {
  perSecond: number;
  /** Messages in any sliding hour; undefined means no hourly cap. */
  perHour?: number | undefined;
}

export interface LimiterClock {
  now(): number;
  /** Resolves after `ms`, or early (false) when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<boolean>;
}

/**
 * Paces sends across all workers: evenly spaced at `perSecond`, and never more
 * than `perHour` in any sliding hour. Slots are reserved in order, so workers
 * sharing one limiter never exceed the rate together.
 */
export class RateLimiter {
  private nextAt = 0;
  /** Times of the sends of the last hour (reserved slots), oldest first. */
  private readonly hour: number[];

  /** `recent`: times (ms) of sends in the last hour by earlier runs, which count against `perHour`. */
  constructor(
    private readonly limits: RateLimits,
    private readonly clock: LimiterClock,
    recent: number[] = [],
  ) {
    this.hour = recent.slice().sort((a, b) => a - b);
  }

  /**
   * Waits for a slot; false when aborted while waiting (the slot is then given
   * back). A slot free now is answered at once, without a promise: at full
   * speed that is every message.
   */
  take(signal?: AbortSignal): boolean | Promise<boolean> {
    const now = this.clock.now();
    let at = Math.max(now, this.nextAt);
    if (this.limits.perHour !== undefined) {
      while (this.hour.length > 0 && this.hour[0]! <= at - 3_600_000) this.hour.shift();
      if (this.hour.length >= this.limits.perHour) at = Math.max(at, this.hour[this.hour.length - this.limits.perHour]! + 3_600_000);
      this.hour.push(at);
    }
    this.nextAt = at + 1000 / this.limits.perSecond;
    // A timer cannot wait less than a millisecond: a slot due sooner is taken now (it would
    // otherwise wait a whole one). Slots stay reserved at their times, so the rate still holds.
    if (at - now < 1) return !signal?.aborted;
    return this.clock.sleep(at - now, signal).then((slept) => {
      if (!slept && this.limits.perHour !== undefined) this.hour.splice(this.hour.indexOf(at), 1);
      return slept;
    });
  }
}

/** The real clock: Date.now and an abortable timer. */
export const systemLimiterClock: LimiterClock = { now: () => Date.now(), sleep: abortableSleep };
