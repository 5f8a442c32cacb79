import type { SummarizedArticle } from '../domain/article.js';
import type { DigestConfig } from '../config/index.js';
import type { Digest } from '../domain/digest.js';
import { DigestError } from '../domain/errors.js';
import type { OutboundEmail } from '../domain/outbound-email.js';
import type { EditionRecord } from '../store/index.js';
import { buildEdition, pendingArticles, type BuiltEdition } from './build-edition.js';
import { collectArticles } from './collect-articles.js';
import { digestFeeds } from './digest-feeds.js';
import { editionOf } from './edition-date.js';
import { editionContext, readerEmail, type MailReader } from './edition-mail.js';
import type { PipelinePorts } from './ports.js';

export interface Preview extends BuiltEdition {
  /** Exactly what `reader` would get: same render, same headers as a send. */
  mail: OutboundEmail;
  /** Every article the edition was picked from, carried or not (none for an archived edition). */
  candidates: SummarizedArticle[];
  /** Set when this is an edition from the archive rather than the next one, with a note saying so. */
  archived: { editionId: string; note: string } | null;
}

export interface PreviewOptions {
  fetch: boolean;
  reader?: MailReader;
  /**
   * 'next' shows only the next edition (null when nothing is new); 'latest'
   * (the default) falls back to the latest edition when nothing is new; an
   * edition id shows that edition from the archive.
   */
  edition?: 'latest' | 'next' | { id: string };
}

/** The reader a preview is shown as: the first confirmed one, else a sample. */
export async function previewReader(s: Pick<PipelinePorts, 'recipients' | 'config'>, email?: string): Promise<MailReader> {
  if (email) {
    const known = await s.recipients.byEmail(email);
    return known ?? { id: 0, email, name: null };
  }
  const [first] = await s.recipients.recipients();
  return first ?? { id: 0, email: s.config.demoSubscriber ?? 'reader@example.com', name: null };
}

/**
 * The next edition of a digest as it would go out now, without freezing it or
 * marking anything sent. `fetch` refreshes the feeds first. When nothing is
 * new, the latest edition instead (an editor always has something to look
 * at), re-rendered with today's templates and config; null when there is none.
 */
export async function previewEdition(d: DigestConfig, s: PipelinePorts, o: PreviewOptions): Promise<Preview | null> {
  const choice = o.edition ?? 'latest';
  if (typeof choice === 'object') return archivedPreview(d, s, o, await chosenEdition(d, s, choice.id), 'from the archive');
  if (o.fetch) await collectArticles(await digestFeeds(d, s.config), s);
  const candidates = await pendingArticles(d, s);
  if (candidates.length === 0) {
    const [latest] = choice === 'latest' ? await s.editions.list(d.key, 1) : [];
    return latest ? archivedPreview(d, s, o, latest, 'nothing new since') : null;
  }
  const built = await buildEdition(d, candidates, s);
  const reader = o.reader ?? (await previewReader(s));
  return { ...built, candidates, archived: null, mail: readerEmail(built.rendered, built.digest, reader, s.config, s.now()) };
}

async function chosenEdition(d: DigestConfig, s: Pick<PipelinePorts, 'editions'>, id: string): Promise<EditionRecord> {
  const found = await s.editions.get(id);
  if (!found) throw new DigestError('NOT_FOUND', `no edition "${id}" in the archive`, { field: 'edition' });
  if (found.digestKey !== d.key) throw new DigestError('USAGE', `edition "${id}" is one of digest "${found.digestKey}", not "${d.key}"`, { field: 'edition' });
  return found;
}

/** A stored edition's stories, laid out again with the digest's current name, templates and config. */
async function archivedPreview(d: DigestConfig, s: PipelinePorts, o: PreviewOptions, e: EditionRecord, why: string): Promise<Preview> {
  const digest: Digest = { ...e.digest, name: d.name };
  const rendered = await s.renderer.renderEdition(digest, editionContext(digest, s.config));
  const reader = o.reader ?? (await previewReader(s));
  return {
    digest,
    rendered,
    articleIds: digest.sections.flatMap((sec) => sec.stories.map((st) => st.articleId)),
    candidates: [],
    leftOut: {},
    filtered: [],
    archived: { editionId: e.id, note: `showing ${editionOf(e.digest, s.now())} (${e.id}); ${why}` },
    mail: readerEmail(rendered, digest, reader, s.config, s.now()),
  };
}

/**
 * A one-off copy of a preview for `to`: marked as a test in the subject and
 * with its own Message-ID, so it never threads with, or stands in for, the real send.
 */
export function testCopy(mail: OutboundEmail, to: string, at: Date): OutboundEmail {
  return { ...mail, to, subject: `[test] ${mail.subject}`, messageId: `<test.${at.getTime()}.${mail.messageId.slice(1)}` };
}
