import { describe, expect, it } from 'vitest';
import { CronSchedule, inSendWindow } from '../../src/schedule/index.js';
import { nextLocalTime } from '../../src/time/index.js';

describe('CronSchedule in an IANA zone', () => {
  it('daily 07:00 Asia/Jakarta is 00:00 UTC', () => {
    const c = new CronSchedule('0 7 * * *', 'Asia/Jakarta');
    expect(c.next(new Date('2026-11-25T20:00:00Z')).toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(c.previous(new Date('2026-11-25T20:00:00Z'))!.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('weekly Monday 08:00 Europe/Berlin follows summer time', () => {
    const c = new CronSchedule('0 8 * * 1', 'Europe/Berlin');
    expect(c.next(new Date('2026-03-25T00:00:00Z')).toISOString()).toBe('2026-03-30T06:00:00.000Z'); // CEST
    expect(c.next(new Date('2026-10-28T00:00:00Z')).toISOString()).toBe('2026-11-02T07:00:00.000Z'); // CET
  });

  it('an hour that happens twice fires once; the next is strictly later', () => {
    const c = new CronSchedule('30 2 * * *', 'Europe/Berlin');
    const first = c.next(new Date('2026-10-24T12:00:00Z'));
    expect(first.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(c.next(first).toISOString()).toBe('2026-10-26T01:30:00.000Z');
  });

  it('previous() is at or before the given time', () => {
    const c = new CronSchedule('0 7 * * *', 'UTC');
    expect(c.previous(new Date('2026-11-25T07:00:00Z'))!.toISOString()).toBe('2026-11-25T07:00:00.000Z');
    expect(c.previous(new Date('2026-11-25T06:59:59Z'))!.toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });
});

describe('per-reader local time', () => {
  it('07:00 in the reader zone, shifted (not skipped) when clocks jump over it', () => {
    expect(nextLocalTime('America/New_York', '07:00', new Date('2026-11-25T13:00:00Z')).toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(nextLocalTime('Europe/Berlin', '02:30', new Date('2026-03-29T00:00:00Z')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('send window', () => {
  const weekdays = {
    timeZone: 'Asia/Jakarta',
    sendWindow: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[], start: '06:00', end: '20:00' },
  };
  it('is judged in the digest zone: days and hours', () => {
    // Friday 23:00 UTC is Saturday 06:00 in Jakarta.
    expect(inSendWindow(weekdays, new Date('2026-11-27T23:00:00Z'))).toBe(false);
    expect(inSendWindow(weekdays, new Date('2026-11-27T00:00:00Z'))).toBe(true); // Friday 07:00
    expect(inSendWindow(weekdays, new Date('2026-11-27T13:00:00Z'))).toBe(false); // Friday 20:00
    expect(inSendWindow({ timeZone: 'UTC' }, new Date('2026-11-28T03:00:00Z'))).toBe(true);
  });
});
