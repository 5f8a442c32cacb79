import { createTask, parse, type ScheduledTask } from 'node-cron';
import { DigestError } from '../domain/errors.js';
import { addDays, instantOf, wallTime } from '../time/index.js';

/** How far to look for a matching time (covers "29 February" schedules). */
const SEARCH_DAYS = 366 * 8;

/**
 * A digest's cron expression in its IANA zone. node-cron parses and matches the
 * expression (its semantics, including L and #); the times are found here, a
 * local day at a time, so they come from any clock, not only the system's.
 * A wall time skipped by a daylight-saving jump does not fire (as in cron);
 * one that happens twice fires once, the first time.
 */
export class CronSchedule {
  private readonly task: ScheduledTask;
  private readonly seconds: number[];
  private readonly minutes: number[];
  private readonly hours: number[];

  constructor(
    readonly expression: string,
    readonly zone: string,
  ) {
    const fields = parse(expression);
    this.task = createTask(expression, () => undefined, { timezone: zone });
    this.seconds = fields.second;
    this.minutes = fields.minute;
    this.hours = fields.hour;
  }

  /** The first tick strictly after `after`. */
  next(after: Date): Date {
    const start = wallTime(this.zone, after.getTime());
    for (let i = 0; i <= SEARCH_DAYS; i++) {
      for (const t of this.candidates(addDays(start, i))) {
        if (t > after.getTime() && this.task.match(new Date(t))) return new Date(t);
      }
    }
    throw new DigestError('CONFIG_INVALID', `cron "${this.expression}" never fires`, { field: 'schedule' });
  }

  /** The last tick at or before `at`, or null if none in the search range. */
  previous(at: Date): Date | null {
    const start = wallTime(this.zone, at.getTime());
    for (let i = 0; i <= SEARCH_DAYS; i++) {
      for (const t of this.candidates(addDays(start, -i)).reverse()) {
        if (t <= at.getTime() && this.task.match(new Date(t))) return new Date(t);
      }
    }
    return null;
  }

  /** Instants of the expression's times of day on one local day, in order. */
  private candidates(day: { year: number; month: number; day: number }): number[] {
    const out: number[] = [];
    for (const hour of this.hours) {
      for (const minute of this.minutes) {
        for (const second of this.seconds) {
          const t = instantOf(this.zone, { ...day, hour, minute, second });
          if (t !== null) out.push(t);
        }
      }
    }
    return out.sort((a, b) => a - b);
  }
}
