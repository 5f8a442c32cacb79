/** The daemon's sense of time: injectable, so tests can drive ticks, gaps and overlaps. */
export interface SchedulerClock {
  now(): Date;
  /** Resolves true after `ms`, or false as soon as the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<boolean>;
}

export const systemClock: SchedulerClock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise<boolean>((resolve) => {
      if (signal?.aborted) return resolve(false);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(ok);
      };
      const onAbort = () => done(false);
      // setTimeout caps at ~24.8 days; the loop simply wakes and looks again.
      const timer = setTimeout(() => done(true), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
