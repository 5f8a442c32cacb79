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
  /** The surface phrase of the figure as the article writes it ("lebih dari 600.000 tentara"). */
  text: string;
  /**
   * Which way the value is approximate: "about 40" is `about`, "more than
   * 40" / "at least 40" `over`, "up to 40" / "nearly 40" `under`; null when
   * exact. A range ("10 to 12") is its lower end, `over`.
   */
  approx: ApproxWay | null;
  key: boolean;
  /** What is counted or measured: a short phrase from the figure's sentence, in the article's language. */
  counts: string;
}

export type ApproxWay = 'about' | 'over' | 'under';
