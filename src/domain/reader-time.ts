import * as z from 'zod';

/**
 * A reader's own delivery time, checked in one place for every edge that takes
 * it (command line, CSV, the preferences page). Zone names are canonicalised:
 * "europe/berlin" is stored as "Europe/Berlin", since the zone database matches
 * names without regard to case and one spelling per zone keeps lists tidy.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const TIME_ZONE_PROBLEM = 'is not an IANA time zone (e.g. "Asia/Jakarta")';
const SEND_AT_PROBLEM = 'is not a time of day HH:MM on a 24-hour clock (e.g. "07:30")';

/** An IANA zone name; the output is its canonical spelling. */
export const timeZoneSchema = z.string().transform((tz, ctx) => {
  const zone = canonicalTimeZone(tz);
  if (zone === null) ctx.addIssue({ code: 'custom', message: TIME_ZONE_PROBLEM });
  return zone ?? tz;
});

/** "HH:MM", 00:00 to 23:59, two-digit hours ("7pm" and "25:99" are refused). */
export const sendAtSchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, SEND_AT_PROBLEM);
