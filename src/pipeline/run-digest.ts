import { randomUUID } from 'node:crypto';
import type { DigestConfig } from '../config/index.js';
import { sendEdition, type SendProgress } from '../deliver/index.js';
import type { Digest } from '../domain/digest.js';
import { DigestError } from '../domain/errors.js';
import { loadFeedList } from '../ingest/index.js';
import type { RenderedEdition } from '../render/index.js';
import { buildEdition, pendingArticles } from './build-edition.js';
import { collectArticles } from './collect-articles.js';
import { editionContext, messageIdFor, readerEmail } from './edition-mail.js';
import type { DigestServices } from './services.js';

export interface RunOptions {
  /** Render and report; send nothing, freeze nothing. */
  dryRun?: boolean;
  /** Skip fetching feeds (send only what the store already holds). */
  noFetch?: boolean;
  signal?: AbortSignal;
}

export interface RunReport {
  digest: string;
  /** What happened: sent, resumed, nothing-new, no-readers, dry-run. */
  outcome: 'sent' | 'nothing-new' | 'no-readers' | 'dry-run';
  editionId: string | null;
  stories: number;
  newArticles: number;
  feedErrors: number;
  send: SendProgress | null;
  /** An edition left unfinished by an earlier run, finished first. */
  resumed: { editionId: string; send: SendProgress } | null;
  htmlBytes: number | null;
}

const LOCK_TTL_MS = 30 * 60_000;

/**
 * One full cycle for one digest: finish any edition a crash left behind,
 * collect new articles, compose and freeze the next edition, send it.
 * A lock in the store keeps two processes from running the same digest.
 */
export async function runDigest(d: DigestConfig, s: DigestServices, o: RunOptions = {}): Promise<RunReport> {
  const lockName = `digest:${d.key}`;
  const holder = `${process.pid}-${randomUUID()}`;
  const now = s.now();
  if (!o.dryRun) {
    const got = await s.store.locks.acquire(lockName, holder, now.toISOString(), new Date(now.getTime() + LOCK_TTL_MS).toISOString());
    if (!got) throw new DigestError('LOCKED', `digest "${d.key}" is being sent by another process`);
  }
  try {
    return await runLocked(d, s, o);
  } finally {
    if (!o.dryRun) await s.store.locks.release(lockName, holder);
  }
}

async function runLocked(d: DigestConfig, s: DigestServices, o: RunOptions): Promise<RunReport> {
  const report: RunReport = {
    digest: d.key,
    outcome: 'nothing-new',
    editionId: null,
    stories: 0,
    newArticles: 0,
    feedErrors: 0,
    send: null,
    resumed: null,
    htmlBytes: null,
  };
  if (!o.dryRun) {
    const unfinished = await s.store.editions.unfinished(d.key);
    if (unfinished) {
      s.reporter.event('edition-resumed', { edition: unfinished.id });
      const rendered = await s.renderer.renderEdition(unfinished.digest, editionContext(unfinished.digest, s.config));
      report.resumed = { editionId: unfinished.id, send: await sendFrozen(unfinished.digest, rendered, s, o.signal) };
    }
  }

  if (!o.noFetch) {
    const sources = (await loadFeedList(s.config.feedsFile)).filter(
      (f) => d.tags.length === 0 || f.tags.some((t) => d.tags.includes(t)),
    );
    const collected = await collectArticles(sources, s);
    report.newArticles = collected.added.length;
    report.feedErrors = collected.feeds.filter((f) => f.status === 'error').length;
  }

  const articles = await pendingArticles(d, s);
  if (articles.length === 0) return report;
  const built = await buildEdition(d, articles, s);
  report.editionId = built.digest.id;
  report.stories = built.articleIds.length;
  report.htmlBytes = built.rendered.htmlBytes;
  if (o.dryRun) return { ...report, outcome: 'dry-run' };

  const readers = await s.store.subscribers.recipients();
  if (readers.length === 0) return { ...report, outcome: 'no-readers' };
  const at = s.now();
  await s.store.editions.freeze(
    built.digest,
    built.articleIds,
    readers.map((r) => ({ subscriberId: r.id, email: r.email, messageId: messageIdFor(built.digest.id, r.id, s.config.from) })),
    at.toISOString(),
  );
  s.reporter.event('edition-frozen', { edition: built.digest.id, stories: report.stories, readers: readers.length });
  report.send = await sendFrozen(built.digest, built.rendered, s, o.signal);
  return { ...report, outcome: 'sent' };
}

/** Sends the queued deliveries of a frozen edition; marks it sent when none is left. */
async function sendFrozen(digest: Digest, rendered: RenderedEdition, s: DigestServices, signal?: AbortSignal): Promise<SendProgress> {
  const { config, store } = s;
  const progress = await sendEdition(
    digest.id,
    {
      log: store.deliveries,
      bounces: store.subscribers,
      transport: s.transport,
      now: s.now,
      buildEmail: async (delivery) => {
        const reader = await store.subscribers.byId(delivery.subscriberId);
        return readerEmail(rendered, digest, { id: delivery.subscriberId, email: delivery.email, name: reader?.name ?? null }, config, s.now());
      },
      onProgress: (p, last) => {
        s.reporter.progress('mails', p.submitted + p.failed + p.deferred, p.total, last.email);
        if (last.error) s.reporter.warn('mail-failed', { to: last.email, code: last.error.code, error: last.error.message });
      },
      ...(signal && { signal }),
    },
    {
      concurrency: config.smtp.pool ? config.smtp.maxConnections : 1,
      retries: config.smtp.retries,
      maxAttempts: config.smtp.retries + 3,
      maxHardBounces: config.smtp.maxHardBounces,
      backoffMs: 500,
    },
  );
  const left = await store.deliveries.counts(digest.id);
  if (left.queued === 0) await store.editions.markSent(digest.id, s.now().toISOString());
  s.reporter.event('edition-sent', { edition: digest.id, ...progress });
  return progress;
}
