/**
 * Bench `render`: what one more reader costs. Ours renders the edition once
 * and swaps each reader's values in (personalize); the baseline compiles the
 * MJML and renders Handlebars for every reader, as a naive sender would.
 * Every output is flattened (its UTF-8 length taken), or V8's lazy string
 * concatenation would make a render look free.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mjml2html from 'mjml';
import { createRenderer } from '../src/render/index.js';
import { buildEditionView } from '../src/render/edition-view.js';
import { createHandlebars } from '../src/render/template-helpers.js';
import { loadTemplate } from '../src/render/template-source.js';
import { context, morningBrief, reader } from '../tests/render/fixtures/morning-brief.js';
import { round } from './bench-line.js';
import type { BenchLine } from './bench-line.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const templatesDir = path.join(root, 'templates');
const READERS = 10_000;
/** MJML per reader is slow; it is timed on this many readers and scaled. */
const BASELINE_SAMPLE = 40;
const HANDLEBARS_SAMPLE = 1_000;

function flatten(mail: { subject: string; html: string; text: string }): number {
  return Buffer.byteLength(mail.subject) + Buffer.byteLength(mail.html) + Buffer.byteLength(mail.text);
}

export async function run(): Promise<BenchLine[]> {
  const renderer = await createRenderer({ templatesDir, validation: 'strict' });
  const edition = await renderer.renderEdition(morningBrief, context);

  for (let i = 0; i < 500; i++) flatten(edition.personalize(reader(i)));
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < READERS; i++) bytes += flatten(edition.personalize(reader(i)));
  const oursMs = (performance.now() - t0) / READERS;
  process.stderr.write(`render: personalize ${READERS} readers, ${(bytes / READERS / 1024).toFixed(1)} KiB per mail\n`);

  // The naive path: MJML compile + Handlebars compile and render, per reader.
  const source = await loadTemplate(templatesDir, 'digest.mjml');
  const labels = renderer.labels.forLang(morningBrief.lang);
  const hb = createHandlebars('html');
  const data = { labels, timeZone: morningBrief.timeZone };
  const perReaderView = (i: number) => {
    const r = reader(i);
    const view = buildEditionView(morningBrief, context, labels, {
      name: r.name,
      email: r.email,
      unsubscribeUrl: r.unsubscribeUrl,
      preferencesUrl: r.preferencesUrl,
    });
    return { ...view, preheader: edition.preheader };
  };
  await mjml2html(source.text, { validationLevel: 'skip', fonts: {}, keepComments: false });
  const t1 = performance.now();
  for (let i = 0; i < BASELINE_SAMPLE; i++) {
    const { html } = await mjml2html(source.text, { validationLevel: 'skip', fonts: {}, keepComments: false });
    bytes += Buffer.byteLength(hb.compile(html, { strict: true })(perReaderView(i), { data }));
  }
  const mjmlMs = (performance.now() - t1) / BASELINE_SAMPLE;

  // The middle path: MJML once, but the whole Handlebars render per reader.
  const compiled = hb.compile((await mjml2html(source.text, { validationLevel: 'skip', fonts: {}, keepComments: false })).html, { strict: true });
  for (let i = 0; i < 100; i++) bytes += Buffer.byteLength(compiled(perReaderView(i), { data }));
  const t2 = performance.now();
  for (let i = 0; i < HANDLEBARS_SAMPLE; i++) bytes += Buffer.byteLength(compiled(perReaderView(i), { data }));
  const handlebarsMs = (performance.now() - t2) / HANDLEBARS_SAMPLE;
  if (bytes === 0) throw new Error('nothing rendered');

  return [
    {
      bench: 'render',
      metric: `ms per reader (${READERS} readers): personalize vs MJML compile per reader`,
      ours: round(oursMs, 5),
      baseline: round(mjmlMs, 3),
      ratio: round(mjmlMs / oursMs, 1),
    },
    {
      bench: 'render',
      metric: 'mails rendered per second: personalize vs MJML compile per reader',
      ours: round(1000 / oursMs, 0),
      baseline: round(1000 / mjmlMs, 1),
      ratio: round(mjmlMs / oursMs, 1),
    },
    {
      bench: 'render',
      metric: 'ms per reader: personalize vs full Handlebars render per reader (MJML cached)',
      ours: round(oursMs, 5),
      baseline: round(handlebarsMs, 4),
      ratio: round(handlebarsMs / oursMs, 1),
    },
  ];
}
