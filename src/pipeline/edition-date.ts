import { wallTime } from '../time/index.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * How notes name an earlier edition: "the edition of 2 Dec", dated in its
 * digest's time zone (with the year when it is not this year's).
 */
export function editionOf(e: { createdAt: string; timeZone: string }, now: Date): string {
  const at = wallTime(e.timeZone, Date.parse(e.createdAt));
  const sameYear = at.year === wallTime(e.timeZone, now.getTime()).year;
  return `the edition of ${at.day} ${MONTHS[at.month - 1]}${sameYear ? '' : ` ${at.year}`}`;
}
