/**
 * How notes name an earlier edition: "the edition of 2 Dec", dated in its
 * digest's time zone (with the year when it is not this year's).
 */
export function editionOf(e: { createdAt: string; timeZone: string }, now: Date): string {
  const at = new Date(e.createdAt);
  const year = (d: Date) => new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: e.timeZone }).format(d);
  const day = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(year(at) !== year(now) && { year: 'numeric' }),
    timeZone: e.timeZone,
  }).format(at);
  return `the edition of ${day}`;
}
