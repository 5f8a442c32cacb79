import { describe, expect, it } from 'vitest';
import { editionOf } from '../../src/pipeline/index.js';
import { wallTime } from '../../src/time/index.js';

// Instants around a year's end, a leap day and the last second of a day.
const INSTANTS = ['2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z', '2028-02-29T12:34:56Z', '2026-09-06T05:00:00Z'].map(Date.parse);

describe('wall time', () => {
  it('in UTC, read without the zone database, is what the zone database says for Etc/UTC', () => {
    for (const ms of INSTANTS) expect(wallTime('UTC', ms)).toEqual(wallTime('Etc/UTC', ms));
  });

  it('names an edition by its day in its digest zone, with the year only when it is not this one', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(editionOf({ createdAt: '2026-12-02T07:00:00Z', timeZone: 'UTC' }, now)).toBe('the edition of 2 Dec');
    expect(editionOf({ createdAt: '2026-09-01T20:00:00Z', timeZone: 'Asia/Jakarta' }, now)).toBe('the edition of 2 Sep');
    expect(editionOf({ createdAt: '2025-12-31T23:30:00Z', timeZone: 'UTC' }, now)).toBe('the edition of 31 Dec 2025');
    expect(editionOf({ createdAt: '2025-12-31T23:30:00Z', timeZone: 'Asia/Jakarta' }, now)).toBe('the edition of 1 Jan');
  });
});
