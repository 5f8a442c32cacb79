import { createHash } from 'node:crypto';

/** Word shingles of this many words feed the SimHash. */
const SHINGLE = 3;

/** Lower-cased letters-and-digits words; punctuation and markup do not count. */
function words(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * 64-bit SimHash of the text's 3-word shingles, as 16 hex digits. Two texts
 * that share most of their wording differ in few bits (see `fingerprintDistance`),
 * so the same wire story republished with small edits is recognised across runs.
 * Texts too short to say anything give the empty string.
 */
export function contentFingerprint(text: string): string {
  const w = words(text);
  if (w.length < SHINGLE + 5) return '';
  const acc = new Int32Array(64);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const h = createHash('md5').update(w.slice(i, i + SHINGLE).join(' ')).digest();
    for (let bit = 0; bit < 64; bit++) acc[bit]! += (h[bit >> 3]! >> (bit & 7)) & 1 ? 1 : -1;
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (acc[bit]! > 0) lo |= 1 << bit;
    if (acc[bit + 32]! > 0) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Hamming distance of two fingerprints (64 when either is empty: unknown is never "the same"). */
export function fingerprintDistance(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16) return 64;
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/** At most this many differing bits of 64 counts as the same text. */
export const NEAR_DUPLICATE_BITS = 6;
