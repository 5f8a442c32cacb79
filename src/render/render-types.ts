import type { Digest } from '../domain/digest.js';
import type { SlottedMail } from '../domain/slotted-text.js';
import type { LabelCatalog } from '../i18n/index.js';

/** Per edition, the same for every reader. */
export interface RenderContext {
  /** Base of every absolute link, e.g. http://localhost:8080. */
  publicUrl: string;
  /** Web version of this edition. */
  archiveUrl: string;
  listName: string;
  listId: string;
  fromAddress: string;
  replyTo?: string;
  /** Sender's postal address for the footer, from config. */
  postalAddress: string;
  /** "N more stories" link, used when digest.moreCount > 0. */
  moreUrl?: string;
  /** Story pictures: the top story's large and the others' thumbnails (all, the default), the top story's only (lead), or none. */
  images?: 'lead' | 'all' | 'none';
}

/** The few values that differ between readers of one edition. */
export interface ReaderFields {
  email: string;
  name: string | null;
  unsubscribeUrl: string;
  preferencesUrl: string;
}

export interface PersonalMail {
  subject: string;
  readonly html: string;
  readonly text: string;
  /** For an edition: the shared texts and this reader's values, so a transport can build the shared bytes once. */
  slotted?: SlottedMail;
}

/** An edition rendered once; personalize() only swaps in the reader's values. */
export interface RenderedEdition {
  subject: string;
  preheader: string;
  /** UTF-8 size of the edition HTML, for the 100 KB clipping budget of Gmail. */
  htmlBytes: number;
  personalize(reader: ReaderFields): PersonalMail;
}

export interface ConfirmationData {
  listName: string;
  confirmUrl: string;
  lang: string;
  publicUrl: string;
  postalAddress: string;
  email: string;
}

export interface Renderer {
  /** Every language's labels, loaded and checked with the templates: pages and replies print from them too. */
  readonly labels: LabelCatalog;
  renderEdition(digest: Digest, ctx: RenderContext): Promise<RenderedEdition>;
  renderConfirmation(data: ConfirmationData): Promise<PersonalMail>;
}

export type ValidationLevel = 'strict' | 'soft';

export interface RendererOptions {
  templatesDir: string;
  /** MJML validation; strict (the default) refuses a template with any error. */
  validation?: ValidationLevel;
  /** A folder to keep compiled MJML in between runs (keyed by template content and MJML version); none: compile on each start. */
  cacheDir?: string;
}
