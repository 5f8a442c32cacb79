export { extractArticle } from './extract-article.js';
export type { ExtractOptions } from './extract-article.js';
export { htmlToText } from './html-to-text.js';
export { isUsableArticle } from './usable-article.js';
