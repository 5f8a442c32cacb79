import type { SummarizedArticle } from '../domain/article.js';
import type { DigestConfig } from '../config/index.js';
import type { OutboundEmail } from '../domain/outbound-email.js';
import { buildEdition, pendingArticles, type BuiltEdition } from './build-edition.js';
import { collectArticles } from './collect-articles.js';
import { digestFeeds } from './digest-feeds.js';
import { readerEmail, type MailReader } from './edition-mail.js';
import type { DigestServices } from './services.js';

export interface Preview extends BuiltEdition {
  /** Exactly what `reader` would get: same render, same headers as a send. */
  mail: OutboundEmail;
  /** Every article the edition was picked from, carried or not. */
  candidates: SummarizedArticle[];
}

/** The reader a preview is shown as: the first confirmed one, else a sample. */
export async function previewReader(s: DigestServices, email?: string): Promise<MailReader> {
  if (email) {
    const known = await s.store.subscribers.byEmail(email);
    return known ?? { id: 0, email, name: null };
  }
  const [first] = await s.store.subscribers.recipients();
  return first ?? { id: 0, email: s.config.demoSubscriber ?? 'reader@example.com', name: null };
}

/**
 * The next edition of a digest as it would go out now, without freezing it or
 * marking anything sent. `fetch` refreshes the feeds first.
 */
export async function previewEdition(
  d: DigestConfig,
  s: DigestServices,
  o: { fetch: boolean; reader?: MailReader },
): Promise<Preview | null> {
  if (o.fetch) await collectArticles(await digestFeeds(d, s), s);
  const candidates = await pendingArticles(d, s);
  if (candidates.length === 0) return null;
  const built = await buildEdition(d, candidates, s);
  const reader = o.reader ?? (await previewReader(s));
  return { ...built, candidates, mail: readerEmail(built.rendered, built.digest, reader, s.config, s.now()) };
}

/**
 * A one-off copy of a preview for `to`: marked as a test in the subject and
 * with its own Message-ID, so it never threads with, or stands in for, the real send.
 */
export function testCopy(mail: OutboundEmail, to: string, at: Date): OutboundEmail {
  return { ...mail, to, subject: `[test] ${mail.subject}`, messageId: `<test.${at.getTime()}.${mail.messageId.slice(1)}` };
}
