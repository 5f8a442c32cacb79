const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // a few non-English abbreviations seen in real feeds
  mrz: 3,
  mär: 3,
  mai: 5,
  okt: 10,
  dez: 12,
  janv: 1,
  févr: 2,
  avr: 4,
  juil: 7,
  août: 8,
  déc: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  mei: 5,
  agu: 8,
  agt: 8,
  des: 12,
};
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  bst: 60,
  ist: 330,
  jst: 540,
  wib: 420,
  wita: 480,
  wit: 540,
  aest: 600,
  aedt: 660,
};

function zoneMinutes(z: string | undefined): number | null {
  if (!z) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const named = ZONES[z.toLowerCase()];
  return named ?? (/^[a-ik-z]$/i.test(z) ? 0 : null);
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: number): Date | null {
  if (y < 100) y += y < 50 ? 2000 : 1900;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 61) return null;
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - zone * 60_000;
  const date = new Date(t);
  return Number.isNaN(date.getTime()) ? null : date;
}

const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s](\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const RFC822 =
  /^(?:[A-Za-z\u00C0-\u017F]+\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z\u00C0-\u017F]{3,9})\.?[\s-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?/;
const US = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?/;

/**
 * A feed date (RFC 822 in all its sloppy variants, ISO 8601 / W3CDTF, US style)
 * as a Date in UTC, or null when nothing sensible can be read. No time zone means UTC.
 */
export function parseFeedDate(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  const s = raw.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    const zone = zoneMinutes(m[8]);
    if (zone === null) return null;
    return build(
      Number(m[1]),
      Number(m[2] ?? 1),
      Number(m[3] ?? 1),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      Number((m[7] ?? '0').slice(0, 3).padEnd(3, '0')),
      zone,
    );
  }
  m = RFC822.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase().slice(0, 4)] ?? MONTHS[m[2]!.toLowerCase().slice(0, 3)];
    const zone = zoneMinutes(m[7]);
    if (mo && zone !== null) return build(Number(m[3]), mo, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, zone);
  }
  m = US.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
    const zone = zoneMinutes(m[7]);
    if (mo && zone !== null) return build(Number(m[3]), mo, Number(m[2]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, zone);
  }
  return null;
}

/**
 * ISO 8601 string for an item date. Dates more than a day ahead of `now` are
 * clock or time-zone mistakes of the publisher: they are clamped to `now` so they
 * cannot sit on top of every edition.
 */
export function normalizeItemDate(raw: string | null | undefined, now: Date): string | null {
  const d = parseFeedDate(raw);
  if (!d) return null;
  return (d.getTime() > now.getTime() + 86_400_000 ? now : d).toISOString();
}
