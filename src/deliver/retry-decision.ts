import type { DigestError } from '../domain/errors.js';
import { isConnectionFailure, isStall } from './smtp-transport.js';

/** The limits a run keeps to when a message is refused for now, cut off, or never answered. */
export interface RetryBudget {
  /** Tries per reader within one run after the first. */
  retries: number;
  /** Runs that may try a reader before a 4xx or a stall fails the delivery for good. */
  maxAttempts: number;
  /** The longest one run spends on one reader: tries and the waits between them. */
  maxReaderMs: number;
  backoffMs: number;
  maxBackoffMs: number;
}

/** Where one reader stands in this run when a try of theirs failed for now. */
export interface FailedTry {
  /** Tries of this reader in this run, the failed one included. */
  tries: number;
  /** Runs that tried this reader before this one. */
  earlierRuns: number;
  /** Since this run first tried the reader. */
  elapsedMs: number;
  /** The run is stopping: nobody is tried again. */
  halted: boolean;
}

export type TransientDecision =
  /** Try again in this run after `delayMs`; nothing is counted. */
  | { action: 'retry'; delayMs: number }
  /** This run is done with the reader: one more run counts against them; `final` fails the delivery. */
  | { action: 'count-run'; final: boolean }
  /** The server or the network, not the reader: leave them queued, uncounted, and stop the run. */
  | { action: 'server-down' };

/**
 * What a transient failure means for the reader and the run. A 4xx reply is
 * retried within the run, then counts one run against the reader (README:
 * failed after `smtp.maxAttempts` runs, however many tries each run made).
 * A stall (the session was up, a reply never came) is not retried in this
 * run, since each try costs the whole reply timeout, and counts one run too,
 * unless the stalls show the server itself has stopped answering. A refused
 * or dropped connection never counts: it is retried, then stops the run.
 * Retries end early once they would pass the reader's time budget.
 */
export function decideTransient(err: DigestError, t: FailedTry, b: RetryBudget, stalls: StallWatch): TransientDecision {
  const delayMs = Math.min(b.maxBackoffMs, b.backoffMs * 2 ** (t.tries - 1));
  const mayRetry = !t.halted && t.tries <= b.retries && t.elapsedMs + delayMs <= b.maxReaderMs;
  if (isStall(err)) return stalls.stalled() ? { action: 'server-down' } : { action: 'count-run', final: t.earlierRuns + 1 >= b.maxAttempts };
  if (mayRetry) return { action: 'retry', delayMs };
  if (isConnectionFailure(err)) return { action: 'server-down' };
  return { action: 'count-run', final: t.earlierRuns + 1 >= b.maxAttempts };
}

/**
 * Tells one stalled recipient from a stalled server: a stall followed by
 * replies to other messages is that reader's; more stalls in a row than
 * there are connections (each lane stalled, and then one more) is the server.
 */
export class StallWatch {
  private inARow = 0;

  constructor(private readonly connections: number) {}

  /** After each try: any reply from the server, accepted or refused, shows it is answering. */
  observe(err: DigestError | null): void {
    if (!err || (!isStall(err) && !isConnectionFailure(err))) this.inARow = 0;
  }

  /** Counts a stall; true when the server, not one reader, has stopped answering. */
  stalled(): boolean {
    return ++this.inARow > Math.max(1, this.connections);
  }
}
