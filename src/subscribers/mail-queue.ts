/**
 * Runs mail work one job at a time after the request has been answered, so
 * the answer (and how long it takes) is the same whether or not an address is
 * known. `idle()` resolves once every queued job has finished.
 */
export interface MailQueue {
  push(job: () => Promise<void>): void;
  idle(): Promise<void>;
}

export function mailQueue(onError: (e: unknown) => void): MailQueue {
  let tail: Promise<void> = Promise.resolve();
  return {
    push(job) {
      tail = tail.then(job).catch(onError);
    },
    idle: () => tail,
  };
}
