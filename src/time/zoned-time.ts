/**
 * Wall-clock time in an IANA zone, with daylight-saving changes handled: the
 * one place that turns "07:00 in Asia/Jakarta" into an instant and back.
 */
import { DigestError } from '../domain/errors.js';

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall time in `zone` at instant `ms`. */
export function wallTime(zone: string, ms: number): WallTime {
  if (zone === 'UTC') {
    // UTC has no rules to look up: Date says it, and a command that needs no other zone never
    // pays for Intl's first use, which loads the ICU data (~45 ms of a command's start-up).
    const d = new Date(ms);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      weekday: d.getUTCDay(),
    };
  }
  const p: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(ms)) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: WEEKDAYS[p.weekday!]!,
  };
}

/** Offset of `zone` from UTC at instant `ms`, in ms. */
function offsetAt(zone: string, ms: number): number {
  const w = wallTime(zone, ms);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall time happens in `zone`. When it happens twice (clocks
 * going back) the first; when it never happens (clocks going forward) null.
 */
export function instantOf(zone: string, w: Omit<WallTime, 'weekday'>): number | null {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const candidates = [...new Set([offsetAt(zone, asUtc - 86_400_000), offsetAt(zone, asUtc + 86_400_000)])]
    .map((off) => asUtc - off)
    .filter((t) => {
      const back = wallTime(zone, t);
      return back.year === w.year && back.month === w.month && back.day === w.day && back.hour === w.hour && back.minute === w.minute;
    })
    .sort((a, b) => a - b);
  return candidates[0] ?? null;
}

/** The calendar day after (or `days` after) a wall date, as a wall date. */
export function addDays(w: Pick<WallTime, 'year' | 'month' | 'day'>, days: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** Parses "HH:MM" (24-hour). */
export function parseClock(hhmm: string): { hour: number; minute: number } | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(hhmm.trim());
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/**
 * The first instant at or after `after` when it is `hhmm` in `zone`. On the
 * day clocks skip that hour it is shifted by the jump, never a day late.
 */
export function nextLocalTime(zone: string, hhmm: string, after: Date): Date {
  const clock = parseClock(hhmm);
  if (!clock) throw new DigestError('INPUT_INVALID', `"${hhmm}" is not a time of day (HH:MM)`, { field: 'sendAt' });
  const start = wallTime(zone, after.getTime());
  for (let i = 0; i < 3; i++) {
    const day = addDays(start, i);
    const wall = { ...day, ...clock, second: 0 };
    // Skipped by a daylight-saving jump: as much later as the jump (02:30 that never happens is 03:30), like Temporal's "compatible".
    const t =
      instantOf(zone, wall) ??
      Date.UTC(day.year, day.month - 1, day.day, clock.hour, clock.minute) - offsetAt(zone, Date.UTC(day.year, day.month - 1, day.day) - 86_400_000);
    if (t >= after.getTime()) return new Date(t);
  }
  throw new DigestError('INTERNAL', `no ${hhmm} in ${zone} after ${after.toISOString()}`);
}
