/** Word shingles of this many words. */
const SHINGLE = 3;
/** MinHash slots: the similarity estimate has a standard error of about 0.06 at 64. */
const SLOTS = 64;

/** Lower-cased letter-and-digit words; punctuation and markup do not count. */
function words(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // final avalanche (murmur3 fmix32) so nearby strings spread over all bits
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * MinHash signature of the text's 3-word shingles, as hex (64 slots of 8 digits).
 * Two signatures agree in about the fraction of slots that the shingle sets
 * overlap (Jaccard), so the same wire story republished with small edits is
 * recognised, across feeds and across runs when the store keeps the signature.
 * Texts too short to say anything give the empty string.
 */
export function contentFingerprint(text: string): string {
  const w = words(text);
  if (w.length < SHINGLE + 5) return '';
  const mins = new Uint32Array(SLOTS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const shingle = w.slice(i, i + SHINGLE).join(' ');
    const h1 = fnv1a(shingle, 0x811c9dc5);
    const h2 = fnv1a(shingle, 0x9747b28c) | 1;
    // Kirsch–Mitzenmacher: slot k uses h1 + k*h2, as good as k independent hashes here.
    for (let k = 0; k < SLOTS; k++) {
      const h = (h1 + Math.imul(k, h2)) >>> 0;
      if (h < mins[k]!) mins[k] = h;
    }
  }
  let out = '';
  for (const m of mins) out += m.toString(16).padStart(8, '0');
  return out;
}

/** Estimated Jaccard similarity of two fingerprints, 0..1 (0 when either is empty: unknown is never "the same"). */
export function fingerprintSimilarity(a: string, b: string): number {
  if (!a || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / (a.length / 8);
}

/** From this similarity on, two texts are the same story. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

/** Slots per band: two texts with similarity 0.9 share a band with probability ~1, at 0.5 about 0.64, unrelated ones ~0. */
const BAND_ROWS = 4;

/**
 * Locality-sensitive keys of a fingerprint (16 bands of 4 slots) for a store that
 * can only look up exact strings: index these, fetch the fingerprints that share
 * any band, and confirm with `fingerprintSimilarity`. Empty for an empty fingerprint.
 */
export function fingerprintBands(fingerprint: string): string[] {
  const width = 8 * BAND_ROWS;
  const bands: string[] = [];
  for (let i = 0; i + width <= fingerprint.length; i += width) bands.push(`${i / width}:${fingerprint.slice(i, i + width)}`);
  return bands;
}
