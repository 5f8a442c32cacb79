/**
 * C1 control characters (U+0080..U+009F) never belong in text; in feeds they are
 * windows-1252 punctuation decoded as Latin-1 or written as `&#146;`. Mapped to
 * what the author typed.
 */
const CP1252: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

export function fixC1CodePoint(cp: number): number {
  return CP1252[cp] ?? cp;
}

export function fixC1Controls(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => String.fromCodePoint(fixC1CodePoint(c.charCodeAt(0)))) : text;
}

/** C0 controls XML forbids (all but tab, LF, CR) and the noncharacters U+FFFE/U+FFFF: dropped. */
export function stripForbiddenControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- the exact XML 1.0 set: tab, LF and CR stay
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
