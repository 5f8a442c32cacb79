import { formatLabel } from './format-label.js';
import type { LabelCatalog, LabelSet } from './label-catalog.js';
import type { PageKey } from './label-keys.js';

/** The words of one page, in the reader's language (English for what its file lacks). */
export interface PageText {
  lang: string;
  /** Every language the pages speak, for the language links. */
  languages: readonly LabelSet[];
  /** The label with its `{name}` marks filled; plain text (the page escapes it). */
  t(key: PageKey, values?: Readonly<Record<string, string | number>>): string;
}

/** The first of `wanted` (query, form, reader, Accept-Language) that has a language file; else English. */
export function pageText(catalog: LabelCatalog, ...wanted: (string | null | undefined)[]): PageText {
  const set = catalog.negotiate(...wanted);
  return {
    lang: set.lang,
    languages: catalog.languages,
    t: (key, values) => formatLabel(set, 'pages', key, values),
  };
}
