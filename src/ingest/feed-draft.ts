/** What a format reader (RSS, Atom, JSON Feed) hands to normalization: raw values, nothing resolved yet. */
export interface DraftItem {
  id: string | null;
  title: string | null;
  link: string | null;
  /** The date as written. */
  date: string | null;
  author: string | null;
  /** Full content as unsanitized HTML. */
  html: string | null;
  /** Description / summary as unsanitized HTML. */
  summary: string | null;
  image: string | null;
  lang: string | null;
  categories: string[];
  /** Attached files, URLs as written. */
  enclosures: { url: string; type: string | null; length: string | null }[];
  /** Base URL for relative links inside this item (xml:base, else the feed's). */
  base: string | null;
}

/** A feed's picture, values as written. */
export interface DraftImage {
  url: string;
  link: string | null;
  title: string | null;
  width: string | null;
  height: string | null;
}

export interface DraftFeed {
  title: string | null;
  link: string | null;
  lang: string | null;
  description: string | null;
  image: DraftImage | null;
  base: string | null;
  items: DraftItem[];
}
