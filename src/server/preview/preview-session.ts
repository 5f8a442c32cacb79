import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { FilterTally, PickExplanation } from '../../compose/index.js';
import type { LoadedConfig } from '../../config/index.js';
import { buildMime, type Transport } from '../../deliver/index.js';
import { DigestError, toDigestError } from '../../domain/errors.js';
import type { OutboundEmail, SendResult } from '../../domain/outbound-email.js';
import { GMAIL_CLIP_BYTES, HTML_BUDGET_BYTES, testCopy, type Preview, type PreviewOptions, type PreviewRebuild } from '../../pipeline/index.js';
import { describeLabelGap } from '../../i18n/index.js';
import { forceColorScheme, type ColorScheme } from './color-scheme.js';
import { feedReport, type FeedFetch, type FeedRow } from './feed-report.js';
import { mimeHeaders } from './mime-headers.js';
import { spamChecker, type SpamChecker, type SpamReport } from './spam-check.js';
import type { WatchTargets } from './watch-sources.js';

export interface PreviewSessionOptions {
  /** The config as first read, where "Send a test" goes, and the clock. */
  services: { config: LoadedConfig; transport: Transport; now(): Date };
  /** Reads the config file again (called on every build, so edits apply). */
  loadConfig(): LoadedConfig;
  /** One build with that config, from the composition root. */
  rebuild: PreviewRebuild;
  digestKey?: string | undefined;
  readerEmail?: string | undefined;
  /** Which edition to show (default: the next one, or the latest when nothing is new). */
  edition?: PreviewOptions['edition'];
  /** The spamassassin command (default: `spamassassin` on PATH); scores read "not installed" without it. */
  spamassassin?: string | undefined;
}

/** A build failure as the overlay shows it. */
export interface ErrorView {
  code: string;
  message: string;
  file: string | null;
  line: number | null;
  field: string | null;
}

export interface MailView {
  subject: string;
  from: string;
  to: string;
  editionId: string;
  stories: number;
  moreCount: number;
  htmlBytes: number;
  textBytes: number;
  /** The size the pipeline trims the edition to. */
  budgetBytes: number;
  clipBytes: number;
  headers: [string, string][];
  text: string;
  /** sha256 of the .eml: what the spam score is cached under. */
  contentHash: string;
}

export interface PreviewState {
  /** Goes up by one with every finished build, good or not. */
  version: number;
  builtAt: string | null;
  building: boolean;
  error: ErrorView | null;
  digests: { key: string; name: string }[];
  digest: string | null;
  readers: { email: string; name: string | null }[];
  reader: string | null;
  transport: { kind: string; destination: string };
  /** null: nothing to preview, or no good build yet. */
  mail: MailView | null;
  /** Says when the mail shown is an edition from the archive, not the next one. */
  note: string | null;
  articles: PickExplanation[];
  feeds: FeedRow[];
  /** What the digest's filter removed from the next edition, per rule, with an example title. */
  filtered: FilterTally[];
  lastFetchAt: string | null;
  /** Language files that lack labels (shown in English), one line each. */
  labelGaps: string[];
}

interface Built {
  mail: OutboundEmail;
  eml: Buffer;
  view: MailView;
}

/**
 * The editor's view of the next edition. Every build reloads the config and
 * has the pipeline build the preview again (templates are read again), through
 * the same path as a send. Builds run one at a time; requests that arrive
 * during one are folded into the next.
 */
export class PreviewSession extends EventEmitter<{ building: []; update: [PreviewState] }> {
  private readonly spam: SpamChecker;
  private config: LoadedConfig;
  private digestKey: string | undefined;
  private readerEmail: string | undefined;
  private built: Built | null = null;
  private readonly fetched = new Map<string, FeedFetch>();
  private current: PreviewState;
  private queued: { fetch: boolean; waiters: (() => void)[] } | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly o: PreviewSessionOptions) {
    super();
    this.config = o.services.config;
    this.digestKey = o.digestKey;
    this.readerEmail = o.readerEmail;
    this.spam = spamChecker(o.spamassassin);
    this.current = {
      version: 0,
      builtAt: null,
      building: false,
      error: null,
      digests: [],
      digest: null,
      readers: [],
      reader: null,
      transport: { kind: o.services.transport.kind, destination: o.services.transport.destination },
      mail: null,
      note: null,
      articles: [],
      feeds: [],
      filtered: [],
      lastFetchAt: null,
      labelGaps: [],
    };
  }

  get state(): PreviewState {
    return this.current;
  }

  /** The files whose edits should trigger a build, per the config as last read. */
  watchTargets(): WatchTargets {
    return { dirs: [this.config.templatesDir], files: [this.config.feedsFile, ...(this.config.file ? [this.config.file] : [])] };
  }

  /** Builds again; resolves when a build that started after this call has finished. */
  rebuild(o: { fetch?: boolean } = {}): Promise<void> {
    return new Promise((resolve) => {
      this.queued = { fetch: Boolean(o.fetch) || Boolean(this.queued?.fetch), waiters: [...(this.queued?.waiters ?? []), resolve] };
      this.running ??= this.drain();
    });
  }

  select(o: { digest?: string | undefined; reader?: string | undefined }): Promise<void> {
    if (o.digest !== undefined) this.digestKey = o.digest || undefined;
    if (o.reader !== undefined) this.readerEmail = o.reader || undefined;
    return this.rebuild();
  }

  html(scheme: ColorScheme): string | null {
    return this.built ? forceColorScheme(this.built.mail.html, scheme) : null;
  }

  eml(): Buffer | null {
    return this.built?.eml ?? null;
  }

  spamReport(): Promise<SpamReport | null> {
    return this.built ? this.spam.check(this.built.eml) : Promise.resolve(null);
  }

  /** Sends the message on screen to one address through the configured transport. */
  async sendTest(to: string): Promise<SendResult> {
    if (!this.built) throw new DigestError('NOT_FOUND', 'there is no preview to send yet');
    return this.o.services.transport.send(testCopy(this.built.mail, to, this.o.services.now()));
  }

  private async drain(): Promise<void> {
    while (this.queued) {
      const job = this.queued;
      this.queued = null;
      this.current = { ...this.current, building: true };
      this.emit('building');
      await this.build(job.fetch);
      for (const w of job.waiters) w();
    }
    this.running = null;
  }

  private async build(fetch: boolean): Promise<void> {
    const next = { ...this.current, building: false, version: this.current.version + 1, builtAt: this.o.services.now().toISOString() };
    try {
      this.config = this.o.loadConfig();
      const { digest, sources, fetched, reader, readers, preview, picks, labelGaps, feedStates } = await this.o.rebuild(this.config, {
        digestKey: this.digestKey,
        readerEmail: this.readerEmail,
        edition: this.o.edition,
        fetch,
      });
      if (fetched) {
        const at = this.o.services.now().toISOString();
        for (const f of fetched) {
          this.fetched.set(f.source.url, { status: f.status, error: f.error?.message ?? null, fetchedAt: at, itemCount: f.feed?.items.length ?? null });
        }
        next.lastFetchAt = at;
      }
      this.built = preview ? await this.describe(preview) : null;
      Object.assign(next, {
        error: null,
        labelGaps: labelGaps.map(describeLabelGap),
        digests: this.config.digests.map((d) => ({ key: d.key, name: d.name })),
        digest: digest.key,
        readers: readers.map((r) => ({ email: r.email, name: r.name })),
        reader: reader.email,
        mail: this.built?.view ?? null,
        note: preview?.archived?.note ?? null,
        articles: picks,
        filtered: preview?.filtered ?? [],
        feeds: feedReport(sources, feedStates, this.fetched, preview?.candidates ?? [], digest),
      });
    } catch (e) {
      // The last good preview stays on screen under the error.
      next.error = errorView(e, this.config);
    }
    this.current = next;
    this.emit('update', next);
  }

  private async describe(p: Preview): Promise<Built> {
    const eml = await buildMime(p.mail, new Date(p.digest.createdAt));
    return {
      mail: p.mail,
      eml,
      view: {
        subject: p.mail.subject,
        from: p.mail.from,
        to: p.mail.to,
        editionId: p.digest.id,
        stories: p.articleIds.length,
        moreCount: p.digest.moreCount,
        htmlBytes: Buffer.byteLength(p.mail.html),
        textBytes: Buffer.byteLength(p.mail.text),
        budgetBytes: HTML_BUDGET_BYTES,
        clipBytes: GMAIL_CLIP_BYTES,
        headers: mimeHeaders(eml),
        text: p.mail.text,
        contentHash: createHash('sha256').update(eml).digest('hex'),
      },
    };
  }
}

function errorView(e: unknown, config: LoadedConfig): ErrorView {
  const err = toDigestError(e);
  let file = err.where.file ?? null;
  // The renderer names template files relative to the templates folder; the editor knows them from the project.
  if (file && err.code === 'TEMPLATE_INVALID' && !path.isAbsolute(file)) file = path.join(path.relative(config.baseDir, config.templatesDir), file);
  return { code: err.code, message: err.message, file, line: err.where.line ?? null, field: err.where.field ?? null };
}
