import { explainPicks, type PickExplanation } from '../compose/index.js';
import type { DigestConfig, LoadedConfig } from '../config/index.js';
import { DigestError } from '../domain/errors.js';
import type { FeedSource } from '../domain/feed.js';
import type { LabelGap } from '../i18n/index.js';
import { loadFeedList, type FetchedFeed } from '../ingest/index.js';
import type { FeedStateRecord } from '../store/index.js';
import { collectArticles } from './collect-articles.js';
import { digestPicks } from './digest-picks.js';
import type { MailReader } from './edition-mail.js';
import type { PipelinePorts } from './ports.js';
import { previewEdition, previewReader, type Preview, type PreviewOptions } from './preview-edition.js';

/** What the editor picked in the live preview. */
export interface PreviewChoice {
  /** The digest to show (default: the first). */
  digestKey?: string | undefined;
  /** The reader to render as (default: the first confirmed one). */
  readerEmail?: string | undefined;
  edition?: PreviewOptions['edition'];
  /** Fetch every feed of the list first. */
  fetch: boolean;
}

/** One build of the live preview: the edition and everything the page says about it. */
export interface PreviewBuild {
  digest: DigestConfig;
  /** The whole feed list, followed by this digest or not. */
  sources: FeedSource[];
  /** What this build fetched; null when it fetched nothing. */
  fetched: FetchedFeed[] | null;
  reader: MailReader;
  /** Readers the editor may pick from (the first 200). */
  readers: MailReader[];
  /** Null when there is nothing to preview. */
  preview: Preview | null;
  /** Why each candidate was or was not picked. */
  picks: PickExplanation[];
}

/** A build as the preview server gets it from the composition root, with what only the app knows. */
export interface RebuiltPreview extends PreviewBuild {
  /** Language files that lack labels. */
  labelGaps: readonly LabelGap[];
  /** Every feed's last fetch, as the store keeps it. */
  feedStates: FeedStateRecord[];
}

/** One build with the config as read now (templates read again): the factory the preview server is given. */
export type PreviewRebuild = (config: LoadedConfig, c: PreviewChoice) => Promise<RebuiltPreview>;

const READER_CHOICES = 200;

/**
 * The live preview's build: optionally fetch the whole feed list, then the
 * next edition (or the one chosen) through the same path as a send, and why
 * each candidate article was picked or not.
 */
export async function buildPreview(s: PipelinePorts, c: PreviewChoice): Promise<PreviewBuild> {
  const digest = pickDigest(s.config.digests, c.digestKey);
  const sources = await loadFeedList(s.config.feedsFile);
  const fetched = c.fetch ? (await collectArticles(sources, s)).feeds : null;
  const reader = await previewReader(s, c.readerEmail);
  const preview = await previewEdition(digest, s, { fetch: false, reader, ...(c.edition && { edition: c.edition }) });
  const readers = (await s.recipients.recipients()).slice(0, READER_CHOICES).map(({ id, email, name }) => ({ id, email, name }));
  const picks = preview
    ? explainPicks(preview.candidates, {
        now: Date.parse(preview.digest.createdAt),
        ...digestPicks(digest),
        carried: new Set(preview.articleIds),
      })
    : [];
  return { digest, sources, fetched, reader, readers, preview, picks };
}

function pickDigest(digests: DigestConfig[], key: string | undefined): DigestConfig {
  const d = key ? digests.find((x) => x.key === key) : digests[0];
  if (!d) throw new DigestError('USAGE', `no digest "${key}" in the config (have: ${digests.map((x) => x.key).join(', ')})`, { field: 'digest' });
  return d;
}
