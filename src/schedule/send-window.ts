import { WEEKDAYS, type DigestConfig } from '../config/index.js';
import { wallTime } from '../time/index.js';

/** Whether a digest may send at `at`: inside its send window (in its zone), or always when it has none. */
export function inSendWindow(d: Pick<DigestConfig, 'sendWindow' | 'timeZone'>, at: Date): boolean {
  const w = d.sendWindow;
  if (!w) return true;
  const local = wallTime(d.timeZone, at.getTime());
  const minute = local.hour * 60 + local.minute;
  const [sh, sm] = w.start.split(':').map(Number) as [number, number];
  const [eh, em] = w.end.split(':').map(Number) as [number, number];
  return w.days.includes(WEEKDAYS[local.weekday]!) && minute >= sh * 60 + sm && minute < eh * 60 + em;
}
