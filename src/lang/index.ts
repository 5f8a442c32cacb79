import type { LanguagePack } from './language-pack.js';
import { en } from './en.js';
import { id } from './id.js';

export type { LanguagePack } from './language-pack.js';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, id];

const byCode = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

export function languagePack(code: string | null | undefined): LanguagePack | undefined {
  return code ? byCode.get(code.toLowerCase().slice(0, 2)) : undefined;
}

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
