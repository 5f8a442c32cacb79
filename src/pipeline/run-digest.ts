import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DigestConfig } from '../config/index.js';
import { sendEdition, type SendProgress } from '../deliver/index.js';
import type { SummarizedArticle } from '../domain/article.js';
import type { Digest, NonArticleKind } from '../domain/digest.js';
import { DigestError } from '../domain/errors.js';
import type { Subscriber } from '../domain/subscriber.js';
import type { RenderedEdition } from '../render/index.js';
import { buildEdition, freeEditionId, pendingArticles } from './build-edition.js';
import { collectArticles } from './collect-articles.js';
import { digestFeeds } from './digest-feeds.js';
import { editionContext, messageIdFor, readerEmail } from './edition-mail.js';
import type { DigestServices } from './services.js';
import type { DigestLock } from './work-ports.js';
import { nextLocalTime } from './zoned-time.js';

export interface RunOptions {
  /** Render and report; send nothing, freeze nothing. */
  dryRun?: boolean;
  /** Skip fetching feeds (send only what the store already holds). */
  noFetch?: boolean;
  /** Only send what earlier editions still owe (deliveries now due); build no new edition. */
  resumeOnly?: boolean;
  /** Send deliveries due by this time; defaults to now. */
  dueBy?: Date;
  signal?: AbortSignal;
}

export interface RunReport {
  digest: string;
  /** What happened: sent, nothing-new, no-readers, dry-run, or resumed (only owed deliveries sent). */
  outcome: 'sent' | 'nothing-new' | 'no-readers' | 'dry-run' | 'resumed';
  editionId: string | null;
  stories: number;
  newArticles: number;
  feedErrors: number;
  send: SendProgress | null;
  /** Every edition left unfinished by an earlier run that this run sent to, oldest first, with its counts. */
  resumed: { editionId: string; send: SendProgress }[];
  /** A dry run's readers: who would get the edition now, and who would not. */
  audience: Audience | null;
  /** When nothing is new: the latest edition of this digest, the one readers last got. */
  lastEdition: { id: string; createdAt: string; timeZone: string } | null;
  htmlBytes: number | null;
  /** Candidates left out as not articles (live blogs, quizzes...), by kind. */
  leftOut: Partial<Record<NonArticleKind, number>>;
}

/** Who an edition would go to now, and how many readers it would skip and why. */
export interface Audience {
  /** Confirmed readers due at once. */
  now: number;
  /** Confirmed readers with their own delivery time, not due yet in their time zone. */
  later: number;
  /** Confirmed readers who paused their mail or opted out of this digest. */
  paused: number;
  unsubscribed: number;
  suppressed: number;
}

/**
 * One full cycle for one digest: finish what earlier editions still owe,
 * collect new articles, compose and freeze the next edition, send it.
 * A lock in the store, renewed while the run lasts, keeps two processes
 * (two daemons, or a daemon and a manual send) from running the same digest.
 */
export async function runDigest(d: DigestConfig, s: DigestServices, o: RunOptions = {}): Promise<RunReport> {
  if (o.dryRun) return runLocked(d, s, o);
  return (s.lock ?? leaseLock(s)).withLock(`digest:${d.key}`, async (lost) => {
    const stop = new AbortController();
    const forward = () => stop.abort();
    o.signal?.addEventListener('abort', forward, { once: true });
    lost.addEventListener('abort', () => {
      s.reporter.warn('lock-lost', { digest: d.key });
      stop.abort();
    });
    if (o.signal?.aborted) stop.abort();
    try {
      return await runLocked(d, s, { ...o, signal: stop.signal });
    } finally {
      o.signal?.removeEventListener('abort', forward);
    }
  });
}

/** The store's lease row as the digest lock: the default, on SQLite and PostgreSQL alike. */
export function leaseLock(s: DigestServices): DigestLock {
  return {
    async withLock(name, fn) {
      const lost = new AbortController();
      const lease = await takeLease(name, s, () => lost.abort());
      try {
        return await fn(lost.signal);
      } finally {
        await lease.release();
      }
    },
  };
}

/**
 * Takes the digest's lock or throws LOCKED, and renews it at a third of its
 * lifetime until released. A lock left by a process on this machine that no
 * longer exists (killed, crashed) is taken over at once; any other expires by itself.
 */
async function takeLease(name: string, s: DigestServices, onLost: () => void): Promise<{ release(): Promise<void> }> {
  const holder = `${hostname()}:${process.pid}:${randomUUID()}`;
  const ttl = s.config.schedule.lockTtlSeconds * 1000;
  const expiry = () => new Date(s.now().getTime() + ttl).toISOString();
  const acquire = () => s.store.locks.acquire(name, holder, s.now().toISOString(), expiry());
  let got = await acquire();
  if (!got) {
    const previous = await s.store.locks.holder(name);
    if (previous && holderIsDead(previous)) {
      got = await s.store.locks.takeOver(name, previous, holder, expiry());
      if (got) s.reporter.event('lock-taken-over', { lock: name, from: previous });
    }
  }
  if (!got) throw lockedError(name);
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = acquire().then(
      (ok) => ok || onLost(),
      () => onLost(),
    );
  }, ttl / 3);
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      await renewing;
      await s.store.locks.release(name, holder);
    },
  };
}

/** The error every digest lock throws when another process holds it. */
export function lockedError(name: string): DigestError {
  return new DigestError('LOCKED', `digest "${name.replace(/^digest:/, '')}" is being sent by another process; try again when it is done`);
}

/** A holder "host:pid:nonce" of this machine whose process is gone. */
function holderIsDead(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function runLocked(d: DigestConfig, s: DigestServices, o: RunOptions): Promise<RunReport> {
  const report: RunReport = {
    digest: d.key,
    outcome: o.resumeOnly ? 'resumed' : 'nothing-new',
    editionId: null,
    stories: 0,
    newArticles: 0,
    feedErrors: 0,
    send: null,
    resumed: [],
    audience: null,
    lastEdition: null,
    htmlBytes: null,
    leftOut: {},
  };
  if (!o.dryRun) {
    for (const unfinished of await s.store.editions.allUnfinished(d.key)) {
      if (o.signal?.aborted) break;
      const dueBy = (o.dueBy ?? s.now()).toISOString();
      if ((await s.store.deliveries.countDue(unfinished.id, dueBy)) === 0) continue;
      s.reporter.event('edition-resumed', { edition: unfinished.id });
      const rendered = await s.renderer.renderEdition(unfinished.digest, editionContext(unfinished.digest, s.config));
      const send = await sendFrozen(unfinished.digest, rendered, s, o);
      report.resumed.push({ editionId: unfinished.id, send });
    }
  }
  if (o.resumeOnly || o.signal?.aborted) return report;

  // A dry run stores nothing: the articles it reads stay new for the next real run.
  let unstored: SummarizedArticle[] = [];
  if (!o.noFetch) {
    const sources = await digestFeeds(d, s);
    const collected = s.queue ? await s.queue.collect(sources, { keep: !o.dryRun }) : await collectArticles(sources, s, { keep: !o.dryRun });
    report.newArticles = collected.added.length;
    report.feedErrors = collected.feeds.filter((f) => f.status === 'error').length;
    if (o.dryRun) unstored = collected.added;
  }

  const articles = [...(await pendingArticles(d, s)), ...unstored];
  // With sendOnlyWhenNew off, readers still get an edition that says nothing came in.
  if (articles.length === 0 && d.sendOnlyWhenNew) {
    const [last] = await s.store.editions.list(d.key, 1);
    return { ...report, lastEdition: last ? { id: last.id, createdAt: last.createdAt, timeZone: last.digest.timeZone } : null };
  }
  const built = await buildEdition(d, articles, s, o.dryRun ? undefined : await freeEditionId(d.key, s.now(), s));
  report.leftOut = built.leftOut;
  // Only live blogs and the like came in: nothing new to send either.
  if (built.articleIds.length === 0 && d.sendOnlyWhenNew) return report;
  report.editionId = built.digest.id;
  report.stories = built.articleIds.length;
  report.htmlBytes = built.rendered.htmlBytes;
  if (o.dryRun) return { ...report, outcome: 'dry-run', audience: await audienceOf(d, s) };

  if ((await s.store.subscribers.recipients(d.key, { after: 0, limit: 1 })).length === 0) return { ...report, outcome: 'no-readers' };
  const at = s.now();
  const readers = await s.store.editions.freeze(
    built.digest,
    built.articleIds,
    {
      digestKey: d.key,
      delivery: (r) => ({ messageId: messageIdFor(built.digest.id, r.id, s.config.from), dueAt: readerDueAt(r, d, at) }),
    },
    at.toISOString(),
  );
  s.reporter.event('edition-frozen', { edition: built.digest.id, stories: report.stories, readers });
  report.send = await sendFrozen(built.digest, built.rendered, s, o);
  return { ...report, outcome: 'sent' };
}

async function audienceOf(d: DigestConfig, s: DigestServices): Promise<Audience> {
  const at = s.now();
  let receiving = 0;
  let later = 0;
  for await (const readers of s.store.subscribers.recipientPages(d.key)) {
    receiving += readers.length;
    later += readers.filter((r) => {
      const due = readerDueAt(r, d, at);
      return due !== null && Date.parse(due) > at.getTime();
    }).length;
  }
  const counts = await s.store.subscribers.count();
  return { now: receiving - later, later, paused: counts.confirmed - receiving, unsubscribed: counts.unsubscribed, suppressed: counts.suppressed };
}

/**
 * When a reader's copy is due: their own "HH:MM" in their own zone (the
 * digest's when they set none), the first such moment from the freeze on;
 * null (at once) for readers who follow the digest's schedule.
 */
export function readerDueAt(r: Pick<Subscriber, 'sendAt' | 'timeZone'>, d: Pick<DigestConfig, 'timeZone'>, frozenAt: Date): string | null {
  if (!r.sendAt) return null;
  try {
    return nextLocalTime(r.timeZone ?? d.timeZone, r.sendAt, frozenAt).toISOString();
  } catch {
    // A reader's unusable time or zone must not hold their copy back.
    return null;
  }
}

/** Sends the due deliveries of a frozen edition; marks it sent when none is left. */
async function sendFrozen(digest: Digest, rendered: RenderedEdition, s: DigestServices, o: RunOptions): Promise<SendProgress> {
  const { config, store } = s;
  const now = s.now();
  if (s.queue) return s.queue.deliver(digest, (o.dueBy ?? now).toISOString());
  const perHour = config.smtp.ratePerHour;
  // The hourly cap needs no more than the last `perHour` sends; without a cap, none.
  const recent = perHour === undefined ? [] : await store.deliveries.submittedSince(new Date(now.getTime() - 3_600_000).toISOString(), perHour);
  const progress = await sendEdition(
    digest.id,
    {
      log: store.deliveries,
      bounces: store.subscribers,
      transport: s.transport,
      now: s.now,
      recentSends: recent.map((t) => Date.parse(t)),
      buildEmail: (delivery) => readerEmail(rendered, digest, { id: delivery.subscriberId, email: delivery.email, name: delivery.name }, config, s.now()),
      onProgress: (p, last) => {
        s.reporter.progress('mails', p.submitted + p.failed + p.skipped, p.total, `sent ${p.submitted} · failed ${p.failed} · skipped ${p.skipped}`);
        if (last.error) s.reporter.warn('mail-failed', { to: last.email, code: last.error.code, error: last.error.message });
      },
      ...(o.signal && { signal: o.signal }),
    },
    {
      concurrency: config.smtp.pool ? config.smtp.maxConnections : 1,
      rate: { perSecond: config.smtp.ratePerSecond, perHour },
      retries: config.smtp.retries,
      maxAttempts: config.smtp.maxAttempts,
      maxReaderMs: config.smtp.maxReaderMs,
      maxHardBounces: config.smtp.maxHardBounces,
      backoffMs: config.smtp.backoffMs,
      maxBackoffMs: config.smtp.maxBackoffMs,
      dueBy: (o.dueBy ?? now).toISOString(),
    },
  );
  const left = await store.deliveries.counts(digest.id);
  if (left.queued === 0) await store.editions.markSent(digest.id, s.now().toISOString());
  if (progress.stopped === 'smtp-unavailable') s.reporter.warn('smtp-unavailable', { edition: digest.id, left: left.queued });
  s.reporter.event('edition-sent', { edition: digest.id, ...progress, queued: left.queued });
  return progress;
}
