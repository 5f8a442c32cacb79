/** Marks that only ever group digits: spaces, and the apostrophe of Swiss numbers ("12'400"). */
const GROUP_ONLY = /[ \u00A0\u202F'’]/g;

export type DecimalMark = '.' | ',';

/**
 * The value of a written number, given the article's decimal mark: with both
 * "." and "," the last one is the decimal mark; a mark repeated groups
 * digits; a single mark followed by exactly three digits groups them unless
 * it is the article's decimal mark; any other single mark is a decimal mark.
 * So "1.234" is 1234 in an Indonesian article and 1.234 in an English one,
 * "2,5" is 2.5 everywhere it can be.
 */
export function parseNumber(raw: string, decimal: DecimalMark): number {
  const s = raw.replace(GROUP_ONLY, '');
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return toNumber(s, dot > comma ? '.' : ',');
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : null;
  if (!mark) return Number(s);
  const parts = s.split(mark);
  const grouped = parts.length > 2 || (parts[1]!.length === 3 && mark !== decimal);
  return grouped ? Number(parts.join('')) : toNumber(s, mark);
}

function toNumber(s: string, decimal: DecimalMark): number {
  const other = decimal === '.' ? ',' : '.';
  return Number(s.split(other).join('').replace(decimal, '.'));
}
