import { describe, expect, it } from 'vitest';
import { RateLimiter, type LimiterClock } from '../../src/deliver/index.js';

/** A clock that jumps to the end of every sleep: the limiter's waits show as times, not as delays. */
function jumpingClock(start = 0): LimiterClock & { t: number } {
  const c = {
    t: start,
    now: () => c.t,
    sleep: async (ms: number) => {
      c.t += ms;
      return true;
    },
  };
  return c;
}

async function slots(limiter: RateLimiter, clock: { t: number }, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    await limiter.take();
    out.push(clock.t);
  }
  return out;
}

describe('RateLimiter', () => {
  it('spaces messages evenly at the per-second rate', async () => {
    const clock = jumpingClock();
    expect(await slots(new RateLimiter({ perSecond: 4 }, clock), clock, 5)).toEqual([0, 250, 500, 750, 1000]);
  });

  it('never lets more than perHour through in any sliding hour, counting earlier runs', async () => {
    const start = 10 * 3_600_000;
    const clock = jumpingClock(start);
    const earlier = [start - 3_000_000]; // one send 50 minutes ago
    const times = await slots(new RateLimiter({ perSecond: 1000, perHour: 3 }, clock, earlier), clock, 4);
    expect(times.slice(0, 2)).toEqual([start, start + 1]);
    // The third waits for the earlier run's send to leave the hour; the fourth for the first of this run.
    expect(times[2]).toBe(earlier[0]! + 3_600_000);
    expect(times[3]).toBe(times[0]! + 3_600_000);
  });

  it('answers a slot that is free now at once, without a promise, and only a slot to wait for with one', async () => {
    const clock = jumpingClock();
    const limiter = new RateLimiter({ perSecond: 2 }, clock);
    expect(limiter.take()).toBe(true);
    const waited = limiter.take();
    expect(waited).toBeInstanceOf(Promise);
    expect(await waited).toBe(true);
    expect(clock.t).toBe(500);
  });

  it('gives up waiting when aborted', async () => {
    const clock: LimiterClock = { now: () => 0, sleep: async (_ms, signal) => !signal?.aborted };
    const limiter = new RateLimiter({ perSecond: 1 }, clock);
    const stop = new AbortController();
    expect(await limiter.take(stop.signal)).toBe(true);
    stop.abort();
    expect(await limiter.take(stop.signal)).toBe(false);
  });
});
