import type { Generated } from 'kysely';

/** Table shapes as Kysely sees them. Timestamps are ISO strings; JSON columns are text. */
export interface Database {
  /** Webhook calls waiting to be made (or made, or given up on): one row per event and endpoint. */
  webhook_queue: {
    /** The `webhook-id` header: the same on every try. */
    id: string;
    endpoint: string;
    event_type: string;
    /** The JSON body, exactly as signed and sent. */
    body: string;
    status: 'queued' | 'sent' | 'dead';
    attempts: number;
    /** When the next try may start; a try in flight pushes it past its own timeout (a lease). */
    next_at: string;
    last_error: string | null;
    created_at: string;
    updated_at: string;
  };
  feed_state: {
    url: string;
    etag: string | null;
    last_modified: string | null;
    status: string;
    error: string | null;
    fetched_at: string;
    item_count: number;
  };
  articles: {
    id: string;
    fingerprint: string;
    /** SummarizedArticle as JSON. */
    data: string;
    published: string | null;
    first_seen_at: string;
  };
  /** Fingerprint bands of each article, to find near-duplicates across runs. */
  article_bands: {
    band: string;
    article_id: string;
  };
  /** Which digest already carried which article: each digest sends an article once. */
  article_sends: {
    article_id: string;
    digest_key: string;
    edition_id: string;
  };
  editions: {
    id: string;
    digest_key: string;
    /** Frozen Digest as JSON. */
    content: string;
    status: 'sending' | 'sent';
    created_at: string;
    finished_at: string | null;
  };
  deliveries: {
    edition_id: string;
    subscriber_id: number;
    email: string;
    status: 'queued' | 'submitted' | 'failed';
    attempts: number;
    message_id: string;
    last_error: string | null;
    updated_at: string;
    /** When this reader's copy is due (their local delivery time); null means at once. */
    due_at: string | null;
  };
  subscribers: {
    id: Generated<number>;
    email: string;
    name: string | null;
    status: 'pending' | 'confirmed' | 'unsubscribed' | 'suppressed';
    lang: string | null;
    time_zone: string | null;
    send_at: string | null;
    paused: number;
    hard_bounces: number;
    created_at: string;
    confirmed_at: string | null;
    updated_at: string;
    /** How the reader came to the list: web, mail, import, cli (null before migration 006). */
    consent_source: string | null;
  };
  locks: {
    name: string;
    holder: string;
    expires_at: string;
  };
  /** The last scheduled tick each digest ran for: how the daemon knows a run was missed. */
  schedule_runs: {
    digest_key: string;
    last_tick_at: string;
    ran_at: string;
  };
}
