import { LANGUAGE_PACKS, languagePack } from './packs.js';

export type { LanguagePack } from './language-pack.js';
export { LANGUAGE_PACKS, languagePack } from './packs.js';
export { detectLanguage } from './detect-language.js';
export { nonArticleMarker, type NonArticleMarkerKind, type NonArticleMatch } from './non-article-markers.js';

/**
 * True when a line is boilerplate rather than article text. Junk shows up in
 * any language's article (an English promo inside Indonesian news), so every
 * pack is tried, the article's own first.
 */
export function isJunkLine(line: string, lang?: string | null): boolean {
  const text = line.trim();
  if (!text) return false;
  const own = languagePack(lang);
  if (own?.junkLines.some((re) => re.test(text))) return true;
  return LANGUAGE_PACKS.some((p) => p !== own && p.junkLines.some((re) => re.test(text)));
}
