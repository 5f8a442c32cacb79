/** A feed as parsed and normalized by ingest: the `parse-feed --json` object. */
export interface Feed {
  title: string | null;
  link: string | null;
  lang: string | null;
  description?: string | null;
  /** The feed's own picture (RSS <image>, itunes:image, Atom logo/icon, JSON Feed icon). */
  image?: FeedImage | null;
  items: FeedItem[];
}

export interface FeedImage {
  /** Absolute URL of the picture. */
  url: string;
  /** Where the picture links to, or null. */
  link: string | null;
  title: string | null;
  /** Pixels as the feed gives them, or null. */
  width: number | null;
  height: number | null;
}

/** One entry of a feed, normalized. */
export interface FeedItem {
  /** guid/id, or the canonical link when the feed gives none. */
  id: string;
  title: string | null;
  /** Absolute URL, resolved against the feed/item base. */
  link: string | null;
  /** ISO 8601, or null when the feed gives no usable date. */
  published: string | null;
  author: string | null;
  /** Full content or description as sanitized HTML, or null. */
  html: string | null;
  summary?: string | null;
  /** The best picture for the story: an image enclosure, Media RSS, itunes:image, JSON Feed image, else the first <img>. */
  image?: string | null;
  lang?: string | null;
  categories?: string[];
  /** Files attached to the item (RSS enclosure, Atom rel="enclosure", JSON Feed attachments). */
  enclosures?: Enclosure[];
}

export interface Enclosure {
  url: string;
  /** MIME type as the feed gives it ("audio/mpeg"), or null. */
  type: string | null;
  /** Size in bytes as the feed gives it, or null. */
  length: number | null;
}

/** An entry of the feed list users edit (feeds/feeds.yaml). */
export interface FeedSource {
  url: string;
  name: string;
  lang?: string | undefined;
  /** The site's home page, as OPML's htmlUrl. */
  htmlUrl?: string | undefined;
  /** Folder path in a feed reader (outermost first), kept for the OPML export. */
  folder?: string[] | undefined;
  tags: string[];
}
