export { rankFigures } from './rank-figures.js';
export { rankQuotes } from './rank-quotes.js';

/** What an editor reads before choosing: the headline, the lead and how long the piece is. */
export interface ArticleFrame {
  title: string | null;
  /** The first paragraphs, where the news and its main actors are named. */
  lead: string;
  /** Words in the body. */
  words: number;
}
