import { charRunSpans } from './char-runs.js';
import { LANGUAGE_PACKS } from './packs.js';
import { wordFinder } from './word-finder.js';

/**
 * Weight of each stopword per language: 1 / number of packs listing it, so a
 * word shared by many languages ("de", "la", "in") decides little and a
 * distinctive one ("the", "yang", "bahawa") decides much. Packs by their place
 * in LANGUAGE_PACKS, so scoring adds into an array.
 */
const weights: Map<string, { packs: number[]; weight: number }> = (() => {
  const owners = new Map<string, number[]>();
  LANGUAGE_PACKS.forEach((pack, index) => {
    for (const word of new Set(pack.stopwords)) {
      const list = owners.get(word) ?? [];
      list.push(index);
      owners.set(word, list);
    }
  });
  return new Map([...owners].map(([word, packs]) => [word, { packs, weight: 1 / packs.length }]));
})();

/** Enough text to decide; scanning a whole long article adds nothing. */
const SAMPLE_CHARS = 1500;
const wordSpans = charRunSpans(/[\p{L}\p{M}]/u);
const stopwordAt = wordFinder(weights.keys());

/**
 * ISO 639-1 code of the text's language by weighted stopword hits; 'en' when
 * nothing matches. Ties go to the earlier pack (English, then Indonesian).
 */
export function detectLanguage(text: string): string {
  const scores = new Float64Array(LANGUAGE_PACKS.length);
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  wordSpans(sample, (start, end) => {
    const word = stopwordAt(sample, start, end);
    if (word === undefined) return;
    const owners = weights.get(word)!;
    for (const p of owners.packs) scores[p]! += owners.weight;
  });
  let best = 'en';
  let bestScore = 0;
  LANGUAGE_PACKS.forEach((pack, p) => {
    if (scores[p]! > bestScore) {
      best = pack.code;
      bestScore = scores[p]!;
    }
  });
  return best;
}
