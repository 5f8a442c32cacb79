export { openStore } from './open-store.js';
export type { Store } from './open-store.js';
export type { FeedStateRepo, FeedStateRecord } from './feed-state-repo.js';
export type { ArticleRepo, StoredArticle } from './article-repo.js';
export type { EditionRepo, EditionRecord, Recipient } from './edition-repo.js';
export type { DeliveryRepo, DeliveryRecord, DeliveryCounts, DueDelivery } from './delivery-repo.js';
export type { SubscriberRepo, NewSubscriber } from './subscriber-repo.js';
export type { LockRepo } from './lock-repo.js';
export type { ScheduleRepo } from './schedule-repo.js';
