/**
 * Runs `fn` with a signal that aborts on SIGINT or SIGTERM, and stops
 * listening when it returns: the commands stop taking new work, finish what is
 * in flight, and exit 0.
 */
export async function withStopSignal<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

/** Resolves on the first SIGINT or SIGTERM: for servers that run until stopped. */
export function untilStopped(): Promise<void> {
  return withStopSignal((signal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true })));
}
