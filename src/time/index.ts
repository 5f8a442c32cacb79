/** Wall-clock time in IANA zones: a leaf the pipeline and the scheduler both use. */
export { nextLocalTime, instantOf, wallTime, addDays, parseClock } from './zoned-time.js';
export type { WallTime } from './zoned-time.js';
