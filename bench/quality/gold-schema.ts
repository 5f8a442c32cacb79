/**
 * The summaries' development set: one gold line per article, in the format the
 * shared quote-and-figure scorer reads. The schema is the type.
 */
import * as z from 'zod';

export const goldQuoteSchema = z
  .object({
    /** The span between the quote marks, trailing comma dropped. */
    text: z.string().min(1),
    /** Fullest name the article gives, pronouns resolved; an organisation for an unnamed spokesperson. */
    speaker: z.string().min(1).nullable(),
    key: z.boolean(),
    /** A partial quote worked into the reporter's sentence: never key. */
    fragment: z.boolean().optional(),
    /** Other names the article uses for the speaker that are not a trailing part of it. */
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .refine((q) => !(q.fragment && q.key), { message: 'a fragment is never key' });

export const goldFigureSchema = z
  .object({
    value: z.number(),
    /** Currency code, measure, `%`, or the counted noun; null for a bare number. */
    unit: z.string().min(1).nullable(),
    /** The surface phrase, as it occurs in the article. */
    text: z.string().min(1),
    approx: z.boolean(),
    key: z.boolean(),
    /** Upper end of a range; `value` is the lower end. */
    value_max: z.number().optional(),
    /** What the figure counts, a short phrase in the article's language. */
    counts: z.string().min(1).optional(),
  })
  .strict();

export const goldArticleSchema = z
  .object({
    id: z.string().regex(/^(?:s\d+[a-z]?-)?[a-z]{2}-[a-z0-9-]+$/, 'ids look like de-01-bahnstreik or s3-de-hafen'),
    lang: z.string().regex(/^[a-z]{2}$/),
    source: z.string().min(1),
    /** Article text from the shared article-extraction corpus (its id there) instead of articles/<id>.txt. */
    corpus: z.string().min(1).optional(),
    quotes: z.array(goldQuoteSchema),
    figures: z.array(goldFigureSchema),
    /** Boilerplate lines (or substrings) of the article that must never reach a quote or figure. */
    junk: z.array(z.string().min(1)),
  })
  .strict();

export type GoldQuote = z.infer<typeof goldQuoteSchema>;
export type GoldFigure = z.infer<typeof goldFigureSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** What the scorer reads from one `summarize --json` result. */
export interface PredictedSummary {
  id: string;
  quotes: { text: string; speaker: string | null; key?: boolean }[];
  figures: { value: number | string; unit: string | null; text?: string; key?: boolean; counts?: string | null }[];
}
