import { en } from './en.js';
import { id } from './id.js';
import type { PageText } from './page-text.js';

export type { PageText } from './page-text.js';

/** The page languages, in the order the switcher lists them. */
export const PAGE_TEXTS: readonly PageText[] = [en, id];

/** The first of `wanted` (query, form, reader, Accept-Language) that the pages speak; else English. */
export function pageText(...wanted: (string | null | undefined)[]): PageText {
  for (const w of wanted) {
    for (const tag of (w ?? '').split(',')) {
      const code = tag.trim().split(/[-_;]/)[0]!.toLowerCase();
      const found = PAGE_TEXTS.find((t) => t.lang === code);
      if (found) return found;
    }
  }
  return en;
}

/** Fills `{name}` marks with plain values (the page escapes the result). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
