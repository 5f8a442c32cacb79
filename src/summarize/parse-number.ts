import type { LanguagePack } from '../lang/index.js';

const SPACES = /[ \u00A0\u202F]/g;

/**
 * The value of a written number, decided per number from the language and
 * the digit grouping: with both "." and "," the last one is the decimal mark;
 * a mark repeated, or followed by exactly three digits in a language that
 * groups with it, groups digits; otherwise it is a decimal mark. So "1.234" is
 * 1234 in Indonesian and 1.234 in English, "2,5" is 2.5 everywhere it can be.
 */
export function parseNumber(raw: string, pack: LanguagePack): number {
  const s = raw.replace(SPACES, '');
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? '.' : ',';
    return toNumber(s, decimal);
  }
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : null;
  if (!mark) return Number(s);
  const parts = s.split(mark);
  const grouped = parts.length > 2 || (parts[1]!.length === 3 && pack.number.group.includes(mark));
  return grouped ? Number(parts.join('')) : toNumber(s, mark);
}

function toNumber(s: string, decimal: '.' | ','): number {
  const other = decimal === '.' ? ',' : '.';
  return Number(s.split(other).join('').replace(decimal, '.'));
}
