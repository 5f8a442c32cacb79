import type { z } from 'zod';
import { DigestError } from '../domain/errors.js';
import { sendAtSchema, timeZoneSchema } from '../domain/reader-time.js';
import type { Subscriber } from '../domain/subscriber.js';
import type { OptionSpec, OptionValues } from './command.js';

/** The word that clears a reader's own time or zone (`subscribers set`). */
const CLEAR = 'none';

export const READER_TIME_OPTIONS = {
  'time-zone': { type: 'string' },
  'send-at': { type: 'string' },
} as const satisfies OptionSpec;

export const READER_TIME_HELP = [
  '--send-at HH:MM     personal delivery time, 24-hour clock (e.g. 07:30)',
  "--time-zone ZONE    IANA zone of that time (e.g. Europe/Berlin; default: the digest's zone); the spelling is canonicalised",
];

/** --send-at and --time-zone, checked; absent options are left out, "none" clears (where `clearable`). */
export function readerTimeOptions(values: OptionValues, o: { clearable: boolean }): Partial<Pick<Subscriber, 'sendAt' | 'timeZone'>> {
  const out: Partial<Pick<Subscriber, 'sendAt' | 'timeZone'>> = {};
  const sendAt = values['send-at'];
  const zone = values['time-zone'];
  if (typeof sendAt === 'string') out.sendAt = o.clearable && sendAt === CLEAR ? null : checked(sendAtSchema, sendAt, '--send-at');
  if (typeof zone === 'string') out.timeZone = o.clearable && zone === CLEAR ? null : checked(timeZoneSchema, zone, '--time-zone');
  return out;
}

function checked(schema: z.ZodType<string, string>, value: string, option: string): string {
  const r = schema.safeParse(value);
  if (!r.success) throw new DigestError('USAGE', `${option} "${value}" ${r.error.issues[0]!.message}`);
  return r.data;
}
