/**
 * Everything language-specific the text stages need, as data. One file per
 * language; extract and summarize read these, never branch on a language code.
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /**
   * Lines that are never article text: newsletter promos, inline related links
   * ("BACA JUGA:", "Read more:"), ads, share prompts, photo credits.
   * Tested against one trimmed line.
   */
  junkLines: RegExp[];
}
