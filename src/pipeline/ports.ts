/**
 * What the pipeline needs from the outside, declared here in its own terms
 * and nothing more: the composition root (`src/main.ts`) adapts the store,
 * the transport, the renderer and the network to these ports. A PostgreSQL
 * store, a queue worker or a test each bring their own adapters.
 */
import type { LoadedConfig } from '../config/index.js';
import type { BounceLog, DeliveryLog, SendProgress, Transport } from '../deliver/index.js';
import type { SummarizedArticle } from '../domain/article.js';
import type { Digest } from '../domain/digest.js';
import type { FeedSource } from '../domain/feed.js';
import type { WebhookEvents } from '../domain/webhook-event.js';
import type { Subscriber } from '../domain/subscriber.js';
import type { FeedStateStore } from '../ingest/index.js';
import type { Renderer } from '../render/index.js';
import type { Audience, DeliveryCounts, EditionRecord, Page, StoredArticle, SubscriberCounts } from '../store/index.js';
import type { CollectResult } from './collect-articles.js';
import type { Reporter } from './reporter.js';

/** The config keys the pipeline reads: feeds, fetching, sending and the mail's addresses. */
export type PipelineConfig = Pick<
  LoadedConfig,
  'feedsFile' | 'fetch' | 'smtp' | 'publicUrl' | 'from' | 'replyTo' | 'requestAddress' | 'postalAddress' | 'secret' | 'demoSubscriber' | 'digests'
>;

/** Articles read so far: which items are known, which texts are near-duplicates, what a digest has not sent yet. */
export interface ArticleSource {
  knownIds(ids: string[]): Promise<Set<string>>;
  sharingBands(bands: string[]): Promise<{ id: string; fingerprint: string }[]>;
  add(articles: StoredArticle[], seenAt: string): Promise<void>;
  unsent(digestKey: string, since: string): Promise<SummarizedArticle[]>;
  byIds(ids: string[]): Promise<SummarizedArticle[]>;
  /** For each article id, the edition of this digest that carried it (developing stories link back to it). */
  carriedBy(digestKey: string, articleIds: string[]): Promise<Map<string, string>>;
}

/** Frozen editions and each reader's copy of them. */
export interface EditionLog {
  get(id: string): Promise<EditionRecord | null>;
  /** Newest first. */
  list(digestKey: string, limit: number): Promise<EditionRecord[]>;
  /** Editions of this digest still being sent, oldest first. */
  allUnfinished(digestKey: string): Promise<EditionRecord[]>;
  /** Stores the edition and queues one delivery per reader of the audience, in one transaction. */
  freeze(digest: Digest, articleIds: string[], audience: Audience, at: string): Promise<number>;
  markSent(id: string, at: string): Promise<void>;
  deliveries: DeliveryLog & {
    /** Times of the latest `limit` submissions since `since`, all editions together (the hourly cap). */
    submittedSince(since: string, limit: number): Promise<string[]>;
    counts(editionId: string): Promise<DeliveryCounts>;
  };
}

/** The readers an edition goes to. */
export interface RecipientList extends BounceLog {
  byEmail(email: string): Promise<Subscriber | null>;
  byId(id: number): Promise<Subscriber | null>;
  /** One page (the first by default) of who an edition goes to: confirmed, not paused, not opted out of the digest. */
  recipients(digestKey?: string, page?: Page): Promise<Subscriber[]>;
  recipientPages(digestKey: string): AsyncIterable<Subscriber[]>;
  count(): Promise<SubscriberCounts>;
}

/**
 * One process at a time per digest. `fn` runs holding the lock for `digestKey`
 * and gets a signal that aborts if the lock is lost midway; a digest held
 * elsewhere throws LOCKED and `fn` never runs.
 */
export interface DigestLock {
  withLock<T>(digestKey: string, fn: (lost: AbortSignal) => Promise<T>): Promise<T>;
}

/** An article page read from the web. */
export interface FetchedPage {
  html: string;
  /** The address after redirects. */
  url: string;
}

/**
 * Reads an article page, like `fetch` with the configured limits; null when
 * pages are not read at all (offline). Throws for a page that fails.
 */
export type PageFetcher = (url: string) => Promise<FetchedPage | null>;

/** Reads no page: stories keep the feed's own text (tests, runs that must not leave the machine). */
export const offlinePages: PageFetcher = () => Promise.resolve(null);

/** Every port at once, as the composition root builds them; each pipeline function takes the few it uses. */
export interface PipelinePorts {
  config: PipelineConfig;
  articles: ArticleSource;
  editions: EditionLog;
  recipients: RecipientList;
  feedState: FeedStateStore;
  lock: DigestLock;
  fetchPage: PageFetcher;
  transport: Transport;
  renderer: Pick<Renderer, 'renderEdition'>;
  now(): Date;
  reporter: Reporter;
  /** Where webhook events go (queued in the store, delivered in the background). */
  events: WebhookEvents;
  /** Queue mode: workers fetch, summarize and send (absent: this process does it all). */
  queue?: WorkQueue;
}

/**
 * Queue mode: the cycle's work handed to worker processes instead of being
 * done here. The run still composes and freezes the edition itself.
 */
export interface WorkQueue {
  /** Fetches, extracts and summarizes on the workers; keeps the new articles like collectArticles. */
  collect(sources: FeedSource[], o: { keep: boolean }): Promise<CollectResult>;
  /** Hands a frozen edition's deliveries due by `dueBy` to the workers; returns what was handed over. */
  deliver(digest: Digest, dueBy: string): Promise<SendProgress>;
}
