export type { Feed, FeedItem, FeedSource } from './feed.js';
export type { Article, ArticleSource, ExtractedArticle, SummarizedArticle } from './article.js';
export type { Summary, Quote, Figure } from './summary.js';
export type { Digest, DigestSection, Story } from './digest.js';
export type { Subscriber, SubscriberStatus } from './subscriber.js';
export { SUBSCRIBER_STATUSES } from './subscriber.js';
export type { OutboundEmail, SendResult } from './outbound-email.js';
export { DigestError, ERROR_CODES, isDigestError, toDigestError } from './errors.js';
export type { ErrorCode, ErrorLocation } from './errors.js';
