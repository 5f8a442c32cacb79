import type { FilterTally } from '../compose/index.js';
import type { DigestConfig } from '../config/index.js';
import { sendEdition, type SendProgress } from '../deliver/index.js';
import type { SummarizedArticle } from '../domain/article.js';
import type { Digest, NonArticleKind } from '../domain/digest.js';
import type { Subscriber } from '../domain/subscriber.js';
import type { RenderedEdition } from '../render/index.js';
import { nextLocalTime } from '../time/index.js';
import { buildEdition, freeEditionId, pendingArticles } from './build-edition.js';
import { collectArticles } from './collect-articles.js';
import { digestFeeds } from './digest-feeds.js';
import { editionContext, editionMailer, messageIdFor } from './edition-mail.js';
import type { PipelinePorts } from './ports.js';

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
  /** Candidates the digest's filter removed, per rule, with an example title. */
  filtered: FilterTally[];
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
 * The digest lock keeps two processes (two daemons, or a daemon and a
 * manual send) from running the same digest; a run that loses it midway
 * takes no new messages and stops.
 */
export async function runDigest(d: DigestConfig, s: PipelinePorts, o: RunOptions = {}): Promise<RunReport> {
  if (o.dryRun) return runLocked(d, s, o);
  return s.lock.withLock(d.key, async (lost) => {
    const stop = new AbortController();
    const forward = () => stop.abort();
    const onLost = () => {
      s.reporter.warn('lock-lost', { digest: d.key });
      stop.abort();
    };
    o.signal?.addEventListener('abort', forward, { once: true });
    lost.addEventListener('abort', onLost, { once: true });
    if (o.signal?.aborted) stop.abort();
    if (lost.aborted) onLost();
    try {
      return await runLocked(d, s, { ...o, signal: stop.signal });
    } finally {
      o.signal?.removeEventListener('abort', forward);
      lost.removeEventListener('abort', onLost);
    }
  });
}

async function runLocked(d: DigestConfig, s: PipelinePorts, o: RunOptions): Promise<RunReport> {
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
    filtered: [],
  };
  if (!o.dryRun) {
    for (const unfinished of await s.editions.allUnfinished(d.key)) {
      if (o.signal?.aborted) break;
      const dueBy = (o.dueBy ?? s.now()).toISOString();
      if ((await s.editions.deliveries.countDue(unfinished.id, dueBy)) === 0) continue;
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
    const sources = await digestFeeds(d, s.config);
    const collected = s.queue ? await s.queue.collect(sources, { keep: !o.dryRun }) : await collectArticles(sources, s, { keep: !o.dryRun });
    report.newArticles = collected.added.length;
    report.feedErrors = collected.feeds.filter((f) => f.status === 'error').length;
    if (o.dryRun) unstored = collected.added;
  }

  const articles = [...(await pendingArticles(d, s)), ...unstored];
  // With sendOnlyWhenNew off, readers still get an edition that says nothing came in.
  if (articles.length === 0 && d.sendOnlyWhenNew) {
    const [last] = await s.editions.list(d.key, 1);
    return { ...report, lastEdition: last ? { id: last.id, createdAt: last.createdAt, timeZone: last.digest.timeZone } : null };
  }
  const built = await buildEdition(d, articles, s, o.dryRun ? undefined : await freeEditionId(d.key, s.now(), s));
  report.leftOut = built.leftOut;
  report.filtered = built.filtered;
  // Only live blogs and the like came in: nothing new to send either.
  if (built.articleIds.length === 0 && d.sendOnlyWhenNew) return report;
  report.editionId = built.digest.id;
  report.stories = built.articleIds.length;
  report.htmlBytes = built.rendered.htmlBytes;
  if (o.dryRun) return { ...report, outcome: 'dry-run', audience: await audienceOf(d, s) };

  if ((await s.recipients.recipients(d.key, { after: 0, limit: 1 })).length === 0) return { ...report, outcome: 'no-readers' };
  const at = s.now();
  const readers = await s.editions.freeze(
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

async function audienceOf(d: DigestConfig, s: PipelinePorts): Promise<Audience> {
  const at = s.now();
  let receiving = 0;
  let later = 0;
  for await (const readers of s.recipients.recipientPages(d.key)) {
    receiving += readers.length;
    later += readers.filter((r) => {
      const due = readerDueAt(r, d, at);
      return due !== null && Date.parse(due) > at.getTime();
    }).length;
  }
  const counts = await s.recipients.count();
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
async function sendFrozen(digest: Digest, rendered: RenderedEdition, s: PipelinePorts, o: RunOptions): Promise<SendProgress> {
  const { config, editions } = s;
  const now = s.now();
  if (s.queue) return s.queue.deliver(digest, (o.dueBy ?? now).toISOString());
  const perHour = config.smtp.ratePerHour;
  // The hourly cap needs no more than the last `perHour` sends; without a cap, none.
  const recent = perHour === undefined ? [] : await editions.deliveries.submittedSince(new Date(now.getTime() - 3_600_000).toISOString(), perHour);
  const mailer = editionMailer(rendered, digest, config);
  const progress = await sendEdition(
    digest.id,
    {
      log: editions.deliveries,
      bounces: {
        async hardBounce(id, limit, at) {
          const status = await s.recipients.hardBounce(id, limit, at);
          const reader = status === 'suppressed' ? await s.recipients.byId(id) : null;
          if (reader)
            await s.events.emit({ type: 'subscriber.suppressed', data: { subscriber: { id, email: reader.email, name: reader.name, lang: reader.lang } } });
          return status;
        },
      },
      transport: s.transport,
      now: s.now,
      recentSends: recent.map((t) => Date.parse(t)),
      buildEmail: (delivery) => mailer({ id: delivery.subscriberId, email: delivery.email, name: delivery.name }, s.now()),
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
  const left = await editions.deliveries.counts(digest.id);
  if (left.queued === 0) {
    await editions.markSent(digest.id, s.now().toISOString());
    const stories = digest.sections.reduce((n, sec) => n + sec.stories.length, 0);
    await s.events.emit({ type: 'edition.sent', data: { digest: digest.key, edition: digest.id, stories, submitted: left.submitted, failed: left.failed } });
  }
  if (progress.stopped === 'smtp-unavailable') s.reporter.warn('smtp-unavailable', { edition: digest.id, left: left.queued });
  s.reporter.event('edition-sent', { edition: digest.id, ...progress, queued: left.queued });
  return progress;
}
