import { describe, expect, it } from 'vitest';
import { normalizeItemDate, parseFeedDate } from '../../src/ingest/parse-date.js';

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0200', '2003-06-10T02:00:00.000Z'],
    ['10 Jun 03 04:00 EDT', '2003-06-10T08:00:00.000Z'],
    ['Sen, 24 Nov 2026 10:00:00 WIB', '2026-11-24T03:00:00.000Z'],
    ['24 November 2026 10:00', '2026-11-24T10:00:00.000Z'],
    ['24 Agustus 2026', '2026-08-24T00:00:00.000Z'],
    ['June 10, 2003 4:00:00 PST', '2003-06-10T12:00:00.000Z'],
    ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55.000Z'],
    ['2003-12-31T10:14:55.25-05:00', '2003-12-31T15:14:55.250Z'],
    ['2003-12-31 10:14', '2003-12-31T10:14:00.000Z'],
    ['2003-12', '2003-12-01T00:00:00.000Z'],
    ['20031231T101455Z', '2003-12-31T10:14:55.000Z'],
  ])('%s', (raw, iso) => {
    expect(parseFeedDate(raw)?.toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', '2003-13-45T99:00:00Z', 'Tue, 10 Foo 2003 04:00:00 GMT'])('refuses %j', (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });

  it('clamps dates more than a day ahead, keeps near-future ones (time zone slips)', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(normalizeItemDate('2026-11-25T20:00:00Z', now)).toBe('2026-11-25T20:00:00.000Z');
    expect(normalizeItemDate('2027-01-01T00:00:00Z', now)).toBe(now.toISOString());
    expect(normalizeItemDate(null, now)).toBeNull();
  });
});
