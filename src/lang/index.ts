import { LANGUAGE_PACKS } from './packs.js';

export type { LanguagePack } from './language-pack.js';
export { LANGUAGE_PACKS, languagePack } from './packs.js';
export { charRuns, charRunSpans } from './char-runs.js';
export { detectLanguage } from './detect-language.js';
export { wordFinder } from './word-finder.js';
export { nonArticleMarker, type NonArticleMarkerKind, type NonArticleMatch } from './non-article-markers.js';

/**
 * Every pack's junk-line patterns joined into a few regexes (one per flag set,
 * start-anchored ones apart), so a line costs a handful of tests rather than
 * one per pattern; only whether some pattern matches matters, not which.
 */
function joined(patterns: readonly RegExp[]): RegExp[] {
  const groups = new Map<string, string[]>();
  for (const re of patterns) {
    const flags = re.flags.replace(/[gy]/g, '');
    const key = re.source.startsWith('^') ? `^${flags}` : flags;
    groups.set(key, [...(groups.get(key) ?? []), `(?:${re.source})`]);
  }
  return [...groups].map(([key, sources]) => new RegExp(sources.join('|'), key.replace('^', '')));
}
const JUNK_TESTS: readonly RegExp[] = joined(LANGUAGE_PACKS.flatMap((p) => p.junkLines));
const JUNK_END_TESTS: readonly RegExp[] = joined(LANGUAGE_PACKS.flatMap((p) => p.junkLineEnds ?? []));
/** How much of a line's end a junk line's ending is looked for in: a credit and the sentence end before it. */
const LINE_END_CHARS = 120;

/**
 * True when a line is boilerplate rather than article text. Junk shows up in
 * any language's article (an English promo inside Indonesian news), so every
 * pack's patterns are tried, whatever the article's language.
 */
export function isJunkLine(line: string, _lang?: string | null): boolean {
  const text = line.trim();
  if (text === '') return false;
  const end = text.length > LINE_END_CHARS ? text.slice(-LINE_END_CHARS) : text;
  return JUNK_TESTS.some((re) => re.test(text)) || JUNK_END_TESTS.some((re) => re.test(end));
}
