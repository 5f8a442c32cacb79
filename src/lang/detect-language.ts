import { charRuns } from './char-runs.js';
import { LANGUAGE_PACKS } from './packs.js';

/**
 * Weight of each stopword per language: 1 / number of packs listing it, so a
 * word shared by many languages ("de", "la", "in") decides little and a
 * distinctive one ("the", "yang", "bahawa") decides much.
 */
const weights: Map<string, Map<string, number>> = (() => {
  const owners = new Map<string, string[]>();
  for (const pack of LANGUAGE_PACKS) {
    for (const word of new Set(pack.stopwords)) {
      const list = owners.get(word) ?? [];
      list.push(pack.code);
      owners.set(word, list);
    }
  }
  const out = new Map<string, Map<string, number>>();
  for (const [word, codes] of owners) {
    out.set(word, new Map(codes.map((c) => [c, 1 / codes.length])));
  }
  return out;
})();

/** Enough text to decide; scanning a whole long article adds nothing. */
const SAMPLE_CHARS = 1500;
const wordsOf = charRuns(/[\p{L}\p{M}]/u);

/**
 * ISO 639-1 code of the text's language by weighted stopword hits; 'en' when
 * nothing matches. Ties go to the earlier pack (English, then Indonesian).
 */
export function detectLanguage(text: string): string {
  const scores = new Map<string, number>();
  for (const word of wordsOf(text.slice(0, SAMPLE_CHARS).toLowerCase())) {
    const owners = weights.get(word);
    if (!owners) continue;
    for (const [code, w] of owners) scores.set(code, (scores.get(code) ?? 0) + w);
  }
  let best = 'en';
  let bestScore = 0;
  for (const pack of LANGUAGE_PACKS) {
    const score = scores.get(pack.code) ?? 0;
    if (score > bestScore) {
      best = pack.code;
      bestScore = score;
    }
  }
  return best;
}
