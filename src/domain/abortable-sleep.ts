/**
 * Resolves true after `ms`, or false as soon as `signal` aborts: the one timer
 * the send loop and the scheduler wait on, so a stop request never waits out a sleep.
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    if (signal?.aborted) return resolve(false);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    // setTimeout caps at ~24.8 days; callers that wait longer wake and look again.
    const timer = setTimeout(() => done(true), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
