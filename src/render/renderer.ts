import Handlebars from 'handlebars';
import type { Digest } from '../domain/digest.js';
import { DigestError } from '../domain/errors.js';
import { cleanText, oneLine } from './clean-text.js';
import { compileMjmlTemplate, compileTextTemplate } from './compiled-template.js';
import type { CompiledTemplate } from './compiled-template.js';
import { buildEditionView } from './edition-view.js';
import { loadLabelCatalog, type LabelCatalog, type LabelSet } from '../i18n/index.js';
import { labelUses } from './label-uses.js';
import { installedMjmlVersion } from './mjml-disk-cache.js';
import { fillSlots, type SlottedText } from '../domain/slotted-text.js';
import { READER_FIELDS, ReaderSlots } from './reader-slots.js';
import type { ReaderField } from './reader-slots.js';
import type { ConfirmationData, PersonalMail, ReaderFields, RenderContext, RenderedEdition, Renderer, RendererOptions } from './render-types.js';
import { safeUrl } from './safe-url.js';
import { createHandlebars } from './template-helpers.js';
import type { HelperData } from './template-helpers.js';
import { loadTemplate, type TemplateSource } from './template-source.js';

/** The same escaping Handlebars gives `{{x}}`, for values swapped in after rendering. */
const escapeHtml = Handlebars.Utils.escapeExpression;

/** The files a templates folder must hold, relative to it. */
export const TEMPLATE_FILES = {
  digestHtml: 'digest.mjml',
  digestText: 'digest.txt.hbs',
  subject: 'subject.hbs',
  preheader: 'preheader.hbs',
  confirmationHtml: 'confirmation.mjml',
  confirmationText: 'confirmation.txt.hbs',
  confirmationSubject: 'confirmation-subject.hbs',
} as const;

type Templates = Record<keyof typeof TEMPLATE_FILES, CompiledTemplate>;

/** One variant of the edition: its outputs cut at the reader slots. */
interface EditionVariant {
  subject: SlottedText;
  html: SlottedText;
  text: SlottedText;
}

/**
 * Loads and compiles every template up front, so a broken template fails
 * here (TEMPLATE_INVALID with file and line), before any mail goes out.
 */
export async function createRenderer(opts: RendererOptions): Promise<Renderer> {
  const validation = opts.validation ?? 'strict';
  const html = createHandlebars('html');
  const text = createHandlebars('text');
  const labels = await loadLabelCatalog(opts.templatesDir);
  const sources = new Map<string, TemplateSource>();
  const load = async (file: string) => {
    const source = await loadTemplate(opts.templatesDir, file);
    sources.set(file, source);
    return source;
  };
  const disk = opts.cacheDir === undefined ? undefined : { dir: opts.cacheDir, mjmlVersion: installedMjmlVersion() };
  const templates: Templates = {
    digestHtml: await compileMjmlTemplate(html, await load(TEMPLATE_FILES.digestHtml), validation, disk),
    digestText: compileTextTemplate(text, await load(TEMPLATE_FILES.digestText)),
    subject: compileTextTemplate(text, await load(TEMPLATE_FILES.subject)),
    preheader: compileTextTemplate(text, await load(TEMPLATE_FILES.preheader)),
    confirmationHtml: await compileMjmlTemplate(html, await load(TEMPLATE_FILES.confirmationHtml), validation, disk),
    confirmationText: compileTextTemplate(text, await load(TEMPLATE_FILES.confirmationText)),
    confirmationSubject: compileTextTemplate(text, await load(TEMPLATE_FILES.confirmationSubject)),
  };
  // A label no language defines fails here, not in the middle of a send.
  labels.requireLabels([...sources.values()].flatMap(labelUses));
  return {
    labels,
    renderEdition: async (digest, ctx) => renderEdition(templates, labels, digest, ctx),
    renderConfirmation: async (data) => renderConfirmation(templates, labels, data),
  };
}

/** Reader values a template may test with `{{#if reader.x}}`: a reader may have no name, the web copy has no address. */
const OPTIONAL_FIELDS = ['name', 'email'] as const satisfies readonly ReaderField[];

function renderEdition(templates: Templates, labels: LabelCatalog, digest: Digest, ctx: RenderContext): RenderedEdition {
  const set = labels.forLang(digest.lang);
  const data = helperData(set, digest.timeZone);
  const slots = new ReaderSlots();

  // A placeholder cannot answer `{{#if reader.name}}`, so the edition is
  // rendered once per combination of optional values present (four small
  // renders), all before the first mail, so a template error cannot surface mid-send.
  const variants = new Map<string, EditionVariant & { preheader: string; htmlBytes: number }>();
  for (const present of subsets(OPTIONAL_FIELDS)) {
    const reader: Record<ReaderField, string | null> = { ...slots.placeholders };
    for (const f of OPTIONAL_FIELDS) if (!present.includes(f)) reader[f] = null;
    const view = buildEditionView(digest, ctx, set, reader);
    const preheader = oneLine(templates.preheader(view, data));
    const withPreheader = { ...view, preheader };
    const html = templates.digestHtml(withPreheader, data);
    variants.set(present.join(), {
      // A line break in a subject would start a new header: subjects are one line.
      subject: slots.split(oneLine(templates.subject(withPreheader, data))),
      html: slots.split(html),
      text: slots.split(tidyText(templates.digestText(withPreheader, data))),
      preheader,
      htmlBytes: Buffer.byteLength(html),
    });
  }
  const bare = variants.get('')!;

  return {
    subject: fillSlots(
      bare.subject,
      READER_FIELDS.map(() => ''),
    ),
    preheader: bare.preheader,
    htmlBytes: Math.max(...[...variants.values()].map((v) => v.htmlBytes)),
    personalize(reader: ReaderFields): PersonalMail {
      const values = readerValues(reader);
      const variant = variants.get(OPTIONAL_FIELDS.filter((f) => values[f]).join())!;
      const plain = READER_FIELDS.map((f) => values[f]);
      const slotted = { html: variant.html, text: variant.text, values: plain, htmlValues: plain.map(escapeHtml) };
      // Joining strings makes a rope, not a copy: a transport that takes `slotted` never pays for the
      // whole texts. Plain properties, not getters: V8 builds an object literal with accessors slowly,
      // a shape of its own each time, and this runs once per reader.
      return {
        subject: fillSlots(variant.subject, plain),
        html: fillSlots(slotted.html, slotted.htmlValues),
        text: fillSlots(slotted.text, slotted.values),
        slotted,
      };
    },
  };
}

/** Every subset of `items`, each in the order of `items`. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

function renderConfirmation(templates: Templates, labels: LabelCatalog, input: ConfirmationData): PersonalMail {
  const set = labels.forLang(input.lang);
  const data = helperData(set, 'UTC');
  const view = {
    lang: set.lang,
    dir: set.dir,
    list: { name: cleanText(input.listName), postalAddress: cleanText(input.postalAddress) },
    confirmUrl: requireUrl(input.confirmUrl, 'confirmUrl'),
    publicUrl: requireUrl(input.publicUrl, 'publicUrl'),
    reader: { email: cleanText(input.email) },
  };
  return {
    subject: oneLine(templates.confirmationSubject(view, data)),
    html: templates.confirmationHtml(view, data),
    text: tidyText(templates.confirmationText(view, data)),
  };
}

function helperData(labels: LabelSet, timeZone: string): HelperData {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch (e) {
    throw new DigestError('INPUT_INVALID', `unknown time zone "${timeZone}"`, { field: 'timeZone' }, { cause: e });
  }
  return { labels, timeZone };
}

/** The reader's values as plain one-line text; links checked, since a mail without a working unsubscribe link must not go out. */
function readerValues(reader: ReaderFields): Record<ReaderField, string> {
  return {
    name: cleanText(reader.name),
    email: cleanText(reader.email),
    unsubscribeUrl: requireUrl(reader.unsubscribeUrl, 'unsubscribeUrl'),
    preferencesUrl: requireUrl(reader.preferencesUrl, 'preferencesUrl'),
  };
}

function requireUrl(raw: string, field: string): string {
  const url = safeUrl(raw);
  if (!url) throw new DigestError('INPUT_INVALID', `${field} must be an absolute http(s) URL, got "${cleanText(raw).slice(0, 80)}"`, { field });
  return url;
}

/** Plain text without trailing spaces or runs of blank lines that template whitespace leaves. */
function tidyText(s: string): string {
  return (
    s
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
