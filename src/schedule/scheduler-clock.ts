import { abortableSleep } from '../domain/abortable-sleep.js';

/** The daemon's sense of time: injectable, so tests can drive ticks, gaps and overlaps. */
export interface SchedulerClock {
  now(): Date;
  /** Resolves true after `ms`, or false as soon as the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<boolean>;
}

export const systemClock: SchedulerClock = { now: () => new Date(), sleep: abortableSleep };
