import type { PageTags } from './page-tags.js';

/**
 * The language a page declares about itself, as a lower-case ISO 639-1 code
 * (the region is dropped: "en-GB" -> "en"), or null when it declares none.
 */
export function declaredLanguage(doc: Document, tags: PageTags): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    tags.meta('http-equiv', 'content-language', true),
    tags.meta('property', 'og:locale'),
    tags.meta('name', 'language', true),
  ];
  for (const value of candidates) {
    const code = normalizeLanguage(value);
    if (code) return code;
  }
  return null;
}

/** "en-US", "pt_BR", " EN " -> "en"; anything that is not a language tag -> null. */
export function normalizeLanguage(value: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*(?:,|$)/i.exec(value ?? '');
  return match ? match[1]!.toLowerCase() : null;
}
