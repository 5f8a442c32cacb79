/** The `summarize --json` object. */
export interface Summary {
  lang: string;
  title: string | null;
  /** One or two short sentences (about 40 words), extractive, in the article's language. */
  gist: string[];
  quotes: Quote[];
  figures: Figure[];
}

export interface Quote {
  /** The quoted words without the quote marks. */
  text: string;
  /** Canonical full name (titles and roles stripped), an organisation, or null. */
  speaker: string | null;
  /** Whole statement with a speaker, among the few worth showing. */
  key: boolean;
}

export interface Figure {
  /** Plain number with scale words applied: "Rp 5 triliun" -> 5000000000000. */
  value: number;
  /** Short code: "IDR", "USD", "%", "km", a counted thing ("troops"), or null. */
  unit: string | null;
  /** The surface phrase that says what the number counts. */
  text: string;
  approx: boolean;
  key: boolean;
}
